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
}
