using System.Net;
using AsnApi.Contracts;
using AsnApi.Domain;
using Microsoft.Data.Sqlite;
using static AsnApi.IntegrationTests.EffectivenessTestData;

namespace AsnApi.IntegrationTests;

/// <summary>
/// Level 1 over HTTP: questionnaire templates (built-in, the tenant's own, default, locked once answered), one
/// answer per enrollment by HR or the participant's supervisor, the one-time link (hash only, single use, retired by
/// a newer one), the public form's hostile input, and the figures per session.
/// </summary>
[Collection(ApiCollection.Name)]
public class ReactionTests(ApiFactory api)
{
    private static readonly int[] Six = [5, 4, 4, 3, 5, 4];

    [Fact]
    public async Task The_built_in_questionnaire_is_listed_and_a_tenant_template_is_created_updated_and_locked_once_answered()
    {
        var admin = await api.As("admin@jmb");
        var list = await admin.Get<List<ReactionTemplateResponse>>("/api/v1/reaction-templates");
        var builtIn = list[0];
        Assert.True(builtIn.IsBuiltIn);
        Assert.Null(builtIn.Id);
        Assert.Equal(Effectiveness.DefaultItems, builtIn.Items.Select(i => i.Text));

        await (await admin.Post("/api/v1/reaction-templates", new ReactionTemplateRequest { Name = "", Items = ["a\u200Bb", "", new string('x', 501)] }))
            .Problem((HttpStatusCode)422, "name", "items[0]", "items[1]", "items[2]");
        await (await admin.Post("/api/v1/reaction-templates", new ReactionTemplateRequest { Name = "Ganda", Items = ["Sama", "sama"] })).Problem((HttpStatusCode)422, "items");
        await (await admin.Post("/api/v1/reaction-templates", new ReactionTemplateRequest { Name = "Banyak", Items = Enumerable.Range(1, 21).Select(i => $"Butir {i}").ToList() }))
            .Problem((HttpStatusCode)422, "items");

        var name = "Kuesioner Jambi " + Guid.NewGuid().ToString("N")[..6];
        var created = await (await admin.Post("/api/v1/reaction-templates", new ReactionTemplateRequest { Name = name, Items = ["Materi jelas.", "Waktu cukup."], IsDefault = true }))
            .Read<ReactionTemplateResponse>(HttpStatusCode.Created);
        Assert.Equal((false, true, 2, 1), (created.IsBuiltIn, created.IsDefault, created.Items.Count, created.Version));
        await (await admin.Post("/api/v1/reaction-templates", new ReactionTemplateRequest { Name = name, Items = ["x"] })).Problem(HttpStatusCode.Conflict, "name");
        Assert.False((await admin.Get<List<ReactionTemplateResponse>>("/api/v1/reaction-templates"))[0].IsDefault);

        var url = $"/api/v1/reaction-templates/{created.Id}";
        var body = new ReactionTemplateRequest { Name = name, Items = ["Materi jelas.", "Waktu cukup.", "Pengajar ramah."], IsDefault = true };
        await (await admin.Put(url, body)).Problem((HttpStatusCode)428);
        await (await admin.Put(url, body, ifMatch: 9)).Problem(HttpStatusCode.PreconditionFailed);
        var updated = await (await admin.Put(url, body, ifMatch: 1)).Read<ReactionTemplateResponse>();
        Assert.Equal((3, 2), (updated.Items.Count, updated.Version));

        // A session of this tenant now asks with it (the tenant's default); once answered, its items are locked.
        var (_, session, people) = await Session(admin, [(50, 70, true)], new DateOnly(2026, 3, 2));
        var eff = await admin.Get<SessionEffectivenessResponse>($"/api/v1/training-sessions/{session.Id}/effectiveness");
        Assert.Equal(created.Id, eff.Template.Id);
        await (await Submit(admin, people[0].Enrollment.Id, Answer(Six))).Problem((HttpStatusCode)422, "scores");
        await Answered(admin, people[0].Enrollment.Id, 5, 4, 3);
        var locked = await (await admin.Put(url, new ReactionTemplateRequest { Name = name, Items = ["Lain."], IsDefault = true }, ifMatch: 2)).Problem(HttpStatusCode.Conflict, "items");
        Assert.Equal("templateInUse", (string?)locked["reason"]);
        // Renaming and the default flag stay possible.
        var renamed = await (await admin.Put(url, new ReactionTemplateRequest { Name = name + " (2026)", Items = body.Items, IsDefault = false }, ifMatch: 2)).Read<ReactionTemplateResponse>();
        Assert.Equal((1, false), (renamed.AnswerCount, renamed.IsDefault));
        // The session keeps the items that were asked, under the questionnaire it answered.
        eff = await admin.Get<SessionEffectivenessResponse>($"/api/v1/training-sessions/{session.Id}/effectiveness");
        Assert.Contains(eff.Items, i => i.Text == "Pengajar ramah." && i.Mean == 3.0);

        var viewer = await api.As("viewer@jmb");
        await (await viewer.Post("/api/v1/reaction-templates", new ReactionTemplateRequest { Name = "Tidak boleh", Items = ["x"] })).Problem(HttpStatusCode.Forbidden);
        var other = await api.As("admin@tpi");
        await (await other.GetAsync(url)).Problem(HttpStatusCode.NotFound);

        var audit = await admin.Get<Paged<AuditEntryResponse>>($"/api/v1/audit?entityType=ReactionTemplate&entityId={created.Id}");
        Assert.Equal(3, audit.Items.Count);
    }

