using System.Net;
using AsnApi.Contracts;

namespace AsnApi.IntegrationTests;

/// <summary>
/// Recommendations against a hand-worked case: the tenant's own technical competencies (no other test or demo program
/// develops them), a standard, assessments with known gaps, and programs that develop them with known gains.
/// Its own database, so the programs in play are only these.
/// </summary>
public class RecommendationTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private sealed record Case(UnitResponse Unit, CompetencyResponse T1, CompetencyResponse T2, EmployeeResponse E1, EmployeeResponse E2, EmployeeResponse E3,
        TrainingProgramResponse PA, TrainingProgramResponse PB, TrainingProgramResponse PC, TrainingSessionResponse OpenA, TrainingSessionResponse PlannedA);

    /// <summary>
    /// Standard: T1 level 4, T2 level 3, T3 level 2. E1 assessed T1 2, T2 2, T3 3 (gaps 2, 1, none); E2 T1 3 (gap 1); E3 T1 4 (none).
    /// Programs: PA develops T1 (+2), PB T1 (+1) and T2 (+1), PC T2 (+2), PD T3 (+2, no gap), PE T1 (+2) but deactivated.
    /// E1's scores: PA 2×2 = 4, PB 2×1 + 1×1 = 3, PC 1×2 = 2. E2's: PA 2, PB 1.
    /// </summary>
    private async Task<Case> Build(HttpClient admin, string code)
    {
        var root = (await admin.Get<Paged<UnitResponse>>("/api/v1/units?pageSize=500")).Items.First(u => u.ParentId == null);
        var unit = await (await admin.Post("/api/v1/units", new UnitRequest { Code = code, Name = "Unit Rekomendasi " + code, ParentId = root.Id })).Read<UnitResponse>(HttpStatusCode.Created);
        var position = await (await admin.Post("/api/v1/positions", new PositionRequest { Code = "PLK-" + code, Name = "Pelaksana " + code, Type = PositionType.Pelaksana, UnitId = unit.Id }))
            .Read<PositionResponse>(HttpStatusCode.Created);
        async Task<CompetencyResponse> Competency(string name) =>
            await (await admin.Post("/api/v1/competencies", new CompetencyRequest { Code = $"T.{code}.{name.ToUpperInvariant()[..3]}", Name = $"{name} {code}" })).Read<CompetencyResponse>(HttpStatusCode.Created);
        var t1 = await Competency("Pelayanan Perizinan");
        var t2 = await Competency("Pengelolaan Arsip");
        var t3 = await Competency("Tata Naskah");
        await (await admin.Put($"/api/v1/positions/{position.Id}/standard", new PositionStandardRequest
        {
            Items = [new() { CompetencyId = t1.Id, RequiredLevel = 4 }, new() { CompetencyId = t2.Id, RequiredLevel = 3 }, new() { CompetencyId = t3.Id, RequiredLevel = 2 }],
        })).Read<PositionStandardResponse>();
        async Task<EmployeeResponse> Person(string name, params (Guid Competency, int Level)[] results)
        {
            var e = await (await admin.Post("/api/v1/employees", TestData.Employee(position.Id, $"{name} {code}"))).Read<EmployeeResponse>(HttpStatusCode.Created);
            await (await admin.Post("/api/v1/assessments", new AssessmentRequest
            {
                EmployeeId = e.Id, AssessedOn = new DateOnly(2026, 2, 2), Method = AssessmentMethod.AssessmentCenter,
                Results = results.Select(r => new AssessmentResultRequest { CompetencyId = r.Competency, Level = r.Level }).ToList(),
            })).Read<AssessmentResponse>(HttpStatusCode.Created);
            return e;
        }
        var e1 = await Person("Ani", (t1.Id, 2), (t2.Id, 2), (t3.Id, 3));
        var e2 = await Person("Bayu", (t1.Id, 3));
        var e3 = await Person("Cici", (t1.Id, 4));
        var pa = await TrainingTestData.CreateProgram(admin, [(t1.Id, 2)], title: $"A Perizinan {code}");
        var pb = await TrainingTestData.CreateProgram(admin, [(t1.Id, 1), (t2.Id, 1)], DevelopmentActivityForm.Coaching, title: $"B Layanan dan Arsip {code}");
        var pc = await TrainingTestData.CreateProgram(admin, [(t2.Id, 2)], title: $"C Arsip {code}");
        await TrainingTestData.CreateProgram(admin, [(t3.Id, 2)], title: $"D Naskah {code}");
        var pe = await TrainingTestData.CreateProgram(admin, [(t1.Id, 2)], title: $"E Lama {code}");
        await (await admin.Step($"/api/v1/training-programs/{pe.Id}", "deactivate")).Read<TrainingProgramResponse>();
        var planned = await TrainingTestData.CreateSession(admin, pa.Id, capacity: 5, name: "Angkatan II");
        var open = await TrainingTestData.Open(admin, (await TrainingTestData.CreateSession(admin, pa.Id, capacity: 5, start: new DateOnly(2026, 11, 30), name: "Angkatan I")).Id);
        return new Case(unit, t1, t2, e1, e2, e3, pa, pb, pc, open, planned);
    }

    [Fact]
    public async Task An_employee_gets_the_programs_for_their_largest_gaps_with_reasons_and_open_sessions()
    {
        var admin = await api.As("admin@amq");
        var c = await Build(admin, "RKA");

        var r = await admin.Get<TrainingRecommendationsResponse>($"/api/v1/employees/{c.E1.Id}/training-recommendations");
        Assert.Equal([(c.PA.Id, 4), (c.PB.Id, 3), (c.PC.Id, 2)], r.Recommendations.Select(x => (x.ProgramId, x.Score)).ToArray());
        Assert.Equal($"gap 2 pada {c.T1.Name}", r.Recommendations[0].Reason);
        Assert.Equal($"gap 2 pada {c.T1.Name}; gap 1 pada {c.T2.Name}", r.Recommendations[1].Reason);
        Assert.Equal([(c.T1.Id, 4, 2, 2, 1), (c.T2.Id, 3, 2, 1, 1)], r.Recommendations[1].Gaps.Select(g => (g.CompetencyId, g.RequiredLevel, g.AssessedLevel, g.Gap, g.ExpectedGain)).ToArray());
        Assert.Equal(("Coaching", DevelopmentActivityForm.Coaching), (r.Recommendations[1].FormLabel, r.Recommendations[1].Form));
        // Only the open session, with its seats; the planned one is not yet open for enrollment.
        var session = Assert.Single(r.Recommendations[0].OpenSessions);
        Assert.Equal((c.OpenA.Id, "Angkatan I", 5, new DateOnly(2026, 11, 30)), (session.SessionId, session.Name, session.SeatsLeft, session.StartDate));
        Assert.Empty(r.Recommendations[1].OpenSessions);

        var top1 = await admin.Get<TrainingRecommendationsResponse>($"/api/v1/employees/{c.E1.Id}/training-recommendations?top=1");
        Assert.Equal([c.PA.Id], top1.Recommendations.Select(x => x.ProgramId).ToArray());
        Assert.Equal([(c.PA.Id, 2), (c.PB.Id, 1)], (await admin.Get<TrainingRecommendationsResponse>($"/api/v1/employees/{c.E2.Id}/training-recommendations")).Recommendations.Select(x => (x.ProgramId, x.Score)).ToArray());
        Assert.Empty((await admin.Get<TrainingRecommendationsResponse>($"/api/v1/employees/{c.E3.Id}/training-recommendations")).Recommendations);

        // A closed gap leaves the list: E1 reassessed at T1 level 4.
        await (await admin.Post("/api/v1/assessments", new AssessmentRequest
        {
            EmployeeId = c.E1.Id, AssessedOn = new DateOnly(2026, 3, 3), Method = AssessmentMethod.UjiKompetensi, Results = [new() { CompetencyId = c.T1.Id, Level = 4 }],
        })).Read<AssessmentResponse>(HttpStatusCode.Created);
        Assert.Equal([(c.PC.Id, 2), (c.PB.Id, 1)], (await admin.Get<TrainingRecommendationsResponse>($"/api/v1/employees/{c.E1.Id}/training-recommendations")).Recommendations.Select(x => (x.ProgramId, x.Score)).ToArray());

        await (await admin.GetAsync($"/api/v1/employees/{c.E1.Id}/training-recommendations?top=0")).Problem((HttpStatusCode)422, "top");
        await (await admin.GetAsync($"/api/v1/employees/{c.E1.Id}/training-recommendations?top=51")).Problem((HttpStatusCode)422, "top");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/v1/employees/{Guid.NewGuid()}/training-recommendations")).StatusCode);
        // A unit head outside the employee's unit does not see them.
        Assert.Equal(HttpStatusCode.NotFound, (await (await api.As("kadinkes@amq")).GetAsync($"/api/v1/employees/{c.E1.Id}/training-recommendations")).StatusCode);
    }

    [Fact]
    public async Task A_session_lists_the_employees_whose_gaps_it_addresses_ranked_with_masked_nips_for_viewers()
    {
        var admin = await api.As("admin@amq");
        var c = await Build(admin, "RKB");
        var url = $"/api/v1/training-sessions/{c.OpenA.Id}/candidates?underUnitId={c.Unit.Id}";

        var list = await admin.Get<Paged<SessionCandidate>>(url);
        Assert.Equal([(c.E1.Id, 4), (c.E2.Id, 2)], list.Items.Select(i => (i.EmployeeId, i.Score)).ToArray());
        Assert.Equal((2, c.E1.Nip), (list.Total!.Value, list.Items[0].Nip));
        Assert.Equal([(c.T1.Id, 2, 2)], list.Items[0].Gaps.Select(g => (g.CompetencyId, g.Gap, g.ExpectedGain)).ToArray());
        var page2 = await admin.Get<Paged<SessionCandidate>>($"{url}&pageSize=1&page=2");
        Assert.Equal((2, c.E2.Id), (page2.Total!.Value, Assert.Single(page2.Items).EmployeeId));
        // The whole tenant holds at least these two (anyone else with a T1 gap would be in this unit).
        Assert.Equal(2, (await admin.Get<Paged<SessionCandidate>>($"/api/v1/training-sessions/{c.OpenA.Id}/candidates")).Total);

        // Enrolled in the session: no longer a candidate; withdrawn: a candidate again.
        var enrolled = await EnrollmentTests.Enrolled(admin, c.OpenA.Id, c.E2.Id);
        Assert.Equal([c.E1.Id], (await admin.Get<Paged<SessionCandidate>>(url)).Items.Select(i => i.EmployeeId).ToArray());
        await (await admin.Step(EnrollmentTests.One(c.OpenA.Id, enrolled.Id), "withdraw")).Read<EnrollmentResponse>();
        Assert.Equal([c.E1.Id, c.E2.Id], (await admin.Get<Paged<SessionCandidate>>(url)).Items.Select(i => i.EmployeeId).ToArray());

        var viewer = await api.As("viewer@amq");
        Assert.Equal("********" + c.E1.Nip[8..], (await viewer.Get<Paged<SessionCandidate>>(url)).Items[0].Nip);
        var head = await api.As("kadinkes@amq");
        Assert.Empty((await head.Get<Paged<SessionCandidate>>($"/api/v1/training-sessions/{c.OpenA.Id}/candidates")).Items);

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/v1/training-sessions/{Guid.NewGuid()}/candidates")).StatusCode);
        await (await admin.GetAsync($"{url}&pageSize=0")).Problem((HttpStatusCode)422, "pageSize");
    }

    [Fact]
    public async Task A_sub_tree_gets_the_programs_that_close_the_most_gap_the_sum_of_its_employees_scores()
    {
        var admin = await api.As("admin@amq");
        var c = await Build(admin, "RKC");

        var r = await admin.Get<RecommendedProgramsResponse>($"/api/v1/training-programs/recommended?underUnitId={c.Unit.Id}");
        // T1: gaps 2 (E1) + 1 (E2) = 3 in 2 employees; T2: 1 (E1). PA 2×3 = 6, PB 1×3 + 1×1 = 4, PC 2×1 = 2.
        Assert.Equal([(c.PA.Id, 6), (c.PB.Id, 4), (c.PC.Id, 2)], r.Recommendations.Select(x => (x.ProgramId, x.Score)).ToArray());
        Assert.Equal([(c.T1.Id, 1, 2, 3), (c.T2.Id, 1, 1, 1)], r.Recommendations[1].Competencies.Select(x => (x.CompetencyId, x.ExpectedGain, x.EmployeesBelow, x.GapSum)).ToArray());

        // Each program's score is the sum of the employees' own scores for it.
        var perEmployee = new List<TrainingRecommendation>();
        foreach (var e in new[] { c.E1, c.E2, c.E3 })
            perEmployee.AddRange((await admin.Get<TrainingRecommendationsResponse>($"/api/v1/employees/{e.Id}/training-recommendations?top=50")).Recommendations);
        Assert.Equal(r.Recommendations.Select(x => (x.ProgramId, x.Score)), perEmployee.GroupBy(x => x.ProgramId).Select(g => (g.Key, g.Sum(x => x.Score))).OrderByDescending(x => x.Item2));

        Assert.Equal([c.PA.Id], (await admin.Get<RecommendedProgramsResponse>($"/api/v1/training-programs/recommended?underUnitId={c.Unit.Id}&top=1")).Recommendations.Select(x => x.ProgramId).ToArray());
        Assert.Empty((await admin.Get<RecommendedProgramsResponse>($"/api/v1/training-programs/recommended?underUnitId={c.Unit.Id}&positionType=Fungsional")).Recommendations);
        Assert.DoesNotContain((await (await api.As("kadinkes@amq")).Get<RecommendedProgramsResponse>("/api/v1/training-programs/recommended?top=50")).Recommendations, x => x.ProgramId == c.PA.Id);
        await (await admin.GetAsync("/api/v1/training-programs/recommended?top=99")).Problem((HttpStatusCode)422, "top");
    }

    [Fact]
    public async Task A_program_completed_in_any_session_is_no_longer_recommended_and_its_JP_reach_the_ledger()
    {
        var admin = await api.As("admin@amq");
        var c = await Build(admin, "RKD");
        var session = await TrainingTestData.Open(admin, (await TrainingTestData.CreateSession(admin, c.PB.Id, capacity: 3, start: DateOnly.FromDateTime(DateTime.UtcNow), name: "Angkatan Selesai")).Id);
        var enrollment = await EnrollmentTests.Enrolled(admin, session.Id, c.E1.Id);
        var second = await TrainingTestData.CreateSession(admin, c.PB.Id, capacity: 3, name: "Angkatan Berikut");
        await TrainingTestData.Start(admin, session.Id);
        await (await admin.Step(EnrollmentTests.One(session.Id, enrollment.Id), "complete")).Read<EnrollmentResponse>();

        Assert.Equal([(c.PA.Id, 4), (c.PC.Id, 2)], (await admin.Get<TrainingRecommendationsResponse>($"/api/v1/employees/{c.E1.Id}/training-recommendations")).Recommendations.Select(x => (x.ProgramId, x.Score)).ToArray());
        // Another session of the same program does not offer them again; E2 still needs it.
        await TrainingTestData.Open(admin, second.Id);
        Assert.Equal([c.E2.Id], (await admin.Get<Paged<SessionCandidate>>($"/api/v1/training-sessions/{second.Id}/candidates")).Items.Select(i => i.EmployeeId).ToArray());

        // The completion's JP are in the employee's ledger, linked to the enrollment and session, and in the unit's figures.
        var year = DateTime.UtcNow.Year;
        var ledger = await admin.Get<EmployeeJpLedgerResponse>($"/api/v1/employees/{c.E1.Id}/jp-ledger?year={year}");
        var entry = Assert.Single(ledger.Entries);
        Assert.Equal((JpLedgerSource.Enrollment, enrollment.Id, session.Id, c.PB.Jp, (Guid?)null), (entry.Source, entry.EnrollmentId!.Value, entry.SessionId!.Value, entry.Jp, entry.ExternalActivityId));
        var unit = await admin.Get<JpLedgerSummaryResponse>($"/api/v1/jp-ledger?year={year}&underUnitId={c.Unit.Id}");
        Assert.Equal((3, c.PB.Jp >= 20 ? 1 : 0, c.PB.Jp), (unit.EmployeesCounted, unit.ReachedTarget, unit.TotalJp));
    }
}
