using System.Net;
using System.Net.Http.Json;
using AsnApi.Contracts;
using AsnApi.Domain;

namespace AsnApi.IntegrationTests;

/// <summary>
/// The post-training follow-up (level 3) over HTTP with a controlled clock: the queue's statuses as time passes, who
/// may file it, one per enrollment, corrections with If-Match, re-assessed levels entering the profile as an
/// assessment, the per-program results against hand-counted figures, and the months setting. Each test works in
/// its own far-future period so the demo data (around the real date) and the other tests stay out of its figures.
/// </summary>
public class FollowUpTests(ClockedApiFactory api) : IClassFixture<ClockedApiFactory>
{
    private static readonly Guid Integritas = NationalCompetencies.IdOf("M.1");
    private static readonly Guid Komunikasi = NationalCompetencies.IdOf("M.3");
    private const string Queue = "/api/v1/training-follow-ups";

    private static string One(Guid enrollmentId) => $"{Queue}/{enrollmentId}";

    private static DateTimeOffset At(int y, int m, int d) => new(y, m, d, 3, 0, 0, TimeSpan.Zero); // 10:00 WIB

    /// <summary>A program developing Integritas and Komunikasi, one session ending on <paramref name="end"/>, these employees completed in it.</summary>
    private async Task<(TrainingProgramResponse Program, TrainingSessionResponse Session, List<EnrollmentResponse> Done)> Completed(HttpClient admin, DateOnly end, params EmployeeResponse[] people)
    {
        var program = await TrainingTestData.CreateProgram(admin, [(Integritas, 1), (Komunikasi, 2)]);
        var session = await TrainingTestData.CreateSession(admin, program.Id, start: end.AddDays(-4), end: end);
        await TrainingTestData.Open(admin, session.Id);
        var enrolled = new List<EnrollmentResponse>();
        foreach (var p in people) enrolled.Add(await EnrollmentTests.Enrolled(admin, session.Id, p.Id));
        await TrainingTestData.Start(admin, session.Id);
        var done = new List<EnrollmentResponse>();
        foreach (var e in enrolled) done.Add(await (await admin.Step(EnrollmentTests.One(session.Id, e.Id), "complete")).Read<EnrollmentResponse>());
        return (program, session, done);
    }

    private static FollowUpRequest Ratings(int integritas, int komunikasi, int? reassessKomunikasi = null, string? notes = null) => new()
    {
        Ratings = [new() { CompetencyId = Integritas, Application = integritas }, new() { CompetencyId = Komunikasi, Application = komunikasi, ReassessedLevel = reassessKomunikasi }],
        Notes = notes,
    };

    [Fact]
    public async Task The_queue_shows_a_completed_training_upcoming_then_due_after_three_months_then_overdue_after_six()
    {
        api.Clock.Now = At(2031, 1, 10);
        var admin = await api.As("admin@tpi");
        var person = await EnrollmentTests.EmployeeIn(admin, "DUKCAPIL");
        var (_, session, done) = await Completed(admin, new DateOnly(2031, 1, 9), person);

        async Task<FollowUpQueueItem> Item(FollowUpStatus? status = null) =>
            Assert.Single((await admin.Get<Paged<FollowUpQueueItem>>($"{Queue}?sessionId={session.Id}{(status is null ? "" : $"&status={status}")}")).Items);
        async Task<int> Count(FollowUpStatus status) => (await admin.Get<Paged<FollowUpQueueItem>>($"{Queue}?sessionId={session.Id}&status={status}")).Total ?? -1;

        var item = await Item();
        Assert.Equal((done[0].Id, person.Id, new DateOnly(2031, 1, 9), new DateOnly(2031, 4, 9), new DateOnly(2031, 7, 9), FollowUpStatus.Upcoming, "Belum jatuh tempo"),
            (item.EnrollmentId, item.EmployeeId, item.TrainingEndDate, item.DueOn, item.Deadline, item.Status, item.StatusLabel));
        Assert.Equal(1, await Count(FollowUpStatus.Upcoming));

        api.Clock.Now = At(2031, 4, 8);
        Assert.Equal(FollowUpStatus.Upcoming, (await Item()).Status);
        api.Clock.Now = At(2031, 4, 9);
        Assert.Equal(FollowUpStatus.Due, (await Item(FollowUpStatus.Due)).Status);
        Assert.Equal((0, 0), (await Count(FollowUpStatus.Upcoming), await Count(FollowUpStatus.Overdue)));
        api.Clock.Now = At(2031, 7, 9);
        Assert.Equal(FollowUpStatus.Due, (await Item()).Status);
        api.Clock.Now = At(2031, 7, 10);
        Assert.Equal((FollowUpStatus.Overdue, "Terlambat"), ((await Item(FollowUpStatus.Overdue)).Status, (await Item()).StatusLabel));
        Assert.Equal(0, await Count(FollowUpStatus.Due));

        (await admin.Post(One(done[0].Id), Ratings(4, 3))).EnsureSuccessStatusCode();
        var filed = await Item(FollowUpStatus.Done);
        Assert.Equal(FollowUpStatus.Done, filed.Status);
        Assert.False(string.IsNullOrEmpty(filed.FiledBy));
        Assert.Equal(0, await Count(FollowUpStatus.Overdue));
    }

