using System.Net;
using System.Text.Json.Nodes;
using AsnApi.Contracts;

namespace AsnApi.IntegrationTests;

/// <summary>
/// A NIP's first eight digits are the birth date. Callers without personal-data access get them
/// masked everywhere a NIP is returned, and cannot recover them by searching or sorting.
/// </summary>
[Collection(ApiCollection.Name)]
public class PersonalDataTests(ApiFactory api)
{
    private static readonly string[] Lists =
    [
        "/api/v1/employees?pageSize=50",
        "/api/v1/assessments?pageSize=50",
        "/api/v1/development-needs?pageSize=50",
        "/api/v1/development-plans?pageSize=50",
        "/api/v1/competency-analytics/unassessed?pageSize=50",
    ];

    /// <summary>Every "nip" anywhere in a response, with every "birthDate".</summary>
    private static async Task<(List<string> Nips, List<JsonNode?> BirthDates)> Scan(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {text}");
        var nips = new List<string>();
        var births = new List<JsonNode?>();
        void Walk(JsonNode? node)
        {
            if (node is JsonObject o)
                foreach (var (key, value) in o)
                {
                    if (key == "nip") nips.Add((string)value!);
                    else if (key == "birthDate") births.Add(value);
                    else Walk(value);
                }
            else if (node is JsonArray a) foreach (var item in a) Walk(item);
        }
        Walk(JsonNode.Parse(text));
        return (nips, births);
    }

    private async Task<List<(string Url, List<string> Nips, List<JsonNode?> Births)>> ScanAll(HttpClient client)
    {
        var admin = await api.As("admin@amq");
        // Needs and plans exist in this tenant so that their NIPs are checked too.
        await (await admin.Post("/api/v1/development-needs/generate", new GenerateNeedsRequest { Year = 2041 })).Read<GenerateNeedsResponse>();
        var need = (await admin.Get<Paged<DevelopmentNeedResponse>>("/api/v1/development-needs?year=2041&pageSize=1")).Items[0];
        if ((await admin.Get<Paged<DevelopmentPlanResponse>>("/api/v1/development-plans?pageSize=1")).Total == 0)
            await (await admin.Post("/api/v1/development-plans", new DevelopmentPlanRequest
            {
                EmployeeId = need.EmployeeId, Year = 2041, Title = "Rencana 2041",
                Items = [new() { CompetencyId = need.CompetencyId, NeedId = need.Id, TargetLevel = 3, Form = DevelopmentActivityForm.Coaching, ActivityName = "Coaching", PlannedJp = 10, DueDate = new DateOnly(2041, 6, 30) }],
            })).Read<DevelopmentPlanResponse>(HttpStatusCode.Created);

        var result = new List<(string, List<string>, List<JsonNode?>)>();
        var urls = Lists.ToList();
        var employee = (await admin.Get<Paged<EmployeeResponse>>("/api/v1/employees?pageSize=1")).Items[0].Id;
        var assessed = (await admin.Get<Paged<AssessmentResponse>>("/api/v1/assessments?pageSize=1")).Items[0];
        urls.Add($"/api/v1/employees/{employee}");
        urls.Add($"/api/v1/assessments/{assessed.Id}");
        urls.Add($"/api/v1/employees/{assessed.EmployeeId}/competency-profile");
        var cell = (await admin.Get<HeatmapResponse>("/api/v1/competency-analytics/heatmap")).Cells.First(c => c.Employees > 0);
        urls.Add($"/api/v1/competency-analytics/heatmap/cell?unitId={cell.UnitId}&competencyId={cell.CompetencyId}");
        foreach (var url in urls)
        {
            var (nips, births) = await Scan(client, url);
            Assert.True(nips.Count > 0, $"{url} returned no NIP to check");
            result.Add((url, nips, births));
        }
        return result;
    }

    private async Task<HttpClient> Key(params ApiKeyScope[] scopes)
    {
        var admin = await api.As("admin@amq");
        var key = await (await admin.Post("/api/v1/api-keys", new CreateApiKeyRequest { Name = "kunci " + string.Join("+", scopes), Scopes = scopes }))
            .Read<CreatedApiKeyResponse>(HttpStatusCode.Created);
        return api.WithApiKey(key.Secret);
    }

    private static void AssertMasked(List<(string Url, List<string> Nips, List<JsonNode?> Births)> scans)
    {
        foreach (var (url, nips, births) in scans)
        {
            Assert.All(nips, n => Assert.Matches("^\\*{8}[0-9]{10}$", n));
            Assert.All(births, b => Assert.Null(b));
            Assert.True(url.Length > 0);
        }
    }

    private static void AssertFull(List<(string Url, List<string> Nips, List<JsonNode?> Births)> scans)
    {
        foreach (var (_, nips, births) in scans)
        {
            Assert.All(nips, n => Assert.Matches("^[0-9]{18}$", n));
            Assert.All(births, b => Assert.NotNull(b));
        }
    }

