using AsnApi.Infrastructure.Database;
using Xunit.Abstractions;

namespace AsnApi.IntegrationTests.SqlServer;

/// <summary>A theory case named in full in the test explorer (xUnit cuts string arguments at 50 characters).</summary>
public sealed class Named : IXunitSerializable
{
    public string Name { get; private set; } = "";
    public Named() { }
    public Named(string name) => Name = name;
    public void Deserialize(IXunitSerializationInfo info) => Name = info.GetValue<string>(nameof(Name));
    public void Serialize(IXunitSerializationInfo info) => info.AddValue(nameof(Name), Name);
    public override string ToString() => Name;
}

/// <summary>
/// SQL Server correctness without a SQL Server: every statement the API declares with [Sql] is rendered
/// with <see cref="SqlServerDialect"/> and parsed by ScriptDom (T-SQL 160, SQL Server 2022), then linted
/// for what parses but SQL Server would refuse or run differently (SQLite-only syntax, grouping, ORDER BY
/// and select aliases, aggregates over subqueries, integer AVG, unknown tables and columns). Every batch of
/// every SQL Server migration is parsed too. One test case per statement, named Type.Member#n.
/// </summary>
public class SqlServerStatementTests
{
    public static TheoryData<Named> Statements()
    {
        var data = new TheoryData<Named>();
        foreach (var name in SqlCatalog.Statements.Keys) data.Add(new Named(name));
        return data;
    }

    public static TheoryData<Named> MigrationBatches()
    {
        var data = new TheoryData<Named>();
        foreach (var batch in SqlCatalog.SqlServerBatches) data.Add(new Named(batch.Name));
        return data;
    }

    private static string RenderedSql(Named statement) => RenderedSql(statement.Name);

    private static string RenderedSql(string name)
    {
        var statement = SqlCatalog.Statements[name];
        Assert.True(statement.Problem is null, $"[Sql] {name} {statement.Problem}");
        Assert.False(string.IsNullOrWhiteSpace(statement.Sql), $"[Sql] {name} is empty");
        return statement.Sql!;
    }

    [Theory]
    [MemberData(nameof(Statements))]
    public void Statement_parses_as_TSql(Named statement)
    {
        var sql = RenderedSql(statement);
        SqlCatalog.Parse(sql, out var errors);
        Assert.True(errors.Count == 0, $"{statement} is not valid T-SQL for SQL Server 2022:\n{SqlCatalog.Describe(errors)}\n--- SQL ---\n{sql}");
    }

    [Theory]
    [MemberData(nameof(Statements))]
    public void Statement_has_no_SQLite_only_SQL(Named statement)
    {
        var sql = RenderedSql(statement);
        var fragment = SqlCatalog.Parse(sql, out var errors);
        var findings = SqliteIsms.Find(sql, errors.Count == 0 ? fragment : null, SqlServerSchema.FromMigrations);
        Assert.True(findings.Count == 0, $"{statement} would not run as meant on SQL Server:\n  - {string.Join("\n  - ", findings)}\n--- SQL ---\n{sql}");
    }

    [Theory]
    [MemberData(nameof(MigrationBatches))]
    public void Migration_batch_parses_as_TSql(Named batch)
    {
        var b = SqlCatalog.SqlServerBatches.Single(x => x.Name == batch.Name);
        SqlCatalog.Parse(b.Sql, out var errors);
        Assert.True(errors.Count == 0, $"SQL Server migration {b.Script}, batch {b.Batch} (batches are split on GO lines) is not valid T-SQL:\n{SqlCatalog.Describe(errors)}\n--- SQL ---\n{b.Sql}");
    }

    [Theory]
    [MemberData(nameof(MigrationBatches))]
    public void Migration_batch_has_no_SQLite_only_SQL(Named batch)
    {
        var b = SqlCatalog.SqlServerBatches.Single(x => x.Name == batch.Name);
        var fragment = SqlCatalog.Parse(b.Sql, out var errors);
        // No reference check: a migration builds the schema, so it may use what the final schema no longer has.
        var findings = SqliteIsms.Find(b.Sql, errors.Count == 0 ? fragment : null, SqlServerSchema.FromMigrations, references: false);
        Assert.True(findings.Count == 0, $"SQL Server migration {b.Name}:\n  - {string.Join("\n  - ", findings)}");
    }