    [Fact]
    public async Task Filing_rates_every_competency_once_records_the_reassessed_level_as_an_assessment_and_refuses_a_second_filing()
    {
        api.Clock.Now = At(2032, 6, 20);
        var admin = await api.As("admin@tpi");
        var person = await EnrollmentTests.EmployeeIn(admin, "DUKCAPIL");
        var (program, _, done) = await Completed(admin, new DateOnly(2032, 3, 1), person);
        var id = done[0].Id;

        var blank = await admin.Get<FollowUpResponse>(One(id));
        Assert.Equal((0, FollowUpStatus.Due, (DateTimeOffset?)null), (blank.Version, blank.Status, blank.FiledAt));
        Assert.Equal(new[] { Integritas, Komunikasi }.OrderBy(x => x), blank.Competencies.Select(c => c.CompetencyId).OrderBy(x => x));

        // Each invalid body is a 422 naming its field, and writes nothing.
        await (await admin.Post(One(id), new FollowUpRequest { Ratings = [new() { CompetencyId = Integritas, Application = 4 }] })).Problem(HttpStatusCode.UnprocessableEntity, "ratings");
        await (await admin.Post(One(id), new FollowUpRequest
        {
            Ratings = [new() { CompetencyId = Integritas, Application = 4 }, new() { CompetencyId = Komunikasi, Application = 3 }, new() { CompetencyId = NationalCompetencies.IdOf("M.2"), Application = 3 }],
        })).Problem(HttpStatusCode.UnprocessableEntity, "ratings[2].competencyId");
        await (await admin.Post(One(id), Ratings(6, 3))).Problem(HttpStatusCode.UnprocessableEntity, "ratings[0].application");
        await (await admin.Post(One(id), Ratings(4, 3, reassessKomunikasi: 0))).Problem(HttpStatusCode.UnprocessableEntity, "ratings[1].reassessedLevel");
        await (await admin.Post(One(id), new FollowUpRequest { Ratings = [new() { CompetencyId = Integritas, Application = 4 }, new() { CompetencyId = Integritas, Application = 3 }] }))
            .Problem(HttpStatusCode.UnprocessableEntity, "ratings");
        Assert.Equal(0, (await admin.Get<FollowUpResponse>(One(id))).Version);

        var created = await admin.Post(One(id), Ratings(4, 3, reassessKomunikasi: 4, notes: "Sudah memimpin rapat koordinasi."));
        var filed = await created.Read<FollowUpResponse>(HttpStatusCode.Created);
        Assert.Equal($"/api/v1/training-follow-ups/{id}", created.Headers.Location?.OriginalString);
        Assert.Equal("\"1\"", created.Headers.ETag?.Tag);
        Assert.Equal((1, FollowUpStatus.Done, "Sudah memimpin rapat koordinasi."), (filed.Version, filed.Status, filed.Notes));
        var komunikasi = filed.Competencies.Single(c => c.CompetencyId == Komunikasi);
        Assert.Equal((3, 4), (komunikasi.Application, komunikasi.ReassessedLevel));
        Assert.NotNull(filed.AssessmentId);

        var assessment = await admin.Get<AssessmentResponse>($"/api/v1/assessments/{filed.AssessmentId}");
        Assert.Equal((AssessmentMethod.PostTrainingEvaluation, new DateOnly(2032, 6, 20), 1), (assessment.Method, assessment.AssessedOn, assessment.ResultCount));
        var profile = await admin.Get<CompetencyProfileResponse>($"/api/v1/employees/{person.Id}/competency-profile");
        if (profile.Items.SingleOrDefault(i => i.CompetencyId == Komunikasi) is { } inStandard)
            Assert.Equal((4, new DateOnly(2032, 6, 20)), (inStandard.AssessedLevel, inStandard.AssessedOn));

        var again = await (await admin.Post(One(id), Ratings(5, 5))).Problem(HttpStatusCode.Conflict);
        Assert.Equal("alreadyFiled", (string?)again["reason"]);
        Assert.Equal(program.Id, (await admin.Get<FollowUpResponse>(One(id))).ProgramId);
        Assert.Single((await admin.Get<Paged<AssessmentResponse>>($"/api/v1/assessments?employeeId={person.Id}&method=PostTrainingEvaluation")).Items);
    }

