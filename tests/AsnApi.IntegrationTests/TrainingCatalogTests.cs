using System.Net;
using AsnApi.Contracts;
using AsnApi.Domain;
using Microsoft.Data.Sqlite;

namespace AsnApi.IntegrationTests;

/// <summary>Partners, programs and sessions (issue 8): validation, conflicts, versions, roles, audit, lists and the session flow.</summary>
[Collection(ApiCollection.Name)]
public class TrainingCatalogTests(ApiFactory api)
{
    private static readonly Guid Integritas = NationalCompetencies.IdOf("M.1");
    private static readonly Guid Komunikasi = NationalCompetencies.IdOf("M.3");
    private static readonly Guid PerekatBangsa = NationalCompetencies.All.Last().Id;

    private static string Unique(string prefix) => $"{prefix} {Guid.NewGuid().ToString("N")[..8]}";

    private static async Task<string[]> AuditActions(HttpClient admin, Guid id) =>
        (await admin.Get<Paged<AuditEntryResponse>>($"/api/v1/audit?entityId={id}&pageSize=50")).Items.Select(a => a.Action).ToArray();

    // ---------- partners ----------

    [Fact]
    public async Task A_partner_is_created_read_updated_and_deactivated_with_versions_and_audit()
    {
        var admin = await api.As("admin@pgk");
        var created = await (await admin.Post("/api/v1/partners", new PartnerRequest
        {
            Name = "  " + Unique("Universitas Bangka Belitung") + " ", Kind = PartnerKind.University, ContactName = "Dr. Rina", ContactEmail = "", ContactPhone = "(0717) 422145",
        })).Read<PartnerResponse>(HttpStatusCode.Created);
        Assert.Equal((PartnerKind.University, "Dr. Rina", null, "(0717) 422145", true, 1), (created.Kind, created.ContactName, created.ContactEmail, created.ContactPhone, created.IsActive, created.Version));
        Assert.False(created.Name.StartsWith(' ') || created.Name.EndsWith(' '));
        var url = $"/api/v1/partners/{created.Id}";

        var body = new PartnerRequest { Name = created.Name, Kind = PartnerKind.ProfessionalBody, ContactEmail = "humas@ubb.ac.id" };
        await (await admin.Put(url, body)).Problem((HttpStatusCode)428);
        await (await admin.Put(url, body, ifMatch: 7)).Problem(HttpStatusCode.PreconditionFailed);
        var updated = await (await admin.Update(url, body)).Read<PartnerResponse>();
        Assert.Equal((PartnerKind.ProfessionalBody, null, "humas@ubb.ac.id", 2), (updated.Kind, updated.ContactName, updated.ContactEmail, updated.Version));

        await (await admin.PostIfMatch($"{url}/deactivate", null)).Problem((HttpStatusCode)428);
        var inactive = await (await admin.Step(url, "deactivate")).Read<PartnerResponse>();
        Assert.Equal((false, 3), (inactive.IsActive, inactive.Version));
        // Again: nothing changes, no new version, no audit row.
        var again = await (await admin.Step(url, "deactivate")).Read<PartnerResponse>();
        Assert.Equal(3, again.Version);
        Assert.Equal(["DeactivatePartner", "UpdatePartner", "CreatePartner"], await AuditActions(admin, created.Id));
    }