    [Fact]
    public async Task One_answer_per_enrollment_by_HR_or_the_participants_supervisor_with_figures_per_session()
    {
        var admin = await api.As("admin@tpi");
        var (_, session, people) = await Session(admin, [(40, 70, true), (80, 90, true), (null, null, true), (60, 60, false)], new DateOnly(2026, 2, 2), unitCode: "DINKES-YANKES");
        var head = await api.As("kadinkes@tpi");
        var viewer = await api.As("viewer@tpi");

        await (await Submit(admin, people[0].Enrollment.Id, new ReactionAnswerRequest { Scores = [new() { Position = 1, Score = 6 }, new() { Position = 1, Score = 0 }] }))
            .Problem((HttpStatusCode)422, "scores", "scores[0].score", "scores[1].score");
        await (await Submit(admin, people[0].Enrollment.Id, Answer(Six, "a\u202Eb"))).Problem((HttpStatusCode)422, "comment");
        await (await Submit(admin, people[0].Enrollment.Id, Answer([5, 4, 4]))).Problem((HttpStatusCode)422, "scores");
        await (await Submit(viewer, people[0].Enrollment.Id, Answer(Six))).Problem(HttpStatusCode.Forbidden);

        var first = await (await Submit(admin, people[0].Enrollment.Id, Answer(Six, "Materi sangat membantu.\nTerima kasih."))).Read<ReactionAnswerResponse>(HttpStatusCode.Created);
        Assert.Equal((ReactionChannel.Staff, "admin@tpi", null), (first.Channel, first.AnsweredBy, first.TemplateId));
        Assert.Equal(25.0 / 6, first.Mean, 12);
        var twice = await (await Submit(head, people[0].Enrollment.Id, Answer(Six))).Problem(HttpStatusCode.Conflict);
        Assert.Equal("alreadyAnswered", (string?)twice["reason"]);

        // The supervisor of the participant's sub-tree answers for them.
        var second = await (await Submit(head, people[1].Enrollment.Id, Answer([3, 3, 3, 3, 3, 3]))).Read<ReactionAnswerResponse>(HttpStatusCode.Created);
        Assert.Equal("kadinkes@tpi", second.AnsweredBy);

        var eff = await viewer.Get<SessionEffectivenessResponse>($"/api/v1/training-sessions/{session.Id}/effectiveness");
        Assert.Equal((2, 4, 0.5), (eff.Reaction.Respondents, eff.Reaction.Participants, eff.Reaction.ResponseRate));
        Assert.Equal((25 + 18) / 12.0, eff.Reaction.Mean!.Value, 12);
        Assert.Equal(ReactionBand.Baik, eff.Reaction.Band);
        Assert.Equal("Baik", eff.Reaction.BandLabel);
        Assert.Equal([4.0, 3.5, 3.5, 3.0, 4.0, 3.5], eff.Items.Select(i => i.Mean!.Value));
        Assert.All(eff.Items, i => Assert.Equal(2, i.Respondents));
        Assert.Equal(["Materi sangat membantu.\nTerima kasih."], eff.Comments);
        Assert.Equal(4, eff.Participants.Count);
        Assert.Equal(2, eff.Participants.Count(p => p.Answered));
        // Level 2 of the same session: (40→70), (80→90) and (60→60) have both scores.
        Assert.Equal(3, eff.Learning.Scored);
        Assert.Equal((40 + 80 + 60) / 3.0, eff.Learning.MeanPre!.Value, 12);
        Assert.Equal((30 + 10 + 0) / 3.0, eff.Learning.MeanGain!.Value, 12);
        Assert.Equal((0.5 + 0.5 + 0) / 3, eff.Learning.MeanNormalisedGain!.Value, 12);
        Assert.Equal(2 / 3.0, eff.Learning.ShareImproved!.Value, 12);

        // Someone outside the unit head's sub-tree: 404 for them, as for another tenant's enrollment.
        var (_, elsewhere, others) = await Session(admin, [(50, 60, true)], new DateOnly(2026, 2, 9), unitCode: "DUKCAPIL");
        await (await Submit(head, others[0].Enrollment.Id, Answer(Six))).Problem(HttpStatusCode.NotFound);
        await (await Submit(await api.As("admin@jmb"), others[0].Enrollment.Id, Answer(Six))).Problem(HttpStatusCode.NotFound);
        await (await Submit(admin, Guid.NewGuid(), Answer(Six))).Problem(HttpStatusCode.NotFound);
        Assert.Empty((await head.Get<SessionEffectivenessResponse>($"/api/v1/training-sessions/{elsewhere.Id}/effectiveness")).Participants);

        // Only a participant who took part answers.
        var (_, planned) = await TrainingTestData.OpenSession(admin);
        var registered = await EnrollmentTests.Enrolled(admin, planned.Id, (await EnrollmentTests.EmployeeIn(admin, "DUKCAPIL")).Id);
        var notYet = await (await Submit(admin, registered.Id, Answer(Six))).Problem(HttpStatusCode.Conflict);
        Assert.Equal("notParticipated", (string?)notYet["reason"]);

        var audit = await admin.Get<Paged<AuditEntryResponse>>($"/api/v1/audit?entityType=ReactionAnswer&entityId={first.Id}");
        Assert.Equal("SubmitReaction", Assert.Single(audit.Items).Action);
    }

