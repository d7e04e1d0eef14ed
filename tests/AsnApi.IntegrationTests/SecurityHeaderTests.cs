using System.Net;

namespace AsnApi.IntegrationTests;

/// <summary>On a real Kestrel port, where the Server header would otherwise be added.</summary>
public class SecurityHeaderTests(BehindProxyFactory api) : IClassFixture<BehindProxyFactory>
{
    [Theory]
    [InlineData("/api/v1/employees", HttpStatusCode.Unauthorized)]
    [InlineData("/api/v1/tidak-ada", HttpStatusCode.NotFound)]
    [InlineData("/health", HttpStatusCode.OK)]
    public async Task Api_responses_are_not_sniffed_framed_cached_or_branded(string url, HttpStatusCode status)
    {
        var response = await api.CreateClient().GetAsync(url);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.True(response.Headers.CacheControl?.NoStore, "Cache-Control: no-store");
        Assert.False(response.Headers.Contains("Server"), "Server: " + string.Join(",", response.Headers.TryGetValues("Server", out var v) ? v : []));
    }

    [Fact]
    public async Task Signed_in_api_responses_with_personal_data_are_no_store()
    {
        var admin = await api.As("admin@tpi");
        var response = await admin.GetAsync("/api/v1/employees?pageSize=1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task Swagger_ui_gets_its_own_policy_and_everything_else_the_dashboards()
    {
        var swagger = await api.CreateClient().GetAsync("/swagger/index.html");
        var policy = swagger.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'self'", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.Equal("nosniff", swagger.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Null(swagger.Headers.CacheControl?.NoStore is true ? "no-store" : null);

        var dashboard = await api.CreateClient().GetAsync("/favicon.svg");
        var dashboardPolicy = dashboard.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", dashboardPolicy);
        Assert.DoesNotContain("unsafe", dashboardPolicy);
    }
}