    [Fact]
    public async Task Corrections_need_the_current_version_and_a_changed_reassessed_level_is_a_new_assessment()
    {
        api.Clock.Now = At(2033, 6, 20);
        var admin = await api.As("admin@tpi");
        var person = await EnrollmentTests.EmployeeIn(admin, "DUKCAPIL");
        var (_, _, done) = await Completed(admin, new DateOnly(2033, 3, 1), person);
        var id = done[0].Id;

        var notFiled = await (await admin.Put(One(id), Ratings(3, 3), ifMatch: 0)).Problem(HttpStatusCode.Conflict);
        Assert.Equal("notFiled", (string?)notFiled["reason"]);
        var first = await (await admin.Post(One(id), Ratings(3, 3, reassessKomunikasi: 3))).Read<FollowUpResponse>(HttpStatusCode.Created);

        await (await admin.Put(One(id), Ratings(4, 4, reassessKomunikasi: 3))).Problem((HttpStatusCode)428);
        await (await admin.Put(One(id), Ratings(4, 4, reassessKomunikasi: 3), ifMatch: 7)).Problem(HttpStatusCode.PreconditionFailed);
        var same = await (await admin.Put(One(id), Ratings(4, 4, reassessKomunikasi: 3), ifMatch: 1)).Read<FollowUpResponse>();
        Assert.Equal((2, first.AssessmentId, 4), (same.Version, same.AssessmentId, same.Competencies.Single(c => c.CompetencyId == Integritas).Application));

        api.Clock.Now = At(2033, 6, 25);
        var changed = await (await admin.Put(One(id), Ratings(4, 4, reassessKomunikasi: 5), ifMatch: 2)).Read<FollowUpResponse>();
        Assert.NotEqual(first.AssessmentId, changed.AssessmentId);
        var history = await admin.Get<Paged<AssessmentResponse>>($"/api/v1/assessments?employeeId={person.Id}&method=PostTrainingEvaluation");
        Assert.Equal(new[] { new DateOnly(2033, 6, 25), new DateOnly(2033, 6, 20) }, history.Items.Select(a => a.AssessedOn));
        // The level before stays the one seen when the follow-up was first filed.
        Assert.Equal(first.Competencies.Single(c => c.CompetencyId == Komunikasi).LevelBefore, changed.Competencies.Single(c => c.CompetencyId == Komunikasi).LevelBefore);

        var audit = await admin.Get<Paged<AuditEntryResponse>>($"/api/v1/audit?entityType=TrainingFollowUp&entityId={id}");
        Assert.Equal(["CorrectFollowUp", "CorrectFollowUp", "FileFollowUp"], audit.Items.Select(a => a.Action));
    }

