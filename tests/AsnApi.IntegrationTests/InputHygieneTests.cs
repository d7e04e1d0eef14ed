using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Security.Claims;
using System.Text;
using System.Text.Json.Nodes;
using AsnApi.Contracts;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace AsnApi.IntegrationTests;

/// <summary>What a client sends is checked once for every field, and what the API answers speaks Indonesian and names the field.</summary>
[Collection(ApiCollection.Name)]
public class InputHygieneTests(ApiFactory api)
{
    public static readonly TheoryData<string> Invisible = new()
    {
        "\u0000", "\u0007", "\u001B", "\u007F", "\n", "\u202A", "\u202E", "\u2066", "\u2069", "\u200B", "\u200D", "\uFEFF",
    };

    /// <summary>Whether a request body type has a text field anywhere, nested records and lists included.</summary>
    private static bool HasText(Type type, HashSet<Type> seen)
    {
        if (type == typeof(string)) return true;
        if (type.IsGenericType && type.GetGenericArguments() is [var element] && typeof(System.Collections.IEnumerable).IsAssignableFrom(type)) return HasText(element, seen);
        if (type.Namespace != "AsnApi.Contracts" || !type.IsClass || !seen.Add(type)) return false;
        return type.GetProperties().Any(p => HasText(p.PropertyType, seen));
    }

    private static StringContent Body(string json) => new(json, Encoding.UTF8, "application/json");

    [Theory]
    [MemberData(nameof(Invisible))]
    public async Task Control_bidi_and_zero_width_characters_are_refused_in_every_text_field_and_nothing_is_written(string bad)
    {
        var admin = await api.As("admin@pgk");
        var marker = "Uji" + Guid.NewGuid().ToString("N")[..8];
        var text = System.Text.Json.JsonSerializer.Serialize(marker + bad + "x");
        // Every write endpoint gets every common text field spoiled; whichever it reads first must be refused.
        var body = $$"""{"name":{{text}},"code":{{text}},"title":{{text}},"activityName":{{text}},"rank":{{text}},"assessor":{{text}},"fieldGroup":{{text}},"positionCode":{{text}},"nip":{{text}},"unitCode":{{text}},"reason":{{text}},"notes":{{text}},"note":{{text}},"description":{{text}}}""";
        var endpoints = api.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1") == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (Method: m, Route: e.RoutePattern.RawText!, Body: e.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>()?.RequestType)))
            .Where(e => e.Method is "POST" or "PUT" && e.Route != "/api/v1/auth/token")
            .ToList();
        Assert.True(endpoints.Count > 25);
        foreach (var (method, route, bodyType) in endpoints)
        {
            if (bodyType is null || !HasText(bodyType, [])) continue;
            var response = await admin.SendAsync(new HttpRequestMessage(new HttpMethod(method), route.Replace("{id:guid}", Guid.NewGuid().ToString())) { Content = Body(body) });
            Assert.True((int)response.StatusCode is >= 400 and < 500, $"{method} {route}: {(int)response.StatusCode}");
        }
        // The first spoiled field read is the one named.
        foreach (var url in new[] { "/api/v1/units", "/api/v1/positions", "/api/v1/competencies", "/api/v1/employees" })
        {
            var problem = await (await admin.PostAsync(url, Body(body))).Problem((HttpStatusCode)422, "name");
            Assert.DoesNotContain("System.", problem.ToJsonString());
        }
        // A nested field is named by its path.
        var plan = $$"""{"employeeId":"{{Guid.NewGuid()}}","year":2026,"title":"ok","items":[{"activityName":{{text}}}]}""";
        await (await admin.PostAsync("/api/v1/development-plans", Body(plan))).Problem((HttpStatusCode)422, "items[0].activityName");

        var audit = await admin.GetAsync("/api/v1/audit?pageSize=500");
        Assert.DoesNotContain(marker, await audit.Content.ReadAsStringAsync());
        Assert.Equal(0, (await admin.Get<Paged<UnitResponse>>($"/api/v1/units?q={marker}")).Total);
    }

    [Fact]
    public async Task Text_is_trimmed_and_normalised_to_NFC_while_notes_keep_their_line_breaks()
    {
        var admin = await api.As("admin@pgk");
        var code = "NFC-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var decomposed = "Bidang Cafe\u0301 Kopi";
        var created = await (await admin.Post("/api/v1/units", new UnitRequest { Code = "  " + code + " ", Name = "  " + decomposed + "  " }))
            .Read<UnitResponse>(HttpStatusCode.Created);
        Assert.Equal((code, "Bidang Caf\u00e9 Kopi"), (created.Code, created.Name));
        Assert.Equal(1, (await admin.Get<Paged<UnitResponse>>($"/api/v1/units?q={Uri.EscapeDataString("Caf\u00e9")}&pageSize=500")).Items.Count(u => u.Id == created.Id));
    }

