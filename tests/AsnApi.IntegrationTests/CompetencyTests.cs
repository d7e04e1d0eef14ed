using System.Net;
using AsnApi.Contracts;
using AsnApi.Domain;

namespace AsnApi.IntegrationTests;

[Collection(ApiCollection.Name)]
public class CompetencyTests(ApiFactory api)
{
    private static readonly Guid Integritas = NationalCompetencies.IdOf("M.1");
    private static readonly Guid Komunikasi = NationalCompetencies.IdOf("M.3");
    private static string Code() => "T.UJI." + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();

    [Fact]
    public async Task The_national_dictionary_is_seeded_for_every_tenant_with_five_levels_and_is_read_only()
    {
        foreach (var user in new[] { "admin@tpi", "admin@amq" })
        {
            var client = await api.As(user);
            var national = await client.Get<Paged<CompetencyResponse>>("/api/v1/competencies?kind=Manajerial&pageSize=50");
            Assert.Equal(["Integritas", "Kerjasama", "Komunikasi", "Orientasi pada Hasil", "Pelayanan Publik", "Pengembangan Diri dan Orang Lain", "Mengelola Perubahan", "Pengambilan Keputusan"],
                national.Items.Select(c => c.Name));
            Assert.All(national.Items, c => Assert.True(c.IsNational));
            var perekat = (await client.Get<Paged<CompetencyResponse>>("/api/v1/competencies?kind=SosialKultural")).Items.Single();
            Assert.Equal("Perekat Bangsa", perekat.Name);
        }
        var admin = await api.As("admin@tpi");
        var integritas = await admin.Get<CompetencyResponse>($"/api/v1/competencies/{Integritas}");
        Assert.Equal([1, 2, 3, 4, 5], integritas.Levels!.Select(l => l.Level));
        Assert.All(integritas.Levels!, l => Assert.False(string.IsNullOrWhiteSpace(l.Description)));

        await (await admin.Update($"/api/v1/competencies/{Integritas}", new CompetencyRequest { Code = "M.1", Name = "Diubah" })).Problem(HttpStatusCode.Forbidden);
        await (await admin.Step($"/api/v1/competencies/{Integritas}", "retire")).Problem(HttpStatusCode.Forbidden);
        Assert.Equal("Integritas", (await admin.Get<CompetencyResponse>($"/api/v1/competencies/{Integritas}")).Name);
    }

    [Fact]
    public async Task Tenants_create_edit_and_retire_their_own_technical_competencies()
    {
        var admin = await api.As("admin@tpi");
        var request = new CompetencyRequest
        {
            Code = Code(), Name = "Pengelolaan Arsip Dinamis", FieldGroup = "Kearsipan",
            Levels = [new() { Level = 1, Description = "Memahami dasar kearsipan" }, new() { Level = 2, Description = "Mengelola arsip unit" }],
        };
        var created = await (await admin.Post("/api/v1/competencies", request)).Read<CompetencyResponse>(HttpStatusCode.Created);
        Assert.Equal((CompetencyKind.Teknis, false, 2), (created.Kind, created.IsNational, created.Levels!.Count));

        var updated = await (await admin.Put($"/api/v1/competencies/{created.Id}", new CompetencyRequest
        {
            Code = request.Code, Name = "Pengelolaan Arsip", Levels = [new() { Level = 3, Description = "Membina pengelolaan arsip" }],
        }, ifMatch: 1)).Read<CompetencyResponse>();
        Assert.Equal(("Pengelolaan Arsip", 3, 2), (updated.Name, updated.Levels!.Single().Level, updated.Version));

        Assert.False((await (await admin.Step($"/api/v1/competencies/{created.Id}", "retire")).Read<CompetencyResponse>()).IsActive);
        // Other tenants do not see it.
        await (await (await api.As("admin@jmb")).GetAsync($"/api/v1/competencies/{created.Id}")).Problem(HttpStatusCode.NotFound);
        // National codes are reserved; levels are 1–5, once each.
        await (await admin.Post("/api/v1/competencies", new CompetencyRequest { Code = "M.3", Name = "Tiruan" })).Problem(HttpStatusCode.Conflict, "code");
        // A code the tenant already uses is a 409 on the code that names it, on create and on an update onto it; keeping one's own code is fine.
        var other = await (await admin.Post("/api/v1/competencies", new CompetencyRequest { Code = Code(), Name = "Lain" })).Read<CompetencyResponse>(HttpStatusCode.Created);
        var dup = await (await admin.Post("/api/v1/competencies", new CompetencyRequest { Code = other.Code, Name = "Kembar" })).Problem(HttpStatusCode.Conflict, "code");
        Assert.Equal($"Kode {other.Code} sudah dipakai kompetensi lain di instansi ini.", (string?)dup["detail"]);
        await (await admin.Put($"/api/v1/competencies/{created.Id}", new CompetencyRequest { Code = other.Code, Name = "Kembar" }, ifMatch: updated.Version + 1)).Problem(HttpStatusCode.Conflict, "code");
        await (await admin.Put($"/api/v1/competencies/{other.Id}", new CompetencyRequest { Code = other.Code, Name = "Lain lagi" }, ifMatch: other.Version)).Read<CompetencyResponse>();
        // Another tenant may use the same code for its own competency.
        await (await (await api.As("admin@jmb")).Post("/api/v1/competencies", new CompetencyRequest { Code = other.Code, Name = "Lain" })).Read<CompetencyResponse>(HttpStatusCode.Created);
        await (await admin.Post("/api/v1/competencies", new CompetencyRequest
        {
            Code = Code(), Name = "x", Levels = [new() { Level = 6, Description = "?" }, new() { Level = 6, Description = "?" }],
        })).Problem((HttpStatusCode)422, "levels", "levels[0].level");
    }

