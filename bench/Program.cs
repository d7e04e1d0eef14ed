// The competency benchmark: a tenant of any size (20,000 employees by default) with 15 competencies each and one
// assessment result per competency, on the embedded SQLite database, measured through the real HTTP pipeline
// (in-process host: routing, auth, Mediator, Dapper, JSON). Prints median and p95; asserts nothing.
//
//   dotnet run --project bench -c Release [-- employees=20000,100000 runs=40 keep=1 responses=1000000]
//
// responses=N also loads N SKM survey responses over two years into 40 service units of the tenant and times the
// IKM reports (tenant, one service unit, quarterly trend), which read the daily rollups.
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using AsnApi.Contracts;
using AsnApi.Domain;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace AsnApi.Bench;

// A named entry class: top-level statements would declare a Program that hides the API's own.
public static class BenchProgram
{
    public static async Task Main(string[] args)
    {
        // employees= takes one size or several (employees=20000,100000): each size gets its own fresh database.
        var settings = args.Select(a => a.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);
        // import=N: issue 11's import benchmark alone (N employees from one CSV, as a background job).
        if (settings.TryGetValue("import", out var importRows)) { await ImportBench.Run(int.Parse(importRows)); return; }
        var sizes = settings.TryGetValue("employees", out var e) ? e.Split(',').Select(int.Parse).ToList() : [20_000];
        var runs = settings.TryGetValue("runs", out var r) ? int.Parse(r) : 40;
        var keep = settings.GetValueOrDefault("keep") == "1";
        Responses = settings.TryGetValue("responses", out var n) ? int.Parse(n) : 0;
        // completions= (default 5 per employee: 100,000 at 20,000 employees) for the training rows.
        var completionsPerEmployee = settings.TryGetValue("completions", out var cpe) ? int.Parse(cpe) : 5;
        // only=needs,below: time only the queries whose name contains one of these (a before/after of a few rows costs less machine).
        Only = settings.TryGetValue("only", out var o) ? o.Split(',', StringSplitOptions.RemoveEmptyEntries) : [];

        var results = new List<(int Employees, Dictionary<string, (double Median, double P95)> Times)>();
        foreach (var size in sizes) results.Add((size, await Measure(size, runs, keep, completionsPerEmployee)));

        // The issue's table: one column of medians per size.
        Console.WriteLine();
        Console.WriteLine($"{"median ms (p95)",-28}" + string.Concat(results.Select(x => $"{x.Employees + " employees",22}")));
        // The deep-page rows are named after their page, which differs by size: a size without the row prints "—".
        foreach (var name in results.SelectMany(x => x.Times.Keys).Distinct())
            Console.WriteLine($"{name,-28}" + string.Concat(results.Select(x => $"{(x.Times.TryGetValue(name, out var t) ? $"{t.Median:F1} ({t.P95:F1})" : "—"),22}")));
        Console.WriteLine();
        Console.WriteLine("Goals at 100,000 employees (embedded database, 2 cores): heatmap, JPM distribution and largest gaps median < 150 ms (moonshot 50 ms);");
        Console.WriteLine("employee list page 1 and name search < 15 ms; profile < 10 ms; the first page of any list as fast at 100,000 as at 20,000.");
        Console.WriteLine("Training (20,000 employees, 100,000 completions): tenant JP ledger < 150 ms, one employee's recommendations < 30 ms. Feedback: tenant IKM over 1,000,000 responses < 300 ms.");
    }

    static int Responses;
    static string[] Only = [];