    [Fact]
    public async Task Only_the_supervisor_of_the_employees_unit_or_an_admin_files_and_a_unit_head_sees_only_their_sub_tree()
    {
        api.Clock.Now = At(2034, 6, 20);
        var admin = await api.As("admin@tpi");
        var head = await api.As("kadinkes@tpi");
        var viewer = await api.As("viewer@tpi");
        var inDinkes = await EnrollmentTests.EmployeeIn(admin, "DINKES-YANKES");
        var outside = await EnrollmentTests.EmployeeIn(admin, "DUKCAPIL");
        var (_, session, done) = await Completed(admin, new DateOnly(2034, 3, 1), inDinkes, outside);
        var (mine, theirs) = (done.Single(d => d.EmployeeId == inDinkes.Id), done.Single(d => d.EmployeeId == outside.Id));

        Assert.Equal([mine.Id], (await head.Get<Paged<FollowUpQueueItem>>($"{Queue}?sessionId={session.Id}")).Items.Select(i => i.EnrollmentId));
        Assert.Equal(2, (await viewer.Get<Paged<FollowUpQueueItem>>($"{Queue}?sessionId={session.Id}")).Total ?? -1);
        Assert.Contains("********", (await viewer.Get<Paged<FollowUpQueueItem>>($"{Queue}?sessionId={session.Id}")).Items[0].Nip);

        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.Post(One(mine.Id), Ratings(4, 4))).StatusCode);
        await (await head.Post(One(theirs.Id), Ratings(4, 4))).Problem(HttpStatusCode.NotFound);
        await (await head.GetAsync(One(theirs.Id))).Problem(HttpStatusCode.NotFound);
        var filed = await (await head.Post(One(mine.Id), Ratings(5, 4))).Read<FollowUpResponse>(HttpStatusCode.Created);
        Assert.Equal("kadinkes@tpi", filed.FiledBy);
        (await admin.Post(One(theirs.Id), Ratings(2, 3))).EnsureSuccessStatusCode();

        // Another tenant's admin meets 404 for the same ids, and does not see the rows.
        var other = await api.As("admin@jmb");
        await (await other.GetAsync(One(mine.Id))).Problem(HttpStatusCode.NotFound);
        await (await other.Post(One(mine.Id), Ratings(1, 1))).Problem(HttpStatusCode.NotFound);
        Assert.Equal(0, (await other.Get<Paged<FollowUpQueueItem>>($"{Queue}?sessionId={session.Id}")).Total ?? -1);
    }

    [Fact]
    public async Task A_training_not_completed_has_no_follow_up()
    {
        api.Clock.Now = At(2035, 6, 20);
        var admin = await api.As("admin@tpi");
        var (_, session) = await TrainingTestData.OpenSession(admin, competencies: [(Integritas, 1)], start: new DateOnly(2035, 6, 1), end: new DateOnly(2035, 6, 3));
        var enrolled = await EnrollmentTests.Enrolled(admin, session.Id, (await EnrollmentTests.EmployeeIn(admin, "DUKCAPIL")).Id);
        await (await admin.GetAsync(One(enrolled.Id))).Problem(HttpStatusCode.NotFound);
        await (await admin.Post(One(enrolled.Id), new FollowUpRequest { Ratings = [new() { CompetencyId = Integritas, Application = 3 }] })).Problem(HttpStatusCode.NotFound);
        Assert.Equal(0, (await admin.Get<Paged<FollowUpQueueItem>>($"{Queue}?sessionId={session.Id}")).Total ?? -1);
    }

    [Fact]
    public async Task Results_per_program_match_hand_counted_figures()
    {
        api.Clock.Now = At(2036, 1, 5);
        var admin = await api.As("admin@tpi");
        var people = new List<EmployeeResponse>();
        for (var i = 0; i < 4; i++) people.Add(await EnrollmentTests.EmployeeIn(admin, "DUKCAPIL"));
        var (program, _, done) = await Completed(admin, new DateOnly(2036, 1, 2), people.ToArray());
        var levelsBefore = new Dictionary<Guid, int?>();

        // Person 0 filed on time (April), person 1 late (after the 2 Jul deadline), persons 2 and 3 not filed: all four fallen due,
        // one of four on time; applications 4, 2, 5, 3.
        api.Clock.Now = At(2036, 4, 10);
        var a = await (await admin.Post(One(done[0].Id), Ratings(4, 2, reassessKomunikasi: 3))).Read<FollowUpResponse>(HttpStatusCode.Created);
        api.Clock.Now = At(2036, 7, 20);
        var b = await (await admin.Post(One(done[1].Id), Ratings(5, 3, reassessKomunikasi: 4))).Read<FollowUpResponse>(HttpStatusCode.Created);

        var result = Assert.Single(await admin.Get<List<FollowUpProgramResult>>($"{Queue}/results?programId={program.Id}"));
        Assert.Equal((4, 2, 1, 25.0, 3.5, 2), (result.FallenDue, result.Filed, result.FiledOnTime, result.OnTimePercent, result.MeanApplication, result.Reassessed));
        var changes = new[] { a, b }.Select(f => f.Competencies.Single(c => c.CompetencyId == Komunikasi)).Where(c => c.LevelBefore is not null)
            .Select(c => (double)(c.ReassessedLevel!.Value - c.LevelBefore!.Value)).ToList();
        Assert.Equal(changes.Count == 0 ? null : Math.Round(changes.Average(), 2), result.MeanLevelChange);

        // The period filters on the session's end date.
        Assert.Empty(await admin.Get<List<FollowUpProgramResult>>($"{Queue}/results?programId={program.Id}&from=2036-02-01"));
        await (await admin.GetAsync($"{Queue}/results?from=2036-02-01&to=2036-01-01")).Problem(HttpStatusCode.UnprocessableEntity, "to");
    }

    [Fact]
    public async Task The_months_setting_moves_the_due_date_and_is_checked()
    {
        api.Clock.Now = At(2037, 1, 10);
        var admin = await api.As("admin@pgk");
        var person = await EnrollmentTests.EmployeeIn(admin, "DUKCAPIL");
        var (_, session, _) = await Completed(admin, new DateOnly(2037, 1, 9), person);
        var settings = await admin.Get<TrainingSettingsDto>("/api/v1/settings/training");
        Assert.Equal(FollowUpRules.DefaultMonths, settings.FollowUpMonths);

        await (await admin.Put("/api/v1/settings/training", new TrainingSettingsDto { JpTargetPns = 20, JpTargetPppk = 20, FollowUpMonths = 13 }, settings.Version))
            .Problem(HttpStatusCode.UnprocessableEntity, "followUpMonths");
        var saved = await (await admin.Put("/api/v1/settings/training", new TrainingSettingsDto { JpTargetPns = settings.JpTargetPns, JpTargetPppk = settings.JpTargetPppk, FollowUpMonths = 6 }, settings.Version))
            .Read<TrainingSettingsDto>();
        Assert.Equal(6, saved.FollowUpMonths);
        var item = Assert.Single((await admin.Get<Paged<FollowUpQueueItem>>($"{Queue}?sessionId={session.Id}")).Items);
        Assert.Equal((new DateOnly(2037, 7, 9), new DateOnly(2037, 10, 9)), (item.DueOn, item.Deadline));

        // A settings update that leaves the months out keeps them.
        var kept = await (await admin.Put("/api/v1/settings/training", new TrainingSettingsDto { JpTargetPns = 24, JpTargetPppk = 20 }, saved.Version)).Read<TrainingSettingsDto>();
        Assert.Equal(6, kept.FollowUpMonths);
    }

    [Fact]
    public async Task An_assessment_cannot_claim_to_be_a_post_training_evaluation()
    {
        var admin = await api.As("admin@tpi");
        var person = await EnrollmentTests.EmployeeIn(admin, "DUKCAPIL");
        await (await admin.Post("/api/v1/assessments", new AssessmentRequest
        {
            EmployeeId = person.Id, AssessedOn = DateOnly.FromDateTime(api.Clock.GetUtcNow().UtcDateTime), Method = AssessmentMethod.PostTrainingEvaluation,
            Results = [new() { CompetencyId = Komunikasi, Level = 3 }],
        })).Problem(HttpStatusCode.UnprocessableEntity, "method");
    }
}
