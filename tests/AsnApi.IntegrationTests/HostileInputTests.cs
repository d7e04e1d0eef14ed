using System.Net;
using System.Text;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace AsnApi.IntegrationTests;

/// <summary>
/// Sends every write endpoint bodies a careless or hostile client might: empty, null, wrong shapes,
/// null list elements, absurd values. Each must be answered with a 4xx problem, never a 500.
/// </summary>
[Collection(ApiCollection.Name)]
public class HostileInputTests(ApiFactory api)
{
    private static readonly string[] Bodies =
    [
        "", "null", "[]", "{}", "\"text\"", "42", "{\"name\":{}}",
        "{\"items\":[null],\"results\":[null],\"rows\":[null],\"levels\":[null],\"targetPositionIds\":[null],\"needIds\":[null],\"scopes\":[null],\"competencies\":[null],\"attendance\":[null]}",
        "{\"items\":[{}],\"results\":[{}],\"rows\":[{}],\"levels\":[{}],\"targetPositionIds\":[],\"needIds\":[],\"competencies\":[{}],\"attendance\":[{},{\"day\":\"0001-01-01\",\"present\":true},{\"day\":\"9999-12-31\"}]}",
        "{\"nip\":\"" + new string('9', 5000) + "\",\"name\":\"\\u0000\",\"year\":-2147483648,\"employmentType\":\"Pns\",\"assessedOn\":\"0001-01-01\",\"action\":\"Validate\"}",
        "{\"employeeId\":\"00000000-0000-0000-0000-000000000000\",\"year\":2026,\"title\":\"x\",\"items\":[{\"competencyId\":\"00000000-0000-0000-0000-000000000000\",\"targetLevel\":3,\"form\":\"Coaching\",\"activityName\":\"x\",\"plannedJp\":1,\"dueDate\":\"2026-01-01\"}]}",
        // Valid everywhere but for one null element, so that only the element check can stop it.
        "{\"employeeId\":\"00000000-0000-0000-0000-000000000001\",\"year\":2026,\"title\":\"x\",\"items\":[null],\"assessedOn\":\"2025-01-01\",\"method\":\"Portfolio\",\"results\":[null],\"code\":\"T.X\",\"name\":\"x\",\"levels\":[null],\"rows\":[null]}",
        // A training program or session valid but for one null competency, a null date or an absurd amount.
        "{\"code\":\"X-1\",\"title\":\"x\",\"form\":\"Coaching\",\"delivery\":\"Online\",\"jp\":8,\"costPerParticipant\":79228162514264337593543950335,\"competencies\":[null]}",
        "{\"programId\":\"00000000-0000-0000-0000-000000000001\",\"name\":\"x\",\"startDate\":\"2026-01-02\",\"endDate\":null,\"location\":\"x\",\"capacity\":2147483647,\"onlineLink\":\"javascript:alert(1)\"}",
    ];