    static async Task<Dictionary<string, (double Median, double P95)>> Measure(int employees, int runs, bool keep, int completionsPerEmployee)
    {
        const int CompetenciesPerEmployee = 15;
        var dir = Path.Combine(Path.GetTempPath(), "asnapi-bench-" + Guid.NewGuid().ToString("N")[..8]);
        var dbFile = Path.Combine(dir, "asnapi.db");
        Console.WriteLine($"AsnApi benchmark: {employees:N0} employees × {CompetenciesPerEmployee} competencies = {employees * CompetenciesPerEmployee:N0} results; {runs} runs per query");
        Console.WriteLine($"database: {dbFile}");

        // The API's content root is api/ (not a folder named after the assembly); test projects get this from a manifest.
        var repo = new DirectoryInfo(AppContext.BaseDirectory);
        while (repo is not null && !File.Exists(Path.Combine(repo.FullName, "AsnApi.sln"))) repo = repo.Parent;
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_ASNAPI", Path.Combine(repo!.FullName, "api"));

        // Migrations and the demo seed first, with a host that is then stopped: the bulk load below holds the database's
        // write lock for minutes at 100,000 employees, and the measuring host starts on the loaded file afterwards.
        await using (var migrate = Host(dir, dbFile)) using (migrate.CreateClient()) { }
        SqliteConnection.ClearAllPools();

        var seed = Stopwatch.StartNew();
        var openSession = await BenchData.Load(dbFile, employees, CompetenciesPerEmployee, employees * completionsPerEmployee);
        Console.WriteLine($"seeded in {seed.Elapsed.TotalSeconds:F1} s");
        if (Responses > 0)
        {
            var survey = Stopwatch.StartNew();
            await BenchData.LoadSurveys(dbFile, Responses, serviceUnits: 40);
            Console.WriteLine($"{Responses:N0} survey responses seeded in {survey.Elapsed.TotalSeconds:F1} s");
        }

        var factory = Host(dir, dbFile);
        using var client = factory.CreateClient();
        var login = await client.PostAsJsonAsync("/api/v1/auth/token", new { username = "admin@tpi", password = "Demo#2026" });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await login.Content.ReadFromJsonAsync<TokenResponse>())!.AccessToken);
        var someone = (await client.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>("/api/v1/employees?q=Bench&pageSize=1"))!["items"]![0]!["id"]!.ToString();

        // Issue 7's paging rows: a cursor from half-way through the tenant costs what page 1 costs (an index seek, no OFFSET).
        var deepPage = Math.Max(1, employees / 100);
        var deep = (await client.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>($"/api/v1/employees?pageSize=50&sort=name&page={deepPage}&includeTotal=false"))!["nextCursor"]?.ToString();

        var queries = new List<(string Name, string Url, int Runs)>
        {
            ("heatmap, whole tenant", "/api/v1/competency-analytics/heatmap", runs),
            ("heatmap, per unit (Self)", "/api/v1/competency-analytics/heatmap?rollup=Self", runs),
            ("JPM distribution", "/api/v1/competency-analytics/jpm-distribution", runs),
            ("largest gaps", "/api/v1/competency-analytics/largest-gaps?top=10", runs),
            ("employee profile", $"/api/v1/employees/{someone}/competency-profile", runs * 5),
            ("employee list, page 1", "/api/v1/employees?pageSize=50", runs * 5),
            ("employee search by name", "/api/v1/employees?q=Bench%20Pegawai%201234&pageSize=20", runs * 5),
            ("list, page 1, no total", "/api/v1/employees?pageSize=50&includeTotal=false", runs * 5),
            ("name type-ahead 'pega'", "/api/v1/employees?q=pega&pageSize=10&includeTotal=false", runs * 5),
            ($"list, page {deepPage:N0} (OFFSET)", $"/api/v1/employees?pageSize=50&sort=name&page={deepPage}&includeTotal=false", runs * 5),
        };
        if (Responses > 0)
        {
            var year = $"from={DateTime.UtcNow.AddYears(-1):yyyy-MM-dd}&to={DateTime.UtcNow:yyyy-MM-dd}";
            var unit = (await client.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>("/api/v1/service-units?q=bench-&pageSize=1"))!["items"]![0]!["id"]!.ToString();
            queries.Add(($"IKM tenant, a year ({Responses / 1000:N0}k)", $"/api/v1/ikm?{year}", runs));
            queries.Add(("IKM tenant, two years", $"/api/v1/ikm?from={DateTime.UtcNow.AddYears(-2):yyyy-MM-dd}&to={DateTime.UtcNow:yyyy-MM-dd}", runs));
            queries.Add(("IKM one service unit, a year", $"/api/v1/service-units/{unit}/ikm?{year}", runs));
            queries.Add(("IKM trend, tenant, 8 quarters", "/api/v1/ikm/trend", runs));
        }
        // Issue 8: the tenant JP ledger (rollups) and one employee's recommendations (their facts × the programs).
        var dinkes = (await client.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>("/api/v1/units?q=DINKES&pageSize=1"))!["items"]![0]!["id"]!.ToString();
        queries.AddRange(
        [
            ("JP ledger, whole tenant", "/api/v1/jp-ledger", runs),
            ("JP ledger, sub-tree", $"/api/v1/jp-ledger?underUnitId={dinkes}", runs),
            ("JP below target, page 1", "/api/v1/jp-ledger/below-target?pageSize=50", runs),
            ("one employee's JP ledger", $"/api/v1/employees/{someone}/jp-ledger", runs * 5),
            ("one employee's recommend.", $"/api/v1/employees/{someone}/training-recommendations", runs * 5),
            ("programs for the tenant", "/api/v1/training-programs/recommended", runs),
            ("session candidates, page 1", $"/api/v1/training-sessions/{openSession}/candidates?pageSize=50", runs),
            // Issue 11's lists: every employee's JP, and every employee × standard competency (15 rows each here).
            ("JP per employee, page 1", "/api/v1/jp-ledger/employees?pageSize=50", runs),
            ("JP per employee, reached", "/api/v1/jp-ledger/employees?pageSize=50&reached=true", runs),
            ("profiles & gaps, page 1", "/api/v1/competency-profiles?pageSize=50", runs),
            ("profiles, page 1, no total", "/api/v1/competency-profiles?pageSize=50&includeTotal=false", runs),
            ("profiles, gaps, sub-tree", $"/api/v1/competency-profiles?pageSize=50&onlyGaps=true&underUnitId={dinkes}&includeTotal=false", runs),
        ]);
        if (deep is not null) queries.Add(($"keyset page {deepPage + 1:N0} (cursor)", $"/api/v1/employees?pageSize=50&sort=name&cursor={Uri.EscapeDataString(deep)}", runs * 5));

        // The other lists that grow with the tenant (one assessment, audit row, need and plan per employee): page 1 with and
        // without its total, and the next page by cursor where the list has one.
        var assessmentsNext = (await client.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>("/api/v1/assessments?pageSize=50&includeTotal=false"))!["nextCursor"]?.ToString();
        var auditNext = (await client.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>("/api/v1/audit?pageSize=50&includeTotal=false"))!["nextCursor"]?.ToString();
        queries.Add(("assessments, page 1", "/api/v1/assessments?pageSize=50", runs * 5));
        queries.Add(("assessments, no total", "/api/v1/assessments?pageSize=50&includeTotal=false", runs * 5));
        if (assessmentsNext is not null) queries.Add(("assessments, page 2 (cursor)", $"/api/v1/assessments?pageSize=50&cursor={Uri.EscapeDataString(assessmentsNext)}", runs * 5));
        queries.Add(("audit log, page 1", "/api/v1/audit?pageSize=50", runs * 5));
        queries.Add(("audit log, no total", "/api/v1/audit?pageSize=50&includeTotal=false", runs * 5));
        if (auditNext is not null) queries.Add(("audit log, page 2 (cursor)", $"/api/v1/audit?pageSize=50&cursor={Uri.EscapeDataString(auditNext)}", runs * 5));
        queries.Add(("needs of a year, page 1", "/api/v1/development-needs?year=2026&pageSize=50", runs * 5));
        queries.Add(("needs of a year, no total", "/api/v1/development-needs?year=2026&pageSize=50&includeTotal=false", runs * 5));
        queries.Add(("plans, page 1", "/api/v1/development-plans?pageSize=50", runs * 5));

        var results = new Dictionary<string, (double Median, double P95)>();
        Console.WriteLine($"{"query",-28} {"median ms",10} {"p95 ms",10} {"max ms",10}");
        foreach (var (name, url, n) in queries.Where(q => Only.Length == 0 || Only.Any(o => q.Name.Contains(o, StringComparison.OrdinalIgnoreCase))))
        {
            for (var i = 0; i < 3; i++) (await client.GetAsync(url)).EnsureSuccessStatusCode(); // warm-up
            var times = new List<double>();
            for (var i = 0; i < n; i++)
            {
                var sw = Stopwatch.StartNew();
                var response = await client.GetAsync(url);
                await response.Content.ReadAsByteArrayAsync();
                sw.Stop();
                response.EnsureSuccessStatusCode();
                times.Add(sw.Elapsed.TotalMilliseconds);
            }
            times.Sort();
            results[name] = (Percentile(times, 0.5), Percentile(times, 0.95));
            Console.WriteLine($"{name,-28} {Percentile(times, 0.5),10:F1} {Percentile(times, 0.95),10:F1} {times[^1],10:F1}");
        }

        await factory.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (keep) Console.WriteLine($"kept {dbFile}");
        else try { Directory.Delete(dir, true); } catch (IOException) { }
        return results;
    }

    static WebApplicationFactory<Program> Host(string dir, string dbFile) => new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
    {
        b.UseEnvironment("Development");
        b.UseSetting("Database:DataDirectory", dir);
        b.UseSetting("ConnectionStrings:Asn", $"Data Source={dbFile}");
        b.UseSetting("Dashboard:Path", Path.Combine(dir, "none"));
        b.UseSetting("Logging:LogLevel:Default", "Warning");
        b.UseSetting("RateLimit:Enabled", "false"); // one caller timing hundreds of calls a minute, on purpose
    });

    static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}

