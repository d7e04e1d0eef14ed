using System.Net;
using AsnApi.Contracts;
using AsnApi.Domain;

namespace AsnApi.IntegrationTests;

[Collection(ApiCollection.Name)]
public class DevelopmentTests(ApiFactory api)
{
    private static readonly Guid Integritas = NationalCompetencies.IdOf("M.1");
    private static readonly Guid Komunikasi = NationalCompetencies.IdOf("M.3");

    /// <summary>A fresh employee in the given unit whose standard is the national nine at level 3, assessed with two gaps.</summary>
    private async Task<EmployeeResponse> EmployeeWithGaps(HttpClient admin, Guid unitId)
    {
        var position = await (await admin.Post("/api/v1/positions", new PositionRequest
        {
            Code = "DEV." + Guid.NewGuid().ToString("N")[..8], Name = "Jabatan AKPK", Type = PositionType.Administrator, UnitId = unitId,
        })).Read<PositionResponse>(HttpStatusCode.Created);
        await (await admin.Put($"/api/v1/positions/{position.Id}/standard", new PositionStandardRequest { Items = [] })).Read<PositionStandardResponse>();
        var employee = await (await admin.Post("/api/v1/employees", TestData.Employee(position.Id))).Read<EmployeeResponse>(HttpStatusCode.Created);
        var results = NationalCompetencies.All.Select(n => new AssessmentResultRequest
        {
            CompetencyId = n.Id, Level = n.Id == Komunikasi ? 1 : n.Id == Integritas ? 2 : 3,
        }).ToList();
        await (await admin.Post("/api/v1/assessments", new AssessmentRequest
        {
            EmployeeId = employee.Id, AssessedOn = new DateOnly(2025, 8, 1), Method = AssessmentMethod.AssessmentCenter, Results = results,
        })).Read<AssessmentResponse>(HttpStatusCode.Created);
        return employee;
    }

    private async Task<Guid> Unit(HttpClient admin, string code) =>
        (await admin.Get<Paged<UnitResponse>>($"/api/v1/units?q={code}&pageSize=50")).Items.Single(u => u.Code == code).Id;

    [Fact]
    public async Task Needs_are_generated_from_gaps_prioritised_and_refreshed_without_touching_reviewed_ones()
    {
        var admin = await api.As("admin@jmb");
        var employee = await EmployeeWithGaps(admin, await Unit(admin, "DINKES-P2P"));
        var year = 2031;

        var first = await (await admin.Post("/api/v1/development-needs/generate", new GenerateNeedsRequest { Year = year })).Read<GenerateNeedsResponse>();
        Assert.True(first.Created >= 2);
        var mine = await admin.Get<Paged<DevelopmentNeedResponse>>($"/api/v1/development-needs?year={year}&employeeId={employee.Id}");
        Assert.Equal(2, mine.Total);
        var komunikasi = mine.Items.Single(n => n.CompetencyId == Komunikasi);
        Assert.Equal((3, 1, 2, DevelopmentNeedPriority.Tinggi, DevelopmentNeedStatus.Identified), (komunikasi.RequiredLevel, komunikasi.AssessedLevel, komunikasi.Gap, komunikasi.Priority, komunikasi.Status));
        // JPM = 24 / 27 = 88.9 → MS, so the one-level gap is low priority.
        Assert.Equal(DevelopmentNeedPriority.Rendah, mine.Items.Single(n => n.CompetencyId == Integritas).Priority);
        Assert.Equal(komunikasi.Id, mine.Items[0].Id); // highest priority first

        // Verify Komunikasi; then a new assessment closes both gaps.
        await (await admin.Post("/api/v1/development-needs/review", new ReviewNeedsRequest { NeedIds = [komunikasi.Id], Action = NeedReviewAction.Verify })).Read<ReviewNeedsResponse>();
        await (await admin.Post("/api/v1/assessments", new AssessmentRequest
        {
            EmployeeId = employee.Id, AssessedOn = new DateOnly(2026, 1, 5), Method = AssessmentMethod.UjiKompetensi,
            Results = [new() { CompetencyId = Komunikasi, Level = 3 }, new() { CompetencyId = Integritas, Level = 3 }],
        })).Read<AssessmentResponse>(HttpStatusCode.Created);
        var again = await (await admin.Post("/api/v1/development-needs/generate", new GenerateNeedsRequest { Year = year, UnderUnitId = await Unit(admin, "DINKES-P2P") })).Read<GenerateNeedsResponse>();
        Assert.True(again.Removed >= 1 && again.KeptReviewed >= 1);
        var after = await admin.Get<Paged<DevelopmentNeedResponse>>($"/api/v1/development-needs?year={year}&employeeId={employee.Id}");
        Assert.Equal(komunikasi.Id, after.Items.Single().Id); // the verified one stays on record
        await (await admin.Post("/api/v1/development-needs/generate", new GenerateNeedsRequest())).Problem((HttpStatusCode)422, "year");
    }

