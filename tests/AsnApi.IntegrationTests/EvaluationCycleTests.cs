using System.Net;
using System.Text.Json;
using AsnApi.Contracts;

namespace AsnApi.IntegrationTests;

/// <summary>
/// Evaluation cycles over HTTP with a controlled clock, on a unit built by the test (outside the demo's figures): the
/// indicators against figures worked out by hand, a closed cycle's snapshot unchanged after the data changes, the
/// comparison with the previous cycle, findings and actions with their validation and transitions, and the roles.
/// </summary>
public class EvaluationCycleTests(ClockedApiFactory api) : IClassFixture<ClockedApiFactory>
{
    private sealed record Team(UnitResponse Unit, CompetencyResponse Competency, EmployeeResponse A, EmployeeResponse B, EmployeeResponse C, ServiceUnitResponse Service);

    internal static EvaluationCycleRequest Body(Guid? unitId = null, string name = "Evaluasi 2025", DateOnly? from = null, DateOnly? to = null) => new()
    {
        Name = name, UnitId = unitId, PeriodFrom = from ?? new DateOnly(2025, 1, 1), PeriodTo = to ?? new DateOnly(2025, 12, 31),
    };

    internal static async Task<EvaluationCycleResponse> Create(HttpClient c, EvaluationCycleRequest body) =>
        await (await c.Post("/api/v1/evaluation-cycles", body)).Read<EvaluationCycleResponse>(HttpStatusCode.Created);

    internal static async Task<FindingResponse> Finding(HttpClient c, Guid cycleId, string? indicator = null) =>
        await (await c.Post($"/api/v1/evaluation-cycles/{cycleId}/findings", new FindingRequest
        {
            Title = "Kepatuhan JP rendah", Description = "Dua dari tiga pegawai belum mencapai 20 JP.", IndicatorCode = indicator, Severity = FindingSeverity.High,
        })).Read<FindingResponse>(HttpStatusCode.Created);

    internal static FollowUpActionRequest FreeTask(string title = "Susun jadwal e-learning", DateOnly? due = null, Guid? ownerEmployeeId = null) => new()
    {
        Kind = FollowUpActionKind.Task, Title = title, OwnerName = ownerEmployeeId is null ? "Kepala Subbag Kepegawaian" : null, OwnerEmployeeId = ownerEmployeeId, DueDate = due ?? new DateOnly(2025, 9, 30),
    };

    /// <summary>
    /// A new unit under the tenant's root with one position whose standard asks level 3 of a technical competency, and:
    /// A assessed 3 (JPM 100: Memenuhi Syarat) with 20 JP in 2025, B assessed 2 (JPM 66.7: Kurang Memenuhi Syarat) with
    /// 5 JP, C not assessed and without JP. A service unit with two paper forms in 2025 (all 4s and all 3s) and two
    /// complaints received on Monday 2 June 2025: one resolved the same day, one left open.
    /// </summary>
    private async Task<Team> Build(HttpClient admin, string code)
    {
        api.Clock.SetWib(2025, 6, 2, 9);
        var root = (await admin.Get<Paged<UnitResponse>>("/api/v1/units?pageSize=500")).Items.First(u => u.ParentId == null);
        var unit = await (await admin.Post("/api/v1/units", new UnitRequest { Code = code, Name = "Unit Evaluasi " + code, ParentId = root.Id })).Read<UnitResponse>(HttpStatusCode.Created);
        var position = await (await admin.Post("/api/v1/positions", new PositionRequest { Code = "PLK-" + code, Name = "Pelaksana " + code, Type = PositionType.Pelaksana, UnitId = unit.Id }))
            .Read<PositionResponse>(HttpStatusCode.Created);
        var competency = await (await admin.Post("/api/v1/competencies", new CompetencyRequest { Code = "T.EVA." + code, Name = "Evaluasi " + code }))
            .Read<CompetencyResponse>(HttpStatusCode.Created);
        await (await admin.Put($"/api/v1/positions/{position.Id}/standard", new PositionStandardRequest
        {
            Items = [new StandardItemRequest { CompetencyId = competency.Id, RequiredLevel = 3 }],
        })).Read<PositionStandardResponse>();
        async Task<EmployeeResponse> Person(string name, int? level, int jp)
        {
            var e = await (await admin.Post("/api/v1/employees", TestData.Employee(position.Id, name))).Read<EmployeeResponse>(HttpStatusCode.Created);
            if (level is { } l) await Assess(admin, e.Id, competency.Id, l);
            if (jp > 0)
                await (await admin.Post($"/api/v1/employees/{e.Id}/external-activities", new ExternalActivityRequest
                {
                    Title = "Seminar " + name, Form = DevelopmentActivityForm.Seminar, ActivityDate = new DateOnly(2025, 5, 20), Jp = jp,
                })).Read<ExternalActivityResponse>(HttpStatusCode.Created);
            return e;
        }
        var a = await Person($"Andi {code}", 3, 20);
        var b = await Person($"Budi {code}", 2, 5);
        var c = await Person($"Citra {code}", null, 0);
        // SKP 2025 (the period the demo made, or a new one): A Sangat Baik, B Butuh Perbaikan, C not appraised.
        var periods = await admin.Get<Paged<AppraisalPeriodResponse>>("/api/v1/appraisal-periods?pageSize=100");
        var period = periods.Items.FirstOrDefault(p => p.StartDate.Year == 2025)
            ?? await (await admin.Post("/api/v1/appraisal-periods", new AppraisalPeriodRequest { Year = 2025 })).Read<AppraisalPeriodResponse>(HttpStatusCode.Created);
        foreach (var (who, results, behaviour) in new[] { (a, SkpRating.DiAtasEkspektasi, SkpRating.DiAtasEkspektasi), (b, SkpRating.DiBawahEkspektasi, SkpRating.SesuaiEkspektasi) })
            await (await admin.Post("/api/v1/performance-appraisals", new PerformanceAppraisalRequest { EmployeeId = who.Id, PeriodId = period.Id, ResultsRating = results, BehaviourRating = behaviour }))
                .Read<PerformanceAppraisalResponse>(HttpStatusCode.Created);
        var service = await ServiceUnitTests.Create(admin, ServiceUnitTests.Body(unit.Id, population: 1000));
        await (await admin.Post($"/api/v1/service-units/{service.Id}/survey-responses", new PaperSurveyBatchRequest
        {
            Responses = [SurveyTests.Paper(new DateOnly(2025, 3, 3), [4, 4, 4, 4, 4, 4, 4, 4, 4], "KTP-el"), SurveyTests.Paper(new DateOnly(2025, 4, 4), [3, 3, 3, 3, 3, 3, 3, 3, 3], "KTP-el")],
        })).Read<PaperSurveyBatchResponse>();
        var resolved = await ComplaintTests.Create(admin, ComplaintTests.Body(service.Id));
        await ComplaintTests.Create(admin, ComplaintTests.Body(service.Id));
        var v = await (await admin.PostIfMatch($"/api/v1/complaints/{resolved.Id}/verify", 1, new ComplaintTransitionRequest())).Read<ComplaintResponse>();
        v = await (await admin.PostIfMatch($"/api/v1/complaints/{resolved.Id}/start", v.Version, new ComplaintTransitionRequest())).Read<ComplaintResponse>();
        await (await admin.PostIfMatch($"/api/v1/complaints/{resolved.Id}/resolve", v.Version, new ComplaintTransitionRequest { Response = "Sudah diperbaiki." })).Read<ComplaintResponse>();
        // Training in April 2025 for A and B (1 JP each, so B stays below the target): scores A 50 → 75, B 60 → 70; A answers the reaction questionnaire with 4s; A's
        // supervisor files the follow-up (application 4) on 2 June, before its deadline.
        var (_, session) = await TrainingTestData.OpenSession(admin, competencies: [(competency.Id, 1)], jp: 1, start: new DateOnly(2025, 4, 1), end: new DateOnly(2025, 4, 3));
        var enrolledA = await EnrollmentTests.Enrolled(admin, session.Id, a.Id);
        var enrolledB = await EnrollmentTests.Enrolled(admin, session.Id, b.Id);
        await TrainingTestData.Start(admin, session.Id);
        foreach (var (enrolled, pre, post) in new[] { (enrolledA, 50, 75), (enrolledB, 60, 70) })
        {
            var one = EnrollmentTests.One(session.Id, enrolled.Id);
            await (await admin.Put(one, new EnrollmentUpdateRequest { PreTestScore = pre, PostTestScore = post }, enrolled.Version)).Read<EnrollmentResponse>();
            (await admin.Step(one, "complete")).EnsureSuccessStatusCode();
        }
        await (await admin.Post($"/api/v1/enrollments/{enrolledA.Id}/reaction", new ReactionAnswerRequest
        {
            Scores = AsnApi.Domain.Effectiveness.DefaultItems.Select((_, i) => new ReactionScoreRequest { Position = i + 1, Score = 4 }).ToList(),
        })).Read<ReactionAnswerResponse>(HttpStatusCode.Created);
        await (await admin.Post($"/api/v1/training-follow-ups/{enrolledA.Id}", new FollowUpRequest
        {
            Ratings = [new FollowUpRatingRequest { CompetencyId = competency.Id, Application = 4 }],
        })).Read<FollowUpResponse>(HttpStatusCode.Created);
        return new Team(unit, competency, a, b, c, service);
    }