    [Fact]
    public async Task A_one_time_link_is_stored_as_a_hash_answers_once_and_a_newer_link_retires_the_older()
    {
        var admin = await api.As("admin@pgk");
        var (_, session, people) = await Session(admin, [(55, 80, true), (70, 75, true)], new DateOnly(2026, 4, 6));
        var anonymous = api.Anonymous();
        var link = await Link(admin, people[0].Enrollment.Id);
        Assert.Equal(43, link.Token.Length);
        Assert.Equal($"/reaksi/{link.Token}", link.Path);
        Assert.InRange(link.ExpiresAt, DateTimeOffset.UtcNow.AddDays(13), DateTimeOffset.UtcNow.AddDays(15));

        using (var db = new SqliteConnection($"Data Source={Path.Combine(api.DataDirectory, "asnapi.db")};Mode=ReadOnly"))
        {
            db.Open();
            using var cmd = db.CreateCommand();
            cmd.CommandText = "SELECT TokenHash FROM ReactionLinks WHERE EnrollmentId = $id";
            cmd.Parameters.AddWithValue("$id", people[0].Enrollment.Id.ToString());
            var stored = (string)cmd.ExecuteScalar()!;
            Assert.NotEqual(link.Token, stored);
            Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(link.Token))), stored);
            using var any = db.CreateCommand();
            any.CommandText = "SELECT COUNT(*) FROM AuditLog WHERE Data LIKE $t";
            any.Parameters.AddWithValue("$t", "%" + link.Token + "%");
            Assert.Equal(0L, (long)any.ExecuteScalar()!);
        }

        // A newer link retires the older one.
        var newer = await Link(admin, people[0].Enrollment.Id);
        await (await anonymous.GetAsync(PublicUrl(link.Token))).Problem(HttpStatusCode.NotFound);

        var form = await anonymous.Get<PublicReactionFormResponse>(PublicUrl(newer.Token));
        Assert.Equal((session.Name, 6), (form.SessionName, form.Items.Count));
        var text = await (await anonymous.GetAsync(PublicUrl(newer.Token))).Content.ReadAsStringAsync();
        Assert.DoesNotContain(people[0].Employee.Name, text);
        Assert.DoesNotContain(people[0].Employee.Nip[..8], text);

        await (await anonymous.Post(PublicUrl(newer.Token), Answer([5, 5]))).Problem((HttpStatusCode)422, "scores");
        await (await anonymous.Post(PublicUrl(newer.Token), Answer(Six, "Bagus"))).Read<PublicReactionReceivedResponse>(HttpStatusCode.Created);
        var used = await (await anonymous.Post(PublicUrl(newer.Token), Answer(Six))).Problem(HttpStatusCode.Conflict);
        Assert.Equal("linkUsed", (string?)used["reason"]);
        Assert.Equal("linkUsed", (string?)(await (await anonymous.GetAsync(PublicUrl(newer.Token))).Problem(HttpStatusCode.Conflict))["reason"]);
        // Answered: neither a staff entry nor a new link.
        Assert.Equal("alreadyAnswered", (string?)(await (await Submit(admin, people[0].Enrollment.Id, Answer(Six))).Problem(HttpStatusCode.Conflict))["reason"]);
        await (await admin.PostAsync($"/api/v1/enrollments/{people[0].Enrollment.Id}/reaction-link", null)).Problem(HttpStatusCode.Conflict);

        var eff = await admin.Get<SessionEffectivenessResponse>($"/api/v1/training-sessions/{session.Id}/effectiveness");
        Assert.Equal(1, eff.Reaction.Respondents);
        Assert.Equal(["Bagus"], eff.Comments);
        var audit = await admin.Get<Paged<AuditEntryResponse>>($"/api/v1/audit?actor=publik&entityType=ReactionAnswer");
        Assert.Contains(audit.Items, a => a.Action == "SubmitPublicReaction");

        // A staff answer first spends nothing but makes the link useless.
        var third = await Link(admin, people[1].Enrollment.Id);
        await Answered(admin, people[1].Enrollment.Id, Six);
        await (await anonymous.Post(PublicUrl(third.Token), Answer(Six))).Problem(HttpStatusCode.Conflict);

        var viewer = await api.As("viewer@pgk");
        await (await viewer.PostAsync($"/api/v1/enrollments/{people[1].Enrollment.Id}/reaction-link", null)).Problem(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("x")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("%27%20OR%201%3D1--AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("..%2F..%2Fetc%2Fpasswd")]
    public async Task A_token_that_is_not_ours_is_a_404_on_read_and_answer(string token)
    {
        var anonymous = api.Anonymous();
        await (await anonymous.GetAsync(PublicUrl(token))).Problem(HttpStatusCode.NotFound);
        await (await anonymous.Post(PublicUrl(token), Answer(Six))).Problem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Hostile_public_bodies_are_refused_with_field_errors_and_nothing_is_spent()
    {
        var admin = await api.As("admin@amq");
        var (_, session, people) = await Session(admin, [(10, 20, true)], new DateOnly(2026, 5, 4));
        var link = await Link(admin, people[0].Enrollment.Id);
        var anonymous = api.Anonymous();
        var url = PublicUrl(link.Token);
        async Task Raw(string json, HttpStatusCode status)
        {
            var r = await anonymous.PostAsync(url, new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
            Assert.Equal(status, r.StatusCode);
        }
        await Raw("{", HttpStatusCode.BadRequest);
        await Raw("""{"scores":"lima"}""", HttpStatusCode.BadRequest);
        await Raw("""{"scores":[{"position":1,"score":true}]}""", HttpStatusCode.BadRequest);
        await Raw("""{"scores":[]}""", (HttpStatusCode)422);
        await Raw("""{"scores":null,"comment":null}""", (HttpStatusCode)422);
        await Raw("{\"scores\":[" + string.Join(",", Enumerable.Range(1, 21).Select(i => $"{{\"position\":{i},\"score\":3}}")) + "]}", (HttpStatusCode)422);
        await (await anonymous.Post(url, Answer(Six, new string('k', 2001)))).Problem((HttpStatusCode)422, "comment");
        var r = await anonymous.PostAsync(url, new StringContent("scores=1", System.Text.Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, r.StatusCode);
        // Still unspent: the real answer goes through.
        await (await anonymous.Post(url, Answer(Six))).Read<PublicReactionReceivedResponse>(HttpStatusCode.Created);
        Assert.Equal(1, (await admin.Get<SessionEffectivenessResponse>($"/api/v1/training-sessions/{session.Id}/effectiveness")).Reaction.Respondents);
    }

    [Fact]
    public async Task A_session_asks_with_a_chosen_template_until_it_has_answers()
    {
        var admin = await api.As("admin@tpi");
        var template = await (await admin.Post("/api/v1/reaction-templates", new ReactionTemplateRequest { Name = "Singkat " + Guid.NewGuid().ToString("N")[..6], Items = ["Bermanfaat.", "Tertata."] }))
            .Read<ReactionTemplateResponse>(HttpStatusCode.Created);
        var (_, session, people) = await Session(admin, [(30, 60, true), (20, 30, true)], new DateOnly(2026, 1, 12));
        var url = $"/api/v1/training-sessions/{session.Id}/reaction-template";
        await (await admin.Put(url, new SessionReactionTemplateRequest { TemplateId = template.Id })).Problem((HttpStatusCode)428);
        await (await admin.Put(url, new SessionReactionTemplateRequest { TemplateId = template.Id }, ifMatch: session.Version + 5)).Problem(HttpStatusCode.PreconditionFailed);
        await (await admin.Put(url, new SessionReactionTemplateRequest { TemplateId = Guid.NewGuid() }, ifMatch: session.Version)).Problem((HttpStatusCode)422, "templateId");
        await (await (await api.As("viewer@tpi")).Put(url, new SessionReactionTemplateRequest { TemplateId = template.Id }, ifMatch: session.Version)).Problem(HttpStatusCode.Forbidden);
        var chosen = await admin.Put(url, new SessionReactionTemplateRequest { TemplateId = template.Id }, ifMatch: session.Version);
        Assert.Equal(template.Id, (await chosen.Read<ReactionTemplateResponse>()).Id);
        Assert.Equal($"\"{session.Version + 1}\"", chosen.Headers.ETag?.Tag);
        // The same choice again changes nothing: the version stays.
        Assert.Equal($"\"{session.Version + 1}\"", (await admin.Put(url, new SessionReactionTemplateRequest { TemplateId = template.Id }, ifMatch: session.Version + 1)).Headers.ETag?.Tag);
        await Answered(admin, people[0].Enrollment.Id, 4, 5);
        var locked = await (await admin.Put(url, new SessionReactionTemplateRequest { TemplateId = null }, ifMatch: session.Version + 1)).Problem(HttpStatusCode.Conflict, "templateId");
        Assert.Equal("templateInUse", (string?)locked["reason"]);
        var eff = await admin.Get<SessionEffectivenessResponse>($"/api/v1/training-sessions/{session.Id}/effectiveness");
        Assert.Equal(["Bermanfaat.", "Tertata."], eff.Items.Select(i => i.Text));
        await (await (await api.As("admin@jmb")).Put(url, new SessionReactionTemplateRequest { TemplateId = null }, ifMatch: session.Version + 1)).Problem(HttpStatusCode.NotFound);
    }
}

/// <summary>The public answer shares the per-address quota of every public form (three a minute here).</summary>
public class ReactionRateLimitTests(TinySubmissionLimitFactory api) : IClassFixture<TinySubmissionLimitFactory>
{
    [Fact]
    public async Task Public_answers_are_limited_per_address_with_Retry_After()
    {
        var admin = await api.As("admin@tpi");
        var (_, _, people) = await Session(admin, [(10, 20, true), (10, 20, true), (10, 20, true), (10, 20, true)], new DateOnly(2026, 6, 1));
        var anonymous = api.Anonymous();
        var links = new List<ReactionLinkResponse>();
        foreach (var p in people) links.Add(await Link(admin, p.Enrollment.Id));
        // Two bad attempts count too.
        await (await anonymous.Post(PublicUrl(links[0].Token), Answer([1]))).Problem((HttpStatusCode)422);
        await (await anonymous.Post(PublicUrl(links[0].Token), Answer([1]))).Problem((HttpStatusCode)422);
        await (await anonymous.Post(PublicUrl(links[0].Token), Answer([5, 5, 5, 5, 5, 5]))).Read<PublicReactionReceivedResponse>(HttpStatusCode.Created);
        var limited = await anonymous.Post(PublicUrl(links[1].Token), Answer([5, 5, 5, 5, 5, 5]));
        await limited.Problem(HttpStatusCode.TooManyRequests);
        Assert.InRange(limited.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 60);
        // Reading the form is not limited; the link is still unspent.
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(PublicUrl(links[1].Token))).StatusCode);
    }
}

/// <summary>The link's expiry, read against a clock the test moves.</summary>
public class ReactionLinkExpiryTests(ClockedApiFactory api) : IClassFixture<ClockedApiFactory>
{
    [Fact]
    public async Task A_link_expires_after_fourteen_days()
    {
        api.Clock.Now = new DateTimeOffset(2026, 11, 2, 3, 0, 0, TimeSpan.Zero);
        var admin = await api.As("admin@tpi");
        var (_, _, people) = await Session(admin, [(10, 20, true)], new DateOnly(2026, 10, 5));
        var link = await Link(admin, people[0].Enrollment.Id);
        Assert.Equal(api.Clock.Now.AddDays(14), link.ExpiresAt);
        api.Clock.Now = api.Clock.Now.AddDays(14).AddSeconds(-1);
        Assert.Equal(HttpStatusCode.OK, (await api.Anonymous().GetAsync(PublicUrl(link.Token))).StatusCode);
        api.Clock.Now = api.Clock.Now.AddSeconds(1);
        await (await api.Anonymous().GetAsync(PublicUrl(link.Token))).Problem(HttpStatusCode.NotFound);
        await (await api.Anonymous().Post(PublicUrl(link.Token), Answer([5, 5, 5, 5, 5, 5]))).Problem(HttpStatusCode.NotFound);
    }
}
