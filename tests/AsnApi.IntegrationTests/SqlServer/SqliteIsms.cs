using System.Text.RegularExpressions;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace AsnApi.IntegrationTests.SqlServer;

/// <summary>
/// What ScriptDom parses happily but SQL Server would refuse or run differently: SQL that is fine on
/// SQLite (which is what every other test runs on) yet wrong for T-SQL. Each finding names the
/// SQL Server error or behaviour it stands for.
/// </summary>
public static partial class SqliteIsms
{
    /// <summary>Text-level tokens, looked for outside string literals and comments (datetime('now') in the raw text).</summary>
    private static readonly (string What, Regex Pattern, bool Raw)[] Tokens =
    [
        ("LIMIT (use the dialect's Paging: OFFSET … FETCH)", new(@"\bLIMIT\s", RegexOptions.IgnoreCase), false),
        ("|| (use the dialect's Concat)", new(@"\|\|"), false),
        ("substr( (use the dialect's SubstringFrom)", new(@"\bsubstr\s*\(", RegexOptions.IgnoreCase), false),
        ("length( (use the dialect's Length)", new(@"\blength\s*\(", RegexOptions.IgnoreCase), false),
        ("RETURNING (use OUTPUT or a separate SELECT)", new(@"\bRETURNING\b", RegexOptions.IgnoreCase), false),
        ("ON CONFLICT (use the dialect's Upsert)", new(@"\bON\s+CONFLICT\b", RegexOptions.IgnoreCase), false),
        ("datetime('now') (pass the time as a parameter)", new(@"\bdatetime\s*\(\s*'now'", RegexOptions.IgnoreCase), true),
        ("IFNULL( (use COALESCE)", new(@"\bIFNULL\s*\(", RegexOptions.IgnoreCase), false),
        ("GROUP_CONCAT (use STRING_AGG)", new(@"\bGROUP_CONCAT\b", RegexOptions.IgnoreCase), false),
        ("INSERT OR REPLACE/IGNORE (use the dialect's Upsert)", new(@"\bINSERT\s+OR\s+(REPLACE|IGNORE|ABORT|FAIL|ROLLBACK)\b", RegexOptions.IgnoreCase), false),
        ("AUTOINCREMENT", new(@"\bAUTOINCREMENT\b", RegexOptions.IgnoreCase), false),
        ("WITHOUT ROWID", new(@"\bWITHOUT\s+ROWID\b", RegexOptions.IgnoreCase), false),
        ("COLLATE NOCASE", new(@"\bCOLLATE\s+NOCASE\b", RegexOptions.IgnoreCase), false),
        ("PRAGMA", new(@"\bPRAGMA\b", RegexOptions.IgnoreCase), false),
    ];

    /// <summary>Functions SQLite has and SQL Server does not (or has with another meaning).</summary>
    private static readonly HashSet<string> SqliteFunctions = new(StringComparer.OrdinalIgnoreCase)
    {
        "substr", "length", "ifnull", "group_concat", "instr", "strftime", "julianday", "datetime", "date", "time", "unixepoch",
        "printf", "json_extract", "json_each", "json_group_array", "json_group_object", "last_insert_rowid", "changes",
        "total_changes", "random", "randomblob", "zeroblob", "total", "typeof", "glob", "hex", "likely", "unlikely", "quote", "sqlite_version",
    };

    private static readonly HashSet<string> Aggregates = new(StringComparer.OrdinalIgnoreCase)
    {
        "COUNT", "COUNT_BIG", "SUM", "AVG", "MIN", "MAX", "STRING_AGG", "STDEV", "STDEVP", "VAR", "VARP", "CHECKSUM_AGG", "APPROX_COUNT_DISTINCT",
    };

    private static readonly HashSet<string> IntegerTypes = new(StringComparer.OrdinalIgnoreCase) { "INT", "BIGINT", "SMALLINT", "TINYINT", "BIT" };

