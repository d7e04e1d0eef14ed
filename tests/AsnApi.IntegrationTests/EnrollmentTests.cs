using System.Net;
using System.Text.Json.Nodes;
using AsnApi.Contracts;
using AsnApi.Domain;

namespace AsnApi.IntegrationTests;

/// <summary>
/// Enrollments over HTTP: enrolling and its 409 reasons, roles and scopes, the roster, attendance and scores,
/// the participant flow, completion with its JP credit, certificate number and closed plan items, withdrawal.
/// </summary>
[Collection(ApiCollection.Name)]
public class EnrollmentTests(ApiFactory api)
{
    private static readonly Guid Integritas = NationalCompetencies.IdOf("M.1");
    private static readonly Guid Komunikasi = NationalCompetencies.IdOf("M.3");

    internal static string Roster(Guid sessionId) => $"/api/v1/training-sessions/{sessionId}/enrollments";

    internal static string One(Guid sessionId, Guid enrollmentId) => $"/api/v1/training-sessions/{sessionId}/enrollments/{enrollmentId}";

    internal static Task<HttpResponseMessage> Enroll(HttpClient c, Guid sessionId, Guid? employeeId) =>
        c.Post(Roster(sessionId), new EnrollmentRequest { EmployeeId = employeeId });

    internal static async Task<EnrollmentResponse> Enrolled(HttpClient c, Guid sessionId, Guid employeeId) =>
        await (await Enroll(c, sessionId, employeeId)).Read<EnrollmentResponse>(HttpStatusCode.Created);

    /// <summary>
    /// A fresh active PNS on an existing position of the unit with this code. The name's words are letters only, so a
    /// search by any word's start finds them by name (digits would be read as a NIP), and no position without a
    /// standard is left behind for other tests to pick up.
    /// </summary>
    internal static async Task<EmployeeResponse> EmployeeIn(HttpClient admin, string unitCode)
    {
        var unit = (await admin.Get<Paged<UnitResponse>>($"/api/v1/units?q={unitCode}&pageSize=50")).Items.Single(u => u.Code == unitCode);
        var position = await admin.FirstId<PositionResponse>($"/api/v1/positions?unitId={unit.Id}&active=true&pageSize=1");
        var letters = new string(Guid.NewGuid().ToString("N")[..8].Select(c => (char)('a' + Convert.ToInt32(c.ToString(), 16))).ToArray());
        return await (await admin.Post("/api/v1/employees", TestData.Employee(position, name: "Peserta Pelatihan " + char.ToUpperInvariant(letters[0]) + letters[1..])))
            .Read<EmployeeResponse>(HttpStatusCode.Created);
    }

    private static async Task<JsonObject> Conflict(HttpResponseMessage r, string reason)
    {
        var problem = await r.Problem(HttpStatusCode.Conflict);
        Assert.Equal(reason, (string?)problem["reason"]);
        return problem;
    }

