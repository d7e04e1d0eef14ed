using System.Net;
using AsnApi.Contracts;
using AsnApi.Domain;
using Microsoft.Data.Sqlite;

namespace AsnApi.IntegrationTests;

/// <summary>
/// The JP ledger's aggregates read rollups (migration 0011) that the commands keep. After every kind of change to their
/// inputs (credits, a credit moved to another year, a credit taken back, employees moved, given another position,
/// deactivated and reactivated, a position's type, an import, a unit moved) each rollup table must equal a fresh GROUP BY
/// over JpLedgerEntries and Employees, both ways, and the tenant, sub-tree and position-type figures of the API must
/// equal those computed from the ledger entries themselves. The same for the standings the below-target list reads
/// (migration 0026: every active employee × every year with an entry, against the tenant's targets) and the list's
/// order, after a year's first and last credit, a rename and a target change too, and for the employee names the needs
/// keep. Its own database: it changes the tenant freely.
/// </summary>
public class JpLedgerConsistencyTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static ExternalActivityRequest Credit(int year, DevelopmentActivityForm form, int jp) => new()
    {
        Title = $"{form} {year}", Form = form, ActivityDate = new DateOnly(year, 4, 1), Jp = jp,
    };

    [Fact]
    public async Task Rollups_equal_the_ledger_after_every_kind_of_change()
    {
        var admin = await api.As("admin@jmb");
        var units = (await admin.Get<Paged<UnitResponse>>("/api/v1/units?pageSize=500")).Items;
        var p2p = units.Single(u => u.Code == "DINKES-P2P");
        var yankes = units.Single(u => u.Code == "DINKES-YANKES");
        var staff = (await admin.Get<Paged<EmployeeResponse>>($"/api/v1/employees?unitId={p2p.Id}&active=true&pageSize=500")).Items;
        var positions = (await admin.Get<Paged<PositionResponse>>("/api/v1/positions?pageSize=500")).Items;
        var forms = Enum.GetValues<DevelopmentActivityForm>();

        var activities = new List<(Guid Employee, ExternalActivityResponse Activity)>();
        for (var i = 0; i < 8; i++)
        {
            var e = staff[i];
            foreach (var (year, jp) in new[] { (2025, 3 + 4 * i), (2024, 2 + i) })
            {
                var a = await (await admin.Post($"/api/v1/employees/{e.Id}/external-activities", Credit(year, forms[(i + year) % forms.Length], jp))).Read<ExternalActivityResponse>(HttpStatusCode.Created);
                activities.Add((e.Id, a));
            }
        }
        var elsewhere = (await admin.Get<Paged<EmployeeResponse>>("/api/v1/employees?active=true&pageSize=500")).Items.Where(e => e.UnitId != p2p.Id).Take(5).ToList();
        foreach (var e in elsewhere)
            activities.Add((e.Id, await (await admin.Post($"/api/v1/employees/{e.Id}/external-activities", Credit(2025, DevelopmentActivityForm.PelatihanTeknis, 20))).Read<ExternalActivityResponse>(HttpStatusCode.Created)));
        await (await admin.Post("/api/v1/development-needs/generate", new GenerateNeedsRequest { Year = 2025 })).Read<GenerateNeedsResponse>();
        await Check(admin, "credits");

        var first = await (await admin.Post($"/api/v1/employees/{staff[7].Id}/external-activities", Credit(2023, DevelopmentActivityForm.Seminar, 4))).Read<ExternalActivityResponse>(HttpStatusCode.Created);
        await Check(admin, "a year's first credit");
        Assert.True(Standings(2023) > 1, "the year's first credit gives every active employee a standing");
        var last = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/employees/{staff[7].Id}/external-activities/{first.Id}");
        last.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"1\""));
        Assert.Equal(HttpStatusCode.NoContent, (await admin.SendAsync(last)).StatusCode);
        await Check(admin, "a year's last credit taken back");
        Assert.Equal(0, Standings(2023));

        var (owner, moved) = activities[0];
        await (await admin.Put($"/api/v1/employees/{owner}/external-activities/{moved.Id}", Credit(2024, DevelopmentActivityForm.Mentoring, 30), moved.Version)).Read<ExternalActivityResponse>();
        await Check(admin, "credit moved to another year");

        var (owner2, removed) = activities[3];
        var request = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/employees/{owner2}/external-activities/{removed.Id}");
        request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"1\""));
        Assert.Equal(HttpStatusCode.NoContent, (await admin.SendAsync(request)).StatusCode);
        await Check(admin, "credit taken back");

        var mover = await admin.Get<EmployeeResponse>($"/api/v1/employees/{staff[1].Id}");
        await (await admin.Update($"/api/v1/employees/{mover.Id}", Request(mover, mover.PositionId, yankes.Id))).Read<EmployeeResponse>();
        await Check(admin, "employee moved");

        var other = positions.First(p => p.Type != mover.PositionType && p.UnitId != yankes.Id && p.IsActive);
        await (await admin.Update($"/api/v1/employees/{mover.Id}", Request(mover, other.Id, other.UnitId))).Read<EmployeeResponse>();
        await Check(admin, "employee given another position");

        var pppk = await admin.Get<EmployeeResponse>($"/api/v1/employees/{staff[2].Id}");
        await (await admin.Update($"/api/v1/employees/{pppk.Id}", new EmployeeRequest { Nip = pppk.Nip, Name = pppk.Name, EmploymentType = EmploymentType.Pppk, Sex = pppk.Sex, PositionId = pppk.PositionId, UnitId = pppk.UnitId })).Read<EmployeeResponse>();
        await Check(admin, "employment type changed");

        var renamed = await admin.Get<EmployeeResponse>($"/api/v1/employees/{staff[3].Id}");
        await (await admin.Update($"/api/v1/employees/{renamed.Id}", new EmployeeRequest
        {
            Nip = renamed.Nip, Name = "Aaron Baru Dinamai", EmploymentType = renamed.EmploymentType, Sex = renamed.Sex, Rank = renamed.Rank, PositionId = renamed.PositionId, UnitId = renamed.UnitId,
        })).Read<EmployeeResponse>();
        await Check(admin, "employee renamed");

        await (await admin.Step($"/api/v1/employees/{staff[4].Id}", "deactivate")).Read<EmployeeResponse>();
        await Check(admin, "employee deactivated");
        await (await admin.Step($"/api/v1/employees/{staff[4].Id}", "activate")).Read<EmployeeResponse>();
        await Check(admin, "employee reactivated");

        var position = positions.Single(p => p.Id == staff[5].PositionId);
        var newType = position.Type == PositionType.Fungsional ? PositionType.Pelaksana : PositionType.Fungsional;
        await (await admin.Update($"/api/v1/positions/{position.Id}", new PositionRequest
        {
            Code = position.Code, Name = position.Name, Type = newType, ManagerialLevel = newType == PositionType.Fungsional ? 2 : null, UnitId = position.UnitId,
        })).Read<PositionResponse>();
        await Check(admin, "position type changed");

        var imported = await admin.Get<EmployeeResponse>($"/api/v1/employees/{staff[6].Id}");
        var importPosition = positions.First(p => p.UnitId != imported.UnitId && p.IsActive);
        await (await admin.Post("/api/v1/employees/import", new EmployeeImportRequest
        {
            Rows =
            [
                new() { Nip = TestData.NewNip().Nip, Name = "Pegawai Impor JP", EmploymentType = EmploymentType.Pns, Rank = "III/a", PositionCode = importPosition.Code },
                new() { Nip = imported.Nip, Name = imported.Name + " Impor", EmploymentType = imported.EmploymentType, Sex = imported.Sex, Rank = imported.Rank, PositionCode = importPosition.Code },
            ],
        })).Read<EmployeeImportResponse>();
        await Check(admin, "import");

        var dinkes = units.Single(u => u.Code == "DINKES");
        var parent = units.First(u => u.Depth == dinkes.Depth && u.Id != dinkes.Id);
        await (await admin.Update($"/api/v1/units/{p2p.Id}", new UnitRequest { Code = p2p.Code, Name = p2p.Name, ParentId = parent.Id })).Read<UnitResponse>();
        await Check(admin, "unit moved");

        var settings = await admin.Get<TrainingSettingsDto>("/api/v1/settings/training");
        await (await admin.Put("/api/v1/settings/training", new TrainingSettingsDto { JpTargetPns = 12, JpTargetPppk = 30, FollowUpMonths = settings.FollowUpMonths }, settings.Version)).Read<TrainingSettingsDto>();
        await Check(admin, "targets changed");
    }

    private static EmployeeRequest Request(EmployeeResponse e, Guid? positionId, Guid unitId) => new()
    {
        Nip = e.Nip, Name = e.Name, EmploymentType = e.EmploymentType, Sex = e.Sex, Rank = e.Rank, PositionId = positionId, UnitId = unitId,
    };

    private static readonly string Classroom = string.Join(", ", Enum.GetValues<DevelopmentActivityForm>().Where(DevelopmentRules.IsClassroom).Select(f => $"'{f}'"));

    // Each rollup table against the same figures grouped straight from the ledger entries and the employees.
    private static readonly (string Table, string Source)[] Oracles =
    [
        ("SELECT TenantId, EmployeeId, Year, EarnedJp, ClassroomJp FROM JpEmployeeYears", $"""
            SELECT TenantId, EmployeeId, Year, SUM(Jp), SUM(CASE WHEN Form IN ({Classroom}) THEN Jp ELSE 0 END)
            FROM JpLedgerEntries GROUP BY TenantId, EmployeeId, Year
            """),
        ("SELECT TenantId, UnitId, PositionType, EmploymentType, Year, EarnedJp, Employees FROM JpRollups", """
            SELECT TenantId, UnitId, T, EmploymentType, Year, Earned, COUNT(*) FROM (
                SELECT e.TenantId, e.UnitId, COALESCE(p.Type, '') AS T, e.EmploymentType, l.Year, e.Id, SUM(l.Jp) AS Earned
                FROM JpLedgerEntries l JOIN Employees e ON e.Id = l.EmployeeId LEFT JOIN Positions p ON p.Id = e.PositionId
                WHERE e.IsActive = 1 GROUP BY e.TenantId, e.UnitId, COALESCE(p.Type, ''), e.EmploymentType, l.Year, e.Id)
            GROUP BY TenantId, UnitId, T, EmploymentType, Year, Earned
            """),
        ("SELECT TenantId, UnitId, PositionType, Year, Form, Jp FROM JpFormRollups", """
            SELECT e.TenantId, e.UnitId, COALESCE(p.Type, ''), l.Year, l.Form, SUM(l.Jp)
            FROM JpLedgerEntries l JOIN Employees e ON e.Id = l.EmployeeId LEFT JOIN Positions p ON p.Id = e.PositionId
            WHERE e.IsActive = 1 GROUP BY e.TenantId, e.UnitId, COALESCE(p.Type, ''), l.Year, l.Form
            """),
    ];

    private const string Target = "CASE WHEN e.EmploymentType = 'Pppk' THEN COALESCE(ts.JpTargetPppk, 20) ELSE COALESCE(ts.JpTargetPns, 20) END";

    // Every active employee × every year with a ledger entry in their tenant, from the entries, employees and settings.
    private const string StandingSource = $"""
        SELECT TenantId, Id, Year, Name, EmploymentType, T, Earned, CASE WHEN T > Earned THEN T - Earned ELSE 0 END, CASE WHEN Earned >= T THEN 1 ELSE 0 END FROM (
            SELECT e.TenantId, e.Id, y.Year, e.Name, e.EmploymentType, {Target} AS T,
                   (SELECT COALESCE(SUM(l.Jp), 0) FROM JpLedgerEntries l WHERE l.EmployeeId = e.Id AND l.Year = y.Year) AS Earned
            FROM Employees e JOIN (SELECT DISTINCT TenantId, Year FROM JpLedgerEntries) y ON y.TenantId = e.TenantId
            LEFT JOIN TenantSettings ts ON ts.TenantId = e.TenantId
            WHERE e.IsActive = 1)
        """;

    private static readonly (string Table, string Source) Standing =
        ("SELECT TenantId, EmployeeId, Year, Name, EmploymentType, TargetJp, EarnedJp, RemainingJp, Reached FROM JpStandings", StandingSource);

    private int Standings(int year)
    {
        using var db = Open();
        using var cmd = db.CreateCommand();
        cmd.CommandText = $"SELECT COUNT(*) FROM JpStandings WHERE Year = {year}";
        return Convert.ToInt32(cmd.ExecuteScalar());
    }

    private SqliteConnection Open()
    {
        var db = new SqliteConnection($"Data Source={Path.Combine(api.DataDirectory, "asnapi.db")};Mode=ReadOnly");
        db.Open();
        return db;
    }

    private async Task Check(HttpClient admin, string after)
    {
        using (var db = Open())
        {
            foreach (var (table, source) in Oracles)
            {
                using var count = db.CreateCommand();
                count.CommandText = $"SELECT COUNT(*) FROM ({table})";
                Assert.True((long)count.ExecuteScalar()! > 0, $"{table} is empty after {after}");
                using var diff = db.CreateCommand();
                diff.CommandText = $"SELECT (SELECT COUNT(*) FROM (SELECT * FROM ({table}) EXCEPT SELECT * FROM ({source}))) + (SELECT COUNT(*) FROM (SELECT * FROM ({source}) EXCEPT SELECT * FROM ({table})))";
                Assert.True((long)diff.ExecuteScalar()! == 0, $"{table} differs from the ledger after {after}");
            }
            using (var diff = db.CreateCommand())
            {
                diff.CommandText = $"SELECT (SELECT COUNT(*) FROM (SELECT * FROM ({Standing.Table}) EXCEPT SELECT * FROM ({Standing.Source}))) + (SELECT COUNT(*) FROM (SELECT * FROM ({Standing.Source}) EXCEPT SELECT * FROM ({Standing.Table})))";
                Assert.True((long)diff.ExecuteScalar()! == 0, $"JpStandings differs from the ledger and the employees after {after}");
            }
            using (var names = db.CreateCommand())
            {
                names.CommandText = "SELECT COUNT(*), COALESCE(SUM(CASE WHEN n.EmployeeName = e.Name THEN 0 ELSE 1 END), 0) FROM DevelopmentNeeds n JOIN Employees e ON e.Id = n.EmployeeId";
                using var r = names.ExecuteReader();
                r.Read();
                Assert.True(r.GetInt64(0) > 0, $"no development needs after {after}");
                Assert.True(r.GetInt64(1) == 0, $"{r.GetInt64(1)} needs keep another name than their employee's after {after}");
            }
        }

        var units = (await admin.Get<Paged<UnitResponse>>("/api/v1/units?pageSize=500")).Items;
        var dinkes = units.Single(u => u.Code == "DINKES");
        foreach (var year in new[] { 2024, 2025 })
        {
            foreach (var (query, path, type) in new[] { ("", "/", (string?)null), ($"&underUnitId={dinkes.Id}", dinkes.Path, null), ("&positionType=Pelaksana", "/", "Pelaksana") })
            {
                var s = await admin.Get<JpLedgerSummaryResponse>($"/api/v1/jp-ledger?year={year}{query}");
                var expected = FromSource(year, path, type);
                Assert.True(expected == (s.EmployeesCounted, s.ReachedTarget, s.TotalJp, s.ClassroomJp),
                    $"{year}{query} after {after}: expected {expected}, got {(s.EmployeesCounted, s.ReachedTarget, s.TotalJp, s.ClassroomJp)}");
                // The list's total comes from the rollups; per employment type it is a COUNT over the employees: both must agree.
                var below = await admin.Get<Paged<JpBelowTargetEmployee>>($"/api/v1/jp-ledger/below-target?year={year}{query}&pageSize=1");
                var pns = await admin.Get<Paged<JpBelowTargetEmployee>>($"/api/v1/jp-ledger/below-target?year={year}{query}&pageSize=1&employmentType=Pns");
                var pppk = await admin.Get<Paged<JpBelowTargetEmployee>>($"/api/v1/jp-ledger/below-target?year={year}{query}&pageSize=1&employmentType=Pppk");
                Assert.Equal((s.BelowTarget, s.BelowTarget), (below.Total!.Value, pns.Total!.Value + pppk.Total!.Value));
            }
            // The list's default order (-remaining, name), read from the standings, against the same order computed from the sources.
            var page = await admin.Get<Paged<JpBelowTargetEmployee>>($"/api/v1/jp-ledger/below-target?year={year}&pageSize=500");
            Assert.Equal(BelowTargetFromSource(year).Take(500).ToList(), page.Items.Select(i => (i.EmployeeId, i.TargetJp, i.EarnedJp, i.RemainingJp)).ToList());
        }
    }

    private List<(Guid, int, int, int)> BelowTargetFromSource(int year)
    {
        using var db = Open();
        using var cmd = db.CreateCommand();
        cmd.CommandText = $"""
            SELECT Id, T, Earned, T - Earned FROM ({StandingSource}) x
            WHERE TenantId = (SELECT Id FROM Tenants WHERE Code = 'jmb') AND Year = {year} AND Earned < T
            ORDER BY T - Earned DESC, Name, Id
            """;
        using var r = cmd.ExecuteReader();
        var rows = new List<(Guid, int, int, int)>();
        while (r.Read()) rows.Add((r.GetGuid(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3)));
        return rows;
    }

    /// <summary>Counted, reached (the tenant's target of each employment type), total and classroom JP of active employees, from the entries and employees only.</summary>
    private (int, int, int, int) FromSource(int year, string path, string? type)
    {
        using var db = Open();
        using var cmd = db.CreateCommand();
        cmd.CommandText = $"""
            SELECT COUNT(*), COALESCE(SUM(CASE WHEN Earned >= T THEN 1 ELSE 0 END), 0), COALESCE(SUM(Earned), 0), COALESCE(SUM(Classroom), 0) FROM (
                SELECT e.Id, {Target} AS T, COALESCE(SUM(l.Jp), 0) AS Earned, COALESCE(SUM(CASE WHEN l.Form IN ({Classroom}) THEN l.Jp ELSE 0 END), 0) AS Classroom
                FROM Employees e JOIN Units u ON u.Id = e.UnitId LEFT JOIN Positions p ON p.Id = e.PositionId
                LEFT JOIN TenantSettings ts ON ts.TenantId = e.TenantId
                LEFT JOIN JpLedgerEntries l ON l.EmployeeId = e.Id AND l.Year = $year
                WHERE e.TenantId = (SELECT Id FROM Tenants WHERE Code = 'jmb') AND e.IsActive = 1 AND u.Path LIKE $path || '%'
                  AND ($type IS NULL OR p.Type = $type)
                GROUP BY e.Id)
            """;
        cmd.Parameters.AddWithValue("$year", year);
        cmd.Parameters.AddWithValue("$path", path);
        cmd.Parameters.AddWithValue("$type", (object?)type ?? DBNull.Value);
        using var r = cmd.ExecuteReader();
        r.Read();
        return (r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3));
    }
}