    [Fact]
    public async Task Partner_names_are_unique_per_tenant_whatever_the_case_and_contacts_are_checked()
    {
        var admin = await api.As("admin@pgk");
        var name = Unique("Lembaga Administrasi Negara");
        var first = await TrainingTestData.CreatePartner(admin, name);
        var twin = await (await admin.Post("/api/v1/partners", new PartnerRequest { Name = name.ToUpperInvariant(), Kind = PartnerKind.Ngo })).Problem(HttpStatusCode.Conflict, "name");
        Assert.Contains(name.ToUpperInvariant(), (string?)twin["detail"]);
        var other = await TrainingTestData.CreatePartner(admin);
        await (await admin.Update($"/api/v1/partners/{other.Id}", new PartnerRequest { Name = first.Name, Kind = PartnerKind.Ngo })).Problem(HttpStatusCode.Conflict, "name");
        // Keeping its own name is no conflict.
        await (await admin.Update($"/api/v1/partners/{first.Id}", new PartnerRequest { Name = first.Name, Kind = PartnerKind.Private })).Read<PartnerResponse>();
        // Another tenant may have a partner of the same name.
        await TrainingTestData.CreatePartner(await api.As("admin@amq"), name);

        await (await admin.Post("/api/v1/partners", new PartnerRequest())).Problem((HttpStatusCode)422, "name", "kind");
        await (await admin.Post("/api/v1/partners", new PartnerRequest { Name = Unique("X"), Kind = PartnerKind.Ngo, ContactEmail = "bukan email", ContactPhone = "telp 123" }))
            .Problem((HttpStatusCode)422, "contactEmail", "contactPhone");
        await (await admin.Post("/api/v1/partners", new PartnerRequest { Name = new string('a', 201), Kind = PartnerKind.Ngo, ContactName = new string('b', 201) }))
            .Problem((HttpStatusCode)422, "name", "contactName");
        var raw = new StringContent("{\"name\":\"X\",\"kind\":1}", System.Text.Encoding.UTF8, "application/json");
        await (await admin.PostAsync("/api/v1/partners", raw)).Problem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Parallel_creates_of_one_partner_name_or_program_code_give_one_201_and_the_rest_409()
    {
        var admin = await api.As("admin@jmb");
        var name = Unique("Balai Diklat");
        var partners = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => admin.Post("/api/v1/partners", new PartnerRequest { Name = name, Kind = PartnerKind.Ngo }))));
        Assert.Equal((1, 9), (partners.Count(r => r.StatusCode == HttpStatusCode.Created), partners.Count(r => r.StatusCode == HttpStatusCode.Conflict)));
        var code = TrainingTestData.NewCode("PAR");
        var programs = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => admin.Post("/api/v1/training-programs", TrainingTestData.Program(code: code)))));
        Assert.Equal((1, 9), (programs.Count(r => r.StatusCode == HttpStatusCode.Created), programs.Count(r => r.StatusCode == HttpStatusCode.Conflict)));
        Assert.Equal(1, (await admin.Get<Paged<TrainingProgramResponse>>($"/api/v1/training-programs?q={code}")).Total);
    }

    [Fact]
    public async Task Partners_list_filters_by_kind_active_and_text_and_sorts()
    {
        var admin = await api.As("admin@amq");
        var tag = Guid.NewGuid().ToString("N")[..8];
        var a = await TrainingTestData.CreatePartner(admin, $"A {tag} Yayasan", PartnerKind.Ngo);
        var b = await TrainingTestData.CreatePartner(admin, $"B {tag} Ikatan", PartnerKind.ProfessionalBody);
        var c = await TrainingTestData.CreatePartner(admin, $"C {tag} Yayasan Lain", PartnerKind.Ngo);
        await (await admin.Step($"/api/v1/partners/{c.Id}", "deactivate")).Read<PartnerResponse>();

        Assert.Equal([a.Id, b.Id, c.Id], (await admin.Get<Paged<PartnerResponse>>($"/api/v1/partners?q={tag}")).Items.Select(p => p.Id));
        Assert.Equal([c.Id, b.Id, a.Id], (await admin.Get<Paged<PartnerResponse>>($"/api/v1/partners?q={tag}&sort=-name")).Items.Select(p => p.Id));
        Assert.Equal([a.Id, c.Id], (await admin.Get<Paged<PartnerResponse>>($"/api/v1/partners?q={tag}&kind=Ngo")).Items.Select(p => p.Id));
        Assert.Equal([a.Id], (await admin.Get<Paged<PartnerResponse>>($"/api/v1/partners?q={tag}&kind=Ngo&active=true")).Items.Select(p => p.Id));
        var page = await admin.Get<Paged<PartnerResponse>>($"/api/v1/partners?q={tag}&pageSize=2&page=2");
        Assert.Equal(3, page.Total);
        Assert.Equal([c.Id], page.Items.Select(p => p.Id));
        await (await admin.GetAsync("/api/v1/partners?sort=phone")).Problem((HttpStatusCode)422, "sort");
        await (await admin.GetAsync("/api/v1/partners?kind=1")).Problem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Only_writers_change_the_catalogue_and_every_role_of_the_tenant_reads_it()
    {
        var admin = await api.As("admin@tpi");
        var (program, session) = await TrainingTestData.OpenSession(admin);
        var partner = await TrainingTestData.CreatePartner(admin);
        foreach (var user in new[] { "viewer@tpi", "kadinkes@tpi" })
        {
            var client = await api.As(user);
            Assert.Equal(partner.Name, (await client.Get<PartnerResponse>($"/api/v1/partners/{partner.Id}")).Name);
            Assert.Equal(program.Code, (await client.Get<TrainingProgramResponse>($"/api/v1/training-programs/{program.Id}")).Code);
            Assert.Equal(session.Id, (await client.Get<Paged<TrainingSessionResponse>>($"/api/v1/training-sessions?programId={program.Id}")).Items.Single().Id);
            await (await client.Post("/api/v1/partners", new PartnerRequest { Name = Unique("Mitra"), Kind = PartnerKind.Ngo })).Problem(HttpStatusCode.Forbidden);
            await (await client.Post("/api/v1/training-programs", TrainingTestData.Program())).Problem(HttpStatusCode.Forbidden);
            await (await client.Post("/api/v1/training-sessions", TrainingTestData.Session(program.Id))).Problem(HttpStatusCode.Forbidden);
            await (await client.PostIfMatch($"/api/v1/training-sessions/{session.Id}/start", session.Version)).Problem(HttpStatusCode.Forbidden);
            await (await client.PostIfMatch($"/api/v1/training-programs/{program.Id}/deactivate", program.Version)).Problem(HttpStatusCode.Forbidden);
        }
        Assert.Equal(TrainingSessionStatus.Open, (await admin.Get<TrainingSessionResponse>($"/api/v1/training-sessions/{session.Id}")).Status);
        await (await (await api.As("nasional")).GetAsync("/api/v1/training-programs")).Problem(HttpStatusCode.Forbidden);
    }

    // ---------- programs ----------

    [Fact]
    public async Task A_program_with_its_partner_and_competencies_is_created_and_read_back()
    {
        var admin = await api.As("admin@tpi");
        var partner = await TrainingTestData.CreatePartner(admin, kind: PartnerKind.University);
        var code = TrainingTestData.NewCode("pkp").ToLowerInvariant();
        var program = await TrainingTestData.CreateProgram(admin, [(Komunikasi, 2), (Integritas, 1)], DevelopmentActivityForm.PelatihanKepemimpinanPengawas, jp: 40,
            code: code, partnerId: partner.Id);

        Assert.Equal(code.ToUpperInvariant(), program.Code);
        Assert.Equal((partner.Id, partner.Name), (program.PartnerId, program.PartnerName));
        Assert.Equal(("Pelatihan Kepemimpinan Pengawas", true, 40, true, 1_500_000m), (program.FormLabel, program.IsClassroom, program.Jp, program.GrantsCertificate, program.CostPerParticipant));
        Assert.Equal([("M.1", 1), ("M.3", 2)], program.Competencies.Select(c => (c.CompetencyCode, c.ExpectedGain)));
        Assert.All(program.Competencies, c => Assert.False(string.IsNullOrEmpty(c.CompetencyName)));

        var response = await admin.GetAsync($"/api/v1/training-programs/{program.Id}");
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        var read = await response.Read<TrainingProgramResponse>();
        Assert.Equal(program.Competencies.Select(c => c.CompetencyId), read.Competencies.Select(c => c.CompetencyId));

        var elearning = await TrainingTestData.CreateProgram(admin, form: DevelopmentActivityForm.ELearning, grantsCertificate: false);
        Assert.Equal(("E-Learning", false, false, null, null), (elearning.FormLabel, elearning.IsClassroom, elearning.GrantsCertificate, elearning.PartnerId, elearning.PartnerName));
        Assert.Empty(elearning.Competencies);
        Assert.Equal(["CreateTrainingProgram"], await AuditActions(admin, program.Id));
    }

    [Fact]
    public async Task A_program_is_refused_with_field_errors_for_bad_values()
    {
        var admin = await api.As("admin@tpi");
        var bad = new TrainingProgramRequest
        {
            Code = "PKP/2026", Title = "", Form = null, Delivery = null, Jp = 0, CostPerParticipant = -1m,
            Competencies = [new() { CompetencyId = Komunikasi, ExpectedGain = 3 }, new() { CompetencyId = null, ExpectedGain = 1 }],
        };
        await (await admin.Post("/api/v1/training-programs", bad)).Problem((HttpStatusCode)422,
            "code", "title", "form", "delivery", "jp", "costPerParticipant", "competencies[0].expectedGain", "competencies[1].competencyId");
        await (await admin.Post("/api/v1/training-programs", TrainingTestData.Program(jp: 1001))).Problem((HttpStatusCode)422, "jp");
        await (await admin.Post("/api/v1/training-programs", new TrainingProgramRequest
        {
            Code = TrainingTestData.NewCode(), Title = "x", Form = DevelopmentActivityForm.Kursus, Delivery = TrainingDelivery.Online, Jp = 4, CostPerParticipant = 1500.50m,
            Competencies = [new() { CompetencyId = Komunikasi, ExpectedGain = 1 }, new() { CompetencyId = Komunikasi, ExpectedGain = 2 }],
        })).Problem((HttpStatusCode)422, "costPerParticipant", "competencies");
        var p = TrainingTestData.Program(Enumerable.Range(0, 21).Select(_ => (Guid.NewGuid(), 1)));
        await (await admin.Post("/api/v1/training-programs", p)).Problem((HttpStatusCode)422, "competencies");
        await (await admin.Post("/api/v1/training-programs", TrainingTestData.Program(code: "ÄBC"))).Problem((HttpStatusCode)422, "code");
        var raw = new StringContent("{\"code\":\"X\",\"title\":\"x\",\"form\":\"Klasikal\",\"delivery\":\"InPerson\",\"jp\":8}", System.Text.Encoding.UTF8, "application/json");
        var problem = await (await admin.PostAsync("/api/v1/training-programs", raw)).Problem(HttpStatusCode.BadRequest);
        Assert.Contains("PelatihanTeknis", problem.ToJsonString());
        Assert.Equal(0, (await admin.Get<Paged<TrainingProgramResponse>>($"/api/v1/training-programs?q={p.Code}")).Total);
    }

    [Fact]
    public async Task Program_codes_are_unique_per_tenant_and_partners_and_competencies_must_be_usable()
    {
        var admin = await api.As("admin@jmb");
        var code = TrainingTestData.NewCode("TEK");
        await TrainingTestData.CreateProgram(admin, code: code);
        var dup = await (await admin.Post("/api/v1/training-programs", TrainingTestData.Program(code: code.ToLowerInvariant()))).Problem(HttpStatusCode.Conflict, "code");
        Assert.Contains(code, (string?)dup["detail"]);
        await TrainingTestData.CreateProgram(await api.As("admin@pgk"), code: code); // another tenant's own catalogue

        var partner = await TrainingTestData.CreatePartner(admin);
        await (await admin.Step($"/api/v1/partners/{partner.Id}", "deactivate")).Read<PartnerResponse>();
        await (await admin.Post("/api/v1/training-programs", TrainingTestData.Program(partnerId: partner.Id))).Problem((HttpStatusCode)422, "partnerId");
        await (await admin.Post("/api/v1/training-programs", TrainingTestData.Program(partnerId: Guid.NewGuid()))).Problem((HttpStatusCode)422, "partnerId");

        var retired = await (await admin.Post("/api/v1/competencies", new CompetencyRequest { Code = "T.LAMA." + Guid.NewGuid().ToString("N")[..4], Name = "Kompetensi lama" }))
            .Read<CompetencyResponse>(HttpStatusCode.Created);
        await (await admin.Step($"/api/v1/competencies/{retired.Id}", "retire")).Read<CompetencyResponse>();
        await (await admin.Post("/api/v1/training-programs", TrainingTestData.Program([(Komunikasi, 1), (retired.Id, 1), (Guid.NewGuid(), 2)])))
            .Problem((HttpStatusCode)422, "competencies[1].competencyId", "competencies[2].competencyId");
    }

    [Fact]
    public async Task An_update_replaces_the_competencies_keeps_a_since_deactivated_partner_and_deactivation_is_idempotent()
    {
        var admin = await api.As("admin@jmb");
        var partner = await TrainingTestData.CreatePartner(admin);
        var program = await TrainingTestData.CreateProgram(admin, [(Komunikasi, 1), (Integritas, 2)], partnerId: partner.Id);
        var url = $"/api/v1/training-programs/{program.Id}";
        await (await admin.Step($"/api/v1/partners/{partner.Id}", "deactivate")).Read<PartnerResponse>();

        var body = TrainingTestData.Program([(PerekatBangsa, 2)], DevelopmentActivityForm.Workshop, jp: 12, grantsCertificate: false, code: program.Code, partnerId: partner.Id, title: "Lokakarya Wawasan Kebangsaan");
        await (await admin.Put(url, body)).Problem((HttpStatusCode)428);
        await (await admin.Put(url, body, ifMatch: 2)).Problem(HttpStatusCode.PreconditionFailed);
        var updated = await (await admin.Update(url, body)).Read<TrainingProgramResponse>();
        Assert.Equal(("Lokakarya Wawasan Kebangsaan", DevelopmentActivityForm.Workshop, 12, false, partner.Id, 2), (updated.Title, updated.Form, updated.Jp, updated.GrantsCertificate, updated.PartnerId, updated.Version));
        Assert.Equal([(PerekatBangsa, 2)], updated.Competencies.Select(c => (c.CompetencyId, c.ExpectedGain)));

        // Moving to another inactive partner is refused; dropping the partner is fine.
        var other = await TrainingTestData.CreatePartner(admin);
        await (await admin.Step($"/api/v1/partners/{other.Id}", "deactivate")).Read<PartnerResponse>();
        await (await admin.Update(url, TrainingTestData.Program(code: program.Code, partnerId: other.Id))).Problem((HttpStatusCode)422, "partnerId");
        var none = await (await admin.Update(url, TrainingTestData.Program(code: program.Code))).Read<TrainingProgramResponse>();
        Assert.Equal((null, 3), (none.PartnerId, none.Version));
        Assert.Empty(none.Competencies);

        var inactive = await (await admin.Step(url, "deactivate")).Read<TrainingProgramResponse>();
        Assert.Equal((false, 4), (inactive.IsActive, inactive.Version));
        Assert.Equal(4, (await (await admin.Step(url, "deactivate")).Read<TrainingProgramResponse>()).Version);
        // No new session of an inactive program.
        await (await admin.Post("/api/v1/training-sessions", TrainingTestData.Session(program.Id))).Problem((HttpStatusCode)422, "programId");
        Assert.Equal(["DeactivateTrainingProgram", "UpdateTrainingProgram", "UpdateTrainingProgram", "CreateTrainingProgram"], await AuditActions(admin, program.Id));
    }

    [Fact]
    public async Task The_catalogue_filters_by_form_competency_partner_text_and_active_and_sorts()
    {
        var admin = await api.As("admin@amq");
        var tag = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var partner = await TrainingTestData.CreatePartner(admin);
        var a = await TrainingTestData.CreateProgram(admin, [(Komunikasi, 2)], DevelopmentActivityForm.PelatihanTeknis, jp: 30, code: $"A-{tag}", partnerId: partner.Id, title: $"Pelayanan Publik {tag}");
        var b = await TrainingTestData.CreateProgram(admin, [(Komunikasi, 1), (Integritas, 1)], DevelopmentActivityForm.Coaching, jp: 10, code: $"B-{tag}", title: $"Coaching Integritas {tag}");
        var c = await TrainingTestData.CreateProgram(admin, [(Integritas, 1)], DevelopmentActivityForm.PelatihanTeknis, jp: 20, code: $"C-{tag}", partnerId: partner.Id, title: $"Anti Korupsi {tag}");
        await (await admin.Step($"/api/v1/training-programs/{c.Id}", "deactivate")).Read<TrainingProgramResponse>();

        async Task<Guid[]> Ids(string query) => (await admin.Get<Paged<TrainingProgramResponse>>($"/api/v1/training-programs?q={tag}&{query}")).Items.Select(p => p.Id).ToArray();
        Assert.Equal([c.Id, b.Id, a.Id], await Ids("")); // by title
        Assert.Equal([a.Id, b.Id, c.Id], await Ids("sort=code"));
        Assert.Equal([a.Id, c.Id, b.Id], await Ids("sort=-jp"));
        Assert.Equal([c.Id, a.Id], await Ids("form=PelatihanTeknis"));
        Assert.Equal([b.Id, a.Id], await Ids($"competencyId={Komunikasi}"));
        Assert.Equal([c.Id, a.Id], await Ids($"partnerId={partner.Id}"));
        Assert.Equal([a.Id], await Ids($"partnerId={partner.Id}&active=true"));
        Assert.Equal([b.Id], await Ids($"competencyId={Integritas}&active=true&form=Coaching"));
        Assert.Equal([b.Id], (await admin.Get<Paged<TrainingProgramResponse>>($"/api/v1/training-programs?q=coaching integritas {tag.ToLowerInvariant()}")).Items.Select(p => p.Id));
        var listed = (await admin.Get<Paged<TrainingProgramResponse>>($"/api/v1/training-programs?q={tag}&competencyId={Integritas}")).Items.First(p => p.Id == b.Id);
        Assert.Equal(2, listed.Competencies.Count); // the list carries every competency, not only the one filtered on
        Assert.Equal("Coaching", listed.FormLabel);
        await (await admin.GetAsync("/api/v1/training-programs?sort=cost")).Problem((HttpStatusCode)422, "sort");
        await (await admin.GetAsync("/api/v1/training-programs?form=Klasikal")).Problem(HttpStatusCode.BadRequest);
    }

    // ---------- sessions ----------

    [Fact]
    public async Task A_session_is_planned_then_opened_with_its_seats_and_indonesian_status()
    {
        var admin = await api.As("admin@tpi");
        var program = await TrainingTestData.CreateProgram(admin, [(Komunikasi, 1)], jp: 16);
        var session = await TrainingTestData.CreateSession(admin, program.Id, capacity: 12, start: new DateOnly(2026, 12, 7), end: new DateOnly(2026, 12, 8));
        Assert.Equal((TrainingSessionStatus.Planned, "Direncanakan", 12, 0, 12, 1), (session.Status, session.StatusLabel, session.Capacity, session.SeatsTaken, session.SeatsLeft, session.Version));
        Assert.Equal((program.Id, program.Code, program.Title, 16, program.Form), (session.ProgramId, session.ProgramCode, session.ProgramTitle, session.ProgramJp, session.ProgramForm));

        var open = await TrainingTestData.Open(admin, session.Id);
        Assert.Equal((TrainingSessionStatus.Open, "Pendaftaran dibuka", 2), (open.Status, open.StatusLabel, open.Version));
        var read = await admin.GetAsync($"/api/v1/training-sessions/{session.Id}");
        Assert.Equal("\"2\"", read.Headers.ETag?.Tag);

        var (_, ready) = await TrainingTestData.OpenSession(admin, capacity: 3);
        Assert.Equal((TrainingSessionStatus.Open, 3), (ready.Status, ready.SeatsLeft));
    }

    [Fact]
    public async Task Sessions_move_planned_open_running_finished_and_refused_steps_are_409s_in_indonesian()
    {
        var admin = await api.As("admin@jmb");
        var program = await TrainingTestData.CreateProgram(admin);
        var session = await TrainingTestData.CreateSession(admin, program.Id);
        var url = $"/api/v1/training-sessions/{session.Id}";

        var early = await (await admin.Step(url, "start")).Problem(HttpStatusCode.Conflict);
        Assert.Equal("Angkatan berstatus Direncanakan tidak dapat menjadi Berlangsung.", (string?)early["detail"]);
        await (await admin.PostIfMatch($"{url}/open", null)).Problem((HttpStatusCode)428);
        await (await admin.PostIfMatch($"{url}/open", 5)).Problem(HttpStatusCode.PreconditionFailed);
        Assert.Equal(TrainingSessionStatus.Planned, (await admin.Get<TrainingSessionResponse>(url)).Status);

        Assert.Equal("Pendaftaran dibuka", (await TrainingTestData.Open(admin, session.Id)).StatusLabel);
        Assert.Equal("Berlangsung", (await TrainingTestData.Start(admin, session.Id)).StatusLabel);
        var finished = await TrainingTestData.Finish(admin, session.Id);
        Assert.Equal((TrainingSessionStatus.Finished, "Selesai", 4), (finished.Status, finished.StatusLabel, finished.Version));
        var late = await (await admin.Step(url, "cancel")).Problem(HttpStatusCode.Conflict);
        Assert.Equal("Angkatan berstatus Selesai tidak dapat menjadi Dibatalkan.", (string?)late["detail"]);
        await (await admin.Step(url, "open")).Problem(HttpStatusCode.Conflict);

        // Cancelled from planned, open or running; nothing after that.
        foreach (var steps in new[] { Array.Empty<string>(), ["open"], ["open", "start"] })
        {
            var s = await TrainingTestData.CreateSession(admin, program.Id);
            foreach (var step in steps) await TrainingTestData.Move(admin, s.Id, step);
            var cancelled = await TrainingTestData.Move(admin, s.Id, "cancel");
            Assert.Equal((TrainingSessionStatus.Cancelled, "Dibatalkan"), (cancelled.Status, cancelled.StatusLabel));
            var after = await (await admin.Step($"/api/v1/training-sessions/{s.Id}", "open")).Problem(HttpStatusCode.Conflict);
            Assert.Equal("Angkatan berstatus Dibatalkan tidak dapat menjadi Pendaftaran dibuka.", (string?)after["detail"]);
        }
        Assert.Equal(["MoveTrainingSession", "MoveTrainingSession", "MoveTrainingSession", "CreateTrainingSession"], await AuditActions(admin, session.Id));
    }

    [Fact]
    public async Task Parallel_transitions_naming_the_same_version_give_one_200_and_the_rest_412()
    {
        var admin = await api.As("admin@pgk");
        var session = await TrainingTestData.CreateSession(admin, (await TrainingTestData.CreateProgram(admin)).Id);
        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => Task.Run(() => admin.PostIfMatch($"/api/v1/training-sessions/{session.Id}/open", 1))));
        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(11, responses.Count(r => r.StatusCode == HttpStatusCode.PreconditionFailed));
        Assert.Equal(2, (await admin.Get<TrainingSessionResponse>($"/api/v1/training-sessions/{session.Id}")).Version);
    }

    [Fact]
    public async Task A_session_is_refused_with_field_errors_for_bad_dates_places_and_capacity()
    {
        var admin = await api.As("admin@tpi");
        var program = await TrainingTestData.CreateProgram(admin);
        await (await admin.Post("/api/v1/training-sessions", new TrainingSessionRequest())).Problem((HttpStatusCode)422, "programId", "name", "startDate", "endDate", "location", "capacity");
        await (await admin.Post("/api/v1/training-sessions", TrainingTestData.Session(program.Id, capacity: 0, start: new DateOnly(2026, 12, 5), end: new DateOnly(2026, 12, 4))))
            .Problem((HttpStatusCode)422, "capacity", "endDate");
        await (await admin.Post("/api/v1/training-sessions", TrainingTestData.Session(program.Id, capacity: 1001, start: new DateOnly(2026, 1, 1), end: new DateOnly(2027, 6, 1))))
            .Problem((HttpStatusCode)422, "capacity", "endDate");
        var noPlace = TrainingTestData.Session(program.Id);
        await (await admin.Post("/api/v1/training-sessions", new TrainingSessionRequest { ProgramId = program.Id, Name = "x", StartDate = noPlace.StartDate, EndDate = noPlace.EndDate, Capacity = 5, Location = "  " }))
            .Problem((HttpStatusCode)422, "location");
        foreach (var link in new[] { "javascript:alert(1)", "ftp://files.example.go.id/x", "https://", "zoom.us/j/123" })
            await (await admin.Post("/api/v1/training-sessions", new TrainingSessionRequest { ProgramId = program.Id, Name = "x", StartDate = noPlace.StartDate, EndDate = noPlace.EndDate, Capacity = 5, OnlineLink = link }))
                .Problem((HttpStatusCode)422, "onlineLink");
        await (await admin.Post("/api/v1/training-sessions", TrainingTestData.Session(Guid.NewGuid()))).Problem((HttpStatusCode)422, "programId");

        // Online only, one day, one seat: fine.
        var online = await (await admin.Post("/api/v1/training-sessions", new TrainingSessionRequest
        {
            ProgramId = program.Id, Name = "Kelas Daring", StartDate = new DateOnly(2026, 12, 9), EndDate = new DateOnly(2026, 12, 9), Capacity = 1, OnlineLink = "https://zoom.us/j/1234567890",
        })).Read<TrainingSessionResponse>(HttpStatusCode.Created);
        Assert.Equal((null, "https://zoom.us/j/1234567890", 1), (online.Location, online.OnlineLink, online.SeatsLeft));
        Assert.Equal(0, (await admin.Get<Paged<TrainingSessionResponse>>($"/api/v1/training-sessions?programId={program.Id}")).Items.Count(s => s.Name != "Kelas Daring"));
    }

    [Fact]
    public async Task A_session_is_edited_while_planned_or_open_only()
    {
        var admin = await api.As("admin@tpi");
        var program = await TrainingTestData.CreateProgram(admin);
        var other = await TrainingTestData.CreateProgram(admin);
        var session = await TrainingTestData.CreateSession(admin, program.Id);
        var url = $"/api/v1/training-sessions/{session.Id}";
        var body = new TrainingSessionRequest
        {
            ProgramId = other.Id, Name = "Angkatan II", StartDate = new DateOnly(2027, 2, 1), EndDate = new DateOnly(2027, 2, 5),
            Location = "Hotel Aston, Tanjungpinang", OnlineLink = "https://meet.example.go.id/angkatan-2", Capacity = 25,
        };
        await (await admin.Put(url, body)).Problem((HttpStatusCode)428);
        await (await admin.Put(url, body, ifMatch: 9)).Problem(HttpStatusCode.PreconditionFailed);
        var edited = await (await admin.Update(url, body)).Read<TrainingSessionResponse>();
        Assert.Equal((other.Id, other.Code, "Angkatan II", new DateOnly(2027, 2, 1), 25, 25, 2, TrainingSessionStatus.Planned),
            (edited.ProgramId, edited.ProgramCode, edited.Name, edited.StartDate, edited.Capacity, edited.SeatsLeft, edited.Version, edited.Status));

        await TrainingTestData.Open(admin, session.Id);
        Assert.Equal(5, (await (await admin.Update(url, TrainingTestData.Session(other.Id, capacity: 5))).Read<TrainingSessionResponse>()).Capacity);
        await (await admin.Update(url, TrainingTestData.Session(other.Id, capacity: 0))).Problem((HttpStatusCode)422, "capacity");

        await TrainingTestData.Start(admin, session.Id);
        var refused = await (await admin.Update(url, body)).Problem(HttpStatusCode.Conflict);
        Assert.Contains("Berlangsung", (string?)refused["detail"]);
        Assert.Equal(5, (await admin.Get<TrainingSessionResponse>(url)).Capacity);

        // A switch to an inactive program is refused; the session's own program may since have been deactivated.
        var planned = await TrainingTestData.CreateSession(admin, program.Id);
        await (await admin.Step($"/api/v1/training-programs/{other.Id}", "deactivate")).Read<TrainingProgramResponse>();
        await (await admin.Update($"/api/v1/training-sessions/{planned.Id}", TrainingTestData.Session(other.Id))).Problem((HttpStatusCode)422, "programId");
        await (await admin.Step($"/api/v1/training-programs/{program.Id}", "deactivate")).Read<TrainingProgramResponse>();
        Assert.Equal("Angkatan Baru", (await (await admin.Update($"/api/v1/training-sessions/{planned.Id}", TrainingTestData.Session(program.Id, name: "Angkatan Baru"))).Read<TrainingSessionResponse>()).Name);
        Assert.Equal(["UpdateTrainingSession", "CreateTrainingSession"], await AuditActions(admin, planned.Id));
    }

    [Fact]
    public async Task A_session_with_participants_keeps_its_program_and_at_least_their_seats()
    {
        // A seeded open session already holds registrations (the enrollment statement is the only other writer of the counter).
        var admin = await api.As("admin@pgk");
        var session = (await admin.Get<Paged<TrainingSessionResponse>>("/api/v1/training-sessions?status=Open&pageSize=500")).Items.First(s => s.SeatsTaken > 1 && s.ProgramCode == "YAN-PRIMA");
        var url = $"/api/v1/training-sessions/{session.Id}";
        TrainingSessionRequest Body(Guid programId, int capacity) => new()
        {
            ProgramId = programId, Name = session.Name, StartDate = session.StartDate, EndDate = session.EndDate, Location = session.Location, OnlineLink = session.OnlineLink, Capacity = capacity,
        };
        var fewer = await (await admin.Update(url, Body(session.ProgramId, session.SeatsTaken - 1))).Problem(HttpStatusCode.Conflict);
        Assert.Equal($"Kapasitas tidak boleh kurang dari kursi yang sudah terisi ({session.SeatsTaken}).", (string?)fewer["detail"]);
        var other = await TrainingTestData.CreateProgram(admin);
        var moved = await (await admin.Update(url, Body(other.Id, session.Capacity))).Problem(HttpStatusCode.Conflict);
        Assert.Equal("Program tidak dapat diganti setelah ada peserta terdaftar.", (string?)moved["detail"]);
        var after = await admin.Get<TrainingSessionResponse>(url);
        Assert.Equal((session.Version, session.Capacity, session.ProgramId, session.SeatsTaken), (after.Version, after.Capacity, after.ProgramId, after.SeatsTaken));
    }

    [Fact]
    public async Task Sessions_list_by_start_date_and_filters_by_program_status_days_and_text()
    {
        var admin = await api.As("admin@amq");
        var program = await TrainingTestData.CreateProgram(admin, title: "Pelatihan Penanganan Pengaduan " + Guid.NewGuid().ToString("N")[..6]);
        var march = await TrainingTestData.CreateSession(admin, program.Id, start: new DateOnly(2027, 3, 10), end: new DateOnly(2027, 3, 12), name: "Angkatan III");
        var january = await TrainingTestData.CreateSession(admin, program.Id, start: new DateOnly(2027, 1, 10), end: new DateOnly(2027, 1, 31), name: "Angkatan I");
        var february = await TrainingTestData.CreateSession(admin, program.Id, start: new DateOnly(2027, 2, 1), end: new DateOnly(2027, 2, 3), name: "Angkatan II");
        await TrainingTestData.Open(admin, february.Id);

        async Task<Guid[]> Ids(string query) => (await admin.Get<Paged<TrainingSessionResponse>>($"/api/v1/training-sessions?programId={program.Id}&{query}")).Items.Select(s => s.Id).ToArray();
        Assert.Equal([january.Id, february.Id, march.Id], await Ids(""));
        Assert.Equal([march.Id, february.Id, january.Id], await Ids("sort=-startDate"));
        Assert.Equal([february.Id], await Ids("status=Open"));
        Assert.Equal([january.Id, march.Id], await Ids("status=Planned"));
        // The days a session runs on: January's runs into the 31st.
        Assert.Equal([january.Id, february.Id], await Ids("from=2027-01-20&to=2027-02-15"));
        Assert.Equal([march.Id], await Ids("from=2027-03-12"));
        Assert.Equal([january.Id], await Ids("to=2027-01-10"));
        Assert.Equal([march.Id], await Ids("q=angkatan iii"));
        var byProgram = await admin.Get<Paged<TrainingSessionResponse>>($"/api/v1/training-sessions?q={Uri.EscapeDataString(program.Title)}&pageSize=2");
        Assert.Equal((3, 2), (byProgram.Total!.Value, byProgram.Items.Count));
        Assert.Equal("Pendaftaran dibuka", (await admin.Get<Paged<TrainingSessionResponse>>($"/api/v1/training-sessions?programId={program.Id}&status=Open")).Items[0].StatusLabel);
        await (await admin.GetAsync("/api/v1/training-sessions?from=2027-02-01&to=2027-01-01")).Problem((HttpStatusCode)422, "to");
        await (await admin.GetAsync("/api/v1/training-sessions?status=Dibuka")).Problem(HttpStatusCode.BadRequest);
        await (await admin.GetAsync("/api/v1/training-sessions?from=kemarin")).Problem(HttpStatusCode.BadRequest);
        await (await admin.GetAsync("/api/v1/training-sessions?sort=seats")).Problem((HttpStatusCode)422, "sort");
    }

    // ---------- demo data ----------

    private static readonly string[] SeededPrograms =
        ["PKP", "PKA", "TEK-SPBE", "EGOV-DATA", "YAN-ADUAN", "YAN-PRIMA", "KEU-ANGG", "SDM-ASN", "PBJ-DASAR", "COACH-KIN", "EL-LITDIG", "SEM-INTEG", "MENTOR-KEB"];

    [Fact]
    public async Task Every_demo_tenant_has_a_catalogue_with_sessions_in_every_state()
    {
        foreach (var code in new[] { "tpi", "jmb", "pgk", "amq" })
        {
            var viewer = await api.As($"viewer@{code}");
            var partners = (await viewer.Get<Paged<PartnerResponse>>("/api/v1/partners?pageSize=500")).Items;
            Assert.True(partners.Count >= 5);
            Assert.Superset(new HashSet<PartnerKind> { PartnerKind.University, PartnerKind.GovernmentTrainingAgency, PartnerKind.Ngo, PartnerKind.ProfessionalBody }, partners.Select(p => p.Kind).ToHashSet());
            var programs = (await viewer.Get<Paged<TrainingProgramResponse>>("/api/v1/training-programs?pageSize=500")).Items.Where(p => SeededPrograms.Contains(p.Code)).ToList();
            Assert.Equal(SeededPrograms.Length, programs.Count);
            Assert.True(programs.Select(p => p.Form).Distinct().Count() >= 8);
            Assert.Contains(programs, p => p.IsClassroom);
            Assert.Contains(programs, p => !p.IsClassroom);
            Assert.All(programs, p => Assert.NotEmpty(p.Competencies));
            var sessions = (await viewer.Get<Paged<TrainingSessionResponse>>("/api/v1/training-sessions?pageSize=500&q=angkatan")).Items;
            Assert.Equal(Enum.GetValues<TrainingSessionStatus>().ToHashSet(), sessions.Select(s => s.Status).ToHashSet());
            Assert.Contains(sessions, s => s.Status == TrainingSessionStatus.Open && s.SeatsLeft > 0);
        }
    }

    /// <summary>The seeded completions as the enrollment and ledger areas would have left them: read straight from the database.</summary>
    [Fact]
    public void The_demo_completions_are_in_step_with_seats_certificates_and_the_ledger()
    {
        using var db = new SqliteConnection($"Data Source={Path.Combine(api.DataDirectory, "asnapi.db")};Mode=ReadOnly");
        db.Open();
        long Count(string sql)
        {
            using var command = db.CreateCommand();
            command.CommandText = sql;
            return (long)command.ExecuteScalar()!;
        }
        Assert.True(Count("SELECT COUNT(*) FROM TrainingEnrollments WHERE Status = 'Completed'") > 400);
        // Seats: every enrollment but a withdrawn one holds a seat.
        Assert.Equal(0, Count("""
            SELECT COUNT(*) FROM TrainingSessions s
            WHERE s.SeatsTaken <> (SELECT COUNT(*) FROM TrainingEnrollments en WHERE en.SessionId = s.Id AND en.Status <> 'Withdrawn') OR s.SeatsTaken > s.Capacity
            """));
        // Every completion has its JP in the ledger, once, dated the session's last day; nothing else is credited for enrollments.
        Assert.Equal(0, Count("""
            SELECT COUNT(*) FROM TrainingEnrollments en JOIN TrainingSessions s ON s.Id = en.SessionId
            WHERE en.Status = 'Completed' AND (en.JpCredited IS NULL OR 1 <> (SELECT COUNT(*) FROM JpLedgerEntries j
                WHERE j.Source = 'Enrollment' AND j.SourceId = en.Id AND j.Jp = en.JpCredited AND j.EntryDate = s.EndDate AND j.EmployeeId = en.EmployeeId AND j.TenantId = en.TenantId))
            """));
        Assert.Equal(0, Count("SELECT COUNT(*) FROM JpLedgerEntries j WHERE j.Source = 'Enrollment' AND NOT EXISTS (SELECT 1 FROM TrainingEnrollments en WHERE en.Id = j.SourceId AND en.Status = 'Completed')"));
        // Certificates: only for programs that grant one, and each sequence stands at the last number issued.
        Assert.Equal(0, Count("""
            SELECT COUNT(*) FROM TrainingEnrollments en JOIN TrainingSessions s ON s.Id = en.SessionId JOIN TrainingPrograms p ON p.Id = s.ProgramId
            WHERE (en.Status = 'Completed' AND p.GrantsCertificate = 1) <> (en.CertificateNumber IS NOT NULL)
            """));
        Assert.Equal(0, Count("""
            SELECT COUNT(*) FROM CertificateSequences q
            WHERE q.LastNumber <> (SELECT COUNT(*) FROM TrainingEnrollments en JOIN TrainingSessions s ON s.Id = en.SessionId JOIN TrainingPrograms p ON p.Id = s.ProgramId
                                   WHERE en.TenantId = q.TenantId AND p.Code = q.ProgramCode AND en.CertificateNumber LIKE '%/' || q.Year || '/' || q.ProgramCode || '/%')
            """));
        // The ledger shows, in every tenant, people at the 20-JP target and people below it, in the year of most completions
        // (this year, unless the seed ran in the first weeks of a year).
        var year = Count("SELECT Year FROM JpLedgerEntries GROUP BY Year ORDER BY COUNT(*) DESC, Year DESC LIMIT 1");
        foreach (var atTarget in new[] { true, false })
            Assert.Equal(0, Count($"""
                SELECT COUNT(*) FROM Tenants t WHERE t.Code IN ('tpi', 'jmb', 'pgk', 'amq') AND NOT EXISTS (
                    SELECT 1 FROM Employees e WHERE e.TenantId = t.Id
                    AND (SELECT COALESCE(SUM(j.Jp), 0) FROM JpLedgerEntries j WHERE j.EmployeeId = e.Id AND j.Year = {year}) {(atTarget ? ">=" : "<")} 20)
                """));
    }
}
