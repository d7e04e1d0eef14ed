using System.Net;
using System.Text;
using AsnApi.Contracts;

namespace AsnApi.IntegrationTests;

[Collection(ApiCollection.Name)]
public class SurveyTests(ApiFactory api)
{
    internal static SurveySubmissionRequest Answer(int[]? scores = null, string serviceType = "KTP-el", Guid? id = null, string? suggestion = null, RespondentProfileRequest? who = null) => new()
    {
        SubmissionId = id ?? Guid.NewGuid(), Scores = scores ?? [4, 3, 3, 4, 3, 4, 4, 2, 3], ServiceType = serviceType, Suggestion = suggestion, Respondent = who,
    };

    internal static PaperSurveyResponseRequest Paper(DateOnly day, int[] scores, string serviceType = "Akta Kelahiran", string? suggestion = null) => new()
    {
        RespondedOn = day, Scores = scores, ServiceType = serviceType, Suggestion = suggestion,
    };

    private async Task<(HttpClient Admin, ServiceUnitResponse Unit)> NewUnit(string tenant = "tpi", bool open = true, int population = 1000)
    {
        var admin = await api.As($"admin@{tenant}");
        var unit = await ServiceUnitTests.Create(admin, ServiceUnitTests.Body(await ServiceUnitTests.UnitByCode(admin, "DUKCAPIL"), open: open, population: population));
        return (admin, unit);
    }

    private async Task<int> Respondents(HttpClient admin, Guid serviceUnitId) =>
        (await admin.Get<IkmResponse>($"/api/v1/service-units/{serviceUnitId}/ikm")).RespondentCount;

    [Fact]
    public async Task The_public_form_reads_its_service_unit_without_signing_in()
    {
        var (_, unit) = await NewUnit();
        var anonymous = api.Anonymous();
        var form = await anonymous.Get<PublicServiceUnitResponse>(unit.PublicPath);
        Assert.Equal((unit.Name, unit.Slug, true, "Pemerintah Kota Tanjungpinang"), (form.Name, form.Slug, form.SurveyOpen, form.TenantName));
        Assert.Equal(["KTP-el", "Akta Kelahiran"], form.ServiceTypes);
        Assert.Equal(["U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"], form.Unsur.Select(u => u.Code));
        Assert.Equal("Perilaku Pelaksana", form.Unsur[6].Name);
        var text = await (await anonymous.GetAsync(unit.PublicPath)).Content.ReadAsStringAsync();
        Assert.DoesNotContain(unit.Id.ToString(), text);

        await (await anonymous.GetAsync($"/api/v1/public/tpi/service-units/tidak-ada-{Guid.NewGuid():N}")).Problem(HttpStatusCode.NotFound);
        // The slug is tpi's: under another tenant's code it does not exist.
        await (await anonymous.GetAsync($"/api/v1/public/jmb/service-units/{unit.Slug}")).Problem(HttpStatusCode.NotFound);
        await (await anonymous.GetAsync($"/api/v1/public/zzz/service-units/{unit.Slug}")).Problem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_retried_submission_answers_the_first_result_and_is_counted_once()
    {
        var (admin, unit) = await NewUnit();
        var anonymous = api.Anonymous();
        var url = unit.PublicPath + "/survey-responses";
        var answer = Answer(suggestion: "Antrean\nterlalu panjang.", who: new RespondentProfileRequest { Sex = Sex.Female, AgeBand = AgeBand.Age30To39, Education = Education.S1, Occupation = Occupation.Wirausaha });
        var first = await (await anonymous.Post(url, answer)).Read<SurveySubmissionResponse>(HttpStatusCode.Created);
        Assert.Equal((answer.SubmissionId, unit.Name), (first.SubmissionId, first.ServiceUnitName));
        var again = await (await anonymous.Post(url, answer)).Read<SurveySubmissionResponse>(HttpStatusCode.OK);
        Assert.Equal(first.ReceivedAt, again.ReceivedAt);
        Assert.Equal(1, await Respondents(admin, unit.Id));

        // Twelve retries racing: one stores it, every one answers the same, and it counts once.
        var racing = Answer([1, 2, 3, 4, 1, 2, 3, 4, 1]);
        var results = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => Task.Run(() => api.Anonymous().Post(url, racing))));
        Assert.Equal(1, results.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(11, results.Count(r => r.StatusCode == HttpStatusCode.OK));
        var times = await Task.WhenAll(results.Select(r => r.Read<SurveySubmissionResponse>(r.StatusCode)));
        Assert.Single(times.Select(t => t.ReceivedAt).Distinct());
        Assert.Equal(2, await Respondents(admin, unit.Id));

        // The same id with other answers is not a retry.
        await (await anonymous.Post(url, Answer([4, 4, 4, 4, 4, 4, 4, 4, 4], id: answer.SubmissionId))).Problem(HttpStatusCode.Conflict, "submissionId");
        Assert.Equal(2, await Respondents(admin, unit.Id));

        // The tenant's audit shows the submission, by "publik", without the suggestion.
        var audit = await (await admin.GetAsync($"/api/v1/audit?entityId={answer.SubmissionId}&pageSize=10")).Content.ReadAsStringAsync();
        Assert.Contains("SubmitSurvey", audit);
        Assert.Contains("publik", audit);
        Assert.DoesNotContain("Antrean", audit);
    }

