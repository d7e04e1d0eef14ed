using System.Net;
using AsnApi.Contracts;

namespace AsnApi.IntegrationTests;

public sealed class TinyRateLimitFactory : ApiFactory
{
    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RateLimit:PermitLimit", "3");
        builder.UseSetting("RateLimit:AnonymousPermitLimit", "2");
        builder.UseSetting("RateLimit:WindowSeconds", "3600");
    }
}

public class RateLimitTests(TinyRateLimitFactory api) : IClassFixture<TinyRateLimitFactory>
{
    private static string Header(HttpResponseMessage r, string name) => r.Headers.TryGetValues(name, out var v) ? v.Single() : "";

    private static async Task AssertLimited(HttpResponseMessage r)
    {
        var problem = await r.Problem(HttpStatusCode.TooManyRequests);
        Assert.Equal("https://www.rfc-editor.org/rfc/rfc6585#section-4", (string?)problem["type"]);
        Assert.InRange(r.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 3600);
        Assert.Equal("0", Header(r, "RateLimit-Remaining"));
    }

    [Fact]
    public async Task Each_api_key_user_and_anonymous_address_has_its_own_quota_and_is_told_where_it_stands()
    {
        var admin = await api.As("admin@tpi"); // the first of two anonymous calls
        var keys = new List<string>();
        for (var i = 0; i < 2; i++) // the admin's first two calls
            keys.Add((await (await admin.Post("/api/v1/api-keys", new CreateApiKeyRequest { Name = "skrip " + i, Scopes = [ApiKeyScope.Read] }))
                .Read<CreatedApiKeyResponse>(HttpStatusCode.Created)).Secret);

        var script = api.WithApiKey(keys[0]);
        for (var remaining = 2; remaining >= 0; remaining--)
        {
            var ok = await script.GetAsync("/api/v1/units?pageSize=1");
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
            Assert.Equal(("3", remaining.ToString()), (Header(ok, "RateLimit-Limit"), Header(ok, "RateLimit-Remaining")));
            Assert.InRange(int.Parse(Header(ok, "RateLimit-Reset")), 1, 3600);
            Assert.Equal("3;w=3600", Header(ok, "RateLimit-Policy"));
        }
        await AssertLimited(await script.GetAsync("/api/v1/units?pageSize=1"));

        // Another key, and the admin, are not slowed by the first key.
        var other = await api.WithApiKey(keys[1]).GetAsync("/api/v1/units?pageSize=1");
        Assert.Equal((HttpStatusCode.OK, "2"), (other.StatusCode, Header(other, "RateLimit-Remaining")));
        var third = await admin.GetAsync("/api/v1/units?pageSize=1");
        Assert.Equal((HttpStatusCode.OK, "0"), (third.StatusCode, Header(third, "RateLimit-Remaining")));
        await AssertLimited(await admin.GetAsync("/api/v1/units?pageSize=1"));

        // Anonymous calls count per address.
        var anonymous = api.Anonymous();
        await (await anonymous.Post("/api/v1/auth/token", new TokenRequest { Username = "admin@tpi", Password = "salah" })).Problem(HttpStatusCode.Unauthorized);
        await AssertLimited(await anonymous.Post("/api/v1/auth/token", new TokenRequest { Username = "admin@tpi", Password = "Demo#2026" }));

        // Health probes are not limited.
        for (var i = 0; i < 5; i++) Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health")).StatusCode);
    }
}