    [Fact]
    public async Task A_standard_is_set_in_one_call_with_national_defaults_from_the_position_type_and_copied_to_others()
    {
        var admin = await api.As("admin@tpi");
        var unit = await admin.FirstId<UnitResponse>("/api/v1/units?active=true&pageSize=1");
        async Task<PositionResponse> NewPosition(PositionType type) => await (await admin.Post("/api/v1/positions",
            new PositionRequest { Code = Code(), Name = "Jabatan Uji", Type = type, UnitId = unit })).Read<PositionResponse>(HttpStatusCode.Created);
        var administrator = await NewPosition(PositionType.Administrator);
        var technical = await (await admin.Post("/api/v1/competencies", new CompetencyRequest { Code = Code(), Name = "Analisis Jabatan" })).Read<CompetencyResponse>(HttpStatusCode.Created);

        var standard = await (await admin.Put($"/api/v1/positions/{administrator.Id}/standard", new PositionStandardRequest
        {
            Items = [new() { CompetencyId = Komunikasi, RequiredLevel = 4 }, new() { CompetencyId = technical.Id, RequiredLevel = 2 }],
        })).Read<PositionStandardResponse>();
        Assert.Equal(10, standard.Items.Count); // 8 managerial + Perekat Bangsa + 1 technical
        Assert.Equal(4, standard.Items.Single(i => i.CompetencyId == Komunikasi).RequiredLevel);
        Assert.Equal(3, standard.Items.Single(i => i.CompetencyId == Integritas).RequiredLevel); // Administrator default
        Assert.Equal(3, standard.Items.Single(i => i.Code == "SK.1").RequiredLevel);

        // Replacing drops what is left out (but the national defaults come back).
        var replaced = await (await admin.Put($"/api/v1/positions/{administrator.Id}/standard", new PositionStandardRequest { Items = [] })).Read<PositionStandardResponse>();
        Assert.Equal(9, replaced.Items.Count);
        Assert.All(replaced.Items, i => Assert.Equal(3, i.RequiredLevel));

        await (await admin.Put($"/api/v1/positions/{administrator.Id}/standard", new PositionStandardRequest
        {
            Items = [new() { CompetencyId = technical.Id, RequiredLevel = 3 }],
        })).Read<PositionStandardResponse>();
        var targets = new[] { await NewPosition(PositionType.Pelaksana), await NewPosition(PositionType.Pelaksana) };
        var copied = await (await admin.Post($"/api/v1/positions/{administrator.Id}/standard/copy", new CopyStandardRequest { TargetPositionIds = targets.Select(t => t.Id).ToList() }))
            .Read<CopyStandardResponse>();
        Assert.Equal((2, 10), (copied.PositionsUpdated, copied.ItemsPerPosition));
        var target = await admin.Get<PositionStandardResponse>($"/api/v1/positions/{targets[0].Id}/standard");
        Assert.Equal(3, target.Items.Single(i => i.CompetencyId == technical.Id).RequiredLevel);
        Assert.Equal([(targets[0].Id, targets[0].Code, StandardCopyOutcome.Copied), (targets[1].Id, targets[1].Code, StandardCopyOutcome.Copied)],
            copied.Targets.Select(p => (p.PositionId, p.Code, p.Outcome)));

        // Copied again: both already carry it, so both are skipped; after one of them is changed, only that one is copied.
        var again = await (await admin.Post($"/api/v1/positions/{administrator.Id}/standard/copy", new CopyStandardRequest { TargetPositionIds = targets.Select(t => t.Id).ToList() }))
            .Read<CopyStandardResponse>();
        Assert.Equal((0, 2), (again.PositionsUpdated, again.PositionsUnchanged));
        Assert.All(again.Targets, p => Assert.Equal(StandardCopyOutcome.Unchanged, p.Outcome));
        await (await admin.Put($"/api/v1/positions/{targets[1].Id}/standard", new PositionStandardRequest
        {
            Items = [new() { CompetencyId = technical.Id, RequiredLevel = 2 }],
        })).Read<PositionStandardResponse>();
        var third = await (await admin.Post($"/api/v1/positions/{administrator.Id}/standard/copy", new CopyStandardRequest { TargetPositionIds = [targets[1].Id, targets[0].Id, targets[1].Id] }))
            .Read<CopyStandardResponse>();
        Assert.Equal([(targets[1].Id, StandardCopyOutcome.Copied), (targets[0].Id, StandardCopyOutcome.Unchanged)], third.Targets.Select(p => (p.PositionId, p.Outcome)));
        Assert.Equal(3, (await admin.Get<PositionStandardResponse>($"/api/v1/positions/{targets[1].Id}/standard")).Items.Single(i => i.CompetencyId == technical.Id).RequiredLevel);
    }