/// <summary>Bulk-loads the bench tenant straight into SQLite: prepared statements in one transaction.</summary>
static class BenchData
{
    /// <summary>Returns an open training session of the bench tenant (for the candidates row).</summary>
    public static async Task<string> Load(string dbFile, int employees, int competencies, int completions)
    {
        await using var db = new SqliteConnection($"Data Source={dbFile}");
        await db.OpenAsync();
        await using var tx = (SqliteTransaction)await db.BeginTransactionAsync();
        string One(string sql) => Scalar(db, tx, sql)!.ToString()!;

        var tenant = One("SELECT Id FROM Tenants WHERE Code = 'tpi'");
        var positions = Rows(db, tx, $"SELECT Id, UnitId, ManagerialLevel FROM Positions WHERE TenantId = '{tenant}'");
        var technical = Rows(db, tx, $"SELECT Id FROM Competencies WHERE TenantId = '{tenant}'").Select(r => r[0]).ToList();
        var now = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'");
        while (technical.Count < competencies - NationalCompetencies.All.Length)
        {
            var id = Guid.NewGuid().ToString();
            Exec(db, tx, $"INSERT INTO Competencies (Id, TenantId, Code, Name, Kind, IsActive, Version, CreatedAt, UpdatedAt) VALUES ('{id}', '{tenant}', 'T.BENCH.{technical.Count}', 'Kompetensi Teknis {technical.Count}', 'Teknis', 1, 1, '{now}', '{now}')");
            technical.Add(id);
        }
        var standard = NationalCompetencies.All.Select(n => n.Id.ToString()).Concat(technical.Take(competencies - NationalCompetencies.All.Length)).ToList();

        Exec(db, tx, $"DELETE FROM PositionStandards WHERE TenantId = '{tenant}'");
        using (var insert = Prepare(db, tx, "INSERT INTO PositionStandards (PositionId, CompetencyId, TenantId, RequiredLevel) VALUES ($p, $c, $t, $l)", "$p", "$c", "$t", "$l"))
            foreach (var p in positions)
                foreach (var c in standard)
                    Run(insert, p[0], c, tenant, p[2]);

        var random = new Random(42);
        using var employee = Prepare(db, tx, """
            INSERT INTO Employees (Id, TenantId, Nip, Name, EmploymentType, Sex, BirthDate, Rank, PositionId, UnitId, IsActive, Version, CreatedAt, UpdatedAt)
            VALUES ($id, $t, $nip, $name, 'Pns', 'Male', $birth, 'III/a', $pos, $unit, 1, 1, $now, $now)
            """, "$id", "$t", "$nip", "$name", "$birth", "$pos", "$unit", "$now");
        using var assessment = Prepare(db, tx, """
            INSERT INTO Assessments (Id, TenantId, EmployeeId, AssessedOn, Method, Assessor, Notes, CreatedAt, CreatedBy)
            VALUES ($id, $t, $e, $on, 'AssessmentCenter', 'bench', NULL, $now, 'bench')
            """, "$id", "$t", "$e", "$on", "$now");
        using var result = Prepare(db, tx, "INSERT INTO AssessmentResults (AssessmentId, CompetencyId, TenantId, EmployeeId, Level, Note) VALUES ($a, $c, $t, $e, $l, NULL)", "$a", "$c", "$t", "$e", "$l");
        var ids = new List<string>(employees);
        using var current = Prepare(db, tx, "INSERT INTO CurrentCompetencies (EmployeeId, CompetencyId, TenantId, Level, AssessedOn, AssessmentId) VALUES ($e, $c, $t, $l, $on, $a)", "$e", "$c", "$t", "$l", "$on", "$a");
        // The other lists that grow with the tenant: one audit row, one need and one plan per employee.
        using var audit = Prepare(db, tx, """
            INSERT INTO AuditLog (TenantId, At, Actor, Action, EntityType, EntityId, Data) VALUES ($t, $now, 'bench', 'CreateEmployee', 'Employee', $e, NULL)
            """, "$t", "$now", "$e");
        using var need = Prepare(db, tx, """
            INSERT INTO DevelopmentNeeds (Id, TenantId, Year, EmployeeId, CompetencyId, RequiredLevel, AssessedLevel, Gap, Priority, Status, Version, CreatedAt, UpdatedAt, EmployeeName)
            VALUES ($id, $t, 2026, $e, $c, 3, $l, $g, $p, 'Identified', 1, $now, $now, $name)
            """, "$id", "$t", "$e", "$c", "$l", "$g", "$p", "$now", "$name");
        using var plan = Prepare(db, tx, """
            INSERT INTO DevelopmentPlans (Id, TenantId, EmployeeId, Year, Title, Status, CreatedBy, Version, CreatedAt, UpdatedAt)
            VALUES ($id, $t, $e, 2026, 'Rencana bench', 'Draft', 'bench', 1, $now, $on)
            """, "$id", "$t", "$e", "$now", "$on");
        for (var i = 0; i < employees; i++)
        {
            var p = positions[random.Next(positions.Count)];
            var id = Guid.NewGuid().ToString();
            // Unique by construction (day × serial), and born before any demo employee (1966 on).
            var birth = new DateOnly(1960, 1, 1).AddDays(i / 999);
            var nip = $"{birth:yyyyMMdd}{birth.AddYears(25):yyyyMM}1{i % 999 + 1:000}";
            Run(employee, id, tenant, nip + "", $"Bench Pegawai {i}", birth.ToString("yyyy-MM-dd"), p[0], p[1], now);
            ids.Add(id);
            var a = Guid.NewGuid().ToString();
            var on = new DateOnly(2022, 1, 1).AddDays(random.Next(0, 4 * 365)).ToString("yyyy-MM-dd");
            Run(assessment, a, tenant, id, on, now);
            foreach (var c in standard)
            {
                var level = Math.Clamp(int.Parse(p[2]) + random.Next(-2, 2), 1, 5);
                Run(result, a, c, tenant, id, level);
                Run(current, id, c, tenant, level, on, a);
            }
            Run(audit, tenant, now, id);
            var gap = random.Next(1, 3);
            Run(need, Guid.NewGuid().ToString(), tenant, id, standard[i % standard.Count], 3 - gap, gap, gap >= 2 ? "Tinggi" : "Sedang", now, $"Bench Pegawai {i}");
            Run(plan, Guid.NewGuid().ToString(), tenant, id, now, on + "T08:00:00.0000000Z");
        }
        // The read model is kept by the API's commands; a bulk load rebuilds it with the API's own statements.
        string[] rebuild = [AsnApi.Features.Shared.CompetencyFacts.ClearTenant, AsnApi.Features.Shared.CompetencyFacts.FillTenant,
            .. AsnApi.Features.Shared.CompetencyRollups.ClearTenant(), .. AsnApi.Features.Shared.CompetencyRollups.FillTenant()];
        foreach (var sql in rebuild)
        {
            using var c = db.CreateCommand();
            c.Transaction = tx;
            c.CommandText = sql;
            c.Parameters.AddWithValue("@TenantId", tenant);
            c.ExecuteNonQuery();
        }
        Console.WriteLine($"facts: {Scalar(db, tx, $"SELECT COUNT(*) FROM CompetencyFacts WHERE TenantId = '{tenant}'")} rows");
        var (open, credited) = TrainingBench.Load(db, tx, tenant, standard, ids, completions);
        Console.WriteLine($"training: {credited:N0} completions credited, {Scalar(db, tx, $"SELECT COUNT(*) FROM JpRollups WHERE TenantId = '{tenant}'")} JP rollup rows");
        await tx.CommitAsync();
        Exec(db, null, "ANALYZE");
        return open;
    }