    [Fact]
    public async Task Enrolling_answers_201_with_location_and_etag_and_each_conflict_a_409_with_its_reason()
    {
        var admin = await api.As("admin@tpi");
        var (_, session) = await TrainingTestData.OpenSession(admin, capacity: 2);
        var (first, second, third) = (await EmployeeIn(admin, "DUKCAPIL"), await EmployeeIn(admin, "DUKCAPIL"), await EmployeeIn(admin, "DUKCAPIL"));

        var response = await Enroll(admin, session.Id, first.Id);
        var created = await response.Read<EnrollmentResponse>(HttpStatusCode.Created);
        Assert.Equal(One(session.Id, created.Id), response.Headers.Location?.OriginalString);
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        Assert.Equal((EnrollmentStatus.Registered, first.Id, first.Nip, session.Id, "admin@tpi", 1), (created.Status, created.EmployeeId, created.Nip, created.SessionId, created.EnrolledBy, created.Version));
        Assert.Equal((0, null, null), (created.DaysPresent, created.JpCredited, created.CertificateNumber));

        var again = await Conflict(await Enroll(admin, session.Id, first.Id), "alreadyEnrolled");
        Assert.Contains("sudah terdaftar", (string)again["detail"]!);
        Assert.Contains("Terdaftar", (string)again["detail"]!);
        Assert.True(again["errors"]?["employeeId"] is JsonArray);
        await Enrolled(admin, session.Id, second.Id);
        var full = await Conflict(await Enroll(admin, session.Id, third.Id), "full");
        Assert.Contains("penuh", (string)full["detail"]!);

        // Seats do not move the session's version: the session editor's If-Match stays valid.
        var after = await admin.Get<TrainingSessionResponse>($"/api/v1/training-sessions/{session.Id}");
        Assert.Equal((2, session.Version), (after.SeatsTaken, after.Version));

        var planned = await TrainingTestData.CreateSession(admin, session.ProgramId);
        var notOpen = await Conflict(await Enroll(admin, planned.Id, third.Id), "notOpen");
        Assert.Contains("Direncanakan", (string)notOpen["detail"]!);
        Assert.Contains("Pendaftaran dibuka", (string)notOpen["detail"]!);

        await (await Enroll(admin, Guid.NewGuid(), third.Id)).Problem(HttpStatusCode.NotFound);
        var other = await TrainingTestData.OpenSession(admin, capacity: 5);
        await (await Enroll(admin, other.Session.Id, Guid.NewGuid())).Problem(HttpStatusCode.NotFound);
        await (await Enroll(admin, other.Session.Id, null)).Problem((HttpStatusCode)422, "employeeId");
        var jmbEmployee = (await (await api.As("admin@jmb")).Get<Paged<EmployeeResponse>>("/api/v1/employees?pageSize=1&active=true")).Items[0];
        await (await Enroll(admin, other.Session.Id, jmbEmployee.Id)).Problem(HttpStatusCode.NotFound);

        var inactive = await EmployeeIn(admin, "DUKCAPIL");
        await (await admin.Step($"/api/v1/employees/{inactive.Id}", "deactivate")).Read<EmployeeResponse>();
        await (await Enroll(admin, other.Session.Id, inactive.Id)).Problem((HttpStatusCode)422, "employeeId");

        await (await Enroll(await api.As("viewer@tpi"), other.Session.Id, third.Id)).Problem(HttpStatusCode.Forbidden);

        // None of the refusals wrote anything.
        Assert.Equal(2, (await admin.Get<Paged<EnrollmentResponse>>(Roster(session.Id))).Total);
        Assert.Equal(0, (await admin.Get<Paged<EnrollmentResponse>>(Roster(other.Session.Id))).Total);
        Assert.Equal(0, (await admin.Get<TrainingSessionResponse>($"/api/v1/training-sessions/{other.Session.Id}")).SeatsTaken);
        var audit = await admin.Get<Paged<AuditEntryResponse>>($"/api/v1/audit?entityType=TrainingEnrollment&entityId={created.Id}");
        Assert.Equal(["Enroll"], audit.Items.Select(a => a.Action));

        // The session editor's ETag, read before anyone enrolled, still holds: a seat taken is not an edit.
        var edited = await (await admin.Put($"/api/v1/training-sessions/{session.Id}", TrainingTestData.Session(session.ProgramId, capacity: 3), ifMatch: session.Version))
            .Read<TrainingSessionResponse>();
        Assert.Equal((3, 2), (edited.Capacity, edited.SeatsTaken));
        await Enrolled(admin, session.Id, third.Id);
    }