    [Fact]
    public async Task Viewers_get_nips_with_the_birth_date_masked_everywhere()
        => AssertMasked(await ScanAll(await api.As("viewer@amq")));

    [Fact]
    public async Task Keys_without_the_personal_data_scope_get_masked_nips_whatever_else_they_may_do()
    {
        AssertMasked(await ScanAll(await Key(ApiKeyScope.Read)));
        AssertMasked(await ScanAll(await Key(ApiKeyScope.Read, ApiKeyScope.Write, ApiKeyScope.Import)));
    }

    [Fact]
    public async Task Tenant_admins_unit_heads_and_personal_data_keys_get_full_nips_and_birth_dates()
    {
        AssertFull(await ScanAll(await api.As("admin@amq")));
        AssertFull(await ScanAll(await Key(ApiKeyScope.Read, ApiKeyScope.PersonalData)));
        var (nips, births) = await Scan(await api.As("kadinkes@amq"), "/api/v1/employees?pageSize=50");
        Assert.NotEmpty(nips);
        Assert.All(nips, n => Assert.Matches("^[0-9]{18}$", n));
        Assert.All(births, b => Assert.NotNull(b));
    }

    [Fact]
    public async Task A_masked_caller_cannot_search_or_sort_by_the_birth_date()
    {
        var admin = await api.As("admin@amq");
        var viewer = await api.As("viewer@amq");
        var someone = (await admin.Get<Paged<EmployeeResponse>>("/api/v1/employees?pageSize=1&sort=-nip")).Items[0];
        var birthDigits = someone.Nip[..8];

        // The admin finds people by birth-date prefix; the viewer does not, not even with the whole NIP right.
        Assert.Contains((await admin.Get<Paged<EmployeeResponse>>($"/api/v1/employees?q={birthDigits}")).Items, e => e.Id == someone.Id);
        Assert.DoesNotContain((await viewer.Get<Paged<EmployeeResponse>>($"/api/v1/employees?q={birthDigits}&pageSize=500")).Items, e => e.Id == someone.Id);
        var wrongBirth = "19000101" + someone.Nip[8..];
        var byWrong = await viewer.Get<Paged<EmployeeResponse>>($"/api/v1/employees?q={wrongBirth}");
        var byRight = await viewer.Get<Paged<EmployeeResponse>>($"/api/v1/employees?q={someone.Nip}");
        Assert.Equal(byRight.Items.Select(e => e.Id), byWrong.Items.Select(e => e.Id));
        Assert.Contains(byRight.Items, e => e.Id == someone.Id);

        // What the viewer sees, they can search: the masked NIP pasted back, or its visible digits.
        Assert.Contains((await viewer.Get<Paged<EmployeeResponse>>($"/api/v1/employees?q={Uri.EscapeDataString("********" + someone.Nip[8..])}")).Items, e => e.Id == someone.Id);
        Assert.Contains((await viewer.Get<Paged<EmployeeResponse>>($"/api/v1/employees?q={someone.Nip[8..14]}&pageSize=500")).Items, e => e.Id == someone.Id);

        // Sorting by NIP orders by the visible digits, not by age.
        var sorted = (await viewer.Get<Paged<EmployeeResponse>>("/api/v1/employees?sort=nip&pageSize=200")).Items.Select(e => e.Nip[8..]).ToList();
        Assert.Equal(sorted.Order(StringComparer.Ordinal), sorted);
    }

    [Fact]
    public async Task The_needs_csv_export_masks_nips_for_the_same_callers()
    {
        await ScanAll(await api.As("admin@amq")); // makes sure the tenant has needs
        static async Task<List<string>> Nips(HttpClient client)
        {
            var response = await client.GetAsync("/api/v1/development-needs/export?year=2041");
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, text);
            return text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(line => line.Split(';')[1]).ToList();
        }
        var masked = await Nips(await api.As("viewer@amq"));
        Assert.NotEmpty(masked);
        Assert.All(masked, n => Assert.Matches("^\\*{8} [0-9]{6} [0-9] [0-9]{3}$", n));
        Assert.All(await Nips(await Key(ApiKeyScope.Read)), n => Assert.StartsWith("********", n));
        Assert.All(await Nips(await api.As("admin@amq")), n => Assert.Matches("^[0-9]{8} [0-9]{6} [0-9] [0-9]{3}$", n));
    }

    [Fact]
    public async Task The_personal_data_scope_only_adds_to_another_scope()
    {
        var admin = await api.As("admin@amq");
        await (await admin.Post("/api/v1/api-keys", new CreateApiKeyRequest { Name = "hanya pribadi", Scopes = [ApiKeyScope.PersonalData] }))
            .Problem((HttpStatusCode)422, "scopes");
    }
}