    [Fact]
    public void The_scan_finds_the_statements_of_every_area()
    {
        var names = SqlCatalog.Statements.Keys.ToList();
        Assert.True(names.Count >= 100, $"only {names.Count} [Sql] statements found; the reflection scan is missing members");
        var problems = SqlCatalog.Statements.Values.Where(s => s.Problem is not null).Select(s => $"{s.Name}: {s.Problem}").ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));

        string[] expected =
        [
            "Features.Employees.ListEmployees.AllVariants#0",
            "Features.Units.UpdateUnit.Reroot",
            "Features.Units.UpdateUnit.Update",
            "Features.Audit.ListAudit.AllVariants#1",
            "Features.CompetencyAnalytics.GetJpmDistribution.AllVariants#0",
            "Infrastructure.Database.DatabaseHealthCheck.Ping",
            "Infrastructure.Pipeline.CommandTransactionBehavior`2.InsertAudit",
        ];
        foreach (var name in expected)
            Assert.True(SqlCatalog.Statements.ContainsKey(name), $"[Sql] {name} not found; found e.g. {string.Join(", ", names.Take(10))}");

        // Every feature area declares its SQL.
        var areas = SqlCatalog.Api.GetTypes().Select(t => t.Namespace).OfType<string>()
            .Where(n => n.StartsWith("AsnApi.Features.", StringComparison.Ordinal)).Select(n => n["AsnApi.".Length..]).Distinct().ToList();
        Assert.NotEmpty(areas);
        var silent = areas.Where(a => !names.Any(n => n.StartsWith(a + ".", StringComparison.Ordinal))).ToList();
        Assert.True(silent.Count == 0, $"feature areas with no [Sql] statement: {string.Join(", ", silent)}");
    }

    [Fact]
    public void Dialect_dependent_statements_render_differently_per_dialect()
    {
        // The methods taking a dialect must use it where it matters: rendered for SQLite they differ.
        var reroot = Features.Units.UpdateUnit.Reroot(SqlServerDialect.Instance);
        Assert.Contains("CONCAT(", reroot);
        Assert.Contains("SUBSTRING(", reroot);
        Assert.NotEqual(Features.Units.UpdateUnit.Reroot(SqliteDialect.Instance), reroot);
        Assert.Contains(SqlCatalog.Statements.Values, s => s.Sql?.Contains("OFFSET @Skip ROWS FETCH NEXT @Take ROWS ONLY", StringComparison.Ordinal) == true);
        Assert.Contains(SqlCatalog.Statements.Values, s => s.Sql?.Contains("MERGE ", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void The_migration_scripts_are_found_and_split_on_GO()
    {
        var scripts = SqlCatalog.MigrationScripts(DatabaseProvider.SqlServer);
        Assert.True(scripts.Count >= 4, $"only {scripts.Count} SQL Server migration scripts embedded");
        Assert.Equal(
            SqlCatalog.MigrationScripts(DatabaseProvider.Sqlite).Select(s => s[Migrator.ScriptPrefix(DatabaseProvider.Sqlite).Length..]),
            scripts.Select(s => s[Migrator.ScriptPrefix(DatabaseProvider.SqlServer).Length..]));
        Assert.True(SqlCatalog.SqlServerBatches.Count > scripts.Count, "no script has a GO separator; the CREATE TRIGGER must start a batch");
        Assert.DoesNotContain(SqlCatalog.SqlServerBatches, b => b.Sql.Split('\n').Any(l => l.Trim().Equals("GO", StringComparison.OrdinalIgnoreCase)));
    }

    // ---- The checks must refuse what SQL Server refuses, or the theories above prove nothing. ----

    public static TheoryData<string, string> Refused() => new()
    {
        { $"SELECT Id FROM Units ORDER BY Name {SqliteDialect.Instance.Paging}", "parse" },
        { SqliteDialect.Instance.Upsert("CurrentCompetencies", ["EmployeeId", "CompetencyId"], ["Level"], t => $"@Level > {t}.Level"), "parse" },
        { "SELECT Id FROM Units WHERE IsActive = 1 LIMIT 10", "LIMIT" },
        { $"UPDATE Units SET Path = {SqliteDialect.Instance.Concat("@NewPath", SqliteDialect.Instance.SubstringFrom("Path", "@OldLength + 1"))}", "||" },
        { "SELECT substr(Name, 2) FROM Units", "substr(" },
        { "SELECT length(Name) FROM Units", "length(" },
        { "SELECT IFNULL(Rank, '') FROM Employees", "IFNULL(" },
        { "SELECT GROUP_CONCAT(Name) FROM Units", "GROUP_CONCAT" },
        { "SELECT Id FROM Units WHERE CreatedAt < datetime('now')", "datetime('now')" },
        { "SELECT COUNT(*) AS Total, SUM(CASE WHEN EXISTS (SELECT 1 FROM CompetencyFacts f WHERE f.EmployeeId = e.Id) THEN 1 ELSE 0 END) AS WithStandard FROM Employees e", "error 130" },
        { "SELECT u.Name, COUNT(*) FROM Units u JOIN Employees e ON e.UnitId = u.Id GROUP BY u.Id", "error 8120" },
        { "SELECT * FROM (SELECT Id, Name FROM Units ORDER BY Name) x", "parse" }, // error 1033: ScriptDom reports it (46047)
        { "SELECT Depth + 1 AS Level FROM Units WHERE Level > 2", "error 207" },
        { "SELECT SUM(IsActive) FROM Employees", "error 8117" },
        { "SELECT AVG(f.RequiredLevel - f.AssessedLevel) FROM CompetencyFacts f", "AVG of integers" },
        { "SELECT MAX(Depth, 1) FROM Units", "scalar MAX" },
        { "SELECT Id FROM Units WHERE IsActive = TRUE", "TRUE" },
        { "SELECT CAST(Depth AS NUMERIC) FROM Units", "DECIMAL(18,0)" },
        { "SELECT Id FROM Unit", "table Unit" },
        { "SELECT u.Nmae FROM Units u", "no column Nmae" },
        { "SELECT x.Name FROM Units u", "x is no table" },
        { "SELECT Nmae FROM Units", "column Nmae" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void The_checks_refuse_what_SQL_Server_would_refuse(string sql, string expected)
    {
        var fragment = SqlCatalog.Parse(sql, out var errors);
        if (expected == "parse")
        {
            Assert.True(errors.Count > 0, $"ScriptDom accepted SQLite SQL:\n{sql}");
            return;
        }
        var findings = SqliteIsms.Find(sql, errors.Count == 0 ? fragment : null, SqlServerSchema.FromMigrations);
        Assert.True(findings.Any(f => f.Contains(expected, StringComparison.OrdinalIgnoreCase)),
            $"expected a finding with '{expected}' for:\n{sql}\nfound: {(findings.Count == 0 ? "nothing" : string.Join("; ", findings))}");
    }

    public static TheoryData<string> Accepted() => new()
    {
        "SELECT u.Id, COUNT(*) AS N FROM Units u JOIN Employees e ON e.UnitId = u.Id GROUP BY u.Id ORDER BY N DESC",
        "SELECT Fit, COUNT(*) AS N FROM (SELECT CASE WHEN Depth > 1 THEN 'a' ELSE 'b' END AS Fit FROM Units) b GROUP BY Fit",
        "SELECT AVG(CAST(f.RequiredLevel - f.AssessedLevel AS FLOAT)), AVG(CASE WHEN f.AssessedLevel >= f.RequiredLevel THEN 1.0 ELSE 0.0 END) FROM CompetencyFacts f",
        "SELECT TOP 5 * FROM (SELECT TOP 10 Id, Name FROM Units ORDER BY Name) x",
        "SELECT Name + '||' FROM Units -- a || in a comment",
        "SELECT DATALENGTH(Name), LEN(Name), SUBSTRING(Path, 2, 4000) FROM Units",
        SqlServerDialect.Instance.Upsert("CurrentCompetencies", ["EmployeeId", "CompetencyId"], ["Level", "TenantId"], t => $"@Level > {t}.Level"),
        "WITH t AS (SELECT Id, Depth AS D FROM Units) SELECT t.Id, t.D FROM t WHERE t.D > 1",
        "SELECT e.Id, SUM(f.RequiredLevel) OVER (PARTITION BY f.EmployeeId) AS R FROM CompetencyFacts f JOIN Employees e ON e.Id = f.EmployeeId",
        // The error-130-free form of an aggregate over EXISTS: the subquery in a derived table, the SUM outside.
        """
        SELECT COUNT(*) AS Total, COALESCE(SUM(x.HasStandard), 0) AS WithStandard
        FROM (
            SELECT CASE WHEN EXISTS (SELECT 1 FROM CompetencyFacts f WHERE f.EmployeeId = e.Id) THEN 1 ELSE 0 END AS HasStandard
            FROM Employees e JOIN Units u ON u.Id = e.UnitId LEFT JOIN Positions p ON p.Id = e.PositionId
            WHERE e.TenantId = @TenantId AND e.IsActive = 1 AND u.Path LIKE @Scope
        ) x
        """,
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void The_checks_accept_valid_TSql(string sql)
    {
        var fragment = SqlCatalog.Parse(sql, out var errors);
        Assert.True(errors.Count == 0, SqlCatalog.Describe(errors));
        var findings = SqliteIsms.Find(sql, fragment, SqlServerSchema.FromMigrations);
        Assert.True(findings.Count == 0, string.Join("\n", findings));
    }
}

/// <summary>A statement written twice drifts apart; each one lives once, next to the slice or area file that owns it.</summary>
public class SqlCatalogueTests
{
    [Fact]
    public void No_statement_is_written_twice()
    {
        static string Normal(string sql) => System.Text.RegularExpressions.Regex.Replace(sql, @"\s+", " ").Trim();
        var twice = SqlCatalog.Statements.Values.Where(s => s.Sql is not null)
            .GroupBy(s => Normal(s.Sql!))
            .Where(g => g.Count() > 1 && g.Select(s => s.Name.Split('#')[0]).Distinct().Count() > 1)
            .Select(g => string.Join(" = ", g.Select(s => s.Name)))
            .ToList();
        Assert.True(twice.Count == 0, "The same SQL is declared more than once:\n" + string.Join("\n", twice));
    }
}