    [Theory]
    [InlineData("\"1\"")]
    [InlineData("1")]
    [InlineData("\"Tidak\"")]
    public async Task Enums_are_accepted_by_name_only_and_a_wrong_one_is_named_with_its_choices(string type)
    {
        var admin = await api.As("admin@pgk");
        var unit = await admin.FirstId<UnitResponse>("/api/v1/units?pageSize=1");
        var response = await admin.PostAsync("/api/v1/positions", Body($$"""{"code":"ENUM-X","name":"Uji","type":{{type}},"unitId":"{{unit}}"}"""));
        var problem = await response.Problem(HttpStatusCode.BadRequest, "type");
        var message = (string)problem["errors"]!["type"]![0]!;
        Assert.Contains("Pelaksana", message);
        Assert.DoesNotContain("AsnApi", problem.ToJsonString());
        Assert.DoesNotContain("converted", problem.ToJsonString());
    }

    [Theory]
    [InlineData("/api/v1/employees?employmentType=1", "employmentType")]
    [InlineData("/api/v1/employees?positionType=99", "positionType")]
    [InlineData("/api/v1/positions?type=Tidak", "type")]
    public async Task Enums_in_the_query_are_accepted_by_name_only(string url, string field)
    {
        var admin = await api.As("admin@pgk");
        var problem = await (await admin.GetAsync(url)).Problem(HttpStatusCode.BadRequest, field);
        Assert.Contains("pilihan", (string)problem["errors"]![field]![0]!);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/v1/employees?employmentType=Pppk&pageSize=1")).StatusCode);
    }

    [Fact]
    public async Task Unreadable_requests_get_Indonesian_details_that_name_the_field_not_the_CSharp_parameter()
    {
        var admin = await api.As("admin@pgk");
        var noBody = await admin.PostAsync("/api/v1/units", null);
        Assert.Contains("JSON", (string)(await noBody.Problem(HttpStatusCode.BadRequest))["detail"]!);
        var plain = await admin.PostAsync("/api/v1/units", new StringContent("code=X", Encoding.UTF8, "text/plain"));
        Assert.Contains("application/json", (string)(await plain.Problem(HttpStatusCode.UnsupportedMediaType))["detail"]!);
        var empty = await admin.PostAsync("/api/v1/units", Body(""));
        var emptyText = (await empty.Problem(HttpStatusCode.BadRequest)).ToJsonString();
        var broken = await admin.PostAsync("/api/v1/units", Body("{\"name\":"));
        var brokenText = (await broken.Problem(HttpStatusCode.BadRequest)).ToJsonString();
        var page = await admin.GetAsync("/api/v1/employees?page=abc");
        var pageProblem = await page.Problem(HttpStatusCode.BadRequest, "page");
        var date = await admin.PostAsync("/api/v1/assessments", Body("{\"assessedOn\":\"kemarin\"}"));
        await date.Problem(HttpStatusCode.BadRequest, "assessedOn");
        foreach (var text in new[] { emptyText, brokenText, pageProblem.ToJsonString() })
            foreach (var leak in new[] { "Implicit body", "Failed to", "parameter \\u0022", "UnitRequest", "Int32", "LineNumber" })
                Assert.DoesNotContain(leak, text);
    }

    [Fact]
    public async Task The_frameworks_own_problems_have_Indonesian_titles()
    {
        var anonymous = await api.Anonymous().GetAsync("/api/v1/employees");
        Assert.Equal("Belum masuk", (string)(await anonymous.Problem(HttpStatusCode.Unauthorized))["title"]!);
        var viewer = await api.As("viewer@pgk");
        var forbidden = await viewer.Post("/api/v1/units", new UnitRequest { Code = "X", Name = "X" });
        Assert.Equal("Tidak diizinkan", (string)(await forbidden.Problem(HttpStatusCode.Forbidden))["title"]!);
        var method = await (await api.As("admin@pgk")).DeleteAsync("/api/v1/employees");
        Assert.Equal("Metode tidak diizinkan", (string)(await method.Problem(HttpStatusCode.MethodNotAllowed))["title"]!);
        var missing = await (await api.As("admin@pgk")).GetAsync("/api/v1/tidak-ada");
        Assert.Equal("Tidak ditemukan", (string)(await missing.Problem(HttpStatusCode.NotFound))["title"]!);
    }