    [Fact]
    public async Task Standard_validation_rejects_levels_duplicates_unknown_competencies_and_other_tenants_positions()
    {
        var admin = await api.As("admin@tpi");
        var position = await admin.FirstId<PositionResponse>("/api/v1/positions?active=true&pageSize=1");
        await (await admin.Put($"/api/v1/positions/{position}/standard", new PositionStandardRequest
        {
            Items = [new() { CompetencyId = Integritas, RequiredLevel = 6 }, new() { CompetencyId = Integritas, RequiredLevel = 2 }],
        })).Problem((HttpStatusCode)422, "items", "items[0].requiredLevel");
        await (await admin.Put($"/api/v1/positions/{position}/standard", new PositionStandardRequest
        {
            Items = [new() { CompetencyId = Guid.NewGuid(), RequiredLevel = 2 }],
        })).Problem((HttpStatusCode)422, "items[0].competencyId");
        var jmbPosition = await (await api.As("admin@jmb")).FirstId<PositionResponse>("/api/v1/positions?active=true&pageSize=1");
        await (await admin.Put($"/api/v1/positions/{jmbPosition}/standard", new PositionStandardRequest { Items = [] })).Problem(HttpStatusCode.NotFound);
        await (await admin.GetAsync($"/api/v1/positions/{jmbPosition}/standard")).Problem(HttpStatusCode.NotFound);
    }

    /// <summary>A position whose standard is exactly the nine national competencies at one level, and an employee in it.</summary>
    private async Task<(HttpClient Admin, EmployeeResponse Employee)> EmployeeWithPlainStandard(int level)
    {
        var admin = await api.As("admin@tpi");
        var unit = await admin.FirstId<UnitResponse>("/api/v1/units?active=true&pageSize=1");
        var position = await (await admin.Post("/api/v1/positions", new PositionRequest { Code = Code(), Name = "Jabatan Profil", Type = PositionType.Fungsional, ManagerialLevel = level, UnitId = unit }))
            .Read<PositionResponse>(HttpStatusCode.Created);
        await (await admin.Put($"/api/v1/positions/{position.Id}/standard", new PositionStandardRequest { Items = [] })).Read<PositionStandardResponse>();
        var employee = await (await admin.Post("/api/v1/employees", TestData.Employee(position.Id))).Read<EmployeeResponse>(HttpStatusCode.Created);
        return (admin, employee);
    }

    private static AssessmentRequest Assessment(Guid employee, DateOnly on, params (Guid Competency, int Level)[] results) => new()
    {
        EmployeeId = employee, AssessedOn = on, Method = AssessmentMethod.AssessmentCenter, Assessor = "Tim Asesor",
        Results = results.Select(r => new AssessmentResultRequest { CompetencyId = r.Competency, Level = r.Level }).ToList(),
    };

