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
        foreach (var path in new[] { "/api/v1/public/tpi/complaints/%27%20OR%201%3D1--", "/api/v1/public/tpi/complaints/" + new string('A', 21), "/api/v1/public/" + new string('t', 21) + "/complaints/ABCDEFGHJK" })
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
