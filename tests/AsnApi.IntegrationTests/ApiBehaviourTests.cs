using System.Net;
using AsnApi.Contracts;

namespace AsnApi.IntegrationTests;

[Collection(ApiCollection.Name)]
public class ApiBehaviourTests(ApiFactory api)
{
    [Theory]
    [InlineData("page=2147483647&pageSize=500")]
    [InlineData("page=2001&pageSize=500")]
    [InlineData("page=1000001&pageSize=1")]
    public async Task Pages_beyond_a_million_rows_are_a_422_not_a_wrapped_offset(string paging)
    {
        var admin = await api.As("admin@tpi");
        foreach (var list in new[] { "employees", "assessments", "units", "audit" })
            await (await admin.GetAsync($"/api/v1/{list}?{paging}")).Problem((HttpStatusCode)422, "page");
    }

    [Fact]
    public async Task The_last_allowed_page_is_answered_as_that_page()
    {
        var admin = await api.As("admin@tpi");
        var page = await admin.Get<Paged<EmployeeResponse>>("/api/v1/employees?page=2000&pageSize=500");
        Assert.Equal((2000, 500), (page.Page, page.PageSize));
        Assert.Empty(page.Items);
        Assert.True(page.Total > 0);
    }

    [Fact]
    public async Task Query_values_over_200_characters_are_a_422_on_that_parameter()
    {
        var admin = await api.As("admin@tpi");
        var longText = new string('a', 201);
        await (await admin.GetAsync($"/api/v1/employees?q={longText}")).Problem((HttpStatusCode)422, "q");
        await (await admin.GetAsync($"/api/v1/audit?entityType={longText}")).Problem((HttpStatusCode)422, "entityType");
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/v1/employees?q={new string('a', 200)}")).StatusCode);
    }

    [Fact]
    public async Task List_sizes_the_contract_states_are_enforced()
    {
        var admin = await api.As("admin@tpi");
        var scopes = new[] { ApiKeyScope.Read, ApiKeyScope.Read, ApiKeyScope.Write, ApiKeyScope.Import, ApiKeyScope.PersonalData };
        await (await admin.Post("/api/v1/api-keys", new CreateApiKeyRequest { Name = "terlalu banyak", Scopes = scopes })).Problem((HttpStatusCode)422, "scopes");
        // The key's audit actor is "apikey:" + its name, in a 100-character column.
        await (await admin.Post("/api/v1/api-keys", new CreateApiKeyRequest { Name = new string('k', 91), Scopes = [ApiKeyScope.Read] })).Problem((HttpStatusCode)422, "name");
        var levels = Enumerable.Range(1, 6).Select(i => new CompetencyLevelDto { Level = i, Description = "Level " + i }).ToList();
        await (await admin.Post("/api/v1/competencies", new CompetencyRequest { Code = "T.LIM", Name = "Batas", Levels = levels })).Problem((HttpStatusCode)422, "levels");
    }
}
