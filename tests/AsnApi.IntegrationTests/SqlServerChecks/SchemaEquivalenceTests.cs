using AsnApi.Infrastructure.Database;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace AsnApi.IntegrationTests.SqlServerChecks;

/// <summary>
/// The two migration sets must define the same schema: tables, columns, NOT NULL-ness and index names.
/// The SQLite side is read from a database the real migrator built; the SQL Server side from the
/// scripts, parsed by ScriptDom.
/// </summary>
public class SchemaEquivalenceTests
{
    private sealed record Column(string Table, string Name, bool NotNull);

    private static (HashSet<Column> Columns, HashSet<string> Indexes) Sqlite()
    {
        var dir = Path.Combine(Path.GetTempPath(), "asnapi-schema-" + Guid.NewGuid().ToString("N"));
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:DataDirectory"] = dir,
            ["ConnectionStrings:Asn"] = $"Data Source={Path.Combine(dir, "schema.db")}",
        }).Build();
        var options = DatabaseOptions.From(config);
        Migrator.Migrate(options, NullLogger.Instance);
        try
        {
            using var db = new SqliteConnection(options.ConnectionString);
            db.Open();
            var columns = new HashSet<Column>();
            using (var cmd = db.CreateCommand())
            {
                cmd.CommandText = """
                    SELECT m.name, p.name, p."notnull" OR p.pk > 0
                    FROM sqlite_master m JOIN pragma_table_info(m.name) p
                    WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name <> 'SchemaVersions'
                    """;
                using var r = cmd.ExecuteReader();
                while (r.Read()) columns.Add(new(r.GetString(0).ToLowerInvariant(), r.GetString(1).ToLowerInvariant(), r.GetBoolean(2)));
            }
            var indexes = new HashSet<string>();
            using (var cmd = db.CreateCommand())
            {
                cmd.CommandText = "SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_autoindex%'";
                using var r = cmd.ExecuteReader();
                while (r.Read()) indexes.Add(r.GetString(0).ToLowerInvariant());
            }
            return (columns, indexes);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }

    private sealed class SchemaVisitor : TSqlFragmentVisitor
    {
        public HashSet<Column> Columns { get; } = [];
        public HashSet<string> Indexes { get; } = [];

        public override void Visit(CreateTableStatement node)
        {
            var table = node.SchemaObjectName.BaseIdentifier.Value.ToLowerInvariant();
            var keyColumns = node.Definition.TableConstraints.OfType<UniqueConstraintDefinition>().Where(c => c.IsPrimaryKey)
                .SelectMany(c => c.Columns).Select(c => c.Column.MultiPartIdentifier.Identifiers[^1].Value.ToLowerInvariant()).ToHashSet();
            foreach (var column in node.Definition.ColumnDefinitions)
            {
                var name = column.ColumnIdentifier.Value.ToLowerInvariant();
                var notNull = column.Constraints.OfType<NullableConstraintDefinition>().Any(n => !n.Nullable)
                    || column.Constraints.OfType<UniqueConstraintDefinition>().Any(u => u.IsPrimaryKey) || keyColumns.Contains(name);
                Columns.Add(new(table, name, notNull));
            }
        }

        public override void Visit(AlterTableAddTableElementStatement node)
        {
            var table = node.SchemaObjectName.BaseIdentifier.Value.ToLowerInvariant();
            foreach (var column in node.Definition.ColumnDefinitions)
                Columns.Add(new(table, column.ColumnIdentifier.Value.ToLowerInvariant(), column.Constraints.OfType<NullableConstraintDefinition>().Any(n => !n.Nullable)));
        }

        public override void Visit(CreateIndexStatement node) => Indexes.Add(node.Name.Value.ToLowerInvariant());
    }

    private static SchemaVisitor SqlServer()
    {
        var visitor = new SchemaVisitor();
        foreach (var resource in typeof(Program).Assembly.GetManifestResourceNames().Where(n => n.StartsWith(Migrator.ScriptPrefix(DatabaseProvider.SqlServer), StringComparison.Ordinal)).Order())
        {
            var fragment = new TSql160Parser(true).Parse(new StringReader(SqlServerStatementTests.Script(resource)), out var errors);
            Assert.Empty(errors);
            fragment.Accept(visitor);
        }
        return visitor;
    }

    [Fact]
    public void Both_migration_sets_define_the_same_tables_columns_and_nullability()
    {
        var (sqlite, _) = Sqlite();
        var sqlServer = SqlServer().Columns;
        Assert.True(sqlite.Count > 100, $"only {sqlite.Count} SQLite columns read");
        var onlySqlite = sqlite.Except(sqlServer).Select(c => $"{c.Table}.{c.Name}{(c.NotNull ? " NOT NULL" : "")}").Order().ToList();
        var onlySqlServer = sqlServer.Except(sqlite).Select(c => $"{c.Table}.{c.Name}{(c.NotNull ? " NOT NULL" : "")}").Order().ToList();
        Assert.True(onlySqlite.Count == 0 && onlySqlServer.Count == 0,
            $"Only in SQLite: {string.Join(", ", onlySqlite)}\nOnly in SQL Server: {string.Join(", ", onlySqlServer)}");
    }

    [Fact]
    public void Both_migration_sets_create_the_same_indexes()
    {
        var (_, sqlite) = Sqlite();
        var sqlServer = SqlServer().Indexes;
        Assert.True(sqlite.SetEquals(sqlServer),
            $"Only in SQLite: {string.Join(", ", sqlite.Except(sqlServer))}\nOnly in SQL Server: {string.Join(", ", sqlServer.Except(sqlite))}");
    }
}
