namespace AsnApi.Infrastructure.Database;

public enum DatabaseProvider { Sqlite, SqlServer }

/// <summary>
/// Every difference between the two engines lives here (after yessql's ISqlDialect).
/// Everything else is one SQL text that both engines accept.
/// </summary>
public interface ISqlDialect
{
    DatabaseProvider Provider { get; }
    /// <summary>Paging clause after ORDER BY, reading @Skip and @Take.</summary>
    string Paging { get; }
    string Concat(params string[] parts);
    /// <summary>The rest of a string from a 1-based position.</summary>
    string SubstringFrom(string expression, string start);
    string Length(string expression);
    /// <summary>
    /// Insert a row, or update it when its key exists and <paramref name="updateWhen"/> (given the name by
    /// which the existing row is referenced) holds. Parameters are named after the columns.
    /// </summary>
    string Upsert(string table, string[] keys, string[] columns, Func<string, string>? updateWhen = null);
    /// <summary>
    /// A subquery yielding the ids in a JSON array parameter (see <see cref="SqlIds.Json"/>), for
    /// <c>x.Id IN (…)</c> over any number of ids with one parameter: json_each on SQLite, OPENJSON on SQL Server.
    /// </summary>
    string IdsIn(string jsonParameter);
}

/// <summary>Ids for <see cref="ISqlDialect.IdsIn"/>: a JSON array of lower-case GUID strings, as SQLite stores them.</summary>
public static class SqlIds
{
    public static string Json(IEnumerable<Guid> ids) => System.Text.Json.JsonSerializer.Serialize(ids.Select(id => id.ToString("D")));
}

public sealed class SqliteDialect : ISqlDialect
{
    public static readonly SqliteDialect Instance = new();
    public DatabaseProvider Provider => DatabaseProvider.Sqlite;
    public string Paging => "LIMIT @Take OFFSET @Skip";
    public string Concat(params string[] parts) => string.Join(" || ", parts);
    public string SubstringFrom(string expression, string start) => $"substr({expression}, {start})";
    public string Length(string expression) => $"length({expression})";
    public string IdsIn(string jsonParameter) => $"SELECT value FROM json_each({jsonParameter})";

    public string Upsert(string table, string[] keys, string[] columns, Func<string, string>? updateWhen = null) =>
        $"INSERT INTO {table} ({string.Join(", ", keys.Concat(columns))}) VALUES ({string.Join(", ", keys.Concat(columns).Select(c => "@" + c))}) " +
        $"ON CONFLICT ({string.Join(", ", keys)}) DO UPDATE SET {string.Join(", ", columns.Select(c => $"{c} = excluded.{c}"))}" +
        (updateWhen is null ? "" : $" WHERE {updateWhen(table)}");
}

public sealed class SqlServerDialect : ISqlDialect
{
    public static readonly SqlServerDialect Instance = new();
    public DatabaseProvider Provider => DatabaseProvider.SqlServer;
    public string Paging => "OFFSET @Skip ROWS FETCH NEXT @Take ROWS ONLY";
    public string Concat(params string[] parts) => $"CONCAT({string.Join(", ", parts)})";
    public string SubstringFrom(string expression, string start) => $"SUBSTRING({expression}, {start}, 4000)";
    public string Length(string expression) => $"LEN({expression})";
    public string IdsIn(string jsonParameter) => $"SELECT CAST([value] AS UNIQUEIDENTIFIER) FROM OPENJSON({jsonParameter})";

    // HOLDLOCK makes the MERGE's existence check and its write one atomic step under concurrency.
    public string Upsert(string table, string[] keys, string[] columns, Func<string, string>? updateWhen = null) =>
        $"MERGE {table} WITH (HOLDLOCK) AS t USING (SELECT {string.Join(", ", keys.Select(k => $"@{k} AS {k}"))}) AS s " +
        $"ON {string.Join(" AND ", keys.Select(k => $"t.{k} = s.{k}"))} " +
        $"WHEN MATCHED{(updateWhen is null ? "" : $" AND {updateWhen("t")}")} THEN UPDATE SET {string.Join(", ", columns.Select(c => $"{c} = @{c}"))} " +
        $"WHEN NOT MATCHED THEN INSERT ({string.Join(", ", keys.Concat(columns))}) VALUES ({string.Join(", ", keys.Concat(columns).Select(c => "@" + c))});";
}

/// <summary>
/// Marks a static field, property or method (optionally taking an <see cref="ISqlDialect"/>)
/// that yields SQL the API sends. The ScriptDom test renders every one for SQL Server and parses it.
/// </summary>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Method | AttributeTargets.Property)]
public sealed class SqlAttribute : Attribute;