    private static async Task Assess(HttpClient admin, Guid employeeId, Guid competencyId, int level) =>
        await (await admin.Post("/api/v1/assessments", new AssessmentRequest
        {
            EmployeeId = employeeId, AssessedOn = new DateOnly(2025, 2, 3), Method = AssessmentMethod.Portfolio, Results = [new AssessmentResultRequest { CompetencyId = competencyId, Level = level }],
        })).Read<AssessmentResponse>(HttpStatusCode.Created);

    private static EvaluationIndicator Of(EvaluationIndicatorsResponse r, string code) => r.Indicators.Single(i => i.Code == code);
    private static double? Part(EvaluationIndicator i, string key) => i.Details.Single(d => d.Key == key).Value;

    [Fact]
    public async Task Indicators_match_hand_computed_figures_the_snapshot_never_changes_and_the_next_cycle_compares_with_it()
    {
        var admin = await api.As("admin@tpi");
        var team = await Build(admin, "EVA1");
        var cycle = await Create(admin, Body(team.Unit.Id, "Evaluasi EVA1 2025"));
        Assert.Equal((EvaluationCycleStatus.Open, "Berjalan", team.Unit.Name, 1), (cycle.Status, cycle.StatusLabel, cycle.UnitName, cycle.Version));

        // 1 July 2025: the open complaint (due Monday 9 June) is overdue.
        api.Clock.SetWib(2025, 7, 1, 10);
        var live = await admin.Get<EvaluationIndicatorsResponse>($"/api/v1/evaluation-cycles/{cycle.Id}/indicators");
        Assert.False(live.Snapshot);
        var jpm = Of(live, "JPM_MS");
        Assert.Equal(50.0, jpm.Value); // A of the two assessed
        Assert.Equal((1.0, 0.0, 1.0, 1.0, 0.0, 3.0), (Part(jpm, "MemenuhiSyarat"), Part(jpm, "MasihMemenuhiSyarat"), Part(jpm, "KurangMemenuhiSyarat"), Part(jpm, "NotAssessed"), Part(jpm, "NoStandard"), Part(jpm, "Total")));
        var jp = Of(live, "JP_TARGET");
        Assert.Equal(100.0 / 3, jp.Value!.Value, 9); // A reached 20 JP; B (5) and C (0) did not
        Assert.Equal((3.0, 1.0, 27.0), (Part(jp, "Counted"), Part(jp, "Reached"), Part(jp, "TotalJp"))); // 20 + 5 seminars, 1 + 1 training
        var ikm = Of(live, "IKM");
        Assert.Equal(87.5, ikm.Value!.Value, 9); // NRR 3.5 for each unsur × 25
        Assert.Equal((1.0, 2.0), (Part(ikm, "ServiceUnits"), Part(ikm, "Respondents")));
        var complaints = Of(live, "COMPLAINT_ON_TIME");
        Assert.Equal(50.0, complaints.Value); // one on time, one open past its deadline
        Assert.Equal((2.0, 1.0, 0.0, 1.0), (Part(complaints, "Received"), Part(complaints, "ResolvedOnTime"), Part(complaints, "ResolvedLate"), Part(complaints, "OpenOverdue")));
        var skp = Of(live, "SKP_GOOD");
        Assert.Equal(50.0, skp.Value); // A Sangat Baik of the two appraised
        Assert.Equal((1.0, 0.0, 1.0, 2.0, 1.0), (Part(skp, "SangatBaik"), Part(skp, "Baik"), Part(skp, "ButuhPerbaikan"), Part(skp, "Appraised"), Part(skp, "WithoutAppraisal")));
        var reaction = Of(live, "TRAINING_REACTION");
        Assert.Equal(4.0, reaction.Value); // A's answers, all 4
        Assert.Equal((1.0, 2.0, 1.0, 50.0), (Part(reaction, "Sessions"), Part(reaction, "Participants"), Part(reaction, "Respondents"), Part(reaction, "ResponseRate")));
        var learning = Of(live, "TRAINING_LEARNING");
        Assert.Equal(37.5, learning.Value!.Value, 9); // normalised gains 25/50 and 10/40: mean 0.375
        Assert.Equal((2.0, 55.0, 72.5, 100.0), (Part(learning, "Scored"), Part(learning, "MeanPre"), Part(learning, "MeanPost"), Part(learning, "ShareImproved")));
        var applied = Of(live, "TRAINING_APPLICATION");
        Assert.Equal(4.0, applied.Value); // A's one competency rated 4; B's follow-up is not due before 3 July
        Assert.Equal((1.0, 1.0, 1.0), (Part(applied, "FallenDue"), Part(applied, "Filed"), Part(applied, "FiledOnTime")));
        Assert.All(live.Indicators, i => Assert.True(i.HigherIsBetter));
        Assert.StartsWith("/analitik?underUnitId=" + team.Unit.Id, jpm.Link);

        // The same figures as each area's own endpoint for the sub-tree.
        var ledger = await admin.Get<JpLedgerSummaryResponse>($"/api/v1/jp-ledger?year=2025&underUnitId={team.Unit.Id}");
        Assert.Equal((ledger.EmployeesCounted, ledger.ReachedTarget), ((int)Part(jp, "Counted")!, (int)Part(jp, "Reached")!));

        // Close: 428 without If-Match, 412 with a stale one; then the snapshot.
        var url = $"/api/v1/evaluation-cycles/{cycle.Id}";
        await (await admin.PostIfMatch($"{url}/close", null)).Problem((HttpStatusCode)428);
        await (await admin.PostIfMatch($"{url}/close", 9)).Problem(HttpStatusCode.PreconditionFailed);
        var closed = await (await admin.PostIfMatch($"{url}/close", cycle.Version)).Read<EvaluationCycleResponse>();
        Assert.Equal((EvaluationCycleStatus.Closed, "admin@tpi", 2), (closed.Status, closed.ClosedBy, closed.Version));
        var snapshot = await admin.Get<EvaluationIndicatorsResponse>($"{url}/indicators");
        Assert.True(snapshot.Snapshot);
        Assert.Equal(closed.ClosedAt, snapshot.ComputedAt);
        Assert.Equal(JsonSerializer.Serialize(live.Indicators, Json.Options), JsonSerializer.Serialize(snapshot.Indicators, Json.Options));

        // The data changes: C assessed at 3, B earns 15 JP more, a poor survey form, the open complaint resolved late, a new one.
        await Assess(admin, team.C.Id, team.Competency.Id, 3);
        await (await admin.Post($"/api/v1/employees/{team.B.Id}/external-activities", new ExternalActivityRequest
        {
            Title = "Kursus Budi", Form = DevelopmentActivityForm.Kursus, ActivityDate = new DateOnly(2025, 6, 20), Jp = 15,
        })).Read<ExternalActivityResponse>(HttpStatusCode.Created);
        await (await admin.Post($"/api/v1/service-units/{team.Service.Id}/survey-responses", new PaperSurveyBatchRequest
        {
            Responses = [SurveyTests.Paper(new DateOnly(2025, 6, 5), [1, 1, 1, 1, 1, 1, 1, 1, 1], "KTP-el")],
        })).Read<PaperSurveyBatchResponse>();
        await ComplaintTests.Create(admin, ComplaintTests.Body(team.Service.Id));
        var after = await admin.Get<EvaluationIndicatorsResponse>($"{url}/indicators");
        Assert.Equal(JsonSerializer.Serialize(snapshot, Json.Options), JsonSerializer.Serialize(after, Json.Options));
        // … while the live figures did move (so the test would notice a snapshot that is recomputed).
        var ledgerNow = await admin.Get<JpLedgerSummaryResponse>($"/api/v1/jp-ledger?year=2025&underUnitId={team.Unit.Id}");
        Assert.Equal(2, ledgerNow.ReachedTarget);

        // A closed cycle is final: no edit, no second close, no new finding (409 with the reason).
        var conflict = await (await admin.Put(url, Body(team.Unit.Id, "Ganti nama"), closed.Version)).Problem(HttpStatusCode.Conflict);
        Assert.Equal("closed", (string?)conflict["reason"]);
        await (await admin.PostIfMatch($"{url}/close", closed.Version)).Problem(HttpStatusCode.Conflict);
        await (await admin.Post($"{url}/findings", new FindingRequest { Title = "Terlambat", Severity = FindingSeverity.Low })).Problem(HttpStatusCode.Conflict);

        // The next cycle (2026 H1, same unit) compares with it: JPM live 2 of 3 assessed (better), JP 2026 none reached (worse),
        // no survey or complaint in 2026 (nothing to compare).
        api.Clock.SetWib(2026, 3, 2, 10);
        var next = await Create(admin, Body(team.Unit.Id, "Evaluasi EVA1 2026 I", new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30)));
        var cmp = await admin.Get<EvaluationComparisonResponse>($"/api/v1/evaluation-cycles/{next.Id}/comparison");
        Assert.Equal((cycle.Id, "Evaluasi EVA1 2025", false), (cmp.PreviousCycleId!.Value, cmp.PreviousCycleName, cmp.CurrentIsSnapshot));
        var byCode = cmp.Indicators.ToDictionary(i => i.Code);
        Assert.Equal((50.0, 200.0 / 3, IndicatorDirection.Better, "Membaik"), (byCode["JPM_MS"].Previous!.Value, byCode["JPM_MS"].Current!.Value, byCode["JPM_MS"].Direction, byCode["JPM_MS"].DirectionLabel));
        Assert.Equal(200.0 / 3 - 50, byCode["JPM_MS"].Change!.Value, 9);
        Assert.Equal((0.0, IndicatorDirection.Worse), (byCode["JP_TARGET"].Current!.Value, byCode["JP_TARGET"].Direction));
        Assert.Equal((87.5, (double?)null, (double?)null, IndicatorDirection.Unknown), (byCode["IKM"].Previous!.Value, byCode["IKM"].Current, byCode["IKM"].Change, byCode["IKM"].Direction));
        Assert.Equal(IndicatorDirection.Unknown, byCode["COMPLAINT_ON_TIME"].Direction);

