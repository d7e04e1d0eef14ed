using System.Net;
using AsnApi.Contracts;

namespace AsnApi.IntegrationTests;

[Collection(ApiCollection.Name)]
public class AuthTests(ApiFactory api)
{
    [Fact]
    public async Task Sign_in_returns_a_bearer_token_and_me_names_the_tenant()
    {
        var response = await api.Anonymous().Post("/api/v1/auth/token", new TokenRequest { Username = "admin@tpi", Password = "Demo#2026" });
        var token = await response.Read<TokenResponse>();
        Assert.Equal("Bearer", token.TokenType);
        Assert.InRange(token.ExpiresIn, 60, 24 * 3600);

        var me = await (await api.As("admin@tpi")).Get<MeResponse>("/api/v1/auth/me");
        Assert.Equal((Role.TenantAdmin, "tpi", "Pemerintah Kota Tanjungpinang"), (me.Role, me.TenantCode, me.TenantName));
        var tenant = await (await api.As("admin@tpi")).Get<TenantResponse>("/api/v1/tenant");
        Assert.Equal("21.72", tenant.RegionCode);
    }

    [Fact]
    public async Task The_sign_in_page_learns_anonymously_that_demo_accounts_exist()
    {
        // The test host runs in Development with demo seeding on: the accounts exist, so the page may show the password.
        var options = await (await api.Anonymous().GetAsync("/api/v1/auth/sign-in-options")).Read<SignInOptionsResponse>();
        Assert.True(options.Demo);
        await (await api.Anonymous().Post("/api/v1/auth/token", new TokenRequest { Username = "admin@tpi", Password = "Demo#2026" })).Read<TokenResponse>();
    }

    [Fact]
    public async Task Bad_credentials_are_a_401_problem_and_repeated_failures_are_throttled()
    {
        var anonymous = api.Anonymous();
        var wrong = new TokenRequest { Username = "viewer@pgk", Password = "salah" };
        for (var i = 0; i < 5; i++) await (await anonymous.Post("/api/v1/auth/token", wrong)).Problem(HttpStatusCode.Unauthorized);
        var throttled = await anonymous.Post("/api/v1/auth/token", wrong);
        await throttled.Problem(HttpStatusCode.TooManyRequests);
        Assert.NotNull(throttled.Headers.RetryAfter);
        // Even the right password waits out the lock: otherwise the lock tells the guesser nothing.
        await (await anonymous.Post("/api/v1/auth/token", new TokenRequest { Username = "viewer@pgk", Password = "Demo#2026" })).Problem(HttpStatusCode.TooManyRequests);
        await (await anonymous.Post("/api/v1/auth/token", new TokenRequest())).Problem((HttpStatusCode)422, "username", "password");
    }