    [Fact]
    public async Task The_profile_shows_gaps_jpm_both_categories_and_what_was_never_assessed()
    {
        var (admin, employee) = await EmployeeWithPlainStandard(level: 3); // required 9 × 3 = 27
        var empty = await admin.Get<CompetencyProfileResponse>($"/api/v1/employees/{employee.Id}/competency-profile");
        Assert.True(empty.HasStandard);
        Assert.Null(empty.Jpm);
        Assert.Equal(9, empty.NeverAssessed.Count);

        // All nine assessed: eight at 3 and Komunikasi at 1 → 25 / 27 = 92.59 → MS, Optimal.
        var results = NationalCompetencies.All.Select(n => (n.Id, n.Id == Komunikasi ? 1 : 3)).ToArray();
        var created = await (await admin.Post("/api/v1/assessments", Assessment(employee.Id, new DateOnly(2025, 3, 1), results))).Read<AssessmentResponse>(HttpStatusCode.Created);
        Assert.Equal(9, created.Results!.Count);

        var profile = await admin.Get<CompetencyProfileResponse>($"/api/v1/employees/{employee.Id}/competency-profile");
        Assert.Equal(92.59m, profile.JpmRounded);
        Assert.Equal((JpmFitCategory.MemenuhiSyarat, JpmMappingCategory.Optimal), (profile.FitCategory, profile.MappingCategory));
        Assert.Equal("Memenuhi Syarat (MS)", profile.FitLabel);
        Assert.True(profile.IsComplete);
        Assert.Empty(profile.NeverAssessed);
        Assert.Equal(2, profile.Items.Single(i => i.CompetencyId == Komunikasi).Gap);
        Assert.Equal(new DateOnly(2025, 3, 1), profile.LastAssessedOn);
    }

    [Fact]
    public async Task History_is_kept_the_latest_result_wins_and_a_back_dated_one_does_not_overwrite_it()
    {
        var (admin, employee) = await EmployeeWithPlainStandard(level: 2);
        await (await admin.Post("/api/v1/assessments", Assessment(employee.Id, new DateOnly(2024, 1, 10), (Integritas, 1), (Komunikasi, 1)))).Read<AssessmentResponse>(HttpStatusCode.Created);
        await (await admin.Post("/api/v1/assessments", Assessment(employee.Id, new DateOnly(2025, 6, 1), (Integritas, 4)))).Read<AssessmentResponse>(HttpStatusCode.Created);
        await (await admin.Post("/api/v1/assessments", Assessment(employee.Id, new DateOnly(2023, 5, 5), (Integritas, 2), (Komunikasi, 3)))).Read<AssessmentResponse>(HttpStatusCode.Created);

        var profile = await admin.Get<CompetencyProfileResponse>($"/api/v1/employees/{employee.Id}/competency-profile");
        Assert.Equal(4, profile.Items.Single(i => i.CompetencyId == Integritas).AssessedLevel);  // 2025 beats 2024 and 2023
        Assert.Equal(1, profile.Items.Single(i => i.CompetencyId == Komunikasi).AssessedLevel);  // 2024 beats the back-dated 2023
        Assert.False(profile.IsComplete);
        Assert.Equal(7, profile.NeverAssessed.Count);
        Assert.Equal(125m, profile.Jpm); // (4 + 1) / (2 + 2) × 100: partial, over the assessed two, raw above 100
        Assert.Equal(JpmFitCategory.MemenuhiSyarat, profile.FitCategory);

        var history = await admin.Get<Paged<AssessmentResponse>>($"/api/v1/assessments?employeeId={employee.Id}");
        Assert.Equal([new DateOnly(2025, 6, 1), new DateOnly(2024, 1, 10), new DateOnly(2023, 5, 5)], history.Items.Select(a => a.AssessedOn));
        Assert.Equal([1, 2, 2], history.Items.Select(a => a.ResultCount));
    }