    [Fact]
    public async Task A_need_that_a_plan_answers_survives_regeneration_after_its_gap_closes()
    {
        var admin = await api.As("admin@jmb");
        var employee = await EmployeeWithGaps(admin, await Unit(admin, "DISDIK-SD"));
        await (await admin.Post("/api/v1/development-needs/generate", new GenerateNeedsRequest { Year = 2033 })).Read<GenerateNeedsResponse>();
        var need = (await admin.Get<Paged<DevelopmentNeedResponse>>($"/api/v1/development-needs?year=2033&employeeId={employee.Id}&competencyId={Komunikasi}")).Items.Single();
        await (await admin.Post("/api/v1/development-plans", Plan(employee.Id, need.Id))).Read<DevelopmentPlanResponse>(HttpStatusCode.Created);

        await (await admin.Post("/api/v1/assessments", new AssessmentRequest
        {
            EmployeeId = employee.Id, AssessedOn = new DateOnly(2026, 2, 2), Method = AssessmentMethod.UjiKompetensi,
            Results = [new() { CompetencyId = Komunikasi, Level = 3 }],
        })).Read<AssessmentResponse>(HttpStatusCode.Created);
        await (await admin.Post("/api/v1/development-needs/generate", new GenerateNeedsRequest { Year = 2033 })).Read<GenerateNeedsResponse>();
        Assert.Equal(need.Id, (await admin.Get<Paged<DevelopmentNeedResponse>>($"/api/v1/development-needs?year=2033&employeeId={employee.Id}&competencyId={Komunikasi}")).Items.Single().Id);
    }

    [Fact]
    public async Task Review_follows_verify_then_validate_and_only_admins_validate()
    {
        var admin = await api.As("admin@tpi");
        var head = await api.As("kadinkes@tpi");
        var inside = await EmployeeWithGaps(admin, await Unit(admin, "DINKES-YANKES"));
        var outside = await EmployeeWithGaps(admin, await Unit(admin, "DUKCAPIL"));
        await (await admin.Post("/api/v1/development-needs/generate", new GenerateNeedsRequest { Year = 2032 })).Read<GenerateNeedsResponse>();
        var need = (await admin.Get<Paged<DevelopmentNeedResponse>>($"/api/v1/development-needs?year=2032&employeeId={inside.Id}")).Items[0];
        var foreign = (await admin.Get<Paged<DevelopmentNeedResponse>>($"/api/v1/development-needs?year=2032&employeeId={outside.Id}")).Items[0];

        await (await admin.Post("/api/v1/development-needs/review", new ReviewNeedsRequest { NeedIds = [need.Id], Action = NeedReviewAction.Validate })).Problem(HttpStatusCode.Conflict);
        await (await head.Post("/api/v1/development-needs/review", new ReviewNeedsRequest { NeedIds = [foreign.Id], Action = NeedReviewAction.Verify })).Problem(HttpStatusCode.NotFound);
        await (await (await api.As("viewer@tpi")).Post("/api/v1/development-needs/review", new ReviewNeedsRequest { NeedIds = [need.Id], Action = NeedReviewAction.Verify })).Problem(HttpStatusCode.Forbidden);
        Assert.Equal(DevelopmentNeedStatus.Verified,
            (await (await head.Post("/api/v1/development-needs/review", new ReviewNeedsRequest { NeedIds = [need.Id], Action = NeedReviewAction.Verify })).Read<ReviewNeedsResponse>()).Status);
        await (await head.Post("/api/v1/development-needs/review", new ReviewNeedsRequest { NeedIds = [need.Id], Action = NeedReviewAction.Validate })).Problem(HttpStatusCode.Forbidden);
        await (await admin.Post("/api/v1/development-needs/review", new ReviewNeedsRequest { NeedIds = [need.Id], Action = NeedReviewAction.Validate })).Read<ReviewNeedsResponse>();
        await (await admin.Post("/api/v1/development-needs/review", new ReviewNeedsRequest { NeedIds = [foreign.Id], Action = NeedReviewAction.Reject })).Problem((HttpStatusCode)422, "reason");
        var validated = (await admin.Get<Paged<DevelopmentNeedResponse>>($"/api/v1/development-needs?year=2032&employeeId={inside.Id}&status=Validated")).Items.Single();
        Assert.Equal("admin@tpi", validated.ReviewedBy);
    }