    /// <summary>Date parts and other keywords ScriptDom reads as column names inside function calls.</summary>
    private static readonly HashSet<string> NotColumns = new(StringComparer.OrdinalIgnoreCase)
    {
        "year", "yy", "yyyy", "quarter", "qq", "q", "month", "mm", "m", "dayofyear", "dy", "y", "day", "dd", "d", "week", "wk", "ww",
        "weekday", "dw", "w", "hour", "hh", "minute", "mi", "n", "second", "ss", "s", "millisecond", "ms", "microsecond", "mcs",
        "nanosecond", "ns", "iso_week", "isowk", "isoww", "tzoffset", "tz",
    };

    public static bool IsAggregate(FunctionCall f) => f.OverClause is null && f.CallTarget is null && Aggregates.Contains(f.FunctionName.Value);

    /// <param name="references">Also check that tables and columns exist in the final schema (not for migrations, which build it).</param>
    public static IReadOnlyList<string> Find(string sql, TSqlFragment? fragment, SqlServerSchema schema, bool references = true)
    {
        var findings = new List<string>();
        var code = CodeOnly(sql, fragment);
        foreach (var (what, pattern, raw) in Tokens)
            if (pattern.IsMatch(raw ? sql : code)) findings.Add($"SQLite-only {what}");
        if (fragment is not null)
        {
            var lint = new Lint(schema, references);
            fragment.Accept(lint);
            findings.AddRange(lint.Findings.Distinct());
        }
        return findings;
    }

    /// <summary>The SQL without comments and with every string literal emptied, so that a quoted '||' is no finding.</summary>
    private static string CodeOnly(string sql, TSqlFragment? fragment)
    {
        if (fragment?.ScriptTokenStream is not { } tokens) return sql;
        return string.Concat(tokens.Select(t => t.TokenType switch
        {
            TSqlTokenType.SingleLineComment or TSqlTokenType.MultilineComment => " ",
            TSqlTokenType.AsciiStringLiteral or TSqlTokenType.UnicodeStringLiteral => "''",
            _ => t.Text,
        }));
    }

    // ---------------------------------------------------------------------------------------------

    private sealed class Lint(SqlServerSchema schema, bool references) : TSqlFragmentVisitor
    {
        public List<string> Findings { get; } = [];
        private bool _scopeRead;
        private Scope _scope = new();

        /// <summary>Names the whole statement defines: CTEs, table aliases, derived tables, select aliases.</summary>
        private sealed class Scope
        {
            /// <summary>Alias or name → the columns it exposes (null when unknown).</summary>
            public Dictionary<string, HashSet<string>?> Sources { get; } = new(StringComparer.OrdinalIgnoreCase);
            public HashSet<string> Ctes { get; } = new(StringComparer.OrdinalIgnoreCase);
            public HashSet<string> Aliases { get; } = new(StringComparer.OrdinalIgnoreCase);
            public HashSet<string> Tables { get; } = new(StringComparer.OrdinalIgnoreCase);
            public HashSet<string> SelectNames { get; } = new(StringComparer.OrdinalIgnoreCase);
            public bool Unknown { get; set; }
        }

        public override void Visit(TSqlScript node)
        {
            // Read every name the statement defines before judging any reference.
            var reader = new ScopeReader(schema, _scope);
            node.Accept(reader);
            _scopeRead = true;
        }

        // ---- functions ----