    [Fact]
    public async Task Bad_submissions_are_refused_in_Indonesian_and_nothing_is_counted()
    {
        var (admin, unit) = await NewUnit();
        var anonymous = api.Anonymous();
        var url = unit.PublicPath + "/survey-responses";
        var eight = await (await anonymous.Post(url, Answer([4, 4, 4, 4, 4, 4, 4, 4]))).Problem((HttpStatusCode)422, "scores");
        Assert.Contains("9 nilai", (string)eight["errors"]!["scores"]![0]!);
        await (await anonymous.Post(url, Answer([4, 4, 5, 4, 0, 4, 4, 4, 4]))).Problem((HttpStatusCode)422, "scores[2]", "scores[4]");
        // Ten thousand zeros earn one error, not ten thousand.
        var zeros = await (await anonymous.Post(url, Answer(new int[10_000]))).Problem((HttpStatusCode)422, "scores");
        Assert.Single(zeros["errors"]!.AsObject());
        await (await anonymous.Post(url, new SurveySubmissionRequest { Scores = [4, 4, 4, 4, 4, 4, 4, 4, 4], ServiceType = "KTP-el" })).Problem((HttpStatusCode)422, "submissionId");
        await (await anonymous.Post(url, Answer(id: Guid.Empty))).Problem((HttpStatusCode)422, "submissionId");
        var type = await (await anonymous.Post(url, Answer(serviceType: "Paspor"))).Problem((HttpStatusCode)422, "serviceType");
        Assert.Contains("KTP-el", (string)type["errors"]!["serviceType"]![0]!);
        await (await anonymous.Post(url, Answer(suggestion: new string('x', 1001)))).Problem((HttpStatusCode)422, "suggestion");
        await (await anonymous.Post(url, Answer(suggestion: "baik\u202Esekali"))).Problem((HttpStatusCode)422, "suggestion");
        await (await anonymous.Post(url, Answer(serviceType: "KTP\u200Bel"))).Problem((HttpStatusCode)422, "serviceType");
        var body = $$$"""{"submissionId":"{{{Guid.NewGuid()}}}","scores":[4,4,4,4,4,4,4,4,4],"serviceType":"KTP-el","respondent":{"sex":"1"}}""";
        await (await anonymous.PostAsync(url, new StringContent(body, Encoding.UTF8, "application/json"))).Problem(HttpStatusCode.BadRequest, "respondent.sex");
        await (await anonymous.PostAsync(url, new StringContent("""{"scores":["empat"]}""", Encoding.UTF8, "application/json"))).Problem(HttpStatusCode.BadRequest);
        // The service type is matched as the unit spells it, whatever the case.
        await (await anonymous.Post(url, Answer(serviceType: "ktp-EL"))).Read<SurveySubmissionResponse>(HttpStatusCode.Created);
        Assert.Equal(1, await Respondents(admin, unit.Id));
    }

    [Fact]
    public async Task A_closed_survey_refuses_new_answers_but_a_retry_still_gets_its_first_result()
    {
        var (admin, unit) = await NewUnit();
        var anonymous = api.Anonymous();
        var url = unit.PublicPath + "/survey-responses";
        var before = Answer();
        await (await anonymous.Post(url, before)).Read<SurveySubmissionResponse>(HttpStatusCode.Created);
        var closed = ServiceUnitTests.Body(unit.UnitId, unit.Slug, open: false);
        await (await admin.Update($"/api/v1/service-units/{unit.Id}", closed)).Read<ServiceUnitResponse>();
        Assert.False((await anonymous.Get<PublicServiceUnitResponse>(unit.PublicPath)).SurveyOpen);
        var refused = await (await anonymous.Post(url, Answer())).Problem(HttpStatusCode.Conflict);
        Assert.Contains("ditutup", (string)refused["detail"]!);
        await (await anonymous.Post(url, before)).Read<SurveySubmissionResponse>(HttpStatusCode.OK);
        Assert.Equal(1, await Respondents(admin, unit.Id));
    }

