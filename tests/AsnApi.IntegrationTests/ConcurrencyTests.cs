using System.Net;
using AsnApi.Contracts;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace AsnApi.IntegrationTests;

/// <summary>Optimistic concurrency: If-Match is required on every change to a versioned record, and exactly one writer wins.</summary>
[Collection(ApiCollection.Name)]
public class ConcurrencyTests(ApiFactory api)
{
    private async Task<(HttpClient Admin, EmployeeResponse Employee, Guid Position)> NewEmployee()
    {
        var admin = await api.As("admin@tpi");
        var position = await admin.FirstId<PositionResponse>("/api/v1/positions?type=Pelaksana&active=true&pageSize=1");
        var created = await (await admin.Post("/api/v1/employees", TestData.Employee(position, "Versi Awal"))).Read<EmployeeResponse>(HttpStatusCode.Created);
        return (admin, created, position);
    }

    private static async Task<int> AuditRows(HttpClient admin, string type, Guid id) =>
        (await admin.Get<Paged<AuditEntryResponse>>($"/api/v1/audit?entityType={type}&entityId={id}")).Total ?? -1;

    [Fact]
    public async Task Fifty_parallel_puts_with_the_same_if_match_give_exactly_one_success()
    {
        var (admin, employee, position) = await NewEmployee();
        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Task.Run(() =>
            admin.Put($"/api/v1/employees/{employee.Id}", TestData.Employee(position, $"Penulis {i}", employee.Nip), ifMatch: employee.Version))));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Equal(49, responses.Count(r => r.StatusCode == HttpStatusCode.PreconditionFailed));
        foreach (var loser in responses.Where(r => r.StatusCode != HttpStatusCode.OK))
            Assert.Equal(employee.Version + 1, (int)(await loser.Problem(HttpStatusCode.PreconditionFailed))["currentVersion"]!);
        var after = await admin.Get<EmployeeResponse>($"/api/v1/employees/{employee.Id}");
        Assert.Equal(employee.Version + 1, after.Version);
        Assert.Equal(2, await AuditRows(admin, "Employee", employee.Id)); // the create and the one winner
    }

    [Fact]
    public async Task A_change_without_if_match_is_428_and_writes_nothing()
    {
        var (admin, employee, position) = await NewEmployee();
        var problem = await (await admin.Put($"/api/v1/employees/{employee.Id}", TestData.Employee(position, "Tanpa If-Match", employee.Nip)))
            .Problem(HttpStatusCode.PreconditionRequired);
        Assert.Contains("If-Match", (string)problem["detail"]!);
        Assert.Equal("https://www.rfc-editor.org/rfc/rfc6585#section-3", (string?)problem["type"]);
        await (await admin.PostIfMatch($"/api/v1/employees/{employee.Id}/deactivate", null)).Problem(HttpStatusCode.PreconditionRequired);
        // "*" names no version, so it cannot protect a change either.
        var star = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/employees/{employee.Id}/deactivate");
        star.Headers.TryAddWithoutValidation("If-Match", "*");
        await (await admin.SendAsync(star)).Problem(HttpStatusCode.PreconditionRequired);

        var after = await admin.Get<EmployeeResponse>($"/api/v1/employees/{employee.Id}");
        Assert.Equal(("Versi Awal", true, employee.Version), (after.Name, after.IsActive, after.Version));
        Assert.Equal(1, await AuditRows(admin, "Employee", employee.Id));
    }

    [Fact]
    public async Task Every_versioned_change_requires_if_match()
    {
        var admin = await api.As("admin@tpi");
        var endpoints = api.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1") == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (Method: m, Route: e.RoutePattern.RawText!, Marked: e.Metadata.GetMetadata<IfMatchRequired>() is not null)))
            .ToList();
        // Every PUT replaces a versioned record, except a position's standard, which is a set without a version of its own.
        var unmarkedPuts = endpoints.Where(e => e.Method == "PUT" && !e.Marked && !e.Route.TrimEnd('/').EndsWith("/standard", StringComparison.Ordinal)).Select(e => e.Route).ToList();
        Assert.True(unmarkedPuts.Count == 0, "PUT without RequiresIfMatch: " + string.Join(", ", unmarkedPuts));
        var marked = endpoints.Where(e => e.Marked).ToList();
        Assert.True(marked.Count >= 15, $"only {marked.Count} endpoints require If-Match");
        foreach (var (method, route, _) in marked)
        {
            var request = new HttpRequestMessage(new HttpMethod(method), System.Text.RegularExpressions.Regex.Replace(route, @"\{\w+:guid\}", Guid.NewGuid().ToString()))
            {
                Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json"),
            };
            var response = await admin.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.PreconditionRequired, $"{method} {route}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task A_412_reports_the_version_stored_now()
    {
        var (admin, employee, position) = await NewEmployee();
        for (var i = 0; i < 3; i++)
            await (await admin.Update($"/api/v1/employees/{employee.Id}", TestData.Employee(position, $"Ubah {i}", employee.Nip))).Read<EmployeeResponse>();
        var problem = await (await admin.Put($"/api/v1/employees/{employee.Id}", TestData.Employee(position, "Basi", employee.Nip), ifMatch: 2))
            .Problem(HttpStatusCode.PreconditionFailed);
        Assert.Equal(employee.Version + 3, (int)problem["currentVersion"]!);
    }

    [Fact]
    public async Task The_settings_upsert_checks_the_version_too()
    {
        var admin = await api.As("admin@amq");
        var settings = new CompetencySettingsDto { JpmMemenuhiSyarat = 81, JpmMasihMemenuhiSyarat = 69, JpmOptimal = 91, JpmCukupOptimal = 79 };
        var version = await admin.Version("/api/v1/settings/competency");
        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => admin.Put("/api/v1/settings/competency", settings, ifMatch: version))));
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.PreconditionFailed, r.StatusCode));
        Assert.Equal(version + 1, await admin.Version("/api/v1/settings/competency"));
    }

    [Fact]
    public async Task Deactivating_the_inactive_and_activating_the_active_change_nothing()
    {
        var (admin, employee, _) = await NewEmployee();
        var activated = await (await admin.PostIfMatch($"/api/v1/employees/{employee.Id}/activate", employee.Version)).Read<EmployeeResponse>();
        Assert.Equal(employee.Version, activated.Version);
        var off = await (await admin.Step($"/api/v1/employees/{employee.Id}", "deactivate")).Read<EmployeeResponse>();
        var again = await (await admin.PostIfMatch($"/api/v1/employees/{employee.Id}/deactivate", off.Version)).Read<EmployeeResponse>();
        Assert.Equal((false, off.Version), (again.IsActive, again.Version));
        Assert.Equal(2, await AuditRows(admin, "Employee", employee.Id)); // create, one deactivation

        var unit = await (await admin.Post("/api/v1/units", new UnitRequest { Code = "NOOP" + Guid.NewGuid().ToString("N")[..6], Name = "Unit Kosong" })).Read<UnitResponse>(HttpStatusCode.Created);
        var position = await (await admin.Post("/api/v1/positions", new PositionRequest { Code = "NOOP" + Guid.NewGuid().ToString("N")[..6], Name = "Jabatan Uji", Type = PositionType.Pelaksana, UnitId = unit.Id }))
            .Read<PositionResponse>(HttpStatusCode.Created);
        var unitOff = await (await admin.Step($"/api/v1/units/{unit.Id}", "deactivate")).Read<UnitResponse>();
        Assert.Equal(unitOff.Version, (await (await admin.Step($"/api/v1/units/{unit.Id}", "deactivate")).Read<UnitResponse>()).Version);
        Assert.Equal(2, await AuditRows(admin, "Unit", unit.Id));

        var positionOff = await (await admin.Step($"/api/v1/positions/{position.Id}", "deactivate")).Read<PositionResponse>();
        Assert.Equal(positionOff.Version, (await (await admin.Step($"/api/v1/positions/{position.Id}", "deactivate")).Read<PositionResponse>()).Version);
        Assert.Equal(2, await AuditRows(admin, "Position", position.Id));

        var competency = await (await admin.Post("/api/v1/competencies", new CompetencyRequest { Code = "T.NOOP" + Guid.NewGuid().ToString("N")[..4], Name = "Uji" })).Read<CompetencyResponse>(HttpStatusCode.Created);
        var retired = await (await admin.Step($"/api/v1/competencies/{competency.Id}", "retire")).Read<CompetencyResponse>();
        Assert.Equal(retired.Version, (await (await admin.Step($"/api/v1/competencies/{competency.Id}", "retire")).Read<CompetencyResponse>()).Version);
        Assert.Equal(2, await AuditRows(admin, "Competency", competency.Id));
    }

    [Fact]
    public async Task A_write_that_loses_the_race_after_its_read_reports_the_version_stored_now()
    {
        // The interleaving SQLite's serialised writers never produce over HTTP: the version was read as 1,
        // then another writer committed twice. The guarded write touches nothing and re-reads the truth.
        var (admin, employee, _) = await NewEmployee();
        for (var i = 0; i < 2; i++) await (await admin.Step($"/api/v1/employees/{employee.Id}", i == 0 ? "deactivate" : "activate")).Read<EmployeeResponse>();
        var tenant = (await admin.Get<TenantResponse>("/api/v1/tenant")).Id;

        await using var db = new Db(api.Services.GetRequiredService<DatabaseOptions>());
        var key = new { employee.Id, TenantId = tenant };
        var lost = await Assert.ThrowsAsync<PreconditionFailedException>(() => db.Guarded(
            "UPDATE Employees SET Name = 'Tertimpa', Version = Version + 1 WHERE Id = @Id AND TenantId = @TenantId AND Version = @Version",
            new { employee.Id, TenantId = tenant, Version = employee.Version }, AsnApi.Features.Employees.EmployeeSql.Current, key, "Pegawai", default));
        Assert.Equal(employee.Version + 2, lost.CurrentVersion);
        Assert.Equal("Versi Awal", (await admin.Get<EmployeeResponse>($"/api/v1/employees/{employee.Id}")).Name);
        await Assert.ThrowsAsync<NotFoundException>(() => db.Guarded(
            "UPDATE Employees SET Version = Version + 1 WHERE Id = @Id AND TenantId = @TenantId AND Version = @Version",
            new { Id = Guid.NewGuid(), TenantId = tenant, Version = 1 }, AsnApi.Features.Employees.EmployeeSql.Current, new { Id = Guid.NewGuid(), TenantId = tenant }, "Pegawai", default));
    }
}