    [Fact]
    public async Task Assessment_validation_refuses_bad_input_and_writes_nothing()
    {
        var (admin, employee) = await EmployeeWithPlainStandard(level: 2);
        await (await admin.Post("/api/v1/assessments", new AssessmentRequest())).Problem((HttpStatusCode)422, "employeeId", "assessedOn", "method", "results");
        await (await admin.Post("/api/v1/assessments", Assessment(employee.Id, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30), (Integritas, 0), (Integritas, 6))))
            .Problem((HttpStatusCode)422, "assessedOn", "results", "results[0].level", "results[1].level");
        await (await admin.Post("/api/v1/assessments", Assessment(employee.Id, new DateOnly(2025, 1, 1), (Guid.NewGuid(), 3)))).Problem((HttpStatusCode)422, "results[0].competencyId");
        var jmbEmployee = await (await api.As("admin@jmb")).FirstId<EmployeeResponse>("/api/v1/employees?pageSize=1");
        await (await admin.Post("/api/v1/assessments", Assessment(jmbEmployee, new DateOnly(2025, 1, 1), (Integritas, 3)))).Problem((HttpStatusCode)422, "employeeId");
        await (await (await api.As("viewer@tpi")).Post("/api/v1/assessments", Assessment(employee.Id, new DateOnly(2025, 1, 1), (Integritas, 3)))).Problem(HttpStatusCode.Forbidden);

