using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace AsnApi.IntegrationTests.SqlServer;

/// <summary>A column as a migration defines it. Names compare case-insensitively, as both engines do.</summary>
public sealed record SchemaColumn(string Table, string Name, bool NotNull, string Type);

/// <summary>
/// The schema the SQL Server migration scripts define, read with ScriptDom: CREATE TABLE, ALTER TABLE ADD,
/// ALTER TABLE DROP COLUMN, DROP TABLE, CREATE INDEX and DROP INDEX, applied in script order.
/// </summary>
public sealed class SqlServerSchema
{
    private static readonly Lazy<SqlServerSchema> _fromMigrations = new(() =>
    {
        var schema = new SqlServerSchema();
        foreach (var batch in SqlCatalog.SqlServerBatches)
        {
            var fragment = SqlCatalog.Parse(batch.Sql, out var errors);
            if (errors.Count > 0) schema.Problems.Add($"{batch.Name} does not parse:\n{SqlCatalog.Describe(errors)}");
            else fragment.Accept(new Reader(schema));
        }
        return schema;
    });

    public static SqlServerSchema FromMigrations => _fromMigrations.Value;

    /// <summary>Table → column name → column, in definition order.</summary>
    public Dictionary<string, Dictionary<string, SchemaColumn>> Tables { get; } = new(StringComparer.OrdinalIgnoreCase);
    public HashSet<string> Indexes { get; } = new(StringComparer.OrdinalIgnoreCase);
    public List<string> Problems { get; } = [];

    public IEnumerable<SchemaColumn> Columns => Tables.Values.SelectMany(t => t.Values);

    /// <summary>The SQL Server types a column of this name has in any table (for the lint's type guesses).</summary>
    public IReadOnlySet<string> TypesOfColumnNamed(string name) =>
        Columns.Where(c => c.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Select(c => c.Type).ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static string Name(Identifier id) => id.Value;

    private static string TypeName(DataTypeReference? type) => type switch
    {
        SqlDataTypeReference sql => sql.SqlDataTypeOption.ToString().ToUpperInvariant(),
        { Name: { } n } => n.BaseIdentifier.Value.ToUpperInvariant(),
        _ => "",
    };

    private sealed class Reader(SqlServerSchema schema) : TSqlFragmentVisitor
    {
        private static bool NotNull(ColumnDefinition column, ISet<string> keyColumns) =>
            column.Constraints.OfType<NullableConstraintDefinition>().Any(n => !n.Nullable)
            || column.Constraints.OfType<UniqueConstraintDefinition>().Any(u => u.IsPrimaryKey)
            || column.IdentityOptions is not null
            || keyColumns.Contains(column.ColumnIdentifier.Value);

        private void Add(string table, IEnumerable<ColumnDefinition> columns, ISet<string> keyColumns)
        {
            if (!schema.Tables.TryGetValue(table, out var map)) schema.Tables[table] = map = new(StringComparer.OrdinalIgnoreCase);
            foreach (var column in columns)
            {
                var name = Name(column.ColumnIdentifier);
                // A computed column has no data type; it is still a column.
                map[name] = new(table, name, NotNull(column, keyColumns), TypeName(column.DataType));
            }
        }

        private static HashSet<string> PrimaryKeyColumns(TableDefinition? definition) =>
            (definition?.TableConstraints ?? []).OfType<UniqueConstraintDefinition>().Where(c => c.IsPrimaryKey)
                .SelectMany(c => c.Columns).Select(c => c.Column.MultiPartIdentifier.Identifiers[^1].Value).ToHashSet(StringComparer.OrdinalIgnoreCase);

        public override void Visit(CreateTableStatement node)
        {
            var table = Name(node.SchemaObjectName.BaseIdentifier);
            if (node.Definition is null) return; // CREATE TABLE … AS SELECT / AS FileTable: not used here
            Add(table, node.Definition.ColumnDefinitions, PrimaryKeyColumns(node.Definition));
        }

        public override void Visit(AlterTableAddTableElementStatement node)
        {
            var table = Name(node.SchemaObjectName.BaseIdentifier);
            Add(table, node.Definition.ColumnDefinitions, PrimaryKeyColumns(node.Definition));
        }

        public override void Visit(AlterTableDropTableElementStatement node)
        {
            var table = Name(node.SchemaObjectName.BaseIdentifier);
            foreach (var element in node.AlterTableDropTableElements.Where(e => e.TableElementType == TableElementType.Column))
                if (schema.Tables.TryGetValue(table, out var map)) map.Remove(element.Name.Value);
        }

        public override void Visit(AlterTableAlterColumnStatement node)
        {
            var table = Name(node.SchemaObjectName.BaseIdentifier);
            if (node.DataType is null || !schema.Tables.TryGetValue(table, out var map)) return;
            var name = Name(node.ColumnIdentifier);
            // ALTER COLUMN restates nullability: without NOT NULL the column becomes nullable.
            map[name] = new(table, name, SqlCatalog.Normalized(node).Contains("NOTNULL", StringComparison.Ordinal), TypeName(node.DataType));
        }

        public override void Visit(ExecuteStatement node)
        {
            // sp_rename would change names behind the reader's back: say so instead of guessing.
            if (node.ExecuteSpecification?.ExecutableEntity is ExecutableProcedureReference { ProcedureReference.ProcedureReference.Name: { } proc }
                && proc.BaseIdentifier.Value.Equals("sp_rename", StringComparison.OrdinalIgnoreCase))
                schema.Problems.Add("a migration calls sp_rename; teach SqlServerSchema to follow it");
        }

        public override void Visit(DropTableStatement node)
        {
            foreach (var o in node.Objects) schema.Tables.Remove(Name(o.BaseIdentifier));
        }

        public override void Visit(CreateIndexStatement node) => schema.Indexes.Add(Name(node.Name));

        public override void Visit(DropIndexStatement node)
        {
            foreach (var clause in node.DropIndexClauses)
            {
                var index = clause switch
                {
                    DropIndexClause c => c.Index.Value,
                    BackwardsCompatibleDropIndexClause c => (c.Index.ChildIdentifier ?? c.Index.BaseIdentifier).Value,
                    _ => null,
                };
                if (index is not null) schema.Indexes.Remove(index);
            }
        }
    }
}
