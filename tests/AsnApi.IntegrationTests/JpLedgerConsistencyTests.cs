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
/// equal those computed from the ledger entries themselves. Its own database: it changes the tenant freely.
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
        await Check(admin, "credits");

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
                new() { Nip = imported.Nip, Name = imported.Name, EmploymentType = imported.EmploymentType, Sex = imported.Sex, Rank = imported.Rank, PositionCode = importPosition.Code },
            ],
        })).Read<EmployeeImportResponse>();
        await Check(admin, "import");

        var dinkes = units.Single(u => u.Code == "DINKES");
        var parent = units.First(u => u.Depth == dinkes.Depth && u.Id != dinkes.Id);
        await (await admin.Update($"/api/v1/units/{p2p.Id}", new UnitRequest { Code = p2p.Code, Name = p2p.Name, ParentId = parent.Id })).Read<UnitResponse>();
        await Check(admin, "unit moved");
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
        }
    }

    /// <summary>Counted, reached (20 JP for both types), total and classroom JP of active employees, from the entries and employees only.</summary>
    private (int, int, int, int) FromSource(int year, string path, string? type)
    {
        using var db = Open();
        using var cmd = db.CreateCommand();
        cmd.CommandText = $"""
            SELECT COUNT(*), COALESCE(SUM(CASE WHEN Earned >= 20 THEN 1 ELSE 0 END), 0), COALESCE(SUM(Earned), 0), COALESCE(SUM(Classroom), 0) FROM (
                SELECT e.Id, COALESCE(SUM(l.Jp), 0) AS Earned, COALESCE(SUM(CASE WHEN l.Form IN ({Classroom}) THEN l.Jp ELSE 0 END), 0) AS Classroom
                FROM Employees e JOIN Units u ON u.Id = e.UnitId LEFT JOIN Positions p ON p.Id = e.PositionId
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
