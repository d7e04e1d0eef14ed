using System.Net;
using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Features.Shared;

namespace AsnApi.IntegrationTests;

/// <summary>
/// The improvement plan against a hand-built service unit in tenant pgk (its own database; the demo catalogue's programs
/// are deactivated first, so the programs in play are only these).
/// </summary>
public class ImprovementPlanTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static readonly Guid Integritas = NationalCompetencies.All.Single(n => n.Code == "M.1").Id;
    private static readonly Guid Komunikasi = NationalCompetencies.All.Single(n => n.Code == "M.3").Id;
    private static readonly Guid Orientasi = NationalCompetencies.All.Single(n => n.Code == "M.4").Id;
    private static readonly Guid Pelayanan = NationalCompetencies.All.Single(n => n.Code == "M.5").Id;
    private const string Mapping = "/api/v1/settings/competency-mapping";

    private sealed record Case(ServiceUnitResponse Unit, CompetencyResponse T1, EmployeeResponse E1, EmployeeResponse E2, EmployeeResponse E3,
        TrainingProgramResponse PA, TrainingProgramResponse PB, TrainingProgramResponse PC, TrainingProgramResponse PD, TrainingSessionResponse OpenA)
    {
        public string Url => $"/api/v1/service-units/{Unit.Id}/improvement-plan";
    }

    /// <summary>
    /// Position standard: Pelayanan Publik 3, Komunikasi 3, Orientasi pada Hasil 3, technical T1 3 (Integritas gets the
    /// Pelaksana default 1, never assessed). E1 assessed 1, 2, 2, 1 (gaps 2, 1, 1, 2); E2 2, 3, –, 3 (gap 1 on Pelayanan);
    /// E3 at standard. Two paper forms: U3 NRR 2.0 and U7 2.5 are weak, the rest 3.5. Complaints: "Petugas tidak ramah" × 3,
    /// "Antrean lama" × 2 (and one more, rejected), "Biaya" × 1. Programs: PA Pelayanan +2, PB Komunikasi +1 and Pelayanan +1,
    /// PC Orientasi +2 (which E1 completed), PD T1 +2; an open session of PA.
    /// </summary>
    private async Task<Case> Build(HttpClient admin, string code)
    {
        // Each case ranks only its own programs: everything active before it (the demo's, an earlier case's) is deactivated.
        foreach (var p in (await admin.Get<Paged<TrainingProgramResponse>>("/api/v1/training-programs?active=true&pageSize=500")).Items)
            await (await admin.Step($"/api/v1/training-programs/{p.Id}", "deactivate")).Read<TrainingProgramResponse>();

        var root = (await admin.Get<Paged<UnitResponse>>("/api/v1/units?pageSize=500")).Items.First(u => u.ParentId == null);
        var unit = await (await admin.Post("/api/v1/units", new UnitRequest { Code = code, Name = "Unit Layanan Uji " + code, ParentId = root.Id })).Read<UnitResponse>(HttpStatusCode.Created);
        var position = await (await admin.Post("/api/v1/positions", new PositionRequest { Code = "PLK-" + code, Name = "Petugas Loket " + code, Type = PositionType.Pelaksana, UnitId = unit.Id }))
            .Read<PositionResponse>(HttpStatusCode.Created);
        var t1 = await (await admin.Post("/api/v1/competencies", new CompetencyRequest { Code = $"T.{code}.LKT", Name = $"Pelayanan Loket {code}" })).Read<CompetencyResponse>(HttpStatusCode.Created);
        await (await admin.Put($"/api/v1/positions/{position.Id}/standard", new PositionStandardRequest
        {
            Items = [new() { CompetencyId = Pelayanan, RequiredLevel = 3 }, new() { CompetencyId = Komunikasi, RequiredLevel = 3 },
                     new() { CompetencyId = Orientasi, RequiredLevel = 3 }, new() { CompetencyId = t1.Id, RequiredLevel = 3 }],
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
        var e1 = await Person("Ani", (Pelayanan, 1), (Komunikasi, 2), (Orientasi, 2), (t1.Id, 1));
        var e2 = await Person("Bayu", (Pelayanan, 2), (Komunikasi, 3), (t1.Id, 3));
        var e3 = await Person("Cici", (Pelayanan, 3), (Komunikasi, 3), (Orientasi, 3), (t1.Id, 3));

        var su = await ServiceUnitTests.Create(admin, ServiceUnitTests.Body(unit.Id, staff: [e1.Id, e2.Id, e3.Id]));
        var day = SurveyRollups.DayOf(DateTimeOffset.UtcNow).AddDays(-3);
        await (await admin.Post($"/api/v1/service-units/{su.Id}/survey-responses", new PaperSurveyBatchRequest
        {
            Responses = [SurveyTests.Paper(day, [4, 4, 2, 4, 4, 4, 3, 4, 3], "KTP-el"), SurveyTests.Paper(day, [3, 3, 2, 3, 3, 3, 2, 3, 4], "KTP-el")],
        })).Read<PaperSurveyBatchResponse>();
        async Task<ComplaintResponse> Complaint(string? category) => await (await admin.Post("/api/v1/complaints", new ComplaintRequest
        {
            Channel = ComplaintChannel.WalkIn, Type = ComplaintType.Pengaduan, ServiceUnitId = su.Id, Category = category, Text = "Keluhan di loket.",
        })).Read<ComplaintResponse>(HttpStatusCode.Created);
        foreach (var c in new[] { "Petugas tidak ramah", "petugas tidak ramah", "Petugas tidak ramah", "Antrean lama", "Antrean lama", "Biaya" }) await Complaint(c);
        var rejected = await Complaint("Antrean lama");
        await (await admin.Step($"/api/v1/complaints/{rejected.Id}", "reject", new ComplaintTransitionRequest { Response = "Bukan wewenang unit ini." })).Read<ComplaintResponse>();

        var pa = await TrainingTestData.CreateProgram(admin, [(Pelayanan, 2)], title: $"A Pelayanan Prima {code}");
        var pb = await TrainingTestData.CreateProgram(admin, [(Komunikasi, 1), (Pelayanan, 1)], DevelopmentActivityForm.Workshop, title: $"B Komunikasi Efektif {code}");
        var pc = await TrainingTestData.CreateProgram(admin, [(Orientasi, 2)], title: $"C Manajemen Waktu {code}");
        var pd = await TrainingTestData.CreateProgram(admin, [(t1.Id, 2)], title: $"D Teknis Loket {code}");
        var openA = await TrainingTestData.Open(admin, (await TrainingTestData.CreateSession(admin, pa.Id, capacity: 5, name: "Angkatan I")).Id);
        var cSession = await TrainingTestData.Open(admin, (await TrainingTestData.CreateSession(admin, pc.Id, capacity: 5, name: "Angkatan C")).Id);
        var enrolled = await EnrollmentTests.Enrolled(admin, cSession.Id, e1.Id);
        await TrainingTestData.Start(admin, cSession.Id);
        await (await admin.Step(EnrollmentTests.One(cSession.Id, enrolled.Id), "complete")).Read<EnrollmentResponse>();
        return new Case(su, t1, e1, e2, e3, pa, pb, pc, pd, openA);
    }

    [Fact]
    public async Task The_plan_names_the_weak_unsur_frequent_categories_competencies_staff_and_ranked_programs_with_reasons()
    {
        var admin = await api.As("admin@pgk");
        await ResetMapping(admin);
        var c = await Build(admin, "IPA");

        var plan = await admin.Get<ImprovementPlanResponse>(c.Url);
        Assert.Equal((2, 3.0644m), (plan.RespondentCount, plan.WeakNrrThreshold));
        Assert.Equal([("U3", 2.0m, true), ("U7", 2.5m, true)], plan.WeakUnsur.Select(u => (u.Code, u.Nrr, u.BelowThreshold)).ToArray());
        Assert.Equal("NRR 2,00 di bawah batas mutu B (3,0644).", plan.WeakUnsur[0].Reason);

        // The rejected complaint is no signal; "Biaya" (once) is no pattern; the default maps no category.
        Assert.Equal(6, plan.ComplaintCount);
        Assert.Equal([("Petugas tidak ramah", 3, false), ("Antrean lama", 2, false)], plan.FrequentCategories.Select(f => (f.Category, f.Count, f.Mapped)).ToArray());
        Assert.EndsWith("Kategori ini belum dipetakan ke kompetensi.", plan.FrequentCategories[0].Reason);

        // U3 (weight 4 − 2.0 = 2) → Orientasi; U7 (1.5) → Pelayanan, Integritas, Komunikasi; ties by the staff's gap sum.
        Assert.Equal([(Orientasi, 2.0m, 1, 1), (Pelayanan, 1.5m, 2, 3), (Komunikasi, 1.5m, 1, 1), (Integritas, 1.5m, 0, 0)],
            plan.Competencies.Select(x => (x.CompetencyId, x.Weight, x.StaffWithGap, x.GapSum)).ToArray());
        Assert.Equal("Ditunjuk oleh U7 Perilaku Pelaksana; 2 pegawai unit dengan gap (jumlah gap 3).", plan.Competencies[1].Reason);
        Assert.Equal([("Unsur", "U7")], plan.Competencies[1].PointedBy.Select(p => (p.Kind, p.Key)).ToArray());

        // Staff with gaps in them, largest sum first; E3 meets the standard; T1 is not pointed to.
        Assert.Equal([(c.E1.Id, 4), (c.E2.Id, 1)], plan.Staff.Select(s => (s.EmployeeId, s.GapSum)).ToArray());
        Assert.Equal([(Pelayanan, 3, 1, 2), (Komunikasi, 3, 2, 1), (Orientasi, 3, 2, 1)],
            plan.Staff[0].Gaps.Select(g => (g.CompetencyId, g.RequiredLevel, g.AssessedLevel, g.Gap)).ToArray());
        Assert.Equal(c.E1.Nip, plan.Staff[0].Nip);

        // PA: E1 2×2 + E2 1×2 = 6; PB: E1 1×1 + 2×1 + E2 1×1 = 4; PC: only E1's gap, and E1 completed it; PD: T1 not pointed.
        Assert.Equal([(c.PA.Id, 6, 2), (c.PB.Id, 4, 2)], plan.Programs.Select(p => (p.ProgramId, p.Score, p.StaffCount)).ToArray());
        Assert.Equal("Menutup gap Pelayanan Publik pada 2 pegawai (jumlah gap 3); skor 6.", plan.Programs[0].Reason);
        Assert.Equal(["Pelayanan Publik", "Komunikasi"], plan.Programs[1].Competencies);
        Assert.Equal((c.OpenA.Id, 5), (Assert.Single(plan.Programs[0].OpenSessions).SessionId, plan.Programs[0].OpenSessions[0].SeatsLeft));
        Assert.Empty(plan.Programs[1].OpenSessions);

        // A period without responses or complaints: nothing is weak, nothing pointed.
        var empty = await admin.Get<ImprovementPlanResponse>($"{c.Url}?from=2020-01-01&to=2020-12-31");
        Assert.Equal((0, 0), (empty.RespondentCount, empty.ComplaintCount));
        Assert.Empty(empty.WeakUnsur);
        Assert.Empty(empty.Competencies);
        Assert.Empty(empty.Programs);

        await (await admin.GetAsync($"{c.Url}?from=2026-05-01&to=2026-04-01")).Problem((HttpStatusCode)422, "from");
        await (await admin.GetAsync($"{c.Url}?from=1999-12-31&to=2026-04-01")).Problem((HttpStatusCode)422, "from");
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync($"{c.Url}?from=kemarin")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/v1/service-units/{Guid.NewGuid()}/improvement-plan")).StatusCode);

        // Viewers read it with masked NIPs; another tenant and a unit head outside the sub-tree do not see it.
        var viewer = await api.As("viewer@pgk");
        Assert.Equal("********" + c.E1.Nip[8..], (await viewer.Get<ImprovementPlanResponse>(c.Url)).Staff[0].Nip);
        Assert.Equal(HttpStatusCode.NotFound, (await (await api.As("kadinkes@pgk")).GetAsync(c.Url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await api.As("admin@tpi")).GetAsync(c.Url)).StatusCode);
    }

    [Fact]
    public async Task A_changed_mapping_points_categories_and_unit_technical_competencies_and_a_reset_brings_the_default_back()
    {
        var admin = await api.As("admin@pgk");
        var c = await Build(admin, "IPB");
        await ResetMapping(admin);
        var version = await admin.Version(Mapping);

        var body = new CompetencyMappingRequest
        {
            Unsur = [new() { Code = "U3", UnitTechnical = true, CompetencyIds = [Orientasi] }, new() { Code = "U7", CompetencyIds = [Pelayanan] }],
            Categories = [new() { Category = "PETUGAS TIDAK RAMAH", CompetencyIds = [Komunikasi, Integritas] }],
        };
        var saved = await (await admin.Put(Mapping, body, version)).Read<CompetencyMappingResponse>();
        Assert.Equal((version + 1, false), (saved.Version, saved.IsDefault));
        Assert.Equal(9, saved.Unsur.Count);
        Assert.True(saved.Unsur[2].UnitTechnical);
        Assert.Empty(saved.Unsur[7].Competencies);
        Assert.Equal([Komunikasi, Integritas], Assert.Single(saved.Categories).Competencies.Select(x => x.Id));

        var plan = await admin.Get<ImprovementPlanResponse>(c.Url);
        Assert.True(plan.FrequentCategories[0].Mapped);
        // U3 (2.0) → Orientasi and the unit's technical T1; the category (3 × 3/6 = 1.5) → Komunikasi, Integritas; U7 (1.5) → Pelayanan.
        Assert.Equal([(c.T1.Id, 2.0m, 2), (Orientasi, 2.0m, 1), (Pelayanan, 1.5m, 3), (Komunikasi, 1.5m, 1), (Integritas, 1.5m, 0)],
            plan.Competencies.Select(x => (x.CompetencyId, x.Weight, x.GapSum)).ToArray());
        Assert.Equal("ComplaintCategory", plan.Competencies[3].PointedBy.Single().Kind);
        Assert.Equal("Petugas tidak ramah", plan.Competencies[3].PointedBy.Single().Key);
        // PD now closes E1's T1 gap (2 × 2); PA 6; PB 4 (Komunikasi and Pelayanan).
        Assert.Equal([(c.PA.Id, 6), (c.PB.Id, 4), (c.PD.Id, 4)], plan.Programs.Select(p => (p.ProgramId, p.Score)).ToArray());

        // 412 with the old version, 428 without, 403 for a unit head and a viewer; nothing changed.
        await (await admin.Put(Mapping, body, version)).Problem(HttpStatusCode.PreconditionFailed);
        Assert.Equal(HttpStatusCode.PreconditionRequired, (await admin.Put(Mapping, body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await api.As("kadinkes@pgk")).Put(Mapping, body, saved.Version)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await api.As("viewer@pgk")).Put(Mapping, body, saved.Version)).StatusCode);
        Assert.Equal(saved.Version, await admin.Version(Mapping));

        // Another tenant keeps its own (default) mapping.
        var other = await (await api.As("admin@tpi")).Get<CompetencyMappingResponse>(Mapping);
        Assert.True(other.IsDefault);
        Assert.Empty(other.Categories);

        var reset = await (await admin.PostIfMatch(Mapping + "/reset", saved.Version)).Read<CompetencyMappingResponse>();
        Assert.Equal((saved.Version + 1, true), (reset.Version, reset.IsDefault));
        Assert.Equal([Pelayanan, Integritas, Komunikasi], reset.Unsur[6].Competencies.Select(x => x.Id));
        Assert.True(reset.Unsur[5].UnitTechnical);
        Assert.Empty(reset.Categories);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await admin.PostIfMatch(Mapping + "/reset", saved.Version)).StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionRequired, (await admin.PostIfMatch(Mapping + "/reset", null)).StatusCode);

        var audit = await admin.Get<Paged<AuditEntryResponse>>("/api/v1/audit?entityType=CompetencyMapping&pageSize=10");
        Assert.True(audit.Items.Count >= 2);
    }

    [Fact]
    public async Task The_mapping_refuses_what_it_cannot_hold_with_field_errors_and_writes_nothing()
    {
        var admin = await api.As("admin@pgk");
        var version = await admin.Version(Mapping);
        var otherTenants = await (await api.As("admin@tpi")).Post("/api/v1/competencies", new CompetencyRequest { Code = "T.LAIN.MAP", Name = "Kompetensi tenant lain" });
        var foreign = (await otherTenants.Read<CompetencyResponse>(HttpStatusCode.Created)).Id;

        await (await admin.Put(Mapping, new CompetencyMappingRequest
        {
            Unsur = [new() { Code = "U10" }, new() { Code = "U1", CompetencyIds = [Pelayanan, Pelayanan] }, new() { Code = "U1" }],
            Categories = [new() { Category = "Antrean", CompetencyIds = [] }, new() { Category = new string('k', 101), CompetencyIds = [Pelayanan] }],
        }, version)).Problem((HttpStatusCode)422, "unsur[0].code", "unsur[1].competencyIds", "unsur", "categories[0].competencyIds", "categories[1].category");
        await (await admin.Put(Mapping, new CompetencyMappingRequest
        {
            Categories = [new() { Category = "Antrean", CompetencyIds = [Pelayanan] }, new() { Category = "antrean ", CompetencyIds = [Pelayanan] }],
        }, version)).Problem((HttpStatusCode)422, "categories");
        await (await admin.Put(Mapping, new CompetencyMappingRequest
        {
            Unsur = [new() { Code = "U7", CompetencyIds = [Pelayanan, foreign, Guid.NewGuid()] }],
        }, version)).Problem((HttpStatusCode)422, "unsur[0].competencyIds[1]", "unsur[0].competencyIds[2]");
        await (await admin.Put(Mapping, new CompetencyMappingRequest
        {
            Categories = Enumerable.Range(0, 101).Select(i => new CategoryMappingRequest { Category = "k" + i, CompetencyIds = [Pelayanan] }).ToList(),
        }, version)).Problem((HttpStatusCode)422, "categories");
        await (await admin.Put(Mapping, new CompetencyMappingRequest
        {
            Categories = [new() { Category = "Antre\u200Ban", CompetencyIds = [Pelayanan] }],
        }, version)).Problem((HttpStatusCode)422);
        Assert.Equal(version, await admin.Version(Mapping));
    }

    [Fact]
    public async Task Drafting_creates_draft_plans_and_items_once_and_skips_what_exists_with_reasons()
    {
        var admin = await api.As("admin@pgk");
        await ResetMapping(admin);
        var c = await Build(admin, "IPC");
        var draft = c.Url + "/draft-plan-items";
        var year = SurveyRollups.DayOf(DateTimeOffset.UtcNow).Year;

        // E2 already has a draft of the year with an item for Pelayanan Publik: it is kept, nothing doubled.
        var e2Plan = await (await admin.Post("/api/v1/development-plans", new DevelopmentPlanRequest
        {
            EmployeeId = c.E2.Id, Year = year, Title = "Rencana sendiri",
            Items = [new() { CompetencyId = Pelayanan, TargetLevel = 3, Form = DevelopmentActivityForm.Mentoring, ActivityName = "Mentoring loket", PlannedJp = 4, DueDate = new DateOnly(year, 6, 30) }],
        })).Read<DevelopmentPlanResponse>(HttpStatusCode.Created);

        Assert.Equal(HttpStatusCode.Forbidden, (await (await api.As("viewer@pgk")).Post(draft, new DraftPlanItemsRequest())).StatusCode);
        await (await admin.Post(draft, new DraftPlanItemsRequest { Year = 1999 })).Problem((HttpStatusCode)422, "year");

        var first = await (await admin.Post(draft, new DraftPlanItemsRequest())).Read<DraftPlanItemsResponse>();
        Assert.Equal((year, 1), (first.Year, first.PlansCreated));
        // E1: Pelayanan → PA (best ranked), Komunikasi → PB, Orientasi → coaching (PC was completed).
        Assert.Equal([(c.E1.Id, Pelayanan, DevelopmentActivityForm.PelatihanTeknis, (Guid?)c.PA.Id, true), (c.E1.Id, Komunikasi, DevelopmentActivityForm.Workshop, c.PB.Id, true),
                      (c.E1.Id, Orientasi, DevelopmentActivityForm.Coaching, null, true)],
            first.Created.Select(x => (x.EmployeeId, x.CompetencyId, x.Form, x.ProgramId, x.PlanCreated)).ToArray());
        var skipped = Assert.Single(first.Skipped);
        Assert.Equal((c.E2.Id, Pelayanan, "Rencana Draf pegawai ini sudah memuat kegiatan untuk kompetensi ini."), (skipped.EmployeeId, skipped.CompetencyId, skipped.Reason));

        var e1Plan = await admin.Get<DevelopmentPlanResponse>($"/api/v1/development-plans/{first.Created[0].PlanId}");
        Assert.Equal((DevelopmentPlanStatus.Draft, year, c.E1.Id), (e1Plan.Status, e1Plan.Year, e1Plan.EmployeeId));
        Assert.Equal([(Pelayanan, 3, c.PA.Jp), (Komunikasi, 3, c.PB.Jp), (Orientasi, 3, 8)], e1Plan.Items.Select(i => (i.CompetencyId, i.TargetLevel, i.PlannedJp)).ToArray());
        Assert.Equal($"Coaching Orientasi pada Hasil", e1Plan.Items[2].ActivityName);
        Assert.All(e1Plan.Items, i => Assert.Equal(new DateOnly(year, 12, 31), i.DueDate));
        Assert.Equal(e2Plan.Version, (await admin.Get<DevelopmentPlanResponse>($"/api/v1/development-plans/{e2Plan.Id}")).Version);

        // A second click adds nothing, and is not audited.
        var auditBefore = (await admin.Get<Paged<AuditEntryResponse>>($"/api/v1/audit?entityType=ServiceUnit&entityId={c.Unit.Id}&pageSize=50")).Items;
        Assert.Single(auditBefore, a => a.Action == "DraftPlanItems");
        var second = await (await admin.Post(draft, new DraftPlanItemsRequest())).Read<DraftPlanItemsResponse>();
        Assert.Equal((0, 0, 4), (second.PlansCreated, second.Created.Count, second.Skipped.Count));
        Assert.Equal(3, (await admin.Get<DevelopmentPlanResponse>($"/api/v1/development-plans/{e1Plan.Id}")).Items.Count);
        Assert.Equal(auditBefore.Count, (await admin.Get<Paged<AuditEntryResponse>>($"/api/v1/audit?entityType=ServiceUnit&entityId={c.Unit.Id}&pageSize=50")).Items.Count);

        // A new gap of E2 goes into E2's existing draft, whose version moves on; a submitted plan takes nothing.
        await (await admin.Post("/api/v1/assessments", new AssessmentRequest
        {
            EmployeeId = c.E2.Id, AssessedOn = new DateOnly(2026, 3, 3), Method = AssessmentMethod.UjiKompetensi, Results = [new() { CompetencyId = Komunikasi, Level = 1 }],
        })).Read<AssessmentResponse>(HttpStatusCode.Created);
        await (await admin.Step($"/api/v1/development-plans/{e1Plan.Id}", "submit")).Read<DevelopmentPlanResponse>();
        var third = await (await admin.Post(draft, new DraftPlanItemsRequest())).Read<DraftPlanItemsResponse>();
        var added = Assert.Single(third.Created);
        Assert.Equal((c.E2.Id, e2Plan.Id, Komunikasi, false), (added.EmployeeId, added.PlanId, added.CompetencyId, added.PlanCreated));
        Assert.Equal(e2Plan.Version + 1, (await admin.Get<DevelopmentPlanResponse>($"/api/v1/development-plans/{e2Plan.Id}")).Version);
        Assert.Contains(third.Skipped, s => s.EmployeeId == c.E1.Id && s.Reason.Contains("berstatus Diajukan"));

        // Another tenant's or an unknown service unit: 404, nothing written.
        Assert.Equal(HttpStatusCode.NotFound, (await (await api.As("admin@tpi")).Post(draft, new DraftPlanItemsRequest())).StatusCode);
    }

    [Fact]
    public async Task A_unit_head_drafts_only_for_staff_of_their_sub_tree()
    {
        var admin = await api.As("admin@pgk");
        await ResetMapping(admin);
        var c = await Build(admin, "IPD");
        // A service unit of Dinas Kesehatan served by the same three people, who work outside it.
        var dinkes = await ServiceUnitTests.UnitByCode(admin, "DINKES");
        var su = await ServiceUnitTests.Create(admin, ServiceUnitTests.Body(dinkes, staff: [c.E1.Id, c.E2.Id, c.E3.Id]));
        await (await admin.Post($"/api/v1/service-units/{su.Id}/survey-responses", new PaperSurveyBatchRequest
        {
            Responses = [SurveyTests.Paper(SurveyRollups.DayOf(DateTimeOffset.UtcNow), [4, 4, 2, 4, 4, 4, 2, 4, 4], "KTP-el")],
        })).Read<PaperSurveyBatchResponse>();
        var head = await api.As("kadinkes@pgk");
        var url = $"/api/v1/service-units/{su.Id}/improvement-plan";

        var seen = await head.Get<ImprovementPlanResponse>(url);
        Assert.NotEmpty(seen.Competencies);
        Assert.Empty(seen.Staff); // the staff are outside the head's sub-tree
        Assert.Equal(2, (await admin.Get<ImprovementPlanResponse>(url)).Staff.Count);
        var drafted = await (await head.Post(url + "/draft-plan-items", new DraftPlanItemsRequest())).Read<DraftPlanItemsResponse>();
        Assert.Empty(drafted.Created);
        Assert.Equal(HttpStatusCode.NotFound, (await head.Post(c.Url + "/draft-plan-items", new DraftPlanItemsRequest())).StatusCode);
    }

    private async Task ResetMapping(HttpClient admin) =>
        await (await admin.PostIfMatch(Mapping + "/reset", await admin.Version(Mapping))).Read<CompetencyMappingResponse>();
}