    /// <summary>
    /// N responses over the last two years, spread over <paramref name="serviceUnits"/> service units of the tenant's
    /// units; the rollups are then rebuilt per service unit with the API's own statements.
    /// </summary>
    public static async Task LoadSurveys(string dbFile, int responses, int serviceUnits)
    {
        await using var db = new SqliteConnection($"Data Source={dbFile}");
        await db.OpenAsync();
        await using var tx = (SqliteTransaction)await db.BeginTransactionAsync();
        var tenant = Scalar(db, tx, "SELECT Id FROM Tenants WHERE Code = 'tpi'")!.ToString()!;
        var units = Rows(db, tx, $"SELECT Id FROM Units WHERE TenantId = '{tenant}'").Select(r => r[0]).ToList();
        var now = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'");
        var ids = new List<string>();
        for (var i = 0; i < serviceUnits; i++)
        {
            var id = Guid.NewGuid().ToString();
            ids.Add(id);
            Exec(db, tx, $"INSERT INTO ServiceUnits (Id, TenantId, UnitId, Name, Slug, ServiceTypes, PopulationPerYear, SurveyOpen, Version, CreatedAt, UpdatedAt) VALUES ('{id}', '{tenant}', '{units[i % units.Count]}', 'Bench Layanan {i}', 'bench-{i}', '[\"Layanan\"]', 50000, 1, 1, '{now}', '{now}')");
        }
        var random = new Random(7);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        using (var insert = Prepare(db, tx, $"INSERT INTO SurveyResponses ({AsnApi.Features.Survey.SurveySql.Columns}) VALUES ($id, $t, $su, $sub, 'Online', $on, $y, $q, $now, 'Layanan', $s1, $s2, $s3, $s4, $s5, $s6, $s7, $s8, $s9, NULL, NULL, NULL, NULL, NULL, NULL)",
            "$id", "$t", "$su", "$sub", "$on", "$y", "$q", "$now", "$s1", "$s2", "$s3", "$s4", "$s5", "$s6", "$s7", "$s8", "$s9"))
            for (var i = 0; i < responses; i++)
            {
                var day = today.AddDays(-random.Next(730));
                Run(insert, [Guid.NewGuid().ToString(), tenant, ids[random.Next(ids.Count)], Guid.NewGuid().ToString(), day.ToString("yyyy-MM-dd"), day.Year, (day.Month - 1) / 3 + 1, now,
                    .. Enumerable.Range(0, 9).Select(_ => (object)random.Next(2, 5))]);
            }
        foreach (var id in ids)
            foreach (var sql in new[] { AsnApi.Features.Shared.SurveyRollups.Clear, AsnApi.Features.Shared.SurveyRollups.Rebuild })
            {
                using var c = db.CreateCommand();
                c.Transaction = tx;
                c.CommandText = sql;
                c.Parameters.AddWithValue("@TenantId", tenant);
                c.Parameters.AddWithValue("@ServiceUnitId", id);
                c.Parameters.AddWithValue("@From", today.AddDays(-730).ToString("yyyy-MM-dd"));
                c.Parameters.AddWithValue("@To", today.ToString("yyyy-MM-dd"));
                c.ExecuteNonQuery();
            }
        Console.WriteLine($"survey rollups: {Scalar(db, tx, $"SELECT COUNT(*) FROM SurveyRollups WHERE TenantId = '{tenant}'")} rows");
        await tx.CommitAsync();
        Exec(db, null, "ANALYZE");
    }