        public override void Visit(FunctionCall node)
        {
            var name = node.FunctionName.Value;
            if (node.CallTarget is null && SqliteFunctions.Contains(name))
                Findings.Add($"SQLite function {name}() does not exist in SQL Server");
            if (node.CallTarget is null && node.OverClause is null && node.Parameters.Count > 1 && (name.Equals("MIN", StringComparison.OrdinalIgnoreCase) || name.Equals("MAX", StringComparison.OrdinalIgnoreCase)))
                Findings.Add($"scalar {name.ToUpperInvariant()}(a, b) is SQLite-only (SQL Server: LEAST/GREATEST or CASE)");
            if (!IsAggregate(node)) return;

            var inner = new Finder(stopAtSubqueries: false);
            foreach (var p in node.Parameters) p.Accept(inner);
            if (inner.Subquery || inner.Aggregate)
                Findings.Add($"{name.ToUpperInvariant()}() over an expression containing {(inner.Subquery ? "a subquery" : "an aggregate")}: SQL Server error 130 " +
                             $"(\"Cannot perform an aggregate function on an expression containing an aggregate or a subquery\"): {Text(node)}");

            if (name.Equals("SUM", StringComparison.OrdinalIgnoreCase) || name.Equals("AVG", StringComparison.OrdinalIgnoreCase))
            {
                if (node.Parameters is [ColumnReferenceExpression c] && ColumnTypes(c) is { Count: > 0 } types && types.All(t => t == "BIT"))
                    Findings.Add($"{name.ToUpperInvariant()} over the BIT column {Text(c)}: SQL Server error 8117 (\"Operand data type bit is invalid for {name.ToLowerInvariant()} operator\")");
                else if (name.Equals("AVG", StringComparison.OrdinalIgnoreCase) && node.Parameters.Count == 1 && IsIntegerOnly(node.Parameters[0]))
                    Findings.Add($"AVG of integers truncates to an integer on SQL Server (SQLite returns a real): cast the argument to FLOAT or DECIMAL: {Text(node)}");
            }
        }

        /// <summary>True when every column the expression reads is an integer column and it has no non-integer literal, parameter or cast.</summary>
        private bool IsIntegerOnly(ScalarExpression e)
        {
            var f = new Finder(stopAtSubqueries: true);
            e.Accept(f);
            if (f.NonInteger || f.Subquery) return false;
            foreach (var c in f.Columns)
            {
                var types = ColumnTypes(c);
                if (types.Count == 0 || !types.All(IntegerTypes.Contains)) return false;
            }
            return true;
        }

        private IReadOnlySet<string> ColumnTypes(ColumnReferenceExpression c) =>
            c.MultiPartIdentifier is { } id ? schema.TypesOfColumnNamed(id.Identifiers[^1].Value) : new HashSet<string>();

        public override void Visit(CastCall node)
        {
            switch (node.DataType)
            {
                case SqlDataTypeReference { SqlDataTypeOption: SqlDataTypeOption.Text or SqlDataTypeOption.NText or SqlDataTypeOption.Image }:
                    Findings.Add($"CAST to a deprecated LOB type (SQLite's TEXT affinity is NVARCHAR on SQL Server): {Text(node)}");
                    break;
                case SqlDataTypeReference { SqlDataTypeOption: SqlDataTypeOption.Decimal or SqlDataTypeOption.Numeric, Parameters.Count: 0 }:
                    Findings.Add($"CAST to DECIMAL/NUMERIC without precision is DECIMAL(18,0) on SQL Server and drops the fraction: {Text(node)}");
                    break;
                case SqlDataTypeReference { SqlDataTypeOption: SqlDataTypeOption.VarChar or SqlDataTypeOption.NVarChar or SqlDataTypeOption.Char or SqlDataTypeOption.NChar, Parameters.Count: 0 }:
                    Findings.Add($"CAST to a string type without a length is 30 characters on SQL Server: {Text(node)}");
                    break;
                case UserDataTypeReference { Name.BaseIdentifier.Value: var n } when n.Equals("BLOB", StringComparison.OrdinalIgnoreCase) || n.Equals("TEXT", StringComparison.OrdinalIgnoreCase):
                    Findings.Add($"CAST to the SQLite type {n}: {Text(node)}");
                    break;
            }
        }

        // ---- grouping (error 8120) and select aliases where T-SQL cannot see them (error 207) ----