    [Fact]
    public async Task Paper_forms_are_stored_all_or_nothing_with_each_error_named_by_its_place()
    {
        var (admin, unit) = await NewUnit();
        var url = $"/api/v1/service-units/{unit.Id}/survey-responses";
        var day = new DateOnly(2025, 3, 10);
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)).AddDays(2);
        var bad = new PaperSurveyBatchRequest
        {
            Responses =
            [
                Paper(tomorrow, [3, 3, 3, 3, 3, 3, 3, 3, 3]),
                Paper(day, [0, 3, 3, 3, 3, 3, 3, 3, 3]),
                Paper(day, [3, 3, 3, 3, 3, 3, 3, 3, 3]),
                Paper(day, [3, 3, 3, 3, 3, 3, 3, 3, 3], serviceType: "Paspor"),
                null!,
            ],
        };
        await (await admin.Post(url, bad)).Problem((HttpStatusCode)422, "responses[0].respondedOn", "responses[1].scores[0]", "responses[4]");
        // Past the validators, the service type of each form is checked against the unit's.
        var wrongType = new PaperSurveyBatchRequest { Responses = [Paper(day, [3, 3, 3, 3, 3, 3, 3, 3, 3]), Paper(day, [3, 3, 3, 3, 3, 3, 3, 3, 3], serviceType: "Paspor")] };
        await (await admin.Post(url, wrongType)).Problem((HttpStatusCode)422, "responses[1].serviceType");
        var tooMany = new PaperSurveyBatchRequest { Responses = Enumerable.Range(0, 1001).Select(_ => Paper(day, [3, 3, 3, 3, 3, 3, 3, 3, 3])).ToList() };
        await (await admin.Post(url, tooMany)).Problem((HttpStatusCode)422, "responses");
        await (await admin.Post(url, new PaperSurveyBatchRequest { Responses = [] })).Problem((HttpStatusCode)422, "responses");
        Assert.Equal(0, (await admin.Get<IkmResponse>($"/api/v1/service-units/{unit.Id}/ikm?from=2025-01-01&to=2025-12-31")).RespondentCount);

        var thousand = new PaperSurveyBatchRequest { Responses = Enumerable.Range(0, 1000).Select(i => Paper(day.AddDays(i % 60), [1 + i % 4, 3, 3, 3, 3, 3, 3, 3, 4])).ToList() };
        var accepted = await (await admin.Post(url, thousand)).Read<PaperSurveyBatchResponse>();
        Assert.Equal(1000, accepted.Accepted);
        var report = await admin.Get<IkmResponse>($"/api/v1/service-units/{unit.Id}/ikm?from=2025-01-01&to=2025-12-31");
        Assert.Equal(1000, report.RespondentCount);
        Assert.Equal(2.5m, report.Unsur[0].Nrr);

        var viewer = await api.As("viewer@tpi");
        await (await viewer.Post(url, thousand)).Problem(HttpStatusCode.Forbidden);
        await (await admin.Post($"/api/v1/service-units/{Guid.NewGuid()}/survey-responses", wrongType)).Problem(HttpStatusCode.NotFound);
    }
}