    private static DevelopmentPlanRequest Plan(Guid employee, Guid? need = null) => new()
    {
        EmployeeId = employee, Year = 2026, Title = "Rencana pengembangan 2026",
        Items =
        [
            new() { CompetencyId = Komunikasi, NeedId = need, TargetLevel = 3, Form = DevelopmentActivityForm.Coaching, ActivityName = "Coaching komunikasi publik", PlannedJp = 18, DueDate = new DateOnly(2026, 6, 30) },
            new() { CompetencyId = Komunikasi, TargetLevel = 3, Form = DevelopmentActivityForm.PelatihanTeknis, ActivityName = "Pelatihan public speaking", PlannedJp = 2, DueDate = new DateOnly(2026, 9, 30) },
        ],
    };

    [Fact]
    public async Task A_plan_goes_draft_submitted_approved_completed_with_the_right_people()
    {
        var admin = await api.As("admin@tpi");
        var head = await api.As("kadinkes@tpi");
        var viewer = await api.As("viewer@tpi");
        var employee = await EmployeeWithGaps(admin, await Unit(admin, "DINKES-P2P"));

        var draft = await (await head.Post("/api/v1/development-plans", Plan(employee.Id))).Read<DevelopmentPlanResponse>(HttpStatusCode.Created);
        Assert.Equal((DevelopmentPlanStatus.Draft, 20, 2), (draft.Status, draft.TotalJp, draft.Items!.Count));
        Assert.Equal(0.1, draft.ClassroomShare!.Value, 6);

        var edited = await (await head.Put($"/api/v1/development-plans/{draft.Id}", Plan(employee.Id), ifMatch: 1)).Read<DevelopmentPlanResponse>();
        var submitted = await (await head.Step($"/api/v1/development-plans/{draft.Id}", "submit")).Read<DevelopmentPlanResponse>();
        Assert.Equal(DevelopmentPlanStatus.Submitted, submitted.Status);
        Assert.NotNull(submitted.SubmittedAt);
        await (await head.Update($"/api/v1/development-plans/{draft.Id}", Plan(employee.Id))).Problem(HttpStatusCode.Conflict);

        await (await viewer.Step($"/api/v1/development-plans/{draft.Id}", "approve")).Problem(HttpStatusCode.Forbidden);
        // Separation of duties: the head drafted and submitted it, so someone else approves.
        var own = await (await head.Step($"/api/v1/development-plans/{draft.Id}", "approve")).Problem(HttpStatusCode.Forbidden);
        Assert.Contains("pemisahan tugas", (string)own["detail"]!);
        var approved = await (await admin.Step($"/api/v1/development-plans/{draft.Id}", "approve")).Read<DevelopmentPlanResponse>();
        Assert.Equal((DevelopmentPlanStatus.Approved, "admin@tpi"), (approved.Status, approved.DecidedBy));
        await (await head.Step($"/api/v1/development-plans/{draft.Id}", "approve")).Problem(HttpStatusCode.Conflict);
        var done = await (await admin.Step($"/api/v1/development-plans/{draft.Id}", "complete")).Read<DevelopmentPlanResponse>();
        Assert.Equal(DevelopmentPlanStatus.Completed, done.Status);
        Assert.True(edited.Version < done.Version);

        var history = await admin.Get<Paged<AuditEntryResponse>>($"/api/v1/audit?entityType=DevelopmentPlan&entityId={draft.Id}");
        Assert.Equal(["MovePlan", "MovePlan", "MovePlan", "UpdatePlan", "CreatePlan"], history.Items.Select(a => a.Action));
    }