    [Fact]
    public async Task No_write_endpoint_answers_500_to_malformed_bodies()
    {
        var admin = await api.As("admin@tpi");
        var anyId = Guid.NewGuid();
        var endpoints = api.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1") == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (Method: m, Route: e.RoutePattern.RawText!)))
            .Where(e => e.Method is "POST" or "PUT" && e.Route != "/api/v1/auth/token")
            .ToList();
        Assert.True(endpoints.Count > 25);

        var failures = new List<string>();
        foreach (var (method, route) in endpoints)
        {
            var url = System.Text.RegularExpressions.Regex.Replace(route, @"\{\w+:guid\}", anyId.ToString());
            foreach (var body in Bodies)
            {
                var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
                request.Headers.TryAddWithoutValidation("If-Match", "\"1\""); // past the 428, so that the body reaches the validators
                var response = await admin.SendAsync(request);
                if ((int)response.StatusCode >= 500) failures.Add($"{method} {route} with {body[..Math.Min(body.Length, 60)]}: {(int)response.StatusCode}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>The evaluation cycle writes aimed at a real open cycle, finding and action, so the bodies reach the handlers.</summary>
    [Fact]
    public async Task Evaluation_writes_answer_4xx_to_malformed_bodies_on_real_records()
    {
        var admin = await api.As("admin@tpi");
        var cycle = await EvaluationCycleTests.Create(admin, EvaluationCycleTests.Body(null, "Uji masukan", new DateOnly(2031, 1, 1), new DateOnly(2031, 6, 30)));
        var finding = await EvaluationCycleTests.Finding(admin, cycle.Id);
        var action = await (await admin.Post($"/api/v1/evaluation-findings/{finding.Id}/actions", EvaluationCycleTests.FreeTask())).Read<AsnApi.Contracts.FollowUpActionResponse>(HttpStatusCode.Created);
        var shapes = Bodies.Concat([
            "{\"name\":\"x\",\"periodFrom\":\"0001-01-01\",\"periodTo\":\"9999-12-31\",\"unitId\":\"00000000-0000-0000-0000-000000000000\"}",
            "{\"title\":\"x\",\"severity\":\"High\",\"indicatorCode\":\"" + new string('A', 500) + "\",\"evidenceLink\":\"/\\u0000\"}",
            "{\"kind\":\"PlanItem\",\"planItemId\":\"00000000-0000-0000-0000-000000000000\",\"ownerEmployeeId\":\"00000000-0000-0000-0000-000000000000\",\"ownerName\":\"x\",\"dueDate\":\"0001-01-01\"}",
            "{\"kind\":\"Task\",\"title\":null,\"ownerName\":\"x\",\"dueDate\":\"2031-01-01\"}", "{\"to\":null}", "{\"to\":\"Open\"}", "{\"to\":7}",
        ]).ToList();
        var failures = new List<string>();
        var targets = new[]
        {
            ("PUT", $"/api/v1/evaluation-cycles/{cycle.Id}"), ("POST", $"/api/v1/evaluation-cycles/{cycle.Id}/findings"),
            ("POST", $"/api/v1/evaluation-findings/{finding.Id}/actions"), ("POST", $"/api/v1/evaluation-actions/{action.Id}/transition"), ("POST", "/api/v1/evaluation-cycles"),
            ("PUT", $"/api/v1/evaluation-findings/{finding.Id}"),
        };
        foreach (var (method, url) in targets)
            foreach (var body in shapes)
            {
                var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
                request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
                var response = await admin.SendAsync(request);
                if ((int)response.StatusCode >= 500) failures.Add($"{method} {url} with {body[..Math.Min(body.Length, 60)]}: {(int)response.StatusCode}");
            }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        // Nothing was written: the cycle, its one finding and its one open action are as they were.
        var after = await admin.Get<AsnApi.Contracts.EvaluationCycleResponse>($"/api/v1/evaluation-cycles/{cycle.Id}");
        Assert.Equal((cycle.Version, cycle.Name, 1, 1), (after.Version, after.Name, after.FindingCount, after.OpenActionCount));
        var findingAfter = (await admin.Get<AsnApi.Contracts.EvaluationFindingsResponse>($"/api/v1/evaluation-cycles/{cycle.Id}/findings")).Findings.Single();
        Assert.Equal((1, finding.Title), (findingAfter.Version, findingAfter.Title));
    }

    /// <summary>The enrollment writes again, aimed at a real participant, so the bodies get past the 404 to the handlers.</summary>
    [Fact]
    public async Task Enrollment_writes_answer_4xx_to_malformed_bodies_on_a_real_participant()
    {
        var admin = await api.As("admin@tpi");
        var (_, session) = await TrainingTestData.OpenSession(admin, capacity: 3);
        var participant = await EnrollmentTests.Enrolled(admin, session.Id, await admin.FirstId<AsnApi.Contracts.EmployeeResponse>("/api/v1/employees?active=true&pageSize=1&sort=-name"));
        var one = EnrollmentTests.One(session.Id, participant.Id);
        var failures = new List<string>();
        foreach (var (method, url) in new[] { ("POST", EnrollmentTests.Roster(session.Id)), ("PUT", one), ("POST", one + "/attend"), ("POST", one + "/complete"), ("POST", one + "/withdraw") })
            foreach (var body in Bodies.Append("{\"preTestScore\":2147483647,\"postTestScore\":-2147483648,\"attendance\":[{\"day\":\"2026-12-01\",\"present\":\"ya\"}]}"))
            {
                var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
                request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
                var response = await admin.SendAsync(request);
                if ((int)response.StatusCode >= 500) failures.Add($"{method} {url} with {body[..Math.Min(body.Length, 60)]}: {(int)response.StatusCode}");
            }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        // The enroll bodies named no valid employee: the roster still holds only the one participant.
        Assert.Equal(1, (await admin.Get<AsnApi.Contracts.Paged<AsnApi.Contracts.EnrollmentResponse>>(EnrollmentTests.Roster(session.Id))).Total);
    }

    /// <summary>The follow-up writes, aimed at a real completed enrollment so the bodies reach the handlers; none of them may file it.</summary>
    [Fact]
    public async Task Follow_up_writes_answer_4xx_to_malformed_bodies_on_a_real_completed_enrollment()
    {
        var admin = await api.As("admin@tpi");
        var target = (await admin.Get<AsnApi.Contracts.Paged<AsnApi.Contracts.FollowUpQueueItem>>("/api/v1/training-follow-ups?status=Due&pageSize=50")).Items
            .Concat((await admin.Get<AsnApi.Contracts.Paged<AsnApi.Contracts.FollowUpQueueItem>>("/api/v1/training-follow-ups?status=Overdue&pageSize=50")).Items).Last();
        var url = $"/api/v1/training-follow-ups/{target.EnrollmentId}";
        var ratings = new[]
        {
            "{\"ratings\":[null]}", "{\"ratings\":[{}]}", "{\"ratings\":[{\"competencyId\":\"x\",\"application\":\"ya\"}]}",
            "{\"ratings\":[{\"competencyId\":\"00000000-0000-0000-0000-000000000000\",\"application\":2147483647,\"reassessedLevel\":-1}]}",
            "{\"ratings\":[" + string.Join(",", Enumerable.Repeat("{\"competencyId\":\"00000000-0000-0000-0000-000000000001\",\"application\":3}", 5000)) + "]}",
            "{\"ratings\":[{\"competencyId\":\"00000000-0000-0000-0000-000000000001\",\"application\":3}],\"notes\":\"" + new string('x', 5000) + "\"}",
        };
        var failures = new List<string>();
        foreach (var method in new[] { "POST", "PUT" })
            foreach (var body in Bodies.Concat(ratings))
            {
                var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
                request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
                var response = await admin.SendAsync(request);
                if ((int)response.StatusCode >= 500 || response.IsSuccessStatusCode) failures.Add($"{method} {url} with {body[..Math.Min(body.Length, 60)]}: {(int)response.StatusCode}");
            }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(0, (await admin.Get<AsnApi.Contracts.FollowUpResponse>(url)).Version);
    }

    /// <summary>
    /// The improvement plan's writes on real records (the walk above stops at 404 or 412): the mapping at its current
    /// version and the drafting on a service unit without staff, so whatever gets through writes nothing another test reads.
    /// </summary>
    [Fact]
    public async Task The_improvement_plan_writes_answer_4xx_to_malformed_bodies_on_real_records()
    {
        var admin = await api.As("admin@amq");
        var unit = await ServiceUnitTests.Create(admin, ServiceUnitTests.Body(await ServiceUnitTests.UnitByCode(admin, "DUKCAPIL")));
        const string mapping = "/api/v1/settings/competency-mapping";
        string[] own =
        [
            "{\"unsur\":[null],\"categories\":[null]}", "{\"unsur\":{}}", "{\"unsur\":[{\"code\":9}]}", "{\"unsur\":[{\"code\":\"U1\",\"competencyIds\":[null]}]}",
            "{\"unsur\":[{\"code\":\"U1\",\"competencyIds\":[\"bukan-uuid\"]}]}", "{\"categories\":[{\"category\":\"" + new string('x', 100_000) + "\",\"competencyIds\":[]}]}",
            "{\"categories\":[{\"category\":\"a\\u202Eb\",\"competencyIds\":[\"00000000-0000-0000-0000-000000000001\"]}]}",
            "{\"unsur\":[{\"code\":\"U1\",\"unitTechnical\":\"ya\"}]}", "{\"year\":2147483647}", "{\"from\":\"2026-02-30\"}", "{\"from\":\"2026-05-01\",\"to\":\"2020-01-01\"}",
        ];
        var failures = new List<string>();
        foreach (var body in Bodies.Concat(own))
        {
            var version = await admin.Version(mapping);
            foreach (var (url, ifMatch) in new[] { (mapping, (int?)version), ($"/api/v1/service-units/{unit.Id}/improvement-plan/draft-plan-items", null) })
            {
                var request = new HttpRequestMessage(url == mapping ? HttpMethod.Put : HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
                if (ifMatch is { } v) request.Headers.TryAddWithoutValidation("If-Match", $"\"{v}\"");
                var response = await admin.SendAsync(request);
                if ((int)response.StatusCode >= 500) failures.Add($"{url} with {body[..Math.Min(body.Length, 60)]}: {(int)response.StatusCode}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        await (await admin.PostIfMatch(mapping + "/reset", await admin.Version(mapping))).Read<AsnApi.Contracts.CompetencyMappingResponse>();
    }

    /// <summary>The reaction writes aimed at a real participant and a real link, so the bodies reach the handlers; nothing is stored.</summary>
    [Fact]
    public async Task Reaction_writes_answer_4xx_to_malformed_bodies_on_a_real_participant_and_link()
    {
        var admin = await api.As("admin@tpi");
        var (_, session, people) = await EffectivenessTestData.Session(admin, [(10, 20, true), (30, 40, true)], new DateOnly(2026, 8, 3));
        var link = await EffectivenessTestData.Link(admin, people[1].Enrollment.Id);
        string[] reaction =
        [
            "{\"scores\":[null]}", "{\"scores\":[{}]}", "{\"scores\":[{\"position\":-2147483648,\"score\":2147483647}]}", "{\"scores\":[{\"position\":1,\"score\":1e400}]}",
            "{\"scores\":{}}", "{\"comment\":[]}", "{\"scores\":[" + string.Join(",", Enumerable.Repeat("{\"position\":1,\"score\":3}", 10_000)) + "]}",
            "{\"scores\":[{\"position\":1,\"score\":3}],\"comment\":\"" + new string('x', 100_000) + "\"}",
        ];
        var failures = new List<string>();
        foreach (var (client, url) in new[] { (admin, $"/api/v1/enrollments/{people[0].Enrollment.Id}/reaction"), (api.Anonymous(), EffectivenessTestData.PublicUrl(link.Token)) })
            foreach (var body in Bodies.Concat(reaction))
            {
                var response = await client.PostAsync(url, new StringContent(body, Encoding.UTF8, "application/json"));
                if ((int)response.StatusCode is < 400 or >= 500) failures.Add($"POST {url} with {body[..Math.Min(body.Length, 60)]}: {(int)response.StatusCode}");
            }
        foreach (var body in Bodies.Append("{\"name\":\"x\",\"items\":[\"" + new string('x', 100_000) + "\"]}").Append("{\"name\":\"x\",\"items\":{}}"))
        {
            var response = await admin.PostAsync("/api/v1/reaction-templates", new StringContent(body, Encoding.UTF8, "application/json"));
            if ((int)response.StatusCode is < 400 or >= 500) failures.Add($"POST templates with {body[..Math.Min(body.Length, 60)]}: {(int)response.StatusCode}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(0, (await admin.Get<AsnApi.Contracts.SessionEffectivenessResponse>($"/api/v1/training-sessions/{session.Id}/effectiveness")).Reaction.Respondents);
    }

    /// <summary>The public survey faces the internet: its real address (the walk above cannot guess a slug) gets every body above and the survey's own shapes.</summary>
    [Fact]
    public async Task The_public_survey_answers_malformed_bodies_with_problems_and_stores_nothing()
    {
        var admin = await api.As("admin@tpi");
        var unit = await ServiceUnitTests.Create(admin, ServiceUnitTests.Body(await ServiceUnitTests.UnitByCode(admin, "DUKCAPIL")));
        var id = Guid.NewGuid();
        string[] survey =
        [
            "{\"scores\":[null],\"respondent\":null}", "{\"scores\":{}}", "{\"scores\":[1e400]}", "{\"scores\":[99999999999]}", "{\"respondent\":\"x\"}", "{\"respondent\":[]}",
            "{\"submissionId\":\"bukan-uuid\"}", "{\"submissionId\":42}", "{\"scores\":" + "[" + string.Join(",", Enumerable.Repeat("4", 100_000)) + "]}",
            $"{{\"submissionId\":\"{id}\",\"scores\":[4,4,4,4,4,4,4,4,4],\"serviceType\":\"{new string('x', 100_000)}\"}}",
            $"{{\"submissionId\":\"{id}\",\"scores\":[4,4,4,4,4,4,4,4,4],\"serviceType\":\"KTP-el\",\"respondent\":{{\"sex\":\"Alien\"}}}}",
            $"{{\"submissionId\":\"{id}\",\"scores\":[4,4,4,4,4,4,4,4,4],\"serviceType\":\"KTP-el\",\"respondent\":{{\"ageBand\":3}}}}",
        ];
        var anonymous = api.Anonymous();
        var failures = new List<string>();
        foreach (var body in Bodies.Concat(survey))
        {
            var response = await anonymous.PostAsync(unit.PublicPath + "/survey-responses", new StringContent(body, Encoding.UTF8, "application/json"));
            if ((int)response.StatusCode is < 400 or >= 500) failures.Add($"{body[..Math.Min(body.Length, 60)]}: {(int)response.StatusCode}");
        }
        foreach (var path in new[] { "/api/v1/public/t%20p/service-units/x", "/api/v1/public/tpi/service-units/" + new string('a', 81), "/api/v1/public/tpi/service-units/%27%20OR%201%3D1--", "/api/v1/public/tpi/service-units/x/ikm?from=kemarin" })
        {
            var response = await anonymous.GetAsync(path);
            if ((int)response.StatusCode is < 400 or >= 500) failures.Add($"GET {path}: {(int)response.StatusCode}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(0, (await admin.Get<AsnApi.Contracts.IkmResponse>($"/api/v1/service-units/{unit.Id}/ikm")).RespondentCount);
    }

    /// <summary>The public complaint form and tracking page face the internet too: every body above, the form's own shapes, hostile codes.</summary>
    [Fact]
    public async Task The_public_complaint_form_and_tracking_answer_malformed_input_with_problems_and_store_nothing()
    {
        var admin = await api.As("admin@tpi");
        var unit = await ServiceUnitTests.Create(admin, ServiceUnitTests.Body(await ServiceUnitTests.UnitByCode(admin, "DUKCAPIL")));
        var id = Guid.NewGuid();
        string[] complaint =
        [
            "{\"submissionId\":\"bukan-uuid\"}", "{\"type\":1}", "{\"type\":\"Keluhan\"}", "{\"text\":[]}", "{\"serviceUnitSlug\":{}}",
            $"{{\"submissionId\":\"{id}\",\"serviceUnitSlug\":\"{unit.Slug}\",\"type\":\"Pengaduan\",\"text\":\"{new string('x', 100_000)}\"}}",
            $"{{\"submissionId\":\"{id}\",\"serviceUnitSlug\":\"{new string('s', 10_000)}\",\"type\":\"Pengaduan\",\"text\":\"x\"}}",
            $"{{\"submissionId\":\"{id}\",\"serviceUnitSlug\":\"' OR 1=1--\",\"type\":\"Pengaduan\",\"text\":\"x\"}}",
            $"{{\"submissionId\":\"{id}\",\"serviceUnitSlug\":\"{unit.Slug}\",\"type\":\"Pengaduan\",\"text\":\"x\u0000y\"}}",
            $"{{\"submissionId\":\"{id}\",\"serviceUnitSlug\":\"{unit.Slug}\",\"type\":\"Pengaduan\",\"text\":\"x\",\"reporterContact\":\"a\\u202Eb\"}}",
        ];
        var anonymous = api.Anonymous();
        var failures = new List<string>();
        foreach (var body in Bodies.Concat(complaint))
        {
            var response = await anonymous.PostAsync("/api/v1/public/tpi/complaints", new StringContent(body, Encoding.UTF8, "application/json"));
            if ((int)response.StatusCode is < 400 or >= 500) failures.Add($"{body[..Math.Min(body.Length, 60)]}: {(int)response.StatusCode}");
        }
        foreach (var path in new[] { "/api/v1/public/tpi/complaints/%27%20OR%201%3D1--", "/api/v1/public/tpi/complaints/" + new string('A', 21), "/api/v1/public/" + new string('t', 21) + "/complaints/ABCDEFGHJK",
                     "/api/v1/public/%27%20OR%201%3D1--/complaint-form", "/api/v1/public/" + new string('t', 21) + "/complaint-form" })
        {
            var response = await anonymous.GetAsync(path);
            if ((int)response.StatusCode is < 400 or >= 500) failures.Add($"GET {path}: {(int)response.StatusCode}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(0, (await admin.Get<AsnApi.Contracts.Paged<AsnApi.Contracts.ComplaintResponse>>($"/api/v1/complaints?serviceUnitId={unit.Id}")).Total);
    }

    [Fact]
    public async Task Parallel_writers_all_succeed_on_the_embedded_database()
    {
        var admin = await api.As("admin@tpi");
        var position = await admin.FirstId<AsnApi.Contracts.PositionResponse>("/api/v1/positions?type=Pelaksana&active=true&pageSize=1");
        var responses = await Task.WhenAll(Enumerable.Range(0, 24).Select(_ => Task.Run(() => admin.Post("/api/v1/employees", TestData.Employee(position)))));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
    }

    /// <summary>The import job endpoints take an id and list filters: malformed ones are problems, never a 500.</summary>
    [Fact]
    public async Task Feedback_exports_answer_4xx_to_hostile_queries_and_audit_nothing()
    {
        var admin = await api.As("admin@tpi");
        var exports = async () => (await admin.Get<AsnApi.Contracts.Paged<AsnApi.Contracts.AuditEntryResponse>>("/api/v1/audit?entityType=Export&pageSize=500")).Total;
        var before = await exports();
        var failures = new List<string>();
        foreach (var path in new[]
        {
            "/api/v1/ikm/export?format=Pdf", "/api/v1/ikm/export?format=2", "/api/v1/ikm/export?from=%27%20OR%201%3D1--", "/api/v1/ikm/export?from=0001-01-01",
            "/api/v1/ikm/export?to=0001-01-01", "/api/v1/ikm/export?from=2030-01-01&to=2020-01-01", "/api/v1/ikm/export?underUnitId=%00",
            "/api/v1/ikm?to=0001-01-01", "/api/v1/ikm/trend?to=0001-01-01",
            "/api/v1/complaints/export?format=csv%00", "/api/v1/complaints/export?status=Received,Closed", "/api/v1/complaints/export?type=" + new string('x', 300),
            "/api/v1/complaints/export?category=" + new string('k', 5000), "/api/v1/complaints/export?sort=c.Id;DROP%20TABLE%20Complaints",
            "/api/v1/complaints/export?sort=" + new string('s', 300), "/api/v1/complaints/export?from=2030-01-01&to=2020-01-01", "/api/v1/complaints/export?overdue=1",
            "/api/v1/complaints/export?serviceUnitId=%27", "/api/v1/complaints/export?from=99999-01-01",
        })
        {
            var response = await admin.GetAsync(path);
            if ((int)response.StatusCode is < 400 or >= 500 || response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                failures.Add($"GET {path}: {(int)response.StatusCode} {response.Content.Headers.ContentType}");
        }
        // A period at the calendar's end is merely empty (it overflowed the period rule into a 500 before).
        foreach (var path in new[] { "/api/v1/ikm/export?to=9999-12-31", "/api/v1/ikm?to=9999-12-31", "/api/v1/ikm/trend?to=9999-12-31", "/api/v1/ikm/trend?from=9999-12-01&to=9999-12-31" })
        {
            var response = await admin.GetAsync(path);
            if (response.StatusCode != System.Net.HttpStatusCode.OK) failures.Add($"GET {path}: {(int)response.StatusCode}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(before, await exports());
    }

    [Fact]
    public async Task Import_job_endpoints_answer_4xx_to_hostile_queries()
    {
        var admin = await api.As("admin@tpi");
        var failures = new List<string>();
        foreach (var path in new[]
        {
            "/api/v1/imports/jobs/bukan-guid", "/api/v1/imports/jobs/%27%20OR%201%3D1--", $"/api/v1/imports/jobs/{Guid.NewGuid()}",
            "/api/v1/imports/jobs?status=Selesai", "/api/v1/imports/jobs?status=1", "/api/v1/imports/jobs?page=0", "/api/v1/imports/jobs?page=99999999999",
            "/api/v1/imports/jobs?pageSize=-1", "/api/v1/imports/jobs?page=1000000&pageSize=500", "/api/v1/imports/jobs?status=" + new string('x', 300),
        })
        {
            var response = await admin.GetAsync(path);
            if ((int)response.StatusCode is < 400 or >= 500) failures.Add($"GET {path}: {(int)response.StatusCode}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task Competency_profile_and_JP_summary_lists_and_exports_answer_4xx_to_hostile_queries()
    {
        var failures = new List<string>();
        foreach (var user in new[] { "admin@tpi", "viewer@tpi", "kadinkes@tpi" })
        {
            var client = await api.As(user);
            foreach (var path in new[] { "/api/v1/competency-profiles", "/api/v1/competency-profiles/export", "/api/v1/jp-ledger/employees", "/api/v1/jp-ledger/employees/export" })
                foreach (var query in new[]
                {
                "page=0", "page=99999999999", "pageSize=-1", "page=1000000&pageSize=500", "sort=" + new string('x', 300), "sort=name;DROP TABLE Employees",
                "sort=-", "q=" + new string('a', 201), "q=%00%01", "underUnitId=bukan-guid", "competencyId=%27%20OR%201%3D1--", "positionType=1",
                "employmentType=Pegawai", "onlyGaps=2", "reached=ya", "year=-2147483648", "year=99999999999", "format=Pdf", "includeTotal=kadang",
            })
                {
                    var response = await client.GetAsync($"{path}?{query}");
                    // Parameters a path does not take are ignored (200); what it takes must never be a 500.
                    if ((int)response.StatusCode >= 500) failures.Add($"{user} GET {path}?{query}: {(int)response.StatusCode}");
                    if (response.StatusCode != HttpStatusCode.OK && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                        failures.Add($"{user} GET {path}?{query}: {(int)response.StatusCode} without a problem");
                }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        var admin = await api.As("admin@tpi");
        await (await admin.GetAsync("/api/v1/competency-profiles?sort=name;DROP TABLE Employees")).Problem((HttpStatusCode)422, "sort");
        await (await admin.GetAsync("/api/v1/jp-ledger/employees/export?year=99999")).Problem((HttpStatusCode)422, "year");
        await (await admin.GetAsync("/api/v1/competency-profiles/export?underUnitId=bukan-guid")).Problem(HttpStatusCode.BadRequest);
    }

    /// <summary>The import endpoint reads files, not JSON bodies: every kind gets the hostile bodies as CSV and as JSON, and hostile cells.</summary>
    [Fact]
    public async Task Import_kinds_answer_4xx_to_hostile_files()
    {
        var admin = await api.As("admin@tpi");
        string[] csv =
        [
            "\"", "nip;name\n\"unterminated", "\u0000\u0001", "a;b;c\n1;2;3;4;5;6\n", "nip\n" + new string('9', 100_000) + "\n",
            "nip;name;employmentType;positionCode\n199001012019011001;\u202Eevil;Pns;X\n", "code;name;parentCode\nA;B;A\n",
            "code;name;type;managerialLevel;unitCode\nX;Y;Fungsional;99999999999999999999999;DUKCAPIL\n",
            "nip;programCode;session;date;preTestScore\n199001012019011001;PKP;\u202E;31/02/2025;99999999999999999999999\n",
            "serviceUnit;submissionId;respondedOn;u1;u2;u3;u4;u5;u6;u7;u8;u9;serviceType\nx;00000000-0000-0000-0000-000000000000;01/01/0001;-1;1e9;NaN;4,5;;;;;;\u200B\n",
        ];
        var failures = new List<string>();
        foreach (var kind in new[] { "employees", "units", "positions", "position-standards", "assessments", "training-records", "survey-responses" })
        {
            foreach (var body in Bodies)
            {
                var response = await admin.PostAsync($"/api/v1/imports/{kind}", new StringContent(body, Encoding.UTF8, "application/json"));
                if ((int)response.StatusCode is >= 500 or < 400 && body != "[]") failures.Add($"{kind} JSON {body[..Math.Min(body.Length, 60)]}: {(int)response.StatusCode}");
            }
            foreach (var body in csv.Concat(Bodies))
            {
                var response = await admin.PostAsync($"/api/v1/imports/{kind}?mode=valid-only", new StringContent(body, Encoding.UTF8, "text/csv"));
                if ((int)response.StatusCode >= 500) failures.Add($"{kind} CSV {body[..Math.Min(body.Length, 60)]}: {(int)response.StatusCode}");
            }
        }
        // Hostile Idempotency-Keys: each a 400 on the header, nothing run.
        foreach (var key in new[] { new string('k', 10_000), "kunci dengan spasi", "ключ" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/imports/units?dryRun=true") { Content = new StringContent("code;name\nX;Y\n", Encoding.UTF8, "text/csv") };
            request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
            var response = await admin.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.BadRequest) failures.Add($"Idempotency-Key {key[..Math.Min(key.Length, 20)]}: {(int)response.StatusCode}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