        Assert.Equal(0, (await admin.Get<Paged<AssessmentResponse>>($"/api/v1/assessments?employeeId={employee.Id}")).Total);
    }

    [Fact]
    public async Task Tenant_thresholds_change_the_categories()
    {
        var admin = await api.As("admin@pgk");
        var defaults = await admin.Get<CompetencySettingsDto>("/api/v1/settings/competency");
        Assert.Equal((80m, 68m, 90m, 78m), (defaults.JpmMemenuhiSyarat, defaults.JpmMasihMemenuhiSyarat, defaults.JpmOptimal, defaults.JpmCukupOptimal));
        await (await admin.Update("/api/v1/settings/competency", new CompetencySettingsDto { JpmMemenuhiSyarat = 60, JpmMasihMemenuhiSyarat = 70, JpmOptimal = 90, JpmCukupOptimal = 78 }))
            .Problem((HttpStatusCode)422, "jpmMasihMemenuhiSyarat");
        await (await (await api.As("viewer@pgk")).Update("/api/v1/settings/competency", defaults)).Problem(HttpStatusCode.Forbidden);

        var before = await admin.Get<JpmDistributionResponse>("/api/v1/competency-analytics/jpm-distribution");
        var saved = await (await admin.Update("/api/v1/settings/competency", new CompetencySettingsDto { JpmMemenuhiSyarat = 1, JpmMasihMemenuhiSyarat = 0.5m, JpmOptimal = 1, JpmCukupOptimal = 0.5m }))
            .Read<CompetencySettingsDto>();
        Assert.Equal(1, saved.Version);
        var after = await admin.Get<JpmDistributionResponse>("/api/v1/competency-analytics/jpm-distribution");
        var assessed = before.Fit.Sum(f => f.Employees);
        Assert.Equal(assessed, after.Fit.Single(f => f.Category == "MemenuhiSyarat").Employees);
        Assert.Equal(assessed, after.Mapping.Single(f => f.Category == "Optimal").Employees);
        await (await admin.Put("/api/v1/settings/competency", defaults, ifMatch: 0)).Problem(HttpStatusCode.PreconditionFailed);
        await (await admin.Put("/api/v1/settings/competency", defaults, ifMatch: 1)).Read<CompetencySettingsDto>();
    }

    [Fact]
    public async Task Aggregates_follow_every_command_that_changes_their_inputs()
    {
        var admin = await api.As("admin@pgk");
        var p2p = (await admin.Get<Paged<UnitResponse>>("/api/v1/units?q=DINKES-P2P")).Items.Single(u => u.Code == "DINKES-P2P");
        var yankes = (await admin.Get<Paged<UnitResponse>>("/api/v1/units?q=DINKES-YANKES")).Items.Single(u => u.Code == "DINKES-YANKES");
        var staff = (await admin.Get<Paged<EmployeeResponse>>($"/api/v1/employees?unitId={p2p.Id}&active=true&pageSize=500")).Items;

        // A new assessment, a changed standard, a deactivation and a move to another unit.
        await (await admin.Post("/api/v1/assessments", Assessment(staff[0].Id, DateOnly.FromDateTime(DateTime.UtcNow), NationalCompetencies.All.Select(n => (n.Id, 5)).ToArray())))
            .Read<AssessmentResponse>(HttpStatusCode.Created);
        await (await admin.Put($"/api/v1/positions/{staff[1].PositionId}/standard", new PositionStandardRequest { Items = [new() { CompetencyId = Komunikasi, RequiredLevel = 5 }] }))
            .Read<PositionStandardResponse>();
        await (await admin.Step($"/api/v1/employees/{staff[2].Id}", "deactivate")).Read<EmployeeResponse>();
        var mover = await admin.Get<EmployeeResponse>($"/api/v1/employees/{staff[3].Id}");
        var nip = mover.Nip;
        await (await admin.Update($"/api/v1/employees/{mover.Id}", new EmployeeRequest
        {
            Nip = nip, Name = mover.Name, EmploymentType = mover.EmploymentType, Sex = mover.Sex, Rank = mover.Rank, PositionId = mover.PositionId, UnitId = yankes.Id,
        })).Read<EmployeeResponse>();

        await AggregatesAgreeWithProfiles(admin, p2p.Id);
        await AggregatesAgreeWithProfiles(admin, yankes.Id);
    }

    [Fact]
    public async Task Aggregates_agree_with_the_profiles_they_summarise() =>
        await AggregatesAgreeWithProfiles(await api.As("admin@amq"), null);

    /// <summary>Heatmap, distribution, gap ranking and the unassessed list against profiles computed from the source tables.</summary>
    private static async Task AggregatesAgreeWithProfiles(HttpClient admin, Guid? unitId)
    {
        var dinkes = unitId is { } id ? await admin.Get<UnitResponse>($"/api/v1/units/{id}")
            : (await admin.Get<Paged<UnitResponse>>("/api/v1/units?q=Dinas Kesehatan")).Items.Single(u => u.Code == "DINKES");
        var employees = (await admin.Get<Paged<EmployeeResponse>>($"/api/v1/employees?underUnitId={dinkes.Id}&active=true&pageSize=500")).Items;
        var profiles = new List<CompetencyProfileResponse>();
        foreach (var e in employees) profiles.Add(await admin.Get<CompetencyProfileResponse>($"/api/v1/employees/{e.Id}/competency-profile"));

        var distribution = await admin.Get<JpmDistributionResponse>($"/api/v1/competency-analytics/jpm-distribution?underUnitId={dinkes.Id}");
        Assert.Equal(employees.Count, distribution.Total);
        foreach (var category in distribution.Fit)
            Assert.Equal(profiles.Count(p => p.FitCategory?.ToString() == category.Category), category.Employees);
        foreach (var category in distribution.Mapping)
            Assert.Equal(profiles.Count(p => p.MappingCategory?.ToString() == category.Category), category.Employees);
        Assert.Equal(profiles.Count(p => p.HasStandard && p.Jpm is null), distribution.NotAssessed);

        var heatmap = await admin.Get<HeatmapResponse>($"/api/v1/competency-analytics/heatmap?underUnitId={dinkes.Id}&rollup=Self");
        Assert.NotEmpty(heatmap.Cells);
        Assert.Subset(heatmap.Units.Select(u => u.Id).ToHashSet(), heatmap.Cells.Select(c => c.UnitId).ToHashSet());
        var cell = heatmap.Cells.First(c => c.CompetencyId == Komunikasi);
        var inCell = profiles.Where(p => employees.First(e => e.Id == p.EmployeeId).UnitId == cell.UnitId)
            .Select(p => p.Items.SingleOrDefault(i => i.CompetencyId == Komunikasi && i.AssessedLevel is not null)).Where(i => i is not null).ToList();
        Assert.Equal(inCell.Count, cell.Employees);
        Assert.Equal(inCell.Average(i => (double)i!.Gap!.Value), cell.AverageGap, 6);
        Assert.Equal(inCell.Count(i => i!.Gap <= 0) / (double)inCell.Count, cell.ShareMeeting, 6);

        var gaps = await admin.Get<List<CompetencyGapSummary>>($"/api/v1/competency-analytics/largest-gaps?underUnitId={dinkes.Id}&top=3");
        Assert.InRange(gaps.Count, 1, 3);
        Assert.Equal(gaps.Select(g => g.BelowStandard).OrderDescending(), gaps.Select(g => g.BelowStandard));
        var top = gaps[0];
        Assert.Equal(profiles.Count(p => p.Items.Any(i => i.CompetencyId == top.CompetencyId && i.Gap > 0)), top.BelowStandard);

        var stale = await admin.Get<Paged<UnassessedEmployee>>($"/api/v1/competency-analytics/unassessed?underUnitId={dinkes.Id}&years=2&pageSize=500");
        var cutoff = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-2);
        Assert.Equal(profiles.Count(p => p.LastAssessedOn is null || p.LastAssessedOn < cutoff), stale.Total);
        await (await admin.GetAsync("/api/v1/competency-analytics/largest-gaps?top=0")).Problem((HttpStatusCode)422, "top");
    }
}