        public override void Visit(QuerySpecification q)
        {
            CheckGrouping(q);
            CheckAliasUse(q);
        }

        private void CheckGrouping(QuerySpecification q)
        {
            var hasAggregate = new Finder(stopAtSubqueries: true);
            foreach (var e in q.SelectElements) e.Accept(hasAggregate);
            q.HavingClause?.Accept(hasAggregate);
            var grouped = q.GroupByClause is not null || q.HavingClause is not null || hasAggregate.Aggregate;
            if (!grouped) return;
            if (q.GroupByClause is { } g && g.GroupingSpecifications.Any(s => s is not ExpressionGroupingSpecification)) return; // ROLLUP, CUBE, sets: not judged

            var groupExpressions = q.GroupByClause?.GroupingSpecifications.OfType<ExpressionGroupingSpecification>().Select(s => s.Expression).ToList() ?? [];
            var groupTexts = groupExpressions.Select(SqlCatalog.Normalized).ToHashSet(StringComparer.Ordinal);
            var groupColumns = groupExpressions.OfType<ColumnReferenceExpression>().Where(c => c.MultiPartIdentifier is not null).ToList();
            var aliases = q.SelectElements.OfType<SelectScalarExpression>().Where(s => s.ColumnName is not null).Select(s => s.ColumnName.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);

            void Check(TSqlFragment part, bool aliasesVisible)
            {
                var covered = new CoverageFinder(groupTexts);
                part.Accept(covered);
                foreach (var c in covered.Columns)
                {
                    if (covered.Ranges.Any(r => r.First <= c.FirstTokenIndex && c.LastTokenIndex <= r.Last)) continue;
                    var ids = c.MultiPartIdentifier.Identifiers;
                    if (aliasesVisible && ids.Count == 1 && aliases.Contains(ids[0].Value)) continue;
                    if (groupColumns.Any(gc => SameColumn(gc.MultiPartIdentifier.Identifiers, ids))) continue;
                    Findings.Add($"{Text(c)} is neither grouped nor aggregated: SQL Server error 8120 (SQLite picks an arbitrary row): {Text(q)}");
                }
            }

            foreach (var e in q.SelectElements)
            {
                if (e is SelectStarExpression) Findings.Add($"SELECT * in a grouped query: SQL Server error 8120: {Text(q)}");
                else Check(e, aliasesVisible: false);
            }
            if (q.HavingClause is not null) Check(q.HavingClause, aliasesVisible: false);
            if (q.OrderByClause is not null) Check(q.OrderByClause, aliasesVisible: true);
        }

        private static bool SameColumn(IList<Identifier> a, IList<Identifier> b)
        {
            if (!a[^1].Value.Equals(b[^1].Value, StringComparison.OrdinalIgnoreCase)) return false;
            if (a.Count == 1 || b.Count == 1) return true;
            return a.Count == b.Count && a.Zip(b).All(p => p.First.Value.Equals(p.Second.Value, StringComparison.OrdinalIgnoreCase));
        }