        // The first cycle has no previous one; the unit's cycle is not a tenant-wide cycle's previous one (another scope).
        var first = await admin.Get<EvaluationComparisonResponse>($"{url}/comparison");
        Assert.Null(first.PreviousCycleId);
        Assert.True(first.CurrentIsSnapshot);
        Assert.All(first.Indicators, i => Assert.Equal(IndicatorDirection.Unknown, i.Direction));
        var tenantWide = await Create(admin, Body(null, "Evaluasi Pemda 2026", new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30)));
        Assert.NotEqual(cycle.Id, (await admin.Get<EvaluationComparisonResponse>($"/api/v1/evaluation-cycles/{tenantWide.Id}/comparison")).PreviousCycleId);
    }

    [Fact]
    public async Task Cycles_validate_their_input_and_list_with_filters()
    {
        api.Clock.SetWib(2027, 2, 1, 9);
        var admin = await api.As("admin@tpi");
        await (await admin.Post("/api/v1/evaluation-cycles", new EvaluationCycleRequest())).Problem((HttpStatusCode)422, "name", "periodFrom", "periodTo");
        await (await admin.Post("/api/v1/evaluation-cycles", Body(null, "x", new DateOnly(2027, 5, 1), new DateOnly(2027, 4, 30)))).Problem((HttpStatusCode)422, "periodTo");
        await (await admin.Post("/api/v1/evaluation-cycles", Body(null, "x", new DateOnly(2027, 1, 1), new DateOnly(2029, 1, 1)))).Problem((HttpStatusCode)422, "periodTo");
        await (await admin.Post("/api/v1/evaluation-cycles", Body(Guid.NewGuid()))).Problem((HttpStatusCode)422, "unitId");
        var jmbUnit = await (await api.As("admin@jmb")).FirstId<UnitResponse>("/api/v1/units?pageSize=1&active=true");
        await (await admin.Post("/api/v1/evaluation-cycles", Body(jmbUnit))).Problem((HttpStatusCode)422, "unitId");
        await (await admin.Post("/api/v1/evaluation-cycles", new { name = "x", periodFrom = "2027-01-01", periodTo = "2027-02-30" })).Problem(HttpStatusCode.BadRequest);

        var dinkes = await ServiceUnitTests.UnitByCode(admin, "DINKES");
        var a = await Create(admin, Body(dinkes, "Evaluasi Dinkes 2027", new DateOnly(2027, 1, 1), new DateOnly(2027, 6, 30)));
        var b = await Create(admin, Body(null, "Evaluasi Pemda 2027", new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31)));

        // Update: If-Match, the open cycle's name and period; its scope is fixed.
        var url = $"/api/v1/evaluation-cycles/{a.Id}";
        await (await admin.Put(url, Body(dinkes, "Evaluasi Dinkes 2027 Semester I", new DateOnly(2027, 1, 1), new DateOnly(2027, 6, 30)))).Problem((HttpStatusCode)428);
        await (await admin.Put(url, Body(null, "Evaluasi Dinkes", new DateOnly(2027, 1, 1), new DateOnly(2027, 6, 30)), a.Version)).Problem((HttpStatusCode)422, "unitId");
        var renamed = await (await admin.Put(url, Body(dinkes, "Evaluasi Dinkes 2027 Semester I", new DateOnly(2027, 1, 1), new DateOnly(2027, 6, 30)), a.Version)).Read<EvaluationCycleResponse>();
        Assert.Equal(("Evaluasi Dinkes 2027 Semester I", 2), (renamed.Name, renamed.Version));
        await (await admin.Put(url, Body(dinkes, "Lagi", new DateOnly(2027, 1, 1), new DateOnly(2027, 6, 30)), a.Version)).Problem(HttpStatusCode.PreconditionFailed);

        var year = await admin.Get<Paged<EvaluationCycleResponse>>("/api/v1/evaluation-cycles?year=2027&pageSize=100");
        Assert.Equal([b.Id, a.Id], year.Items.Select(c => c.Id).OrderBy(id => id == a.Id).ToArray());
        Assert.Equal([a.Id], (await admin.Get<Paged<EvaluationCycleResponse>>($"/api/v1/evaluation-cycles?year=2027&underUnitId={dinkes}")).Items.Select(c => c.Id).ToArray());
        Assert.Equal([b.Id], (await admin.Get<Paged<EvaluationCycleResponse>>("/api/v1/evaluation-cycles?year=2027&tenantWide=true")).Items.Select(c => c.Id).ToArray());
        Assert.Empty((await admin.Get<Paged<EvaluationCycleResponse>>("/api/v1/evaluation-cycles?year=2027&status=Closed")).Items);
        Assert.Equal([a.Id], (await admin.Get<Paged<EvaluationCycleResponse>>("/api/v1/evaluation-cycles?q=semester&year=2027")).Items.Select(c => c.Id).ToArray());
        await (await admin.GetAsync("/api/v1/evaluation-cycles?status=Tutup")).Problem(HttpStatusCode.BadRequest);
        await (await admin.GetAsync("/api/v1/evaluation-cycles?sort=umur")).Problem((HttpStatusCode)422, "sort");
        await (await admin.GetAsync("/api/v1/evaluation-cycles?year=1990")).Problem((HttpStatusCode)422, "year");
    }

    [Fact]
    public async Task Findings_and_actions_check_their_references_and_move_through_their_states()
    {
        api.Clock.SetWib(2028, 3, 1, 9);
        var admin = await api.As("admin@tpi");
        var cycle = await Create(admin, Body(null, "Evaluasi 2028", new DateOnly(2028, 1, 1), new DateOnly(2028, 6, 30)));
        var url = $"/api/v1/evaluation-cycles/{cycle.Id}";
        await (await admin.Post($"{url}/findings", new FindingRequest())).Problem((HttpStatusCode)422, "title", "severity");
        await (await admin.Post($"{url}/findings", new FindingRequest { Title = "x", Severity = FindingSeverity.Low, IndicatorCode = "SKP_X" })).Problem((HttpStatusCode)422, "indicatorCode");
        await (await admin.Post($"{url}/findings", new FindingRequest { Title = "x", Severity = FindingSeverity.Low, EvidenceLink = "https://contoh.go.id" })).Problem((HttpStatusCode)422, "evidenceLink");
        var finding = await Finding(admin, cycle.Id, "JP_TARGET");
        Assert.Equal(("JP_TARGET", "Tinggi"), (finding.IndicatorCode, finding.SeverityLabel));
        Assert.StartsWith("/capaian-jp?", finding.EvidenceLink);

        var actionsUrl = $"/api/v1/evaluation-findings/{finding.Id}/actions";
        await (await admin.Post(actionsUrl, new FollowUpActionRequest())).Problem((HttpStatusCode)422, "kind", "ownerName", "dueDate");
        await (await admin.Post(actionsUrl, new FollowUpActionRequest { Kind = FollowUpActionKind.Program, DueDate = new DateOnly(2028, 5, 1), OwnerName = "x" })).Problem((HttpStatusCode)422, "programId");
        await (await admin.Post(actionsUrl, FreeTask())).Read<FollowUpActionResponse>(HttpStatusCode.Created);
        // Ids of another tenant, or none, are refused on their field; nothing is written.
        var jmb = await api.As("admin@jmb");
        var jmbProgram = await TrainingTestData.CreateProgram(jmb);
        var jmbEmployee = await jmb.FirstId<EmployeeResponse>("/api/v1/employees?pageSize=1");
        await (await admin.Post(actionsUrl, new FollowUpActionRequest { Kind = FollowUpActionKind.Program, ProgramId = jmbProgram.Id, OwnerName = "x", DueDate = new DateOnly(2028, 5, 1) }))
            .Problem((HttpStatusCode)422, "programId");
        await (await admin.Post(actionsUrl, new FollowUpActionRequest { Kind = FollowUpActionKind.Session, SessionId = Guid.NewGuid(), OwnerName = "x", DueDate = new DateOnly(2028, 5, 1) }))
            .Problem((HttpStatusCode)422, "sessionId");
        await (await admin.Post(actionsUrl, new FollowUpActionRequest { Kind = FollowUpActionKind.PlanItem, PlanItemId = Guid.NewGuid(), OwnerName = "x", DueDate = new DateOnly(2028, 5, 1) }))
            .Problem((HttpStatusCode)422, "planItemId");
        await (await admin.Post(actionsUrl, FreeTask(ownerEmployeeId: jmbEmployee))).Problem((HttpStatusCode)422, "ownerEmployeeId");
        await (await admin.Post("/api/v1/evaluation-findings/" + Guid.NewGuid() + "/actions", FreeTask())).Problem(HttpStatusCode.NotFound);

        // A program of the tenant, owned by an employee: the title and owner are read from them.
        var program = await TrainingTestData.CreateProgram(admin);
        var employee = await admin.Get<EmployeeResponse>($"/api/v1/employees/{await admin.FirstId<EmployeeResponse>("/api/v1/employees?pageSize=1&active=true")}");
        var action = await (await admin.Post(actionsUrl, new FollowUpActionRequest
        {
            Kind = FollowUpActionKind.Program, ProgramId = program.Id, OwnerEmployeeId = employee.Id, DueDate = new DateOnly(2028, 4, 30),
        })).Read<FollowUpActionResponse>(HttpStatusCode.Created);
        Assert.Equal((program.Title, employee.Name, FollowUpActionStatus.Open, "Belum dimulai", false), (action.Title, action.OwnerName, action.Status, action.StatusLabel, action.Overdue));

        // Overdue by the clock: the due day is still on time, the day after is not.
        api.Clock.SetWib(2028, 4, 30, 20);
        Assert.False((await admin.Get<EvaluationFindingsResponse>($"{url}/findings")).Findings.Single().Actions.Single(a => a.Id == action.Id).Overdue);
        api.Clock.SetWib(2028, 5, 1, 8);
        var listed = (await admin.Get<EvaluationFindingsResponse>($"{url}/findings")).Findings.Single();
        Assert.Equal(2, listed.Actions.Count);
        Assert.True(listed.Actions.Single(a => a.Id == action.Id).Overdue);
        Assert.Equal((1, 2), await admin.Get<EvaluationCycleResponse>(url) is var c ? (c.FindingCount, c.OpenActionCount) : default);

        // Transitions with If-Match.
        var move = $"/api/v1/evaluation-actions/{action.Id}/transition";
        await (await admin.PostIfMatch(move, null, new FollowUpTransitionRequest { To = FollowUpActionStatus.InProgress })).Problem((HttpStatusCode)428);
        await (await admin.PostIfMatch(move, 5, new FollowUpTransitionRequest { To = FollowUpActionStatus.InProgress })).Problem(HttpStatusCode.PreconditionFailed);
        await (await admin.PostIfMatch(move, 1, new FollowUpTransitionRequest())).Problem((HttpStatusCode)422, "to");
        await (await admin.PostIfMatch(move, 1, new { to = "Selesai" })).Problem(HttpStatusCode.BadRequest);
        var started = await (await admin.PostIfMatch(move, 1, new FollowUpTransitionRequest { To = FollowUpActionStatus.InProgress })).Read<FollowUpActionResponse>();
        Assert.Equal((FollowUpActionStatus.InProgress, 2, true), (started.Status, started.Version, started.Overdue));
        await (await admin.PostIfMatch(move, 2, new FollowUpTransitionRequest { To = FollowUpActionStatus.Open })).Problem(HttpStatusCode.Conflict, "to");
        var done = await (await admin.PostIfMatch(move, 2, new FollowUpTransitionRequest { To = FollowUpActionStatus.Done })).Read<FollowUpActionResponse>();
        Assert.Equal((FollowUpActionStatus.Done, false), (done.Status, done.Overdue));
        await (await admin.PostIfMatch(move, 3, new FollowUpTransitionRequest { To = FollowUpActionStatus.Cancelled })).Problem(HttpStatusCode.Conflict);

        // After closing, findings are frozen but follow-up goes on.
        var closed = await (await admin.PostIfMatch($"{url}/close", (await admin.Get<EvaluationCycleResponse>(url)).Version)).Read<EvaluationCycleResponse>();
        Assert.Equal(EvaluationCycleStatus.Closed, closed.Status);
        await (await admin.Post(actionsUrl, FreeTask("Evaluasi ulang"))).Read<FollowUpActionResponse>(HttpStatusCode.Created);

        var audit = await admin.Get<Paged<AuditEntryResponse>>($"/api/v1/audit?entityId={action.Id}");
        Assert.Equal(3, audit.Total);
    }

    [Fact]
    public async Task Findings_are_corrected_and_deleted_with_if_match_while_the_cycle_is_open()
    {
        api.Clock.SetWib(2030, 3, 1, 9);
        var admin = await api.As("admin@tpi");
        var cycle = await Create(admin, Body(null, "Evaluasi 2030", new DateOnly(2030, 1, 1), new DateOnly(2030, 6, 30)));
        var url = $"/api/v1/evaluation-cycles/{cycle.Id}";
        var finding = await Finding(admin, cycle.Id, "JP_TARGET");
        Assert.Equal(1, finding.Version);
        var one = $"/api/v1/evaluation-findings/{finding.Id}";
        var fix = new FindingRequest { Title = "Indeks kepuasan turun", Description = "Dua unsur di bawah 3,06.", IndicatorCode = "IKM", Severity = FindingSeverity.Medium };

        // The same rules as a new finding, If-Match on the finding's version.
        await (await admin.Put(one, fix)).Problem((HttpStatusCode)428);
        await (await admin.Put(one, fix, 7)).Problem(HttpStatusCode.PreconditionFailed);
        await (await admin.Put(one, new FindingRequest { Severity = FindingSeverity.Low }, 1)).Problem((HttpStatusCode)422, "title");
        await (await admin.Put(one, new FindingRequest { Title = "x", Severity = FindingSeverity.Low, IndicatorCode = "SKP_X" }, 1)).Problem((HttpStatusCode)422, "indicatorCode");
        await (await admin.Put(one, new FindingRequest { Title = "x", Severity = FindingSeverity.Low, EvidenceLink = "https://contoh.go.id" }, 1)).Problem((HttpStatusCode)422, "evidenceLink");
        await (await admin.Put(one, new { title = "x", severity = "Tinggi" }, 1)).Problem(HttpStatusCode.BadRequest);
        await (await admin.Put($"/api/v1/evaluation-findings/{Guid.NewGuid()}", fix, 1)).Problem(HttpStatusCode.NotFound);

        // A corrected finding takes the new indicator's page as evidence when none is given; its actions stay.
        var task = await (await admin.Post($"{one}/actions", FreeTask(due: new DateOnly(2030, 5, 1)))).Read<FollowUpActionResponse>(HttpStatusCode.Created);
        var response = await admin.Put(one, fix, 1);
        Assert.Equal("\"2\"", response.Headers.ETag?.Tag);
        var corrected = await response.Read<FindingResponse>();
        var ikmLink = (await admin.Get<EvaluationIndicatorsResponse>($"{url}/indicators")).Indicators.Single(i => i.Code == "IKM").Link;
        Assert.Equal(("Indeks kepuasan turun", "Dua unsur di bawah 3,06.", "IKM", ikmLink, FindingSeverity.Medium, "Sedang", 2),
            (corrected.Title, corrected.Description, corrected.IndicatorCode, corrected.EvidenceLink, corrected.Severity, corrected.SeverityLabel, corrected.Version));
        Assert.Equal([task.Id], corrected.Actions.Select(a => a.Id));
        var own = await admin.Put(one, new FindingRequest { Title = "Indeks kepuasan turun", Severity = FindingSeverity.High, EvidenceLink = "/ikm" }, 2);
        Assert.Equal(("/ikm", (string?)null, (string?)null), await own.Read<FindingResponse>() is var o ? (o.EvidenceLink, o.IndicatorCode, o.Description) : default);
        Assert.Equal(finding.CreatedAt, (await admin.Get<EvaluationFindingsResponse>($"{url}/findings")).Findings.Single().CreatedAt);

        // Deleting: with If-Match; a finding whose actions never started goes with them.
        var second = await Finding(admin, cycle.Id);
        var secondUrl = $"/api/v1/evaluation-findings/{second.Id}";
        var open = await (await admin.Post($"{secondUrl}/actions", FreeTask("Rapat evaluasi", new DateOnly(2030, 5, 1)))).Read<FollowUpActionResponse>(HttpStatusCode.Created);
        var cancelled = await (await admin.Post($"{secondUrl}/actions", FreeTask("Survei ulang", new DateOnly(2030, 5, 1)))).Read<FollowUpActionResponse>(HttpStatusCode.Created);
        await (await admin.PostIfMatch($"/api/v1/evaluation-actions/{cancelled.Id}/transition", 1, new FollowUpTransitionRequest { To = FollowUpActionStatus.Cancelled })).Read<FollowUpActionResponse>();
        Assert.Equal((2, 2), await admin.Get<EvaluationCycleResponse>(url) is var before ? (before.FindingCount, before.OpenActionCount) : default);
        await (await admin.DeleteIfMatch(secondUrl, null)).Problem((HttpStatusCode)428);
        await (await admin.DeleteIfMatch(secondUrl, 2)).Problem(HttpStatusCode.PreconditionFailed);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteIfMatch(secondUrl, 1)).StatusCode);
        await (await admin.DeleteIfMatch(secondUrl, 1)).Problem(HttpStatusCode.NotFound);
        Assert.Equal([finding.Id], (await admin.Get<EvaluationFindingsResponse>($"{url}/findings")).Findings.Select(f => f.Id));
        Assert.Equal((1, 1), await admin.Get<EvaluationCycleResponse>(url) is var after ? (after.FindingCount, after.OpenActionCount) : default);
        await (await admin.PostIfMatch($"/api/v1/evaluation-actions/{open.Id}/transition", 1, new FollowUpTransitionRequest { To = FollowUpActionStatus.Done })).Problem(HttpStatusCode.NotFound);
        var deleted = (await admin.Get<Paged<AuditEntryResponse>>($"/api/v1/audit?entityId={second.Id}")).Items;
        Assert.Equal(["DeleteFinding", "CreateFinding"], deleted.Select(e => e.Action));
        Assert.Contains("Rapat evaluasi", deleted[0].Data?.ToString());

        // An action under way keeps its finding: 409 actionsStarted, nothing deleted.
        await (await admin.PostIfMatch($"/api/v1/evaluation-actions/{task.Id}/transition", 1, new FollowUpTransitionRequest { To = FollowUpActionStatus.InProgress })).Read<FollowUpActionResponse>();
        var started = await (await admin.DeleteIfMatch(one, 3)).Problem(HttpStatusCode.Conflict);
        Assert.Equal("actionsStarted", (string?)started["reason"]);
        Assert.Equal((1, 1), await admin.Get<EvaluationCycleResponse>(url) is var kept ? (kept.FindingCount, kept.OpenActionCount) : default);

        // Closed: the findings are final, whatever the version; the work on the actions goes on.
        await (await admin.PostIfMatch($"{url}/close", (await admin.Get<EvaluationCycleResponse>(url)).Version)).Read<EvaluationCycleResponse>();
        Assert.Equal("closed", (string?)(await (await admin.Put(one, fix, 3)).Problem(HttpStatusCode.Conflict))["reason"]);
        Assert.Equal("closed", (string?)(await (await admin.DeleteIfMatch(one, 3)).Problem(HttpStatusCode.Conflict))["reason"]);
        var final = (await admin.Get<EvaluationFindingsResponse>($"{url}/findings")).Findings.Single();
        Assert.Equal(("Indeks kepuasan turun", 3), (final.Title, final.Version));
        var audit = (await admin.Get<Paged<AuditEntryResponse>>($"/api/v1/audit?entityId={finding.Id}")).Items;
        Assert.Equal(["UpdateFinding", "UpdateFinding", "CreateFinding"], audit.Select(e => e.Action));
    }

    [Fact]
    public async Task A_plan_item_named_by_an_action_keeps_its_id_when_its_draft_plan_is_edited_and_cannot_be_removed()
    {
        api.Clock.SetWib(2031, 2, 1, 9);
        var admin = await api.As("admin@tpi");
        var employee = (await admin.Get<Paged<EmployeeResponse>>("/api/v1/employees?active=true&pageSize=1&sort=-nip")).Items.Single();
        var competency = (await admin.Get<Paged<CompetencyResponse>>("/api/v1/competencies?pageSize=1&sort=code")).Items.Single().Id;
        PlanItemRequest Item(string activity, Guid? id = null) => new()
        {
            Id = id, CompetencyId = competency, TargetLevel = 3, Form = DevelopmentActivityForm.Coaching, ActivityName = activity, PlannedJp = 10, DueDate = new DateOnly(2031, 9, 30),
        };
        DevelopmentPlanRequest Plan(params PlanItemRequest[] items) => new() { EmployeeId = employee.Id, Year = 2031, Title = "Rencana 2031", Items = items };
        var plan = await (await admin.Post("/api/v1/development-plans", Plan(Item("Coaching laporan"), Item("Kursus arsip")))).Read<DevelopmentPlanResponse>(HttpStatusCode.Created);
        var (named, other) = (plan.Items![0], plan.Items[1]);
        var cycle = await Create(admin, Body(null, "Evaluasi 2031", new DateOnly(2031, 1, 1), new DateOnly(2031, 6, 30)));
        var finding = await Finding(admin, cycle.Id);
        var action = await (await admin.Post($"/api/v1/evaluation-findings/{finding.Id}/actions", new FollowUpActionRequest
        {
            Kind = FollowUpActionKind.PlanItem, PlanItemId = named.Id, OwnerName = "Kepala Bidang", DueDate = new DateOnly(2031, 9, 30),
        })).Read<FollowUpActionResponse>(HttpStatusCode.Created);
        Assert.Equal("Coaching laporan", action.Title);
        var url = $"/api/v1/development-plans/{plan.Id}";

        // Edited: the named item keeps its id (the action follows its new text), the other goes, a new one comes.
        var edited = await (await admin.Put(url, Plan(Item("Coaching laporan kinerja", named.Id), Item("Magang di BPSDM")), plan.Version)).Read<DevelopmentPlanResponse>();
        Assert.Equal([(named.Id, "Coaching laporan kinerja")], edited.Items!.Where(i => i.Id == named.Id).Select(i => (i.Id, i.ActivityName)));
        Assert.DoesNotContain(edited.Items!, i => i.Id == other.Id);
        Assert.Equal(["Coaching laporan kinerja", "Magang di BPSDM"], edited.Items!.Select(i => i.ActivityName));
        Assert.Equal("Coaching laporan kinerja", (await admin.Get<EvaluationFindingsResponse>($"/api/v1/evaluation-cycles/{cycle.Id}/findings")).Findings.Single().Actions.Single().Title);

        // Leaving the named item out is a 409 naming it; an id of another plan, or one twice, is a 422; nothing changes.
        var inUse = await (await admin.Put(url, Plan(Item("Magang di BPSDM")), edited.Version)).Problem(HttpStatusCode.Conflict, "items");
        Assert.Equal("itemInUse", (string?)inUse["reason"]);
        Assert.Contains("Coaching laporan kinerja", (string?)inUse["detail"]);
        await (await admin.Put(url, Plan(Item("x", Guid.NewGuid())), edited.Version)).Problem((HttpStatusCode)422, "items[0].id");
        await (await admin.Put(url, Plan(Item("x", named.Id), Item("y", named.Id)), edited.Version)).Problem((HttpStatusCode)422, "items");
        await (await admin.Post("/api/v1/development-plans", new DevelopmentPlanRequest
        {
            EmployeeId = employee.Id, Year = 2030, Title = "Rencana 2030", Items = [Item("x", named.Id)],
        })).Problem((HttpStatusCode)422, "items[0].id");
        var after = await admin.Get<DevelopmentPlanResponse>(url);
        Assert.Equal((edited.Version, 2), (after.Version, after.Items!.Count));
        Assert.Contains(after.Items!, i => i.Id == named.Id);
    }

    [Fact]
    public async Task Unit_heads_evaluate_their_sub_tree_and_viewers_only_read()
    {
        api.Clock.SetWib(2029, 2, 1, 9);
        var admin = await api.As("admin@tpi");
        var head = await api.As("kadinkes@tpi");
        var viewer = await api.As("viewer@tpi");
        var dinkes = await ServiceUnitTests.UnitByCode(admin, "DINKES");
        var yankes = await ServiceUnitTests.UnitByCode(admin, "DINKES-YANKES");
        var dukcapil = await ServiceUnitTests.UnitByCode(admin, "DUKCAPIL");

        await (await head.Post("/api/v1/evaluation-cycles", Body(null, "Pemda", new DateOnly(2029, 1, 1), new DateOnly(2029, 6, 30)))).Problem(HttpStatusCode.Forbidden);
        await (await head.Post("/api/v1/evaluation-cycles", Body(dukcapil, "Dukcapil", new DateOnly(2029, 1, 1), new DateOnly(2029, 6, 30)))).Problem((HttpStatusCode)422, "unitId");
        var own = await Create(head, Body(yankes, "Evaluasi Yankes 2029", new DateOnly(2029, 1, 1), new DateOnly(2029, 6, 30)));
        var tenantWide = await Create(admin, Body(null, "Evaluasi Pemda 2029", new DateOnly(2029, 1, 1), new DateOnly(2029, 6, 30)));
        var other = await Create(admin, Body(dukcapil, "Evaluasi Dukcapil 2029", new DateOnly(2029, 1, 1), new DateOnly(2029, 6, 30)));

        var seen = (await head.Get<Paged<EvaluationCycleResponse>>("/api/v1/evaluation-cycles?year=2029")).Items.Select(c => c.Id).ToList();
        Assert.Equal([own.Id], seen);
        foreach (var id in new[] { tenantWide.Id, other.Id })
        {
            await (await head.GetAsync($"/api/v1/evaluation-cycles/{id}")).Problem(HttpStatusCode.NotFound);
            await (await head.GetAsync($"/api/v1/evaluation-cycles/{id}/indicators")).Problem(HttpStatusCode.NotFound);
            await (await head.PostIfMatch($"/api/v1/evaluation-cycles/{id}/close", 1)).Problem(HttpStatusCode.NotFound);
        }
        var finding = await Finding(admin, other.Id);
        await (await head.Post($"/api/v1/evaluation-findings/{finding.Id}/actions", FreeTask(due: new DateOnly(2029, 5, 1)))).Problem(HttpStatusCode.NotFound);
        await (await head.Put($"/api/v1/evaluation-findings/{finding.Id}", new FindingRequest { Title = "x", Severity = FindingSeverity.Low }, 1)).Problem(HttpStatusCode.NotFound);
        await (await head.DeleteIfMatch($"/api/v1/evaluation-findings/{finding.Id}", 1)).Problem(HttpStatusCode.NotFound);

        var ownFinding = await Finding(head, own.Id, "IKM");
        var action = await (await head.Post($"/api/v1/evaluation-findings/{ownFinding.Id}/actions", FreeTask(due: new DateOnly(2029, 5, 1)))).Read<FollowUpActionResponse>(HttpStatusCode.Created);
        var closed = await (await head.PostIfMatch($"/api/v1/evaluation-cycles/{own.Id}/close", own.Version)).Read<EvaluationCycleResponse>();
        Assert.Equal(("kadinkes@tpi", EvaluationCycleStatus.Closed), (closed.ClosedBy, closed.Status));

        // The viewer reads everything of the tenant and changes nothing.
        Assert.Contains(own.Id, (await viewer.Get<Paged<EvaluationCycleResponse>>("/api/v1/evaluation-cycles?year=2029")).Items.Select(c => c.Id));
        Assert.True((await viewer.Get<EvaluationIndicatorsResponse>($"/api/v1/evaluation-cycles/{own.Id}/indicators")).Snapshot);
        await (await viewer.Post("/api/v1/evaluation-cycles", Body(dinkes))).Problem(HttpStatusCode.Forbidden);
        await (await viewer.Put($"/api/v1/evaluation-cycles/{tenantWide.Id}", Body(null), 1)).Problem(HttpStatusCode.Forbidden);
        await (await viewer.PostIfMatch($"/api/v1/evaluation-cycles/{tenantWide.Id}/close", 1)).Problem(HttpStatusCode.Forbidden);
        await (await viewer.Post($"/api/v1/evaluation-cycles/{tenantWide.Id}/findings", new FindingRequest { Title = "x", Severity = FindingSeverity.Low })).Problem(HttpStatusCode.Forbidden);
        await (await viewer.Post($"/api/v1/evaluation-findings/{ownFinding.Id}/actions", FreeTask())).Problem(HttpStatusCode.Forbidden);
        await (await viewer.Put($"/api/v1/evaluation-findings/{finding.Id}", new FindingRequest { Title = "x", Severity = FindingSeverity.Low }, 1)).Problem(HttpStatusCode.Forbidden);
        await (await viewer.DeleteIfMatch($"/api/v1/evaluation-findings/{finding.Id}", 1)).Problem(HttpStatusCode.Forbidden);
        await (await viewer.PostIfMatch($"/api/v1/evaluation-actions/{action.Id}/transition", 1, new FollowUpTransitionRequest { To = FollowUpActionStatus.Done })).Problem(HttpStatusCode.Forbidden);
        Assert.Equal(EvaluationCycleStatus.Open, (await admin.Get<EvaluationCycleResponse>($"/api/v1/evaluation-cycles/{tenantWide.Id}")).Status);
    }

    [Fact]
    public async Task Each_demo_tenant_has_a_closed_and_an_open_cycle_with_findings_and_actions()
    {
        foreach (var tenant in new[] { "jmb", "pgk", "amq" })
        {
            var admin = await api.As($"admin@{tenant}");
            var cycles = (await admin.Get<Paged<EvaluationCycleResponse>>("/api/v1/evaluation-cycles?tenantWide=true")).Items;
            var closed = cycles.Single(c => c.Status == EvaluationCycleStatus.Closed);
            var open = cycles.Single(c => c.Status == EvaluationCycleStatus.Open);
            var snapshot = await admin.Get<EvaluationIndicatorsResponse>($"/api/v1/evaluation-cycles/{closed.Id}/indicators");
            Assert.True(snapshot.Snapshot);
            // Seeded after the SKP demo data: last year's appraisals are in the closed cycle's snapshot.
            Assert.True(snapshot.Indicators.Single(i => i.Code == "SKP_GOOD").Details.Single(d => d.Key == "Appraised").Value > 0);
            // JPM, JP, IKM, complaints, SKP, and training effectiveness levels 1, 2 and 3.
            Assert.Equal(["JPM_MS", "JP_TARGET", "IKM", "COMPLAINT_ON_TIME", "SKP_GOOD", "TRAINING_REACTION", "TRAINING_LEARNING", "TRAINING_APPLICATION"],
                (await admin.Get<EvaluationIndicatorsResponse>($"/api/v1/evaluation-cycles/{open.Id}/indicators")).Indicators.Select(i => i.Code));
            Assert.Equal(closed.Id, (await admin.Get<EvaluationComparisonResponse>($"/api/v1/evaluation-cycles/{open.Id}/comparison")).PreviousCycleId);
            var actions = (await admin.Get<EvaluationFindingsResponse>($"/api/v1/evaluation-cycles/{closed.Id}/findings")).Findings.SelectMany(f => f.Actions).ToList();
            Assert.Equal(Enum.GetValues<FollowUpActionStatus>().ToHashSet(), actions.Select(a => a.Status).ToHashSet());
            Assert.Contains(actions, a => a.Overdue);
            // The unit head of Dinas Kesehatan sees their sub-tree's cycle only.
            var head = await api.As($"kadinkes@{tenant}");
            Assert.Equal("Dinas Kesehatan", (await head.Get<Paged<EvaluationCycleResponse>>("/api/v1/evaluation-cycles")).Items.Single().UnitName);
        }
    }
}