[Collection(ApiCollection.Name)]
public class SurveyResponseListTests(ApiFactory api)
{
    [Fact]
    public async Task Staff_read_the_responses_newest_first_and_only_those_with_personal_data_access_see_profiles_and_suggestions()
    {
        var admin = await api.As("admin@tpi");
        var unit = await ServiceUnitTests.Create(admin, ServiceUnitTests.Body(await ServiceUnitTests.UnitByCode(admin, "DUKCAPIL")));
        await (await admin.Post($"/api/v1/service-units/{unit.Id}/survey-responses", new PaperSurveyBatchRequest
        {
            Responses =
            [
                SurveyTests.Paper(new DateOnly(2025, 5, 1), [1, 2, 3, 4, 1, 2, 3, 4, 1], "KTP-el", "Loket 2 tutup terlalu cepat."),
                SurveyTests.Paper(new DateOnly(2025, 6, 1), [4, 4, 4, 4, 4, 4, 4, 4, 4]) ,
            ],
        })).Read<PaperSurveyBatchResponse>();
        await (await api.Anonymous().Post(unit.PublicPath + "/survey-responses", SurveyTests.Answer(suggestion: "Terima kasih", who: new RespondentProfileRequest { Sex = Sex.Female, AgeBand = AgeBand.Under20 })))
            .Read<SurveySubmissionResponse>(HttpStatusCode.Created);

        var url = $"/api/v1/service-units/{unit.Id}/survey-responses";
        var all = await admin.Get<Paged<SurveyResponseItem>>(url);
        Assert.Equal(3, all.Total);
        Assert.Equal([SurveyChannel.Online, SurveyChannel.Paper, SurveyChannel.Paper], all.Items.Select(i => i.Channel));
        Assert.Equal((Sex.Female, AgeBand.Under20, "Terima kasih", (string?)null), (all.Items[0].Sex, all.Items[0].AgeBand, all.Items[0].Suggestion, all.Items[0].EnteredBy));
        Assert.Equal([1, 2, 3, 4, 1, 2, 3, 4, 1], all.Items[2].Scores);
        Assert.Equal(("Loket 2 tutup terlalu cepat.", "admin@tpi"), (all.Items[2].Suggestion, all.Items[2].EnteredBy));

        var filtered = await admin.Get<Paged<SurveyResponseItem>>($"{url}?channel=Paper&from=2025-05-15&withSuggestion=false&sort=respondedOn");
        Assert.Equal(new DateOnly(2025, 6, 1), Assert.Single(filtered.Items).RespondedOn);
        Assert.Equal(1, (await admin.Get<Paged<SurveyResponseItem>>($"{url}?serviceType=Akta Kelahiran")).Total);

        // A viewer reads the scores but not what a citizen wrote or who they said they were.
        var viewer = await (await api.As("viewer@tpi")).Get<Paged<SurveyResponseItem>>(url);
        Assert.Equal(3, viewer.Total);
        Assert.All(viewer.Items, i => Assert.True(i.Suggestion is null && i.Sex is null && i.AgeBand is null));
        await (await (await api.As("kadinkes@tpi")).GetAsync(url)).Problem(HttpStatusCode.NotFound);
        await (await admin.GetAsync($"{url}?sort=skor")).Problem((HttpStatusCode)422, "sort");
        await (await admin.GetAsync($"{url}?channel=Pos")).Problem(HttpStatusCode.BadRequest, "channel");
    }
}

public sealed class TinySubmissionLimitFactory : ApiFactory
{
    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("PublicApi:SubmissionsPerMinute", "3");
    }
}

public class SurveyRateLimitTests(TinySubmissionLimitFactory api) : IClassFixture<TinySubmissionLimitFactory>
{
    [Fact]
    public async Task Public_submissions_are_limited_per_address_with_Retry_After()
    {
        var admin = await api.As("admin@tpi");
        var unit = await ServiceUnitTests.Create(admin, ServiceUnitTests.Body(await ServiceUnitTests.UnitByCode(admin, "DUKCAPIL")));
        var anonymous = api.Anonymous();
        var url = unit.PublicPath + "/survey-responses";
        var answers = Enumerable.Range(0, 3).Select(_ => SurveyTests.Answer()).ToList();
        foreach (var a in answers) await (await anonymous.Post(url, a)).Read<SurveySubmissionResponse>(HttpStatusCode.Created);

        var limited = await anonymous.Post(url, SurveyTests.Answer());
        var problem = await limited.Problem(HttpStatusCode.TooManyRequests);
        Assert.Equal("https://www.rfc-editor.org/rfc/rfc6585#section-4", (string?)problem["type"]);
        Assert.InRange(limited.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 60);
        Assert.Contains("3 per menit", (string)problem["detail"]!);
        // A retry counts too: it is refused, and nothing more was stored.
        await (await anonymous.Post(url, answers[0])).Problem(HttpStatusCode.TooManyRequests);
        Assert.Equal(3, (await admin.Get<IkmResponse>($"/api/v1/service-units/{unit.Id}/ikm")).RespondentCount);
        // Reading the form, and staff entering paper forms, are not this limit's business.
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(unit.PublicPath)).StatusCode);
        var paper = new PaperSurveyBatchRequest { Responses = [SurveyTests.Paper(new DateOnly(2025, 1, 2), [3, 3, 3, 3, 3, 3, 3, 3, 3])] };
        Assert.Equal(HttpStatusCode.OK, (await admin.Post($"/api/v1/service-units/{unit.Id}/survey-responses", paper)).StatusCode);
    }
}