    [Fact]
    public async Task A_unit_head_decides_only_within_their_sub_tree_and_rejection_needs_a_reason()
    {
        var admin = await api.As("admin@tpi");
        var head = await api.As("kadinkes@tpi");
        var outsider = await EmployeeWithGaps(admin, await Unit(admin, "DUKCAPIL"));

        await (await head.Post("/api/v1/development-plans", Plan(outsider.Id))).Problem((HttpStatusCode)422, "employeeId");
        var plan = await (await admin.Post("/api/v1/development-plans", Plan(outsider.Id))).Read<DevelopmentPlanResponse>(HttpStatusCode.Created);
        await (await admin.Step($"/api/v1/development-plans/{plan.Id}", "submit")).Read<DevelopmentPlanResponse>();
        await (await head.Step($"/api/v1/development-plans/{plan.Id}", "approve")).Problem(HttpStatusCode.NotFound);
        await (await head.GetAsync($"/api/v1/development-plans/{plan.Id}")).Problem(HttpStatusCode.NotFound);

        await (await admin.Step($"/api/v1/development-plans/{plan.Id}", "reject", new PlanDecisionRequest())).Problem((HttpStatusCode)422, "reason");
        var rejected = await (await admin.Step($"/api/v1/development-plans/{plan.Id}", "reject", new PlanDecisionRequest { Reason = "JP klasikal terlalu besar" })).Read<DevelopmentPlanResponse>();
        Assert.Equal((DevelopmentPlanStatus.Rejected, "JP klasikal terlalu besar"), (rejected.Status, rejected.RejectionReason));
        var revised = await (await admin.Step($"/api/v1/development-plans/{plan.Id}", "revise")).Read<DevelopmentPlanResponse>();
        Assert.Equal(DevelopmentPlanStatus.Draft, revised.Status);
        await (await admin.Step($"/api/v1/development-plans/{plan.Id}", "complete")).Problem(HttpStatusCode.Conflict);
        await (await admin.Step($"/api/v1/development-plans/{plan.Id}", "submit")).Read<DevelopmentPlanResponse>();
        await (await admin.Step($"/api/v1/development-plans/{plan.Id}", "approve", new PlanDecisionRequest())).Problem(HttpStatusCode.Forbidden); // its own author

        var list = await head.Get<Paged<DevelopmentPlanResponse>>("/api/v1/development-plans?pageSize=500");
        Assert.DoesNotContain(list.Items, p => p.Id == plan.Id);
    }

    [Fact]
    public async Task Plan_validation_refuses_bad_items_and_writes_nothing()
    {
        var admin = await api.As("admin@tpi");
        var employee = await EmployeeWithGaps(admin, await Unit(admin, "SETDA-HUK"));
        await (await admin.Post("/api/v1/development-plans", new DevelopmentPlanRequest())).Problem((HttpStatusCode)422, "employeeId", "year", "title", "items");
        var bad = new DevelopmentPlanRequest
        {
            EmployeeId = employee.Id, Year = 2026, Title = "x",
            Items = [new() { CompetencyId = Guid.NewGuid(), TargetLevel = 6, Form = DevelopmentActivityForm.Magang, ActivityName = "", PlannedJp = 0, DueDate = new DateOnly(2030, 1, 1) }],
        };
        await (await admin.Post("/api/v1/development-plans", bad)).Problem((HttpStatusCode)422, "items[0].targetLevel", "items[0].activityName", "items[0].plannedJp", "items[0]");
        var withUnknown = new DevelopmentPlanRequest { EmployeeId = employee.Id, Year = 2026, Title = "x", Items = [new() { CompetencyId = Guid.NewGuid(), TargetLevel = 3, Form = DevelopmentActivityForm.Magang, ActivityName = "Magang", PlannedJp = 10, DueDate = new DateOnly(2026, 5, 1) }] };
        await (await admin.Post("/api/v1/development-plans", withUnknown)).Problem((HttpStatusCode)422, "items[0].competencyId");
        Assert.Equal(0, (await admin.Get<Paged<DevelopmentPlanResponse>>($"/api/v1/development-plans?employeeId={employee.Id}")).Total);
    }