    [Fact]
    public async Task Calls_without_or_with_a_forged_token_are_401_problems()
    {
        await (await api.Anonymous().GetAsync("/api/v1/employees")).Problem(HttpStatusCode.Unauthorized);
        var forged = api.Anonymous();
        forged.DefaultRequestHeaders.Authorization = new("Bearer", "eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoiVGVuYW50QWRtaW4ifQ.c2lnbmF0dXJl");
        await (await forged.GetAsync("/api/v1/employees")).Problem(HttpStatusCode.Unauthorized);
        await (await api.WithApiKey("asn_deadbeef_nope").GetAsync("/api/v1/employees")).Problem(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_national_viewer_sees_aggregates_across_tenants_but_no_tenant_rows()
    {
        var national = await api.As("nasional");
        var summary = await national.Get<List<TenantSummaryResponse>>("/api/v1/national/summary");
        Assert.Equal(new[] { "jmb", "pgk", "tpi", "amq" }, summary.Select(s => s.Code));
        Assert.All(summary, s => Assert.True(s.ActiveEmployees > 150 && s.Pns + s.Pppk == s.ActiveEmployees, $"{s.Code}: {s.ActiveEmployees}"));
        await (await national.GetAsync("/api/v1/employees")).Problem(HttpStatusCode.Forbidden);
        await (await (await api.As("admin@tpi")).GetAsync("/api/v1/national/summary")).Problem(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Api_keys_are_shown_once_scoped_and_revocable()
    {
        var admin = await api.As("admin@tpi");
        var created = await (await admin.Post("/api/v1/api-keys", new CreateApiKeyRequest { Name = "sinkron SIASN", Scopes = [ApiKeyScope.Read] }))
            .Read<CreatedApiKeyResponse>(HttpStatusCode.Created);
        Assert.StartsWith("asn_" + created.Key.Prefix + "_", created.Secret);
        var listed = await admin.Get<Paged<ApiKeyResponse>>("/api/v1/api-keys");
        Assert.Contains(listed.Items, k => k.Id == created.Key.Id && k.Scopes == "read");
        Assert.DoesNotContain(created.Secret, await (await admin.GetAsync("/api/v1/api-keys")).Content.ReadAsStringAsync());

        var script = api.WithApiKey(created.Secret);
        var employees = await script.Get<Paged<EmployeeResponse>>("/api/v1/employees?pageSize=3");
        Assert.All(employees.Items, e => Assert.Null(e.BirthDate));
        await (await script.Step($"/api/v1/employees/{employees.Items[0].Id}", "deactivate")).Problem(HttpStatusCode.Forbidden);
        await (await script.GetAsync("/api/v1/api-keys")).Problem(HttpStatusCode.Forbidden);

        var writer = await (await admin.Post("/api/v1/api-keys", new CreateApiKeyRequest { Name = "loader", Scopes = [ApiKeyScope.Read, ApiKeyScope.Write] }))
            .Read<CreatedApiKeyResponse>(HttpStatusCode.Created);
        var loaded = await (await api.WithApiKey(writer.Secret).Post("/api/v1/employees", TestData.Employee(employees.Items[0].PositionId!.Value)))
            .Read<EmployeeResponse>(HttpStatusCode.Created);
        var audit = await admin.Get<Paged<AuditEntryResponse>>($"/api/v1/audit?entityType=Employee&entityId={loaded.Id}");
        Assert.Equal("apikey:loader", audit.Items.Single().Actor);

        await (await admin.PostAsync($"/api/v1/api-keys/{created.Key.Id}/revoke", null)).Read<ApiKeyResponse>();
        await (await script.GetAsync("/api/v1/employees")).Problem(HttpStatusCode.Unauthorized);
        await (await admin.Post("/api/v1/api-keys", new CreateApiKeyRequest { Name = "" })).Problem((HttpStatusCode)422, "name", "scopes");
    }

    [Fact]
    public async Task Every_command_leaves_one_audit_row_naming_who_what_and_which_record()
    {
        var admin = await api.As("admin@tpi");
        var position = await admin.FirstId<PositionResponse>("/api/v1/positions?type=Pelaksana&active=true&pageSize=1");
        var created = await (await admin.Post("/api/v1/employees", TestData.Employee(position))).Read<EmployeeResponse>(HttpStatusCode.Created);
        await (await admin.Step($"/api/v1/employees/{created.Id}", "deactivate")).Read<EmployeeResponse>();

        var rows = await admin.Get<Paged<AuditEntryResponse>>($"/api/v1/audit?entityType=Employee&entityId={created.Id}");
        Assert.Equal(new[] { "SetEmployeeActive", "CreateEmployee" }, rows.Items.Select(r => r.Action));
        Assert.All(rows.Items, r => Assert.Equal("admin@tpi", r.Actor));
        Assert.Contains(created.Nip, rows.Items[1].Data);
        // Another tenant's admin sees none of it.
        Assert.Equal(0, (await (await api.As("admin@jmb")).Get<Paged<AuditEntryResponse>>($"/api/v1/audit?entityId={created.Id}")).Total);
        await (await (await api.As("viewer@tpi")).GetAsync("/api/v1/audit")).Problem(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Health_answers_200_when_the_database_is_reachable()
    {
        var response = await api.Anonymous().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