        private void CheckAliasUse(QuerySpecification q)
        {
            var aliases = q.SelectElements.OfType<SelectScalarExpression>()
                .Where(s => s.ColumnName is not null && !(s.Expression is ColumnReferenceExpression { MultiPartIdentifier: { } id } && id.Identifiers[^1].Value.Equals(s.ColumnName.Value, StringComparison.OrdinalIgnoreCase)))
                .Select(s => s.ColumnName.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (aliases.Count == 0) return;
            var available = AvailableColumns(q);
            if (available is null) return; // a source whose columns are unknown: no judgement

            foreach (var (part, clause) in new (TSqlFragment? Part, string Clause)[] { (q.WhereClause, "WHERE"), (q.GroupByClause, "GROUP BY"), (q.HavingClause, "HAVING") })
            {
                if (part is null) continue;
                var f = new Finder(stopAtSubqueries: true);
                part.Accept(f);
                foreach (var c in f.Columns.Where(c => c.MultiPartIdentifier.Identifiers.Count == 1))
                {
                    var name = c.MultiPartIdentifier.Identifiers[0].Value;
                    if (aliases.Contains(name) && !available.Contains(name))
                        Findings.Add($"the select alias {name} is used in {clause}: SQL Server error 207 (only ORDER BY sees select aliases; SQLite allows it): {Text(q)}");
                }
            }
        }

        /// <summary>The column names the FROM clause of this query exposes, or null when some source is unknown.</summary>
        private HashSet<string>? AvailableColumns(QuerySpecification q)
        {
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            if (q.FromClause is null) return names;
            var sources = new SourceFinder();
            q.FromClause.Accept(sources);
            if (sources.Unknown) return null;
            foreach (var t in sources.Named)
            {
                var name = t.SchemaObject.BaseIdentifier.Value;
                if (_scope.Sources.TryGetValue(name, out var cols) && _scope.Ctes.Contains(name)) { if (cols is null) return null; names.UnionWith(cols); }
                else if (schema.Tables.TryGetValue(name, out var table)) names.UnionWith(table.Keys);
                else return null;
            }
            foreach (var d in sources.Derived)
            {
                var cols = OutputColumns(d.QueryExpression, d.Columns);
                if (cols is null) return null;
                names.UnionWith(cols);
            }
            return names;
        }

        // ---- tables and columns the schema does not have ----

        public override void Visit(NamedTableReference node)
        {
            if (!_scopeRead || !references) return;
            var o = node.SchemaObject;
            if (o.DatabaseIdentifier is not null || o.ServerIdentifier is not null) return;
            var name = o.BaseIdentifier.Value;
            if (o.SchemaIdentifier is { Value: var s } && !s.Equals("dbo", StringComparison.OrdinalIgnoreCase)) return; // sys.*, INFORMATION_SCHEMA.*
            if (name.StartsWith('#') || schema.Tables.ContainsKey(name) || _scope.Ctes.Contains(name) || _scope.Aliases.Contains(name)) return;
            Findings.Add($"table {name} is not in the SQL Server migrations");
        }

        public override void Visit(ColumnReferenceExpression node)
        {
            if (!_scopeRead || node.ColumnType != ColumnType.Regular || node.MultiPartIdentifier is not { } id) return;
            var column = id.Identifiers[^1].Value;
            if (id.Identifiers.Count == 1 && (column.Equals("TRUE", StringComparison.OrdinalIgnoreCase) || column.Equals("FALSE", StringComparison.OrdinalIgnoreCase)))
            {
                Findings.Add($"{column} is a SQLite literal; SQL Server reads it as a column name (use 1 or 0)");
                return;
            }
            if (!references) return;
            if (id.Identifiers.Count == 1)
            {
                if (_scope.Unknown || NotColumns.Contains(column)) return;
                var known = _scope.Tables.Any(t => schema.Tables.TryGetValue(t, out var cols) && cols.ContainsKey(column))
                            || _scope.SelectNames.Contains(column)
                            || _scope.Sources.Values.Any(cols => cols is not null && cols.Contains(column));
                if (!known) Findings.Add($"column {column} is in none of the statement's tables in the SQL Server migrations");
                return;
            }
            if (id.Identifiers.Count != 2) return;
            var qualifier = id.Identifiers[0].Value;
            if (qualifier.Equals("inserted", StringComparison.OrdinalIgnoreCase) || qualifier.Equals("deleted", StringComparison.OrdinalIgnoreCase)) return;
            if (!_scope.Sources.TryGetValue(qualifier, out var available))
            {
                Findings.Add($"{Text(node)}: {qualifier} is no table or alias of the statement");
                return;
            }
            if (available is not null && !available.Contains(column))
                Findings.Add($"{Text(node)}: {qualifier} has no column {column} in the SQL Server migrations");
        }

        // ---- helpers ----

        internal static HashSet<string>? OutputColumns(QueryExpression q, IList<Identifier>? declared)
        {
            if (declared is { Count: > 0 }) return declared.Select(i => i.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
            while (q is QueryParenthesisExpression p) q = p.QueryExpression;
            if (q is BinaryQueryExpression b) return OutputColumns(b.FirstQueryExpression, null);
            if (q is not QuerySpecification spec) return null;
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var e in spec.SelectElements)
            {
                switch (e)
                {
                    case SelectScalarExpression { ColumnName: { } alias }: names.Add(alias.Value); break;
                    case SelectScalarExpression { Expression: ColumnReferenceExpression { MultiPartIdentifier: { } id } }: names.Add(id.Identifiers[^1].Value); break;
                    case SelectScalarExpression: break; // an unnamed expression cannot be referenced
                    default: return null; // SELECT *: columns unknown here
                }
            }
            return names;
        }

        private static string Text(TSqlFragment f)
        {
            if (f.ScriptTokenStream is null || f.FirstTokenIndex < 0) return "";
            var text = string.Concat(Enumerable.Range(f.FirstTokenIndex, f.LastTokenIndex - f.FirstTokenIndex + 1).Select(i => f.ScriptTokenStream[i].Text));
            text = Regex.Replace(text, @"\s+", " ").Trim();
            return text.Length > 160 ? text[..157] + "…" : text;
        }

        /// <summary>Reads every name a statement defines.</summary>
        private sealed class ScopeReader(SqlServerSchema schema, Scope scope) : TSqlFragmentVisitor
        {
            public override void Visit(CommonTableExpression node)
            {
                scope.Ctes.Add(node.ExpressionName.Value);
                scope.Sources[node.ExpressionName.Value] = OutputColumns(node.QueryExpression, node.Columns);
                if (node.Columns is { Count: > 0 }) scope.SelectNames.UnionWith(node.Columns.Select(c => c.Value));
            }

            public override void Visit(NamedTableReference node)
            {
                var name = node.SchemaObject.BaseIdentifier.Value;
                HashSet<string>? cols = schema.Tables.TryGetValue(name, out var t) ? t.Keys.ToHashSet(StringComparer.OrdinalIgnoreCase) : null;
                if (t is not null) scope.Tables.Add(name);
                scope.Sources.TryAdd(name, cols);
                if (node.Alias is { } alias)
                {
                    scope.Aliases.Add(alias.Value);
                    if (scope.Ctes.Contains(name)) scope.Sources[alias.Value] = scope.Sources.GetValueOrDefault(name);
                    else if (!scope.Sources.TryAdd(alias.Value, cols) && scope.Sources[alias.Value] is { } existing && cols is not null)
                        existing.UnionWith(cols); // one alias reused for several tables in different subqueries
                }
            }

            public override void Visit(QueryDerivedTable node)
            {
                var cols = OutputColumns(node.QueryExpression, node.Columns);
                if (node.Alias is { } alias) { scope.Aliases.Add(alias.Value); scope.Sources[alias.Value] = cols; }
                if (cols is not null) scope.SelectNames.UnionWith(cols);
            }

            public override void Visit(InlineDerivedTable node)
            {
                if (node.Alias is { } alias) { scope.Aliases.Add(alias.Value); scope.Sources[alias.Value] = node.Columns.Select(c => c.Value).ToHashSet(StringComparer.OrdinalIgnoreCase); }
                scope.SelectNames.UnionWith(node.Columns.Select(c => c.Value));
            }

            public override void Visit(MergeSpecification node)
            {
                if (node.TableAlias is { } alias && node.Target is NamedTableReference target)
                {
                    scope.Aliases.Add(alias.Value);
                    scope.Sources[alias.Value] = schema.Tables.TryGetValue(target.SchemaObject.BaseIdentifier.Value, out var t) ? t.Keys.ToHashSet(StringComparer.OrdinalIgnoreCase) : null;
                }
            }

            public override void Visit(TableReference node)
            {
                if (node is not (NamedTableReference or QueryDerivedTable or InlineDerivedTable or JoinTableReference or JoinParenthesisTableReference))
                    scope.Unknown = true; // table-valued functions, variables, OPENJSON…: columns unknown
            }

            public override void Visit(SelectScalarExpression node)
            {
                if (node.ColumnName is { } alias) scope.SelectNames.Add(alias.Value);
            }
        }

        /// <summary>Finds columns, subqueries, aggregates and non-integer values in an expression.</summary>
        private sealed class Finder(bool stopAtSubqueries) : TSqlFragmentVisitor
        {
            public List<ColumnReferenceExpression> Columns { get; } = [];
            public bool Subquery { get; private set; }
            public bool Aggregate { get; private set; }
            public bool NonInteger { get; private set; }

            public override void ExplicitVisit(ScalarSubquery node)
            {
                Subquery = true;
                if (!stopAtSubqueries) base.ExplicitVisit(node);
            }

            public override void Visit(FunctionCall node)
            {
                if (IsAggregate(node)) Aggregate = true;
                // COUNT and LEN give integers; any other function may not.
                if (!node.FunctionName.Value.Equals("COUNT", StringComparison.OrdinalIgnoreCase) && !node.FunctionName.Value.Equals("LEN", StringComparison.OrdinalIgnoreCase)) NonInteger = true;
            }

            public override void Visit(ColumnReferenceExpression node)
            {
                if (node.ColumnType == ColumnType.Regular && node.MultiPartIdentifier is not null) Columns.Add(node);
            }

            public override void Visit(NumericLiteral node) => NonInteger = true;
            public override void Visit(RealLiteral node) => NonInteger = true;
            public override void Visit(MoneyLiteral node) => NonInteger = true;
            public override void Visit(VariableReference node) => NonInteger = true;
            public override void Visit(CastCall node) => NonInteger = true;
            public override void Visit(ConvertCall node) => NonInteger = true;
            public override void Visit(TryCastCall node) => NonInteger = true;
            public override void Visit(TryConvertCall node) => NonInteger = true;
        }

        /// <summary>In a grouped query: token ranges that are grouped, aggregated or subqueries, and every column read.</summary>
        private sealed class CoverageFinder(HashSet<string> groupTexts) : TSqlFragmentVisitor
        {
            public List<(int First, int Last)> Ranges { get; } = [];
            public List<ColumnReferenceExpression> Columns { get; } = [];

            public override void Visit(ScalarExpression node)
            {
                if (node is ScalarSubquery || node is FunctionCall f && IsAggregate(f) || groupTexts.Contains(SqlCatalog.Normalized(node)))
                    Ranges.Add((node.FirstTokenIndex, node.LastTokenIndex));
            }

            public override void Visit(ColumnReferenceExpression node)
            {
                if (node.ColumnType == ColumnType.Regular && node.MultiPartIdentifier is not null) Columns.Add(node);
            }
        }

        /// <summary>The table sources of one FROM clause (not those of nested subqueries).</summary>
        private sealed class SourceFinder : TSqlFragmentVisitor
        {
            public List<NamedTableReference> Named { get; } = [];
            public List<QueryDerivedTable> Derived { get; } = [];
            public bool Unknown { get; private set; }

            public override void ExplicitVisit(ScalarSubquery node) { }
            public override void ExplicitVisit(QueryDerivedTable node) => Derived.Add(node);
            public override void Visit(NamedTableReference node) => Named.Add(node);

            public override void Visit(TableReference node)
            {
                if (node is not (NamedTableReference or QueryDerivedTable or JoinTableReference or JoinParenthesisTableReference)) Unknown = true;
            }
        }
    }
}