    static object? Scalar(SqliteConnection db, SqliteTransaction tx, string sql) { using var c = db.CreateCommand(); c.Transaction = tx; c.CommandText = sql; return c.ExecuteScalar(); }
    static void Exec(SqliteConnection db, SqliteTransaction? tx, string sql) { using var c = db.CreateCommand(); c.Transaction = tx; c.CommandText = sql; c.ExecuteNonQuery(); }

    static List<string[]> Rows(SqliteConnection db, SqliteTransaction tx, string sql)
    {
        using var c = db.CreateCommand(); c.Transaction = tx; c.CommandText = sql;
        using var r = c.ExecuteReader();
        var rows = new List<string[]>();
        while (r.Read()) rows.Add(Enumerable.Range(0, r.FieldCount).Select(i => Convert.ToString(r.GetValue(i))!).ToArray());
        return rows;
    }

    static SqliteCommand Prepare(SqliteConnection db, SqliteTransaction tx, string sql, params string[] names)
    {
        var c = db.CreateCommand(); c.Transaction = tx; c.CommandText = sql;
        foreach (var n in names) c.Parameters.Add(new SqliteParameter(n, null));
        c.Prepare();
        return c;
    }

    static void Run(SqliteCommand c, params object[] values)
    {
        for (var i = 0; i < values.Length; i++) c.Parameters[i].Value = values[i];
        c.ExecuteNonQuery();
    }
}
