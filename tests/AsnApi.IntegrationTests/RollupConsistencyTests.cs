using System.Net;
using AsnApi.Contracts;
using AsnApi.Domain;
using Microsoft.Data.Sqlite;

namespace AsnApi.IntegrationTests;

/// <summary>
/// The competency aggregates read rollups (migration 0008) that the commands keep. After every kind of change to
/// their inputs (assessment, standard set and copied, employee created, moved, given another position, deactivated
/// and reactivated, import, position type change, unit moved and deactivated) each aggregate, whole tenant, per
/// position type and per sub-tree, must equal the figures computed from the employees' profiles, and each rollup
/// table must equal a fresh GROUP BY over the source tables. Its own database: it changes the tenant freely.
/// </summary>
public class RollupConsistencyTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Analytics = "/api/v1/competency-analytics";
    private static readonly Guid Komunikasi = NationalCompetencies.IdOf("M.3");

    private sealed record Person(EmployeeResponse Employee, string Path, CompetencyProfileResponse Profile);

    [Fact]
    public async Task Rollups_equal_the_aggregates_of_the_source_tables_after_every_kind_of_change()
    {
        var admin = await api.As("admin@jmb");
        await Check(admin, "seed");

        var units = await Units(admin);
        var p2p = units.Values.Single(u => u.Code == "DINKES-P2P");
        var yankes = units.Values.Single(u => u.Code == "DINKES-YANKES");
        var staff = (await admin.Get<Paged<EmployeeResponse>>($"/api/v1/employees?unitId={p2p.Id}&active=true&pageSize=500")).Items;
        var positions = (await admin.Get<Paged<PositionResponse>>("/api/v1/positions?pageSize=500")).Items;

        await (await admin.Post("/api/v1/assessments", new AssessmentRequest
        {
            EmployeeId = staff[0].Id, AssessedOn = DateOnly.FromDateTime(DateTime.UtcNow), Method = AssessmentMethod.AssessmentCenter, Assessor = "Tim",
            Results = NationalCompetencies.All.Select(n => new AssessmentResultRequest { CompetencyId = n.Id, Level = 5 }).ToList(),
        })).Read<AssessmentResponse>(HttpStatusCode.Created);
        await Check(admin, "assessment");

        await (await admin.Put($"/api/v1/positions/{staff[1].PositionId}/standard", new PositionStandardRequest { Items = [new() { CompetencyId = Komunikasi, RequiredLevel = 5 }] }))
            .Read<PositionStandardResponse>();
        await Check(admin, "standard set");

        var targets = positions.Where(p => p.Id != staff[1].PositionId).Take(3).Select(p => p.Id).ToList();
        await (await admin.Post($"/api/v1/positions/{staff[1].PositionId}/standard/copy", new CopyStandardRequest { TargetPositionIds = targets }))
            .Read<CopyStandardResponse>();
        await Check(admin, "standard copied");

        var created = await (await admin.Post("/api/v1/employees", TestData.Employee(staff[0].PositionId!.Value, "Pegawai Baru Rollup"))).Read<EmployeeResponse>(HttpStatusCode.Created);
        // Without a position: counted in its unit's headcount and the population, with no standard.
        var unplaced = await (await admin.Post("/api/v1/employees", new EmployeeRequest
        {
            Nip = TestData.NewNip().Nip, Name = "Pegawai Tanpa Jabatan", EmploymentType = EmploymentType.Pns, Rank = "II/a", UnitId = p2p.Id,
        }))
            .Read<EmployeeResponse>(HttpStatusCode.Created);
        await Check(admin, "employees created");

        var mover = await admin.Get<EmployeeResponse>($"/api/v1/employees/{staff[3].Id}");
        await (await admin.Update($"/api/v1/employees/{mover.Id}", Request(mover, mover.PositionId, yankes.Id))).Read<EmployeeResponse>();
        // Someone without a standard has no facts that remember their old unit, yet counts in its headcount.
        await (await admin.Update($"/api/v1/employees/{unplaced.Id}", Request(unplaced, null, yankes.Id))).Read<EmployeeResponse>();
        await Check(admin, "employees moved");

        // Another position of another type, in another unit: the old unit and type lose them, the new ones gain them.
        var other = positions.First(p => p.Type != mover.PositionType && p.UnitId != yankes.Id);
        await (await admin.Update($"/api/v1/employees/{mover.Id}", Request(mover, other.Id, other.UnitId))).Read<EmployeeResponse>();
        await Check(admin, "employee given another position");

        await (await admin.Step($"/api/v1/employees/{staff[2].Id}", "deactivate")).Read<EmployeeResponse>();
        await (await admin.Step($"/api/v1/employees/{created.Id}", "deactivate")).Read<EmployeeResponse>();
        await Check(admin, "employees deactivated");
        await (await admin.Step($"/api/v1/employees/{created.Id}", "activate")).Read<EmployeeResponse>();
        await Check(admin, "employee reactivated");

        var position = positions.Single(p => p.Id == staff[4].PositionId);
        var newType = position.Type == PositionType.Fungsional ? PositionType.Pelaksana : PositionType.Fungsional;
        await (await admin.Update($"/api/v1/positions/{position.Id}", new PositionRequest
        {
            Code = position.Code, Name = position.Name, Type = newType, ManagerialLevel = newType == PositionType.Fungsional ? 2 : null, UnitId = position.UnitId,
        })).Read<PositionResponse>();
        await Check(admin, "position type changed");

        // An import that adds one employee and moves an existing one (by NIP) to another unit.
        var imported = await admin.Get<EmployeeResponse>($"/api/v1/employees/{staff[5].Id}");
        var importPosition = positions.First(p => p.UnitId != imported.UnitId);
        await (await admin.Post("/api/v1/employees/import", new EmployeeImportRequest
        {
            Rows =
            [
                new() { Nip = TestData.NewNip().Nip, Name = "Pegawai Impor Rollup", EmploymentType = EmploymentType.Pns, Rank = "III/a", PositionCode = importPosition.Code },
                new() { Nip = imported.Nip, Name = imported.Name, EmploymentType = imported.EmploymentType, Sex = imported.Sex, Rank = imported.Rank, PositionCode = importPosition.Code },
            ],
        })).Read<EmployeeImportResponse>();
        await Check(admin, "import");

        // The file imports of every kind (POST /imports/{kind}) keep the rollups exact as well.
        var fileMover = await admin.Get<EmployeeResponse>($"/api/v1/employees/{staff[7].Id}");
        await (await admin.PostAsync("/api/v1/imports/employees", ImportKindsTests.Csv(
            $"nip;name;employmentType;sex;rank;positionCode\n{fileMover.Nip};{fileMover.Name};{fileMover.EmploymentType};{fileMover.Sex};{fileMover.Rank};{importPosition.Code}\n"))).Read<ImportReport>();
        await Check(admin, "employees file import");

        // A file that touches a subset only: a deactivated employee reactivated (the import makes a known NIP active), the one
        // without a position moved back to P2P (no facts remember Yankes, yet Yankes' headcount must lose them), and a new one.
        var inactive = await admin.Get<EmployeeResponse>($"/api/v1/employees/{staff[2].Id}");
        var homeless = await admin.Get<EmployeeResponse>($"/api/v1/employees/{unplaced.Id}");
        var inactivePosition = positions.Single(p => p.Id == inactive.PositionId).Code;
        await (await admin.PostAsync("/api/v1/imports/employees", ImportKindsTests.Csv(
            "nip;name;employmentType;sex;rank;positionCode;unitCode\n" +
            $"{inactive.Nip};{inactive.Name};{inactive.EmploymentType};{inactive.Sex};{inactive.Rank};{inactivePosition};\n" +
            $"{homeless.Nip};{homeless.Name};{homeless.EmploymentType};{homeless.Sex};{homeless.Rank};;{p2p.Code}\n" +
            $"{TestData.NewNip().Nip};Pegawai Impor Sebagian;Pns;;III/b;{inactivePosition};\n"))).Read<ImportReport>();
        Assert.True((await admin.Get<EmployeeResponse>($"/api/v1/employees/{inactive.Id}")).IsActive);
        Assert.Equal(p2p.Id, (await admin.Get<EmployeeResponse>($"/api/v1/employees/{homeless.Id}")).UnitId);
        await Check(admin, "employees file import touching a subset");
        await (await admin.PostAsync("/api/v1/imports/position-standards", ImportKindsTests.Csv(
            $"Kode Jabatan;Kode Kompetensi;Level\n{importPosition.Code};M.3;2\n{importPosition.Code};M.1;5\n"))).Read<ImportReport>();
        await Check(admin, "standards file import");
        await (await admin.PostAsync("/api/v1/imports/assessments", ImportKindsTests.Csv(
            $"NIP;Tanggal Penilaian;Metode;Kode Kompetensi;Level\n{fileMover.Nip};{DateTime.UtcNow:dd/MM/yyyy};Portfolio;M.3;1\n{fileMover.Nip};{DateTime.UtcNow:dd/MM/yyyy};Portfolio;M.1;4\n"))).Read<ImportReport>();
        await Check(admin, "assessments file import");
        var heldPosition = await admin.Get<PositionResponse>($"/api/v1/positions/{importPosition.Id}");
        var unitCode = units.Values.Single(u => u.Id == heldPosition.UnitId).Code;
        await (await admin.PostAsync("/api/v1/imports/positions", ImportKindsTests.Csv(
            $"code;name;type;managerialLevel;unitCode\n{heldPosition.Code};{heldPosition.Name};Fungsional;4;{unitCode}\n"))).Read<ImportReport>();
        await Check(admin, "positions file import");

        // A unit moved under another parent: its staff now count in the new parent's sub-tree, not the old one's.
        var dinkes = units.Values.Single(u => u.Code == "DINKES");
        var elsewhere = units.Values.First(u => u.Depth == dinkes.Depth && u.Id != dinkes.Id);
        await (await admin.Update($"/api/v1/units/{p2p.Id}", new UnitRequest { Code = p2p.Code, Name = p2p.Name, ParentId = elsewhere.Id })).Read<UnitResponse>();
        await Check(admin, "unit moved");

        // A unit can be deactivated only when empty; an emptied one leaves the aggregates.
        var leaf = await (await admin.Post("/api/v1/units", new UnitRequest { Code = "ROLLUP-TMP", Name = "Unit Sementara", ParentId = yankes.Id })).Read<UnitResponse>(HttpStatusCode.Created);
        var visitor = await admin.Get<EmployeeResponse>($"/api/v1/employees/{staff[6].Id}");
        await (await admin.Update($"/api/v1/employees/{visitor.Id}", Request(visitor, visitor.PositionId, leaf.Id))).Read<EmployeeResponse>();
        await Check(admin, "employee moved into a new unit");
        await (await admin.Update($"/api/v1/employees/{visitor.Id}", Request(visitor, visitor.PositionId, yankes.Id))).Read<EmployeeResponse>();
        await (await admin.Step($"/api/v1/units/{leaf.Id}", "deactivate")).Read<UnitResponse>();
        await Check(admin, "unit deactivated");

        // The candidates' scores per program follow a program's competencies and expected gains too.
        var program = await (await admin.Post("/api/v1/training-programs", TrainingTestData.Program([(Komunikasi, 2), (NationalCompetencies.IdOf("M.1"), 1)])))
            .Read<TrainingProgramResponse>(HttpStatusCode.Created);
        await Check(admin, "program created");
        await (await admin.Update($"/api/v1/training-programs/{program.Id}", TrainingTestData.Program([(Komunikasi, 1)], code: program.Code))).Read<TrainingProgramResponse>();
        await Check(admin, "program's competencies changed");
    }

    private static EmployeeRequest Request(EmployeeResponse e, Guid? positionId, Guid unitId) => new()
    {
        Nip = e.Nip, Name = e.Name, EmploymentType = e.EmploymentType, Sex = e.Sex, Rank = e.Rank, PositionId = positionId, UnitId = unitId,
    };

    private static async Task<Dictionary<Guid, UnitResponse>> Units(HttpClient client) =>
        (await client.Get<Paged<UnitResponse>>("/api/v1/units?pageSize=500")).Items.ToDictionary(u => u.Id);

    private async Task Check(HttpClient admin, string after)
    {
        RollupTablesEqualTheSourceTables(after);
        var units = await Units(admin);
        var people = new List<Person>();
        foreach (var e in (await admin.Get<Paged<EmployeeResponse>>("/api/v1/employees?active=true&pageSize=500")).Items)
            people.Add(new Person(e, units[e.UnitId].Path, await admin.Get<CompetencyProfileResponse>($"/api/v1/employees/{e.Id}/competency-profile")));

        var dinkes = units.Values.Single(u => u.Code == "DINKES");
        var types = people.Select(p => p.Employee.PositionType).OfType<PositionType>().Distinct().ToList();
        foreach (var (under, type) in new (UnitResponse?, PositionType?)[] { (null, null), (dinkes, null), (null, types[0]), (dinkes, types[^1]) })
        {
            var query = string.Join("&", new[] { under is null ? null : $"underUnitId={under.Id}", type is null ? null : $"positionType={type}" }.OfType<string>());
            var inScope = people.Where(p => (under is null || p.Path.StartsWith(under.Path, StringComparison.Ordinal)) && (type is null || p.Employee.PositionType == type)).ToList();
            var what = $"after {after}, {query}";
            await HeatmapAgrees(admin, units, inScope, query, HeatmapRollup.Self, under, what);
            await HeatmapAgrees(admin, units, inScope, query, HeatmapRollup.Subtree, under, what);
            await DistributionAgrees(admin, inScope, query, what);
            await GapsAgree(admin, inScope, query, what);
        }
    }

    private static async Task HeatmapAgrees(HttpClient admin, Dictionary<Guid, UnitResponse> units, List<Person> inScope, string query, HeatmapRollup rollup, UnitResponse? under, string what)
    {
        var heatmap = await admin.Get<HeatmapResponse>($"{Analytics}/heatmap?{query}&rollup={rollup}");
        bool Counts(UnitResponse row, Person p) => rollup == HeatmapRollup.Subtree ? p.Path.StartsWith(row.Path, StringComparison.Ordinal) : p.Employee.UnitId == row.Id;
        var rows = units.Values.Where(u => under is null || u.Path.StartsWith(under.Path, StringComparison.Ordinal))
            .Select(u => (Unit: u, People: inScope.Where(p => Counts(u, p)).ToList())).Where(r => r.People.Count > 0).OrderBy(r => r.Unit.Path, StringComparer.Ordinal).ToList();

        Assert.True(rows.Select(r => (r.Unit.Id, r.Unit.Depth, r.People.Count, r.People.Count(p => p.Profile.Items.Any(i => i.AssessedLevel is not null))))
            .SequenceEqual(heatmap.Headcounts.Select(h => (h.UnitId, h.Depth, h.Employees, h.Assessed))), $"headcounts ({rollup}) {what}");

        var expected = rows.SelectMany(r => r.People.SelectMany(p => p.Profile.Items.Where(i => i.AssessedLevel is not null)).GroupBy(i => i.CompetencyId)
                .Select(g => (UnitId: r.Unit.Id, CompetencyId: g.Key, Count: g.Count(), Gap: g.Average(i => (double)i.Gap!.Value), Meeting: g.Count(i => i.Gap <= 0) / (double)g.Count())))
            .OrderBy(c => c.UnitId).ThenBy(c => c.CompetencyId).ToList();
        var actual = heatmap.Cells.OrderBy(c => c.UnitId).ThenBy(c => c.CompetencyId).ToList();
        Assert.True(expected.Count == actual.Count, $"cells ({rollup}) {what}: {expected.Count} expected, {actual.Count} answered");
        foreach (var (e, a) in expected.Zip(actual))
        {
            Assert.True((e.UnitId, e.CompetencyId, e.Count) == (a.UnitId, a.CompetencyId, a.Employees), $"cell ({rollup}) {what}");
            Assert.Equal(e.Gap, a.AverageGap, 9);
            Assert.Equal(e.Meeting, a.ShareMeeting, 9);
            Assert.Equal(a.Employees < heatmap.MinimumCount, a.BelowMinimum);
        }
    }

    private static async Task DistributionAgrees(HttpClient admin, List<Person> inScope, string query, string what)
    {
        var distribution = await admin.Get<JpmDistributionResponse>($"{Analytics}/jpm-distribution?{query}");
        Assert.True(inScope.Count == distribution.Total, $"total {what}");
        Assert.True(inScope.Count(p => !p.Profile.HasStandard) == distribution.NoStandard, $"no standard {what}");
        Assert.True(inScope.Count(p => p.Profile.HasStandard && p.Profile.Jpm is null) == distribution.NotAssessed, $"not assessed {what}");
        foreach (var c in distribution.Fit)
            Assert.True(inScope.Count(p => p.Profile.FitCategory?.ToString() == c.Category) == c.Employees, $"fit {c.Category} {what}");
        foreach (var c in distribution.Mapping)
            Assert.True(inScope.Count(p => p.Profile.MappingCategory?.ToString() == c.Category) == c.Employees, $"mapping {c.Category} {what}");
    }

    private static async Task GapsAgree(HttpClient admin, List<Person> inScope, string query, string what)
    {
        var gaps = await admin.Get<List<CompetencyGapSummary>>($"{Analytics}/largest-gaps?{query}&top=100");
        var expected = inScope.SelectMany(p => p.Profile.Items.Where(i => i.AssessedLevel is not null)).GroupBy(i => i.CompetencyId)
            .Select(g => (CompetencyId: g.Key, Code: g.First().Code, Assessed: g.Count(), Below: g.Count(i => i.Gap > 0),
                GapBelow: g.Any(i => i.Gap > 0) ? g.Where(i => i.Gap > 0).Average(i => (double)i.Gap!.Value) : 0))
            .OrderByDescending(g => g.Below).ThenByDescending(g => g.GapBelow).ThenBy(g => g.Code, StringComparer.Ordinal).ToList();
        Assert.True(expected.Count == gaps.Count, $"gaps {what}");
        foreach (var (e, a) in expected.Zip(gaps))
        {
            Assert.True((e.CompetencyId, e.Assessed, e.Below) == (a.CompetencyId, a.Assessed, a.BelowStandard), $"gap {e.Code} {what}");
            Assert.Equal(e.GapBelow, a.AverageGapBelow, 9);
            Assert.Equal(e.Below / (double)e.Assessed, a.ShareBelow, 9);
        }
    }

    // Each rollup table against the same figures grouped straight from Employees, Positions, PositionStandards and
    // CurrentCompetencies (not from CompetencyFacts): rows missing on either side, stale or zero, fail.
    private static readonly (string Table, string Source)[] Oracles =
    [
        ("SELECT TenantId, UnitId, PositionType, CompetencyId, Assessed, GapSum, Meeting, BelowStandard, GapBelowSum FROM CompetencyRollups", """
            SELECT e.TenantId, e.UnitId, p.Type, s.CompetencyId, COUNT(*), SUM(s.RequiredLevel - cc.Level),
                   SUM(cc.Level >= s.RequiredLevel), SUM(cc.Level < s.RequiredLevel), SUM(MAX(s.RequiredLevel - cc.Level, 0))
            FROM Employees e JOIN Positions p ON p.Id = e.PositionId JOIN PositionStandards s ON s.PositionId = e.PositionId
            JOIN CurrentCompetencies cc ON cc.EmployeeId = e.Id AND cc.CompetencyId = s.CompetencyId
            WHERE e.IsActive = 1 GROUP BY e.TenantId, e.UnitId, p.Type, s.CompetencyId
            """),
        ("SELECT TenantId, UnitId, PositionType, Employees, WithStandard, Assessed FROM HeadcountRollups", """
            SELECT e.TenantId, e.UnitId, COALESCE(p.Type, ''), COUNT(*),
                   SUM(EXISTS (SELECT 1 FROM PositionStandards s WHERE s.PositionId = e.PositionId)),
                   SUM(EXISTS (SELECT 1 FROM PositionStandards s JOIN CurrentCompetencies cc ON cc.CompetencyId = s.CompetencyId
                               WHERE s.PositionId = e.PositionId AND cc.EmployeeId = e.Id))
            FROM Employees e LEFT JOIN Positions p ON p.Id = e.PositionId
            WHERE e.IsActive = 1 GROUP BY e.TenantId, e.UnitId, COALESCE(p.Type, '')
            """),
        ("SELECT TenantId, UnitId, PositionType, AssessedSum, RequiredSum, Employees FROM JpmRollups", """
            SELECT TenantId, UnitId, Type, A, R, COUNT(*) FROM (
                SELECT e.TenantId, e.UnitId, p.Type, e.Id, SUM(cc.Level) AS A, SUM(s.RequiredLevel) AS R
                FROM Employees e JOIN Positions p ON p.Id = e.PositionId JOIN PositionStandards s ON s.PositionId = e.PositionId
                JOIN CurrentCompetencies cc ON cc.EmployeeId = e.Id AND cc.CompetencyId = s.CompetencyId
                WHERE e.IsActive = 1 GROUP BY e.TenantId, e.UnitId, p.Type, e.Id)
            GROUP BY TenantId, UnitId, Type, A, R
            """),
        // The candidates' ranking score per program and employee with a gap it develops (ProgramGapScores, migration 0026).
        ("SELECT TenantId, ProgramId, EmployeeId, Score FROM ProgramGapScores", """
            SELECT e.TenantId, pc.ProgramId, e.Id, SUM((s.RequiredLevel - cc.Level) * pc.ExpectedGain)
            FROM Employees e JOIN PositionStandards s ON s.PositionId = e.PositionId
            JOIN CurrentCompetencies cc ON cc.EmployeeId = e.Id AND cc.CompetencyId = s.CompetencyId
            JOIN TrainingProgramCompetencies pc ON pc.TenantId = e.TenantId AND pc.CompetencyId = s.CompetencyId
            WHERE e.IsActive = 1 AND cc.Level < s.RequiredLevel GROUP BY e.TenantId, pc.ProgramId, e.Id
            """),
    ];

    private void RollupTablesEqualTheSourceTables(string after)
    {
        using var db = new SqliteConnection($"Data Source={Path.Combine(api.DataDirectory, "asnapi.db")};Mode=ReadOnly");
        db.Open();
        foreach (var (table, source) in Oracles)
        {
            using var count = db.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM ({table})";
            Assert.True((long)count.ExecuteScalar()! > 0, $"{table} is empty after {after}");
            using var diff = db.CreateCommand();
            diff.CommandText = $"SELECT (SELECT COUNT(*) FROM (SELECT * FROM ({table}) EXCEPT SELECT * FROM ({source}))) + (SELECT COUNT(*) FROM (SELECT * FROM ({source}) EXCEPT SELECT * FROM ({table})))";
            Assert.True((long)diff.ExecuteScalar()! == 0, $"{table} differs from the source tables after {after}");
        }
    }
}