    [Fact]
    public async Task A_unit_head_enrolls_and_sees_only_their_sub_tree_and_a_viewer_reads_masked_nips()
    {
        var admin = await api.As("admin@tpi");
        var head = await api.As("kadinkes@tpi");
        var viewer = await api.As("viewer@tpi");
        var (_, session) = await TrainingTestData.OpenSession(admin, capacity: 5);
        var inside = await EmployeeIn(admin, "DINKES-P2P");
        var outside = await EmployeeIn(admin, "DUKCAPIL");

        var mine = await Enrolled(head, session.Id, inside.Id);
        await (await Enroll(head, session.Id, outside.Id)).Problem(HttpStatusCode.NotFound);
        var theirs = await Enrolled(admin, session.Id, outside.Id);

        var headRoster = await head.Get<Paged<EnrollmentResponse>>(Roster(session.Id));
        Assert.Equal([mine.Id], headRoster.Items.Select(e => e.Id));
        await (await head.GetAsync(One(session.Id, theirs.Id))).Problem(HttpStatusCode.NotFound);
        await (await head.Step(One(session.Id, theirs.Id), "withdraw")).Problem(HttpStatusCode.NotFound);
        Assert.Equal(2, (await admin.Get<Paged<EnrollmentResponse>>(Roster(session.Id))).Total);

        var masked = await viewer.Get<Paged<EnrollmentResponse>>(Roster(session.Id));
        Assert.Equal(2, masked.Total);
        Assert.All(masked.Items, e => Assert.StartsWith("********", e.Nip));
        Assert.Equal("********" + inside.Nip[8..], (await viewer.Get<EnrollmentResponse>(One(session.Id, mine.Id))).Nip);
        Assert.Equal(inside.Nip, (await head.Get<EnrollmentResponse>(One(session.Id, mine.Id))).Nip);
        // A viewer cannot find the birth date through the search either: digits are matched from digit 9.
        Assert.Empty((await viewer.Get<Paged<EnrollmentResponse>>($"{Roster(session.Id)}?q={inside.Nip[..8]}")).Items);
        Assert.Single((await viewer.Get<Paged<EnrollmentResponse>>($"{Roster(session.Id)}?q={inside.Nip[8..]}")).Items);
        await (await viewer.Step(One(session.Id, mine.Id), "withdraw")).Problem(HttpStatusCode.Forbidden);

        // Scripts: a write key enrolls anyone of the tenant and reads masked NIPs; a read key only reads.
        async Task<HttpClient> Key(ApiKeyScope scope) => api.WithApiKey((await (await admin.Post("/api/v1/api-keys",
            new CreateApiKeyRequest { Name = "sinkron pelatihan " + scope, Scopes = [scope] })).Read<CreatedApiKeyResponse>(HttpStatusCode.Created)).Secret);
        var writer = await Key(ApiKeyScope.Write);
        var reader = await Key(ApiKeyScope.Read);
        var third = await EmployeeIn(admin, "DUKCAPIL");
        await (await Enroll(reader, session.Id, third.Id)).Problem(HttpStatusCode.Forbidden);
        var byScript = await Enrolled(writer, session.Id, third.Id);
        Assert.Equal("********" + third.Nip[8..], byScript.Nip);
        Assert.Equal(3, (await reader.Get<Paged<EnrollmentResponse>>(Roster(session.Id))).Total);
    }

