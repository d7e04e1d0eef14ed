using AsnApi.Infrastructure.Database;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace AsnApi.IntegrationTests.SqlServer;

/// <summary>
/// The two migration sets must build the same schema: tables, columns, NOT NULL-ness and index names.
/// The SQLite side is read from a database the real <see cref="Migrator"/> built; the SQL Server side
/// from the scripts, parsed by ScriptDom (<see cref="SqlServerSchema"/>). Names compare case-insensitively.
/// </summary>
public class SchemaEquivalenceTests
{
    private sealed record SqliteSchema(List<SchemaColumn> Columns, HashSet<string> Indexes);

    private static readonly Lazy<SqliteSchema> Sqlite = new(() => WithoutSearchIndexes(ReadSqlite()));

    /// <summary>
    /// The one deliberate difference: each engine's own word index for name search (see ISqlDialect.EmployeeNameSearch),
    /// an FTS5 virtual table (with the shadow tables FTS5 keeps) on SQLite, a words table on SQL Server. Both are
    /// derived from Employees.Name by triggers; <see cref="Each_engine_has_its_name_search_index"/> checks they exist.
    /// </summary>
    private static readonly string[] SqliteSearchTables = ["EmployeeNameSearch", "EmployeeNameSearch_config", "EmployeeNameSearch_data", "EmployeeNameSearch_docsize", "EmployeeNameSearch_idx"];
    private const string SqlServerSearchTable = "EmployeeNameWords";

    private static SqliteSchema WithoutSearchIndexes(SqliteSchema s)
    {
        Assert.True(SqliteSearchTables.All(t => s.Columns.Any(c => c.Table == t)), "the FTS5 name index is missing from the SQLite migrations");
        return new(s.Columns.Where(c => !SqliteSearchTables.Contains(c.Table)).ToList(), s.Indexes);
    }

    private static IEnumerable<SchemaColumn> SqlServerColumns => SqlServerSchema.FromMigrations.Columns.Where(c => c.Table != SqlServerSearchTable);

    [Fact]
    public void Each_engine_has_its_name_search_index()
    {
        _ = Sqlite.Value; // asserts the FTS5 tables
        Assert.Equal(["TenantId", "EmployeeId", "Word"], SqlServerSchema.FromMigrations.Tables[SqlServerSearchTable].Keys);
        Assert.Contains("IX_EmployeeNameWords_Tenant_Word", SqlServerSchema.FromMigrations.Indexes);
    }

