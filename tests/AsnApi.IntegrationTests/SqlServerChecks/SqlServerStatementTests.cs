using System.Collections;
using System.Reflection;
using AsnApi.Infrastructure.Database;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace AsnApi.IntegrationTests.SqlServerChecks;

/// <summary>
/// Every statement the API can send is declared next to its handler and marked [Sql]. Here each one is
/// rendered for SQL Server and parsed by ScriptDom (T-SQL 160, SQL Server 2022), so the SQL Server
/// dialect is checked on machines without SQL Server. The migration scripts are parsed too.
/// </summary>
public class SqlServerStatementTests
{
    public sealed record Statement(string Source, string Sql)
    {
        public override string ToString() => Source;
    }

    public static IReadOnlyList<Statement> All()
    {
        var found = new List<Statement>();
        const BindingFlags flags = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        foreach (var type in typeof(Program).Assembly.GetTypes())
        {
            foreach (var field in type.GetFields(flags).Where(f => f.IsDefined(typeof(SqlAttribute))))
                found.Add(new($"{type.FullName}.{field.Name}", (string)(field.IsLiteral ? field.GetRawConstantValue() : field.GetValue(null))!));
            foreach (var method in type.GetMethods(flags).Where(m => m.IsDefined(typeof(SqlAttribute))))
            {
                var args = method.GetParameters() switch
                {
                    [] => [],
                    [{ ParameterType: var p }] when p == typeof(ISqlDialect) => new object[] { SqlServerDialect.Instance },
                    _ => throw new InvalidOperationException($"[Sql] method {type.FullName}.{method.Name} must take nothing or an ISqlDialect"),
                };
                var result = method.Invoke(null, args);
                var texts = result is string s ? [s] : ((IEnumerable)result!).Cast<string>().ToList();
                found.AddRange(texts.Select((t, i) => new Statement($"{type.FullName}.{method.Name}#{i}", t)));
            }
        }
        return found;
    }

    public static TheoryData<Statement> Statements()
    {
        var data = new TheoryData<Statement>();
        foreach (var s in All()) data.Add(s);
        return data;
    }

    public static IList<ParseError> Parse(string sql)
    {
        new TSql160Parser(initialQuotedIdentifiers: true).Parse(new StringReader(sql), out var errors);
        return errors;
    }

    [Theory]
    [MemberData(nameof(Statements))]
    public void Each_statement_parses_as_TSql(Statement statement)
    {
        var errors = Parse(statement.Sql);
        Assert.True(errors.Count == 0,
            $"{statement.Source} is not valid T-SQL:\n{string.Join("\n", errors.Select(e => $"  line {e.Line}, col {e.Column}: {e.Message}"))}\n{statement.Sql}");
    }

    [Theory]
    [MemberData(nameof(Statements))]
    public void No_statement_carries_SQLite_only_syntax_for_SQL_Server(Statement statement)
    {
        // ScriptDom accepts some of these as identifiers or operators; SQL Server would not run them as meant.
        string[] sqliteOnly = ["LIMIT ", "||", "substr(", "length(", "RETURNING ", "ON CONFLICT", "IFNULL(", "GROUP_CONCAT", "datetime('now')", "WITHOUT ROWID"];
        var hits = sqliteOnly.Where(token => statement.Sql.Contains(token, StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(hits.Count == 0, $"{statement.Source} uses SQLite-only {string.Join(", ", hits)}:\n{statement.Sql}");
    }

    [Fact]
    public void The_scan_finds_the_statements_of_every_area()
    {
        var sources = All().Select(s => s.Source).ToList();
        Assert.True(sources.Count >= 100, $"only {sources.Count} statements found");
        foreach (var expected in new[]
        {
            "Employees.ListEmployees.AllVariants", "Units.UpdateUnit.Reroot", "Assessments.CreateAssessment.UpsertCurrent",
            "CompetencyAnalytics.GetHeatmap.AllVariants", "Development.GenerateNeeds.Insert", "Pipeline.CommandTransactionBehavior`2.InsertAudit",
        })
            Assert.Contains(sources, s => s.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void The_parser_refuses_what_SQL_Server_would_refuse()
    {
        // The SQLite renderings of the dialect's differences must fail here, or the theory above proves nothing.
        Assert.NotEmpty(Parse($"SELECT Id FROM Units ORDER BY Name {SqliteDialect.Instance.Paging}"));
        Assert.NotEmpty(Parse(SqliteDialect.Instance.Upsert("CurrentCompetencies", ["EmployeeId"], ["Level"], t => $"@Level > {t}.Level")));
        Assert.Empty(Parse(SqlServerDialect.Instance.Upsert("CurrentCompetencies", ["EmployeeId"], ["Level"], t => $"@Level > {t}.Level")));
    }

    public static TheoryData<string> MigrationScripts()
    {
        var data = new TheoryData<string>();
        foreach (var name in typeof(Program).Assembly.GetManifestResourceNames().Where(n => n.StartsWith(Migrator.ScriptPrefix(DatabaseProvider.SqlServer), StringComparison.Ordinal)))
            data.Add(name);
        return data;
    }

    public static string Script(string resource)
    {
        using var stream = typeof(Program).Assembly.GetManifestResourceStream(resource)!;
        return new StreamReader(stream).ReadToEnd();
    }

    [Theory]
    [MemberData(nameof(MigrationScripts))]
    public void Each_SQL_Server_migration_parses(string resource)
    {
        var errors = Parse(Script(resource)); // ScriptDom understands GO batch separators itself
        Assert.True(errors.Count == 0, $"{resource}: {string.Join("; ", errors.Select(e => $"line {e.Line}: {e.Message}"))}");
    }
}