    [Fact]
    public async Task The_roster_pages_filters_searches_and_sorts()
    {
        var admin = await api.As("admin@pgk");
        var (_, session) = await TrainingTestData.OpenSession(admin, capacity: 10);
        var people = new List<EmployeeResponse>();
        for (var i = 0; i < 5; i++) people.Add(await EmployeeIn(admin, "DUKCAPIL"));
        var enrolled = new List<EnrollmentResponse>();
        foreach (var p in people) enrolled.Add(await Enrolled(admin, session.Id, p.Id));
        await (await admin.Step(One(session.Id, enrolled[0].Id), "withdraw")).Read<EnrollmentResponse>();

        var page1 = await admin.Get<Paged<EnrollmentResponse>>($"{Roster(session.Id)}?pageSize=2&sort=-name");
        var page3 = await admin.Get<Paged<EnrollmentResponse>>($"{Roster(session.Id)}?pageSize=2&page=3&sort=-name");
        Assert.Equal((5, 2, 1), (page1.Total, page1.Items.Count, page3.Items.Count));
        var byName = people.Select(p => p.Name).OrderDescending(StringComparer.Ordinal).ToList();
        Assert.Equal(byName[..2], page1.Items.Select(e => e.EmployeeName));
        Assert.Equal(byName[4], page3.Items[0].EmployeeName);

        var withdrawn = await admin.Get<Paged<EnrollmentResponse>>($"{Roster(session.Id)}?status=Withdrawn");
        Assert.Equal([enrolled[0].Id], withdrawn.Items.Select(e => e.Id));
        Assert.Equal(4, (await admin.Get<Paged<EnrollmentResponse>>($"{Roster(session.Id)}?status=Registered")).Total);

        var someone = people[3];
        Assert.Equal([someone.Id], (await admin.Get<Paged<EnrollmentResponse>>($"{Roster(session.Id)}?q={Uri.EscapeDataString(someone.Name)}")).Items.Select(e => e.EmployeeId));
        Assert.Equal([someone.Id], (await admin.Get<Paged<EnrollmentResponse>>($"{Roster(session.Id)}?q={someone.Nip}")).Items.Select(e => e.EmployeeId));
        Assert.Empty((await admin.Get<Paged<EnrollmentResponse>>($"{Roster(session.Id)}?q=zzzqqq")).Items);
        var byNip = await admin.Get<Paged<EnrollmentResponse>>($"{Roster(session.Id)}?sort=nip");
        Assert.Equal(byNip.Items.Select(e => e.Nip).Order(StringComparer.Ordinal), byNip.Items.Select(e => e.Nip));

        await (await admin.GetAsync($"{Roster(session.Id)}?sort=gaji")).Problem((HttpStatusCode)422, "sort");
        await (await admin.GetAsync($"{Roster(session.Id)}?status=Lulus")).Problem(HttpStatusCode.BadRequest, "status");
        await (await admin.GetAsync($"{Roster(session.Id)}?pageSize=501")).Problem((HttpStatusCode)422, "pageSize");
        await (await admin.GetAsync(Roster(Guid.NewGuid()))).Problem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Attendance_and_scores_are_checked_then_replaced_as_a_whole()
    {
        var admin = await api.As("admin@tpi");
        var (_, session) = await TrainingTestData.OpenSession(admin, start: new DateOnly(2026, 12, 1), end: new DateOnly(2026, 12, 3));
        var e = await Enrolled(admin, session.Id, (await EmployeeIn(admin, "DUKCAPIL")).Id);
        var url = One(session.Id, e.Id);
        EnrollmentUpdateRequest Body(int? pre, int? post, params (string Day, bool Present)[] days) => new()
        {
            PreTestScore = pre, PostTestScore = post,
            Attendance = days.Select(d => new AttendanceDayRequest { Day = DateOnly.Parse(d.Day, System.Globalization.CultureInfo.InvariantCulture), Present = d.Present }).ToList(),
        };

        await (await admin.Put(url, Body(50, 80))).Problem((HttpStatusCode)428);
        await (await admin.Put(url, Body(50, 80), ifMatch: 7)).Problem(HttpStatusCode.PreconditionFailed);
        await (await admin.Put(url, Body(101, -1), ifMatch: 1)).Problem((HttpStatusCode)422, "preTestScore", "postTestScore");
        await (await admin.Put(url, Body(50, 80, ("2026-11-30", true), ("2026-12-04", true)), ifMatch: 1)).Problem((HttpStatusCode)422, "attendance[0].day", "attendance[1].day");
        await (await admin.Put(url, Body(50, 80, ("2026-12-01", true), ("2026-12-01", false)), ifMatch: 1)).Problem((HttpStatusCode)422, "attendance[1].day");
        await (await admin.Put(url, new EnrollmentUpdateRequest { Attendance = [new AttendanceDayRequest { Day = new DateOnly(2026, 12, 2) }] }, ifMatch: 1))
            .Problem((HttpStatusCode)422, "attendance[0].present");
        Assert.Equal(1, await admin.Version(url)); // nothing written

        var first = await (await admin.Put(url, Body(45, 85, ("2026-12-01", true), ("2026-12-02", false), ("2026-12-03", true)), ifMatch: 1)).Read<EnrollmentResponse>();
        Assert.Equal((45, 85, 2, 2), (first.PreTestScore, first.PostTestScore, first.DaysPresent, first.Version));
        Assert.Equal([(new DateOnly(2026, 12, 1), true), (new DateOnly(2026, 12, 2), false), (new DateOnly(2026, 12, 3), true)],
            first.Attendance!.Select(a => (a.Day, a.Present)));

        var second = await (await admin.Update(url, Body(null, 90, ("2026-12-02", true)))).Read<EnrollmentResponse>();
        Assert.Equal((null, 90, 1, 3), (second.PreTestScore, second.PostTestScore, second.DaysPresent, second.Version));
        Assert.Equal([new DateOnly(2026, 12, 2)], second.Attendance!.Select(a => a.Day));
        Assert.Equal(1, (await admin.Get<Paged<EnrollmentResponse>>(Roster(session.Id))).Items.Single().DaysPresent);

        await (await (await api.As("viewer@tpi")).Update(url, Body(1, 1))).Problem(HttpStatusCode.Forbidden);
        await (await admin.Step(url, "withdraw")).Read<EnrollmentResponse>();
        await Conflict(await admin.Update(url, Body(1, 1)), "invalidTransition");
    }

    [Fact]
    public async Task The_participant_flow_follows_the_session_and_names_states_in_Indonesian()
    {
        var admin = await api.As("admin@tpi");
        var (_, session) = await TrainingTestData.OpenSession(admin);
        var a = await Enrolled(admin, session.Id, (await EmployeeIn(admin, "DUKCAPIL")).Id);
        var b = await Enrolled(admin, session.Id, (await EmployeeIn(admin, "DUKCAPIL")).Id);
        var c = await Enrolled(admin, session.Id, (await EmployeeIn(admin, "DUKCAPIL")).Id);

        var early = await Conflict(await admin.Step(One(session.Id, a.Id), "attend"), "sessionNotRunning");
        Assert.Contains("Berlangsung", (string)early["detail"]!);
        await Conflict(await admin.Step(One(session.Id, a.Id), "complete"), "sessionNotRunning");
        await Conflict(await admin.Step(One(session.Id, a.Id), "not-complete"), "sessionNotRunning");
        await (await admin.PostIfMatch($"{One(session.Id, a.Id)}/attend", null)).Problem((HttpStatusCode)428);

        await TrainingTestData.Start(admin, session.Id);
        var attending = await (await admin.Step(One(session.Id, a.Id), "attend")).Read<EnrollmentResponse>();
        Assert.Equal((EnrollmentStatus.Attending, 2), (attending.Status, attending.Version));
        var twice = await Conflict(await admin.Step(One(session.Id, a.Id), "attend"), "invalidTransition");
        Assert.Contains("Mengikuti", (string)twice["detail"]!);
        await (await admin.PostIfMatch($"{One(session.Id, a.Id)}/complete", 1)).Problem(HttpStatusCode.PreconditionFailed);
        var started = await Conflict(await admin.Step(One(session.Id, b.Id), "withdraw"), "sessionStarted");
        Assert.Contains("Berlangsung", (string)started["detail"]!);

        var failed = await (await admin.Step(One(session.Id, b.Id), "not-complete")).Read<EnrollmentResponse>();
        Assert.Equal((EnrollmentStatus.NotCompleted, null, null), (failed.Status, failed.JpCredited, failed.CertificateNumber));
        Assert.Empty(failed.LedgerEntries!);
        var refused = await Conflict(await admin.Step(One(session.Id, b.Id), "complete"), "invalidTransition");
        Assert.Contains("Tidak lulus", (string)refused["detail"]!);
        Assert.Contains("Lulus", (string)refused["detail"]!);

        await (await (await api.As("viewer@tpi")).Step(One(session.Id, c.Id), "complete")).Problem(HttpStatusCode.Forbidden);
        await (await admin.Step(One(session.Id, a.Id), "complete")).Read<EnrollmentResponse>();
        await TrainingTestData.Finish(admin, session.Id);
        // Results can still be recorded after the last day; attending cannot.
        await Conflict(await admin.Step(One(session.Id, c.Id), "attend"), "sessionNotRunning");
        Assert.Equal(EnrollmentStatus.Completed, (await (await admin.Step(One(session.Id, c.Id), "complete")).Read<EnrollmentResponse>()).Status);
        await (await admin.Step(One(Guid.NewGuid(), c.Id), "complete")).Problem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Withdrawal_frees_the_seat_and_enrolling_again_reuses_the_row()
    {
        var admin = await api.As("admin@tpi");
        var (_, session) = await TrainingTestData.OpenSession(admin, capacity: 1);
        var (first, second) = (await EmployeeIn(admin, "DUKCAPIL"), await EmployeeIn(admin, "DUKCAPIL"));
        var e = await Enrolled(admin, session.Id, first.Id);
        await Conflict(await Enroll(admin, session.Id, second.Id), "full");

        await (await admin.PostIfMatch($"{One(session.Id, e.Id)}/withdraw", null)).Problem((HttpStatusCode)428);
        var withdrawn = await (await admin.Step(One(session.Id, e.Id), "withdraw")).Read<EnrollmentResponse>();
        Assert.Equal(EnrollmentStatus.Withdrawn, withdrawn.Status);
        Assert.Equal(0, (await admin.Get<TrainingSessionResponse>($"/api/v1/training-sessions/{session.Id}")).SeatsTaken);
        await Conflict(await admin.Step(One(session.Id, e.Id), "withdraw"), "invalidTransition");

        var taken = await Enrolled(admin, session.Id, second.Id);
        await Conflict(await Enroll(admin, session.Id, first.Id), "full");
        await (await admin.Step(One(session.Id, taken.Id), "withdraw")).Read<EnrollmentResponse>();
        var back = await Enrolled(admin, session.Id, first.Id);
        Assert.Equal((e.Id, EnrollmentStatus.Registered), (back.Id, back.Status));
        Assert.True(back.Version > withdrawn.Version);
        var session2 = await admin.Get<TrainingSessionResponse>($"/api/v1/training-sessions/{session.Id}");
        Assert.Equal((1, session.Version), (session2.SeatsTaken, session2.Version));
        Assert.Equal(2, (await admin.Get<Paged<EnrollmentResponse>>(Roster(session.Id))).Total);

        var audit = await admin.Get<Paged<AuditEntryResponse>>($"/api/v1/audit?entityType=TrainingEnrollment&entityId={e.Id}");
        Assert.Equal(["Enroll", "MoveEnrollment", "Enroll"], audit.Items.Select(x => x.Action));
    }

    [Fact]
    public async Task Completion_credits_the_JP_on_the_last_day_and_numbers_certificates_per_program_and_year()
    {
        var admin = await api.As("admin@amq");
        var program = await TrainingTestData.CreateProgram(admin, [(Komunikasi, 1)], jp: 24, grantsCertificate: true);
        var december = await TrainingTestData.CreateSession(admin, program.Id, start: new DateOnly(2026, 12, 28), end: new DateOnly(2026, 12, 31));
        // Starts in 2026, ends in 2027: the JP and the certificate belong to 2027.
        var yearEnd = await TrainingTestData.CreateSession(admin, program.Id, start: new DateOnly(2026, 12, 30), end: new DateOnly(2027, 1, 2));
        await TrainingTestData.Open(admin, december.Id);
        await TrainingTestData.Open(admin, yearEnd.Id);
        var people = new List<EmployeeResponse>();
        for (var i = 0; i < 4; i++) people.Add(await EmployeeIn(admin, "DUKCAPIL"));
        var inDecember = new List<EnrollmentResponse>();
        foreach (var p in people.Take(3)) inDecember.Add(await Enrolled(admin, december.Id, p.Id));
        var crossing = await Enrolled(admin, yearEnd.Id, people[3].Id);
        await TrainingTestData.Start(admin, december.Id);
        await TrainingTestData.Start(admin, yearEnd.Id);

        var done = new List<EnrollmentResponse>();
        foreach (var e in inDecember) done.Add(await (await admin.Step(One(december.Id, e.Id), "complete")).Read<EnrollmentResponse>());
        Assert.Equal(Enumerable.Range(1, 3).Select(n => $"AMQ/2026/{program.Code}/{n:D4}"), done.Select(d => d.CertificateNumber));
        var one = done[0];
        Assert.Equal((EnrollmentStatus.Completed, 24), (one.Status, one.JpCredited));
        Assert.NotNull(one.CompletedAt);
        var entry = Assert.Single(one.LedgerEntries!);
        Assert.Equal((2026, new DateOnly(2026, 12, 31), program.Form, 24, program.Title), (entry.Year, entry.EntryDate, entry.Form, entry.Jp, entry.Title));

        var next = await (await admin.Step(One(yearEnd.Id, crossing.Id), "complete")).Read<EnrollmentResponse>();
        Assert.Equal($"AMQ/2027/{program.Code}/0001", next.CertificateNumber);
        Assert.Equal((2027, new DateOnly(2027, 1, 2)), (next.LedgerEntries!.Single().Year, next.LedgerEntries!.Single().EntryDate));

        // A program without a certificate still credits its JP; another program numbers from 1 on its own.
        var (plain, plainSession) = await TrainingTestData.OpenSession(admin, jp: 8, grantsCertificate: false);
        var (other, otherSession) = await TrainingTestData.OpenSession(admin, jp: 16, grantsCertificate: true);
        var p1 = await Enrolled(admin, plainSession.Id, people[0].Id);
        var p2 = await Enrolled(admin, otherSession.Id, people[0].Id);
        await TrainingTestData.Start(admin, plainSession.Id);
        await TrainingTestData.Start(admin, otherSession.Id);
        var noCertificate = await (await admin.Step(One(plainSession.Id, p1.Id), "complete")).Read<EnrollmentResponse>();
        Assert.Equal((null, 8, 8), (noCertificate.CertificateNumber, noCertificate.JpCredited, noCertificate.LedgerEntries!.Single().Jp));
        Assert.Equal($"AMQ/{otherSession.EndDate.Year}/{other.Code}/0001", (await (await admin.Step(One(otherSession.Id, p2.Id), "complete")).Read<EnrollmentResponse>()).CertificateNumber);
        Assert.Equal(plain.Jp, noCertificate.JpCredited);

        // Completing twice is refused and credits nothing more.
        await Conflict(await admin.Step(One(december.Id, one.Id), "complete"), "invalidTransition");
        Assert.Single((await admin.Get<EnrollmentResponse>(One(december.Id, one.Id))).LedgerEntries!);
        var audit = await admin.Get<Paged<AuditEntryResponse>>($"/api/v1/audit?entityType=TrainingEnrollment&entityId={one.Id}");
        Assert.Equal(["CompleteEnrollment", "Enroll"], audit.Items.Select(a => a.Action));
    }

    [Fact]
    public async Task Completion_closes_the_matching_items_of_approved_plans_only()
    {
        var admin = await api.As("admin@tpi");
        var head = await api.As("kadinkes@tpi");
        var employee = await EmployeeIn(admin, "DINKES-P2P");
        PlanItemRequest Item(Guid competency, DevelopmentActivityForm form, string name, int year = 2026) => new()
        {
            CompetencyId = competency, TargetLevel = 3, Form = form, ActivityName = name, PlannedJp = 10, DueDate = new DateOnly(year, 12, 31),
        };
        // Drafted and submitted by the unit head, approved by the admin (separation of duties), as the demo does.
        var plan = await (await head.Post("/api/v1/development-plans", new DevelopmentPlanRequest
        {
            EmployeeId = employee.Id, Year = 2026, Title = "Rencana 2026",
            Items =
            [
                Item(Komunikasi, DevelopmentActivityForm.PelatihanTeknis, "Pelatihan komunikasi publik"),
                Item(Komunikasi, DevelopmentActivityForm.Coaching, "Coaching komunikasi"),
                Item(Integritas, DevelopmentActivityForm.PelatihanTeknis, "Pelatihan integritas"),
            ],
        })).Read<DevelopmentPlanResponse>(HttpStatusCode.Created);
        await (await head.Step($"/api/v1/development-plans/{plan.Id}", "submit")).Read<DevelopmentPlanResponse>();
        var approved = await (await admin.Step($"/api/v1/development-plans/{plan.Id}", "approve")).Read<DevelopmentPlanResponse>();
        // Next year's plan is only submitted: its matching item stays open.
        var pending = await (await head.Post("/api/v1/development-plans", new DevelopmentPlanRequest
        {
            EmployeeId = employee.Id, Year = 2027, Title = "Rencana 2027",
            Items = [Item(Komunikasi, DevelopmentActivityForm.PelatihanTeknis, "Pelatihan komunikasi lanjutan", 2027)],
        })).Read<DevelopmentPlanResponse>(HttpStatusCode.Created);
        await (await head.Step($"/api/v1/development-plans/{pending.Id}", "submit")).Read<DevelopmentPlanResponse>();

        var (program, session) = await TrainingTestData.OpenSession(admin, competencies: [(Komunikasi, 2)], form: DevelopmentActivityForm.PelatihanTeknis, jp: 20);
        var e = await Enrolled(head, session.Id, employee.Id);
        await TrainingTestData.Start(admin, session.Id);
        var done = await (await head.Step(One(session.Id, e.Id), "complete")).Read<EnrollmentResponse>();

        var closed = Assert.Single(done.ClosedPlanItems!);
        var expected = approved.Items!.Single(x => x.ActivityName == "Pelatihan komunikasi publik");
        Assert.Equal((plan.Id, 2026, expected.Id, Komunikasi, DevelopmentActivityForm.PelatihanTeknis), (closed.PlanId, closed.PlanYear, closed.ItemId, closed.CompetencyId, closed.Form));
        Assert.Equal(done.CompletedAt, closed.CompletedAt);
        Assert.Equal(program.Jp, done.JpCredited);
        // The plan changed underneath its readers, so its ETag moved on; the submitted plan did not change.
        var planAfter = await admin.Get<DevelopmentPlanResponse>($"/api/v1/development-plans/{plan.Id}");
        Assert.True(planAfter.Version > approved.Version);
        var linked = Assert.Single(planAfter.Items!, x => x.EnrollmentId is not null);
        Assert.Equal((expected.Id, e.Id, done.CompletedAt), (linked.Id, linked.EnrollmentId, linked.CompletedAt));
        Assert.Equal(pending.Version + 1, (await admin.Get<DevelopmentPlanResponse>($"/api/v1/development-plans/{pending.Id}")).Version);
        Assert.Equal(closed.ItemId, (await admin.Get<EnrollmentResponse>(One(session.Id, e.Id))).ClosedPlanItems!.Single().ItemId);

        // A second completion of the same competency and form finds the item already closed.
        var (_, again) = await TrainingTestData.OpenSession(admin, competencies: [(Komunikasi, 1)], form: DevelopmentActivityForm.PelatihanTeknis);
        var e2 = await Enrolled(admin, again.Id, employee.Id);
        await TrainingTestData.Start(admin, again.Id);
        Assert.Empty((await (await admin.Step(One(again.Id, e2.Id), "complete")).Read<EnrollmentResponse>()).ClosedPlanItems!);
    }
}