    [Fact]
    public async Task Whoever_verified_a_need_cannot_validate_it()
    {
        var admin = await api.As("admin@tpi");
        var head = await api.As("kadinkes@tpi");
        var employee = await EmployeeWithGaps(admin, await Unit(admin, "DINKES-YANKES"));
        await (await admin.Post("/api/v1/development-needs/generate", new GenerateNeedsRequest { Year = 2034 })).Read<GenerateNeedsResponse>();
        var needs = (await admin.Get<Paged<DevelopmentNeedResponse>>($"/api/v1/development-needs?year=2034&employeeId={employee.Id}")).Items;
        Assert.Equal(2, needs.Count);

        await (await admin.Post("/api/v1/development-needs/review", new ReviewNeedsRequest { NeedIds = [needs[0].Id], Action = NeedReviewAction.Verify })).Read<ReviewNeedsResponse>();
        await (await head.Post("/api/v1/development-needs/review", new ReviewNeedsRequest { NeedIds = [needs[1].Id], Action = NeedReviewAction.Verify })).Read<ReviewNeedsResponse>();
        // One of the two was verified by the admin: the batch is refused whole, and nothing moves.
        var problem = await (await admin.Post("/api/v1/development-needs/review", new ReviewNeedsRequest { NeedIds = [needs[0].Id, needs[1].Id], Action = NeedReviewAction.Validate }))
            .Problem(HttpStatusCode.Forbidden);
        Assert.Contains("pemisahan tugas", (string)problem["detail"]!);
        Assert.All((await admin.Get<Paged<DevelopmentNeedResponse>>($"/api/v1/development-needs?year=2034&employeeId={employee.Id}")).Items,
            n => Assert.Equal(DevelopmentNeedStatus.Verified, n.Status));
        await (await admin.Post("/api/v1/development-needs/review", new ReviewNeedsRequest { NeedIds = [needs[1].Id], Action = NeedReviewAction.Validate })).Read<ReviewNeedsResponse>();
    }

    [Fact]
    public async Task A_tenant_setting_relaxes_separation_of_duties_for_very_small_units()
    {
        var admin = await api.As("admin@amq");
        var settings = await admin.Get<CompetencySettingsDto>("/api/v1/settings/competency");
        Assert.False(settings.AllowSelfApproval);
        var relaxed = new CompetencySettingsDto
        {
            JpmMemenuhiSyarat = settings.JpmMemenuhiSyarat, JpmMasihMemenuhiSyarat = settings.JpmMasihMemenuhiSyarat,
            JpmOptimal = settings.JpmOptimal, JpmCukupOptimal = settings.JpmCukupOptimal, AllowSelfApproval = true,
        };
        Assert.True((await (await admin.Update("/api/v1/settings/competency", relaxed)).Read<CompetencySettingsDto>()).AllowSelfApproval);
        try
        {
            var employee = await EmployeeWithGaps(admin, await Unit(admin, "DINKES-P2P"));
            var plan = await (await admin.Post("/api/v1/development-plans", Plan(employee.Id))).Read<DevelopmentPlanResponse>(HttpStatusCode.Created);
            await (await admin.Step($"/api/v1/development-plans/{plan.Id}", "submit")).Read<DevelopmentPlanResponse>();
            Assert.Equal(DevelopmentPlanStatus.Approved, (await (await admin.Step($"/api/v1/development-plans/{plan.Id}", "approve")).Read<DevelopmentPlanResponse>()).Status);

            await (await admin.Post("/api/v1/development-needs/generate", new GenerateNeedsRequest { Year = 2035, UnderUnitId = await Unit(admin, "DINKES-P2P") })).Read<GenerateNeedsResponse>();
            var need = (await admin.Get<Paged<DevelopmentNeedResponse>>($"/api/v1/development-needs?year=2035&employeeId={employee.Id}")).Items[0];
            await (await admin.Post("/api/v1/development-needs/review", new ReviewNeedsRequest { NeedIds = [need.Id], Action = NeedReviewAction.Verify })).Read<ReviewNeedsResponse>();
            await (await admin.Post("/api/v1/development-needs/review", new ReviewNeedsRequest { NeedIds = [need.Id], Action = NeedReviewAction.Validate })).Read<ReviewNeedsResponse>();
        }
        finally
        {
            await (await admin.Update("/api/v1/settings/competency", new CompetencySettingsDto
            {
                JpmMemenuhiSyarat = settings.JpmMemenuhiSyarat, JpmMasihMemenuhiSyarat = settings.JpmMasihMemenuhiSyarat,
                JpmOptimal = settings.JpmOptimal, JpmCukupOptimal = settings.JpmCukupOptimal, AllowSelfApproval = false,
            })).Read<CompetencySettingsDto>();
        }
    }