    [Fact]
    public async Task WWW_Authenticate_says_why_a_token_or_key_was_refused_in_plain_words()
    {
        var key = api.Services.GetRequiredService<SymmetricSecurityKey>();
        var now = DateTime.UtcNow;
        var expired = new JwtSecurityTokenHandler().WriteToken(new JwtSecurityToken("asnapi", "asnapi",
            [new Claim("sub", Guid.NewGuid().ToString()), new Claim("role", "TenantAdmin")], now.AddHours(-2), now.AddHours(-1), new SigningCredentials(key, SecurityAlgorithms.HmacSha256)));
        var client = api.Anonymous();
        client.DefaultRequestHeaders.Authorization = new("Bearer", expired);
        var response = await client.GetAsync("/api/v1/employees");
        var problem = await response.Problem(HttpStatusCode.Unauthorized);
        var challenge = response.Headers.WwwAuthenticate.ToString();
        Assert.Contains("error=\"invalid_token\"", challenge);
        Assert.Contains("kedaluwarsa", challenge);
        Assert.DoesNotContain("IDX", challenge);
        Assert.Contains("kedaluwarsa", (string)problem["detail"]!);

        var forged = api.Anonymous();
        forged.DefaultRequestHeaders.Authorization = new("Bearer", expired[..^4] + "AAAA");
        var bad = await forged.GetAsync("/api/v1/employees");
        Assert.Contains("error=\"invalid_token\"", bad.Headers.WwwAuthenticate.ToString());
        Assert.DoesNotContain("IDX", bad.Headers.WwwAuthenticate.ToString());

        var unknownKey = await api.WithApiKey("asn_deadbeef_tidakada").GetAsync("/api/v1/employees");
        Assert.Contains("error=\"invalid_key\"", unknownKey.Headers.WwwAuthenticate.ToString());
        Assert.Contains("tidak dikenal", (string)(await unknownKey.Problem(HttpStatusCode.Unauthorized))["detail"]!);

        // No credentials at all: a bare challenge, nothing to explain.
        var none = await api.Anonymous().GetAsync("/api/v1/employees");
        Assert.DoesNotContain("error=", none.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task A_nip_with_an_impossible_birth_date_is_reported_even_without_the_employment_type()
    {
        var admin = await api.As("admin@pgk");
        var position = await admin.FirstId<PositionResponse>("/api/v1/positions?type=Pelaksana&active=true&pageSize=1");
        var response = await admin.Post("/api/v1/employees", new EmployeeRequest { Nip = "198613452015051001", Name = "Tanggal Mustahil", PositionId = position });
        var problem = await response.Problem((HttpStatusCode)422, "nip", "employmentType");
        Assert.Contains("tanggal lahir", (string)problem["errors"]!["nip"]![0]!);
    }

    [Fact]
    public void Sign_in_is_anonymous_in_the_contract_and_everything_else_needs_credentials()
    {
        var doc = JsonNode.Parse(File.ReadAllText(OpenApiDriftTests.RepoFile("openapi.json")))!;
        Assert.Null(doc["security"]);
        var token = doc["paths"]!["/api/v1/auth/token"]!["post"]!;
        Assert.True(token["security"] is null or JsonArray { Count: 0 });
        // Either scheme is enough: two requirements, not one naming both.
        Assert.True(doc["paths"]!["/api/v1/employees"]!["get"]!["security"] is JsonArray { Count: 2 });
    }

    [Fact]
    public void The_contract_states_the_limits_the_validators_enforce()
    {
        var schemas = JsonNode.Parse(File.ReadAllText(OpenApiDriftTests.RepoFile("openapi.json")))!["components"]!["schemas"]!;
        int? Int(string schema, string property, string key) => (int?)schemas[schema]!["properties"]![property]![key];
        Assert.Equal(200, Int("EmployeeRequest", "name", "maxLength"));
        Assert.Equal(50, Int("DevelopmentPlanRequest", "items", "maxItems"));
        Assert.Equal((1, 5), (Int("PlanItemRequest", "targetLevel", "minimum")!.Value, Int("PlanItemRequest", "targetLevel", "maximum")!.Value));
        Assert.Equal(5000, Int("EmployeeImportRequest", "rows", "maxItems"));
        Assert.Equal(1000, Int("ReviewNeedsRequest", "needIds", "maxItems"));
        Assert.Equal(90, Int("CreateApiKeyRequest", "name", "maxLength"));
        // A response field takes the limit of the field it is stored from.
        Assert.Equal(200, Int("EmployeeResponse", "unitName", "maxLength"));
    }
}