    private static SqliteSchema ReadSqlite()
    {
        var dir = Path.Combine(Path.GetTempPath(), "asnapi-schema-" + Guid.NewGuid().ToString("N"));
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:DataDirectory"] = dir,
            ["ConnectionStrings:Asn"] = $"Data Source={Path.Combine(dir, "schema.db")}",
        }).Build();
        var options = DatabaseOptions.From(config);
        try
        {
            Migrator.Migrate(options, NullLogger.Instance);
            using var db = new SqliteConnection(options.ConnectionString);
            db.Open();
            var columns = new List<SchemaColumn>();
            using (var cmd = db.CreateCommand())
            {
                // SQLite (unlike SQL Server) lets a PRIMARY KEY column hold NULL unless it says NOT NULL, so only the
                // declaration counts, and the rowid alias (a lone INTEGER PRIMARY KEY), which can never be NULL.
                cmd.CommandText = """
                    SELECT m.name, p.name,
                           p."notnull" OR (p.pk = 1 AND upper(p.type) = 'INTEGER' AND (SELECT COUNT(*) FROM pragma_table_info(m.name) k WHERE k.pk > 0) = 1),
                           p.type
                    FROM sqlite_master m JOIN pragma_table_info(m.name) p
                    WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\_%' ESCAPE '\' AND m.name <> 'SchemaVersions'
                    ORDER BY m.name, p.cid
                    """;
                using var r = cmd.ExecuteReader();
                while (r.Read()) columns.Add(new(r.GetString(0), r.GetString(1), r.GetBoolean(2), r.GetString(3)));
            }
            var indexes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            using (var cmd = db.CreateCommand())
            {
                // sql IS NULL: the automatic indexes of PRIMARY KEY and UNIQUE constraints.
                cmd.CommandText = "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name <> 'SchemaVersions'";
                using var r = cmd.ExecuteReader();
                while (r.Read()) indexes.Add(r.GetString(0));
            }
            return new(columns, indexes);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { /* best effort */ }
        }
    }

    private static string Diff(string what, IEnumerable<string> sqlite, IEnumerable<string> sqlServer)
    {
        var a = sqlite.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var b = sqlServer.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var onlySqlite = a.Except(b, StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
        var onlySqlServer = b.Except(a, StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
        if (onlySqlite.Count == 0 && onlySqlServer.Count == 0) return "";
        return $"{what} differ between the migration sets.\n" +
               $"  In Database/Migrations/Sqlite only ({onlySqlite.Count}): {(onlySqlite.Count == 0 ? "-" : string.Join(", ", onlySqlite))}\n" +
               $"  In Database/Migrations/SqlServer only ({onlySqlServer.Count}): {(onlySqlServer.Count == 0 ? "-" : string.Join(", ", onlySqlServer))}";
    }

    [Fact]
    public void The_SQL_Server_migrations_are_read_completely()
    {
        var schema = SqlServerSchema.FromMigrations;
        Assert.True(schema.Problems.Count == 0, string.Join("\n", schema.Problems));
        Assert.True(schema.Tables.Count >= 10, $"only {schema.Tables.Count} tables read from the SQL Server migrations");
        Assert.True(Sqlite.Value.Columns.Count >= 100, $"only {Sqlite.Value.Columns.Count} columns read from the SQLite database");
        Assert.Contains("Employees", schema.Tables.Keys);
        Assert.Contains("Nip", schema.Tables["Employees"].Keys);
    }

    [Fact]
    public void Both_migration_sets_create_the_same_tables()
    {
        var diff = Diff("Tables", Sqlite.Value.Columns.Select(c => c.Table).Distinct(), SqlServerColumns.Select(c => c.Table).Distinct());
        Assert.True(diff == "", diff);
    }

    [Fact]
    public void Both_migration_sets_create_the_same_columns()
    {
        var diff = Diff("Columns", Sqlite.Value.Columns.Select(c => $"{c.Table}.{c.Name}"), SqlServerColumns.Select(c => $"{c.Table}.{c.Name}"));
        Assert.True(diff == "", diff);
    }

    [Fact]
    public void Both_migration_sets_agree_on_NOT_NULL()
    {
        var sqlServer = SqlServerSchema.FromMigrations.Columns.ToDictionary(c => $"{c.Table}.{c.Name}", StringComparer.OrdinalIgnoreCase);
        var mismatches = Sqlite.Value.Columns
            .Select(c => (Sqlite: c, SqlServer: sqlServer.GetValueOrDefault($"{c.Table}.{c.Name}")))
            .Where(p => p.SqlServer is not null && p.SqlServer.NotNull != p.Sqlite.NotNull)
            .Select(p => $"{p.Sqlite.Table}.{p.Sqlite.Name}: SQLite {(p.Sqlite.NotNull ? "NOT NULL" : "NULL")}, SQL Server {(p.SqlServer!.NotNull ? "NOT NULL" : "NULL")}")
            .ToList();
        Assert.True(mismatches.Count == 0, "NOT NULL differs between the migration sets:\n  " + string.Join("\n  ", mismatches));
    }

    [Fact]
    public void Both_migration_sets_create_the_same_indexes()
    {
        var diff = Diff("Indexes", Sqlite.Value.Indexes, SqlServerSchema.FromMigrations.Indexes.Where(i => !i.StartsWith("IX_" + SqlServerSearchTable + "_", StringComparison.OrdinalIgnoreCase)));
        Assert.True(diff == "", diff);
    }

    [Fact]
    public void Column_types_correspond()
    {
        // SQLite stores Guids, dates and timestamps as TEXT: each SQLite affinity maps to a set of SQL Server types.
        var allowed = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
        {
            ["TEXT"] = ["UNIQUEIDENTIFIER", "NVARCHAR", "VARCHAR", "NCHAR", "CHAR", "DATE", "DATETIME2", "DATETIMEOFFSET", "TIME"],
            ["INTEGER"] = ["INT", "BIGINT", "SMALLINT", "TINYINT", "BIT"],
            ["NUMERIC"] = ["DECIMAL", "NUMERIC", "MONEY"],
            ["REAL"] = ["FLOAT", "REAL"],
            ["BLOB"] = ["VARBINARY", "BINARY"],
        };
        var sqlServer = SqlServerSchema.FromMigrations.Columns.ToDictionary(c => $"{c.Table}.{c.Name}", StringComparer.OrdinalIgnoreCase);
        var mismatches = Sqlite.Value.Columns
            .Where(c => sqlServer.TryGetValue($"{c.Table}.{c.Name}", out var s) && !(allowed.TryGetValue(c.Type, out var ok) && ok.Contains(s.Type, StringComparer.OrdinalIgnoreCase)))
            .Select(c => $"{c.Table}.{c.Name}: SQLite {c.Type}, SQL Server {sqlServer[$"{c.Table}.{c.Name}"].Type}")
            .ToList();
        Assert.True(mismatches.Count == 0, "Column types that do not correspond:\n  " + string.Join("\n  ", mismatches));
    }
}