    [Fact]
    public async Task One_plan_per_employee_per_year()
    {
        var admin = await api.As("admin@tpi");
        var employee = await EmployeeWithGaps(admin, await Unit(admin, "SETDA-HUK"));
        var first = await (await admin.Post("/api/v1/development-plans", Plan(employee.Id))).Read<DevelopmentPlanResponse>(HttpStatusCode.Created);
        var second = await (await admin.Post("/api/v1/development-plans", Plan(employee.Id))).Problem(HttpStatusCode.Conflict, "year");
        Assert.Contains("Draf", (string)second["detail"]!);
        // A rejected plan still counts: it is revised, not replaced.
        await (await admin.Step($"/api/v1/development-plans/{first.Id}", "submit")).Read<DevelopmentPlanResponse>();
        await (await (await api.As("kadinkes@tpi")).Step($"/api/v1/development-plans/{first.Id}", "reject", new PlanDecisionRequest { Reason = "Perbaiki" })).Problem(HttpStatusCode.NotFound);
        Assert.Contains("Diajukan", (string)(await (await admin.Post("/api/v1/development-plans", Plan(employee.Id))).Problem(HttpStatusCode.Conflict, "year"))["detail"]!);
        var next = new DevelopmentPlanRequest
        {
            EmployeeId = employee.Id, Year = 2027, Title = "Rencana pengembangan 2027",
            Items = [new() { CompetencyId = Komunikasi, TargetLevel = 3, Form = DevelopmentActivityForm.Coaching, ActivityName = "Coaching", PlannedJp = 8, DueDate = new DateOnly(2027, 6, 30) }],
        };
        var later = await (await admin.Post("/api/v1/development-plans", next)).Read<DevelopmentPlanResponse>(HttpStatusCode.Created);
        // Moving the second plan onto the first one's year is refused too.
        await (await admin.Update($"/api/v1/development-plans/{later.Id}", Plan(employee.Id))).Problem(HttpStatusCode.Conflict, "year");
        Assert.Equal(2, (await admin.Get<Paged<DevelopmentPlanResponse>>($"/api/v1/development-plans?employeeId={employee.Id}")).Total);
    }

    [Fact]
    public async Task Generating_needs_below_an_unknown_unit_is_404_and_messages_name_states_in_indonesian()
    {
        var admin = await api.As("admin@tpi");
        await (await admin.Post("/api/v1/development-needs/generate", new GenerateNeedsRequest { Year = 2036, UnderUnitId = Guid.NewGuid() })).Problem(HttpStatusCode.NotFound);

        var employee = await EmployeeWithGaps(admin, await Unit(admin, "DINKES-YANKES"));
        await (await admin.Post("/api/v1/development-needs/generate", new GenerateNeedsRequest { Year = 2036 })).Read<GenerateNeedsResponse>();
        var need = (await admin.Get<Paged<DevelopmentNeedResponse>>($"/api/v1/development-needs?year=2036&employeeId={employee.Id}")).Items[0];
        var conflict = (string)(await (await admin.Post("/api/v1/development-needs/review", new ReviewNeedsRequest { NeedIds = [need.Id], Action = NeedReviewAction.Validate }))
            .Problem(HttpStatusCode.Conflict))["detail"]!;
        Assert.Contains("Teridentifikasi", conflict);
        Assert.Contains("Tervalidasi", conflict);
        Assert.DoesNotContain("Identified", conflict);
        Assert.DoesNotMatch("[0-9a-f]{8}-[0-9a-f]{4}-", conflict);

        var plan = await (await admin.Post("/api/v1/development-plans", Plan(employee.Id))).Read<DevelopmentPlanResponse>(HttpStatusCode.Created);
        var planConflict = (string)(await (await admin.Step($"/api/v1/development-plans/{plan.Id}", "complete")).Problem(HttpStatusCode.Conflict))["detail"]!;
        Assert.Equal("Rencana berstatus Draf tidak dapat menjadi Selesai.", planConflict);
        var missing = (string)(await (await admin.GetAsync($"/api/v1/development-plans/{Guid.NewGuid()}")).Problem(HttpStatusCode.NotFound))["detail"]!;
        Assert.DoesNotMatch("[0-9a-f]{8}-[0-9a-f]{4}-", missing);
    }
}
