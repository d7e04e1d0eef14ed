using System.Text.RegularExpressions;
using AsnApi.Infrastructure.Database;
using AsnApi.IntegrationTests.SqlServer;
using Microsoft.Data.Sqlite;
using SQLitePCL;
using Xunit.Abstractions;

namespace AsnApi.IntegrationTests;

/// <summary>
/// A statement the connection keeps compiled (ReusingSqliteConnection) saves its compilation only if SQLite does not
/// compile it again anyway. SQLite re-prepares a statement at its next step whenever a parameter the planner looked at
/// is bound again: the value of a bare <c>LIMIT @Take</c>, the pattern of <c>LIKE @p</c> (the LIKE optimisation reads its
/// prefix), a value that decides whether a partial index applies. Every paged [Sql] statement and the single employee's
/// are run twice here on the migrated demo database with the same values, and SQLite's own counter
/// (SQLITE_STMTSTATUS_REPREPARE) must stay at 0; statements with <c>LIKE @p</c> are left out (README, "The hot read path").
/// </summary>
public partial class SqliteStatementReuseTests(ApiFactory api, ITestOutputHelper output) : IClassFixture<ApiFactory>
{
    private const int Reprepares = 5; // SQLITE_STMTSTATUS_REPREPARE

    [GeneratedRegex(@"\bLIKE\s+@\w+", RegexOptions.IgnoreCase)]
    private static partial Regex LikeParameter(); // LIKE COALESCE(@p, '') is an expression, not a parameter, to the planner

    [GeneratedRegex(@"^\s*(SELECT|WITH)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Reading();

    private static bool HotOrPaged(string name, string sql) =>
        sql.Contains(SqliteDialect.Instance.Paging, StringComparison.Ordinal) || name.StartsWith("Features.Employees.GetEmployee.", StringComparison.Ordinal);

    [Fact]
    public async Task Paged_and_hot_statements_are_not_compiled_again_when_run_again()
    {
        using var _ = api.Anonymous(); // starts the API: the database is migrated and seeded
        (await _.GetAsync("/health")).EnsureSuccessStatusCode();
        using var connection = new SqliteConnection($"Data Source={Path.Combine(api.DataDirectory, "asnapi.db")};Mode=ReadOnly");
        connection.Open();
        var db = connection.Handle!;

        var run = 0;
        var offenders = new List<string>();
        foreach (var (name, statement) in SqlCatalog.SqliteStatements.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            if (statement.Sql is not { } sql || !Reading().IsMatch(sql) || LikeParameter().IsMatch(sql) || !HotOrPaged(name, sql)) continue;
            if (raw.sqlite3_prepare_v2(db, sql, out var stmt) != raw.SQLITE_OK) continue; // a temp table or a CTE fragment: not runnable on its own
            using (stmt)
            {
                for (var i = 0; i < 2; i++)
                {
                    raw.sqlite3_reset(stmt);
                    for (var p = 1; p <= raw.sqlite3_bind_parameter_count(stmt); p++)
                    {
                        // Paging values as a list sends them; everything else NULL (the plan, not the rows, is what matters).
                        var parameter = raw.sqlite3_bind_parameter_name(stmt, p).utf8_to_string();
                        if (parameter is "@Take") raw.sqlite3_bind_int(stmt, p, 21);
                        else if (parameter is "@Skip") raw.sqlite3_bind_int(stmt, p, 0);
                        else raw.sqlite3_bind_null(stmt, p);
                    }
                    while (raw.sqlite3_step(stmt) == raw.SQLITE_ROW) { }
                }
                run++;
                if (raw.sqlite3_stmt_status(stmt, Reprepares, 0) > 0) offenders.Add(name);
            }
        }
        output.WriteLine($"{run} reading statements run twice");
        Assert.Contains(SqlCatalog.SqliteStatements, s => s.Key == "Features.Employees.GetEmployee.Scoped"); // the catalogue is the one checked
        Assert.True(run > 20, $"only {run} statements ran: is the catalogue rendered for SQLite?");
        Assert.True(offenders.Count == 0, "compiled again at their second run:\n" + string.Join("\n", offenders));
    }
}
