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
    /// <summary>
    /// The employees of alias <paramref name="e"/> with a name word starting with each word of the search
    /// (<see cref="NameSearch"/>: @NameMatch, @NameWords, @NameWordCount), through the engine's index:
    /// the FTS5 table EmployeeNameSearch on SQLite, the accent- and case-insensitive EmployeeNameWords on SQL Server.
    /// </summary>
    string EmployeeNameSearch(string e);
    /// <summary>
    /// One statement that takes the next number of a counter row and returns it: the row is created at 1, or its
    /// counter incremented, atomically (ON CONFLICT … RETURNING on SQLite, MERGE WITH (HOLDLOCK) … OUTPUT on SQL Server).
    /// Parameters are named after the keys.
    /// </summary>
    string TakeNext(string table, string[] keys, string counter);
}

/// <summary>The words of a name search as both engines' predicates read them (see <see cref="ISqlDialect.EmployeeNameSearch"/>).</summary>
public sealed record NameSearch(string? NameMatch, string? NameWords, int NameWordCount)
{
    /// <summary>At most this many words are matched: a name has few, and each one is a join on SQL Server.</summary>
    public const int MaxWords = 8;

    /// <summary>Words are runs of letters and digits, as FTS5's unicode61 tokenizer cuts them; punctuation separates.</summary>
    public static NameSearch From(string? q)
    {
        var words = System.Text.RegularExpressions.Regex.Matches(q ?? "", @"[\p{L}\p{N}\p{M}]+").Select(m => m.Value.ToLowerInvariant())
            .Distinct().Take(MaxWords).ToList();
        if (words.Count == 0) return new(null, null, 0);
        // FTS5: every word as a quoted prefix term ("andi"* "wij"*: both, each as a word's start). Quotes cannot occur in a word.
        var match = string.Join(" ", words.Select(w => $"\"{w}\"*"));
        // SQL Server: LIKE patterns, one per word, matched against single words.
        var patterns = SqlIds.Strings(words.Select(w => w.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_").Replace("[", "\\[") + "%"));
        return new(match, patterns, words.Count);
    }
}

/// <summary>Ids for <see cref="ISqlDialect.IdsIn"/>: a JSON array of lower-case GUID strings, as SQLite stores them.</summary>
public static class SqlIds
{
    public static string Json(IEnumerable<Guid> ids) => System.Text.Json.JsonSerializer.Serialize(ids.Select(id => id.ToString("D")));
    public static string Strings(IEnumerable<string> values) => System.Text.Json.JsonSerializer.Serialize(values);
}

public sealed class SqliteDialect : ISqlDialect
{
    public static readonly SqliteDialect Instance = new();
    public DatabaseProvider Provider => DatabaseProvider.Sqlite;
    /// <summary>
    /// "+ 0": SQLite plans with the value of a bare <c>LIMIT @Take</c>, so it compiled every paged statement again at every
    /// run, and a connection's compiled statements (<see cref="SqliteConnections"/>) saved nothing for lists. As an
    /// expression the limit is unknown to the planner, which then plans as it did for any page of 20 or more (checked over
    /// the whole [Sql] catalogue: a few lists plan differently only for pages under 20). SqliteStatementReuseTests.
    /// </summary>
    public string Paging => "LIMIT @Take + 0 OFFSET @Skip";
    public string Concat(params string[] parts) => string.Join(" || ", parts);
    public string SubstringFrom(string expression, string start) => $"substr({expression}, {start})";
    public string Length(string expression) => $"length({expression})";
    public string IdsIn(string jsonParameter) => $"SELECT value FROM json_each({jsonParameter})";
    public string EmployeeNameSearch(string e) => $"{e}.rowid IN (SELECT rowid FROM EmployeeNameSearch WHERE EmployeeNameSearch MATCH @NameMatch)";

    public string TakeNext(string table, string[] keys, string counter) =>
        $"INSERT INTO {table} ({string.Join(", ", keys)}, {counter}) VALUES ({string.Join(", ", keys.Select(k => "@" + k))}, 1) " +
        $"ON CONFLICT ({string.Join(", ", keys)}) DO UPDATE SET {counter} = {table}.{counter} + 1 RETURNING {counter}";

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
    // Every search word must match some word of the name: one row per (employee, search word) that matched, counted.
    public string EmployeeNameSearch(string e) =>
        $"{e}.Id IN (SELECT w.EmployeeId FROM EmployeeNameWords w JOIN (SELECT [value] AS Pattern FROM OPENJSON(@NameWords)) j " +
        "ON w.Word LIKE j.Pattern COLLATE Latin1_General_CI_AI ESCAPE '\\' WHERE w.TenantId = @TenantId GROUP BY w.EmployeeId HAVING COUNT(DISTINCT j.Pattern) = @NameWordCount)";

    public string TakeNext(string table, string[] keys, string counter) =>
        $"MERGE {table} WITH (HOLDLOCK) AS t USING (SELECT {string.Join(", ", keys.Select(k => $"@{k} AS {k}"))}) AS s " +
        $"ON {string.Join(" AND ", keys.Select(k => $"t.{k} = s.{k}"))} " +
        $"WHEN MATCHED THEN UPDATE SET {counter} = t.{counter} + 1 " +
        $"WHEN NOT MATCHED THEN INSERT ({string.Join(", ", keys)}, {counter}) VALUES ({string.Join(", ", keys.Select(k => "s." + k))}, 1) " +
        $"OUTPUT inserted.{counter};";

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
