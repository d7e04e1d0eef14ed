using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Security.Cryptography;
using AsnApi.Contracts;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace AsnApi.IntegrationTests;

/// <summary>How the host behaves under other configurations: Production, and an external OpenID Connect issuer.</summary>
public class HostingTests
{
    private sealed class ConfiguredFactory(string environment, Dictionary<string, string> settings, Action<IServiceCollection>? services = null) : ApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment(environment);
            foreach (var (key, value) in settings) builder.UseSetting(key, value);
            if (services is not null) builder.ConfigureTestServices(services);
        }
    }

    [Theory]
    [InlineData("Production", "true")]
    [InlineData("Development", "false")]
    public async Task Demo_data_is_never_seeded_in_production_or_when_switched_off(string environment, string seed)
    {
        await using var api = new ConfiguredFactory(environment, new() { ["Seed:Demo"] = seed });
        Assert.Equal(HttpStatusCode.OK, (await api.Anonymous().GetAsync("/health")).StatusCode);
        await (await api.Anonymous().Post("/api/v1/auth/token", new TokenRequest { Username = "admin@tpi", Password = "Demo#2026" })).Problem(HttpStatusCode.Unauthorized);
        // …and the sign-in page is told so, and shows no demo password.
        Assert.False((await (await api.Anonymous().GetAsync("/api/v1/auth/sign-in-options")).Read<SignInOptionsResponse>()).Demo);

        await using var db = new SqliteConnection($"Data Source={Path.Combine(api.DataDirectory, "asnapi.db")}");
        await db.OpenAsync();
        await using var cmd = db.CreateCommand();
        cmd.CommandText = "SELECT (SELECT COUNT(*) FROM Tenants) * 1000 + (SELECT COUNT(*) FROM Competencies WHERE TenantId IS NULL)";
        Assert.Equal(9L, (long)(await cmd.ExecuteScalarAsync())!); // no tenant, but the national dictionary is there
    }

    [Fact]
    public async Task An_external_OpenID_Connect_issuer_is_trusted_with_the_tenant_code_and_role_in_its_token()
    {
        const string issuer = "https://sso.example.go.id/realms/asn";
        var key = new RsaSecurityKey(RSA.Create(2048)) { KeyId = "test-key" };
        var oidc = new OpenIdConnectConfiguration { Issuer = issuer };
        oidc.SigningKeys.Add(key);
        await using var api = new ConfiguredFactory("Development", new() { ["Auth:Authority"] = issuer, ["Auth:Audience"] = "asnapi" }, services =>
            services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o =>
            {
                // What the issuer's discovery document would say, without a network.
                o.Configuration = oidc;
                o.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(oidc);
            }));

        HttpClient With(string tenant, string role, string audience = "asnapi")
        {
            var token = new JwtSecurityTokenHandler().WriteToken(new JwtSecurityToken(issuer, audience,
                [new Claim("sub", "kc-123"), new Claim("name", "siti@" + tenant), new Claim("role", role), new Claim("tenant", tenant)],
                DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddMinutes(10), new SigningCredentials(key, SecurityAlgorithms.RsaSha256)));
            var client = api.Anonymous();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return client;
        }

        var tpiAdmin = With("tpi", "TenantAdmin");
        var me = await tpiAdmin.Get<MeResponse>("/api/v1/auth/me");
        Assert.Equal(("tpi", Role.TenantAdmin, "siti@tpi"), (me.TenantCode, me.Role, me.Username));
        var employee = (await tpiAdmin.Get<Paged<EmployeeResponse>>("/api/v1/employees?pageSize=1")).Items.Single();
        await (await With("jmb", "TenantAdmin").GetAsync($"/api/v1/employees/{employee.Id}")).Problem(HttpStatusCode.NotFound);
        await (await With("tpi", "Viewer").PostAsync($"/api/v1/employees/{employee.Id}/deactivate", null)).Problem(HttpStatusCode.Forbidden);
        await (await With("tpi", "TenantAdmin", audience: "another-app").GetAsync("/api/v1/employees")).Problem(HttpStatusCode.Unauthorized);

        // A locally issued token is not trusted once an external issuer is configured.
        var local = await (await api.Anonymous().Post("/api/v1/auth/token", new TokenRequest { Username = "admin@tpi", Password = "Demo#2026" })).Read<TokenResponse>();
        var localClient = api.Anonymous();
        localClient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", local.AccessToken);
        await (await localClient.GetAsync("/api/v1/employees")).Problem(HttpStatusCode.Unauthorized);
    }
}
