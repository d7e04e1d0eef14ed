using System.Net;
using System.Text.Json.Nodes;
using AsnApi.Contracts;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace AsnApi.IntegrationTests;

/// <summary>
/// Walks every /api/v1 endpoint the application maps. Tenant jmb's admin aims each one at tenant tpi's
/// records: reads and writes by id must answer 404, lists must show none of tpi's rows, and creates that
/// reference tpi's records must be refused. A new endpoint that this test does not know fails it.
/// </summary>
[Collection(ApiCollection.Name)]
public class TenantIsolationTests(ApiFactory api)
{
    private sealed record Victim(UnitResponse Unit, PositionResponse Position, EmployeeResponse Employee, ApiKeyResponse Key, HashSet<string> AllIds);

    private async Task<Victim> TpiRecords()
    {
        var tpi = await api.As("admin@tpi");
        var units = await tpi.Get<Paged<UnitResponse>>("/api/v1/units?pageSize=500");
        var positions = await tpi.Get<Paged<PositionResponse>>("/api/v1/positions?pageSize=500");
        var employees = await tpi.Get<Paged<EmployeeResponse>>("/api/v1/employees?pageSize=500");
        var key = await (await tpi.Post("/api/v1/api-keys", new CreateApiKeyRequest { Name = "victim", Scopes = [ApiKeyScope.Read] })).Read<CreatedApiKeyResponse>(HttpStatusCode.Created);
        var ids = units.Items.Select(u => u.Id).Concat(positions.Items.Select(p => p.Id)).Concat(employees.Items.Select(e => e.Id)).Append(key.Key.Id)
            .Select(g => g.ToString()).ToHashSet();
        return new Victim(units.Items.First(u => u.Depth == 2), positions.Items[0], employees.Items[0], key.Key, ids);
    }

    [Fact]
    public async Task No_endpoint_reads_or_writes_across_tenants()
    {
        var victim = await TpiRecords();
        var attacker = await api.As("admin@jmb");
        var employeeBody = TestData.Employee(victim.Position.Id, nip: victim.Employee.Nip);
        var unitBody = new UnitRequest { Code = "X" + Guid.NewGuid().ToString("N")[..6], Name = "Serangan", ParentId = victim.Unit.Id };
        var positionBody = new PositionRequest { Code = "X" + Guid.NewGuid().ToString("N")[..6], Name = "Serangan", Type = PositionType.Pelaksana, UnitId = victim.Unit.Id };
        var ownPosition = await attacker.FirstId<PositionResponse>("/api/v1/positions?pageSize=1&active=true");
        var ownUnit = await attacker.FirstId<UnitResponse>("/api/v1/units?pageSize=1&active=true");

        // What each endpoint is checked with: (call, expected status). By-id calls use tpi's ids with bodies valid in jmb.
        var probes = new Dictionary<string, Func<Task<(HttpResponseMessage, HttpStatusCode)>>>
        {
            ["GET /api/v1/units/{id}"] = async () => (await attacker.GetAsync($"/api/v1/units/{victim.Unit.Id}"), HttpStatusCode.NotFound),
            ["PUT /api/v1/units/{id}"] = async () => (await attacker.Put($"/api/v1/units/{victim.Unit.Id}", new UnitRequest { Code = "HIJACK", Name = "x", ParentId = ownUnit }), HttpStatusCode.NotFound),
            ["POST /api/v1/units/{id}/deactivate"] = async () => (await attacker.PostAsync($"/api/v1/units/{victim.Unit.Id}/deactivate", null), HttpStatusCode.NotFound),
            ["POST /api/v1/units"] = async () => (await attacker.Post("/api/v1/units", unitBody), (HttpStatusCode)422),
            ["GET /api/v1/positions/{id}"] = async () => (await attacker.GetAsync($"/api/v1/positions/{victim.Position.Id}"), HttpStatusCode.NotFound),
            ["PUT /api/v1/positions/{id}"] = async () => (await attacker.Put($"/api/v1/positions/{victim.Position.Id}", new PositionRequest { Code = "HIJACK", Name = "x", Type = PositionType.Pelaksana, UnitId = ownUnit }), HttpStatusCode.NotFound),
            ["POST /api/v1/positions/{id}/deactivate"] = async () => (await attacker.PostAsync($"/api/v1/positions/{victim.Position.Id}/deactivate", null), HttpStatusCode.NotFound),
            ["POST /api/v1/positions"] = async () => (await attacker.Post("/api/v1/positions", positionBody), (HttpStatusCode)422),
            ["GET /api/v1/employees/{id}"] = async () => (await attacker.GetAsync($"/api/v1/employees/{victim.Employee.Id}"), HttpStatusCode.NotFound),
            ["PUT /api/v1/employees/{id}"] = async () => (await attacker.Put($"/api/v1/employees/{victim.Employee.Id}", TestData.Employee(ownPosition)), HttpStatusCode.NotFound),
            ["POST /api/v1/employees/{id}/deactivate"] = async () => (await attacker.PostAsync($"/api/v1/employees/{victim.Employee.Id}/deactivate", null), HttpStatusCode.NotFound),
            ["POST /api/v1/employees/{id}/activate"] = async () => (await attacker.PostAsync($"/api/v1/employees/{victim.Employee.Id}/activate", null), HttpStatusCode.NotFound),
            ["POST /api/v1/employees"] = async () => (await attacker.Post("/api/v1/employees", employeeBody), (HttpStatusCode)422),
            ["POST /api/v1/api-keys/{id}/revoke"] = async () => (await attacker.PostAsync($"/api/v1/api-keys/{victim.Key.Id}/revoke", null), HttpStatusCode.NotFound),
            ["POST /api/v1/api-keys"] = async () => (await attacker.Post("/api/v1/api-keys", new CreateApiKeyRequest { Name = "own", Scopes = [ApiKeyScope.Read] }), HttpStatusCode.Created),
            ["POST /api/v1/auth/token"] = async () => (await attacker.Post("/api/v1/auth/token", new TokenRequest { Username = "admin@jmb", Password = "Demo#2026" }), HttpStatusCode.OK),
            ["GET /api/v1/national/summary"] = async () => (await attacker.GetAsync("/api/v1/national/summary"), HttpStatusCode.Forbidden),
        };
        // Lists (and other reads without an id) must not contain a single tpi id.
        var lists = new[]
        {
            "GET /api/v1/units", "GET /api/v1/positions", "GET /api/v1/employees", "GET /api/v1/api-keys", "GET /api/v1/audit",
            "GET /api/v1/auth/me", "GET /api/v1/tenant",
        };
        var listUrls = new Dictionary<string, string>
        {
            ["GET /api/v1/units"] = $"/api/v1/units?pageSize=500&underUnitId={victim.Unit.Id}",
            ["GET /api/v1/positions"] = $"/api/v1/positions?pageSize=500&unitId={victim.Unit.Id}",
            ["GET /api/v1/employees"] = $"/api/v1/employees?pageSize=500&q={victim.Employee.Nip}",
            ["GET /api/v1/audit"] = $"/api/v1/audit?pageSize=500&entityId={victim.Employee.Id}",
        };

        var mapped = api.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1") == true)
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["ANY"])
                .Select(m => $"{m} {e.RoutePattern.RawText!.Replace("{id:guid}", "{id}").TrimEnd('/')}"))
            .ToHashSet();
        var unknown = mapped.Except(probes.Keys).Except(lists).ToList();
        Assert.True(unknown.Count == 0, "Endpoints without a tenant-isolation probe: " + string.Join(", ", unknown));

        foreach (var (route, probe) in probes)
        {
            var (response, expected) = await probe();
            Assert.True(response.StatusCode == expected, $"{route}: expected {(int)expected}, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
        foreach (var route in lists)
        {
            var url = listUrls.GetValueOrDefault(route, route.Split(' ')[1]);
            var body = await (await attacker.GetAsync(url)).Content.ReadAsStringAsync();
            var leaked = victim.AllIds.Where(body.Contains).ToList();
            Assert.True(leaked.Count == 0, $"{route} leaked tpi ids: {string.Join(", ", leaked)}");
        }

        // And nothing of tpi's changed.
        var tpi = await api.As("admin@tpi");
        Assert.Equal(victim.Unit.Version, (await tpi.Get<UnitResponse>($"/api/v1/units/{victim.Unit.Id}")).Version);
        Assert.Equal(victim.Position.Version, (await tpi.Get<PositionResponse>($"/api/v1/positions/{victim.Position.Id}")).Version);
        var employee = await tpi.Get<EmployeeResponse>($"/api/v1/employees/{victim.Employee.Id}");
        Assert.Equal((victim.Employee.Version, victim.Employee.IsActive), (employee.Version, employee.IsActive));
        Assert.Null((await tpi.Get<Paged<ApiKeyResponse>>("/api/v1/api-keys?pageSize=500")).Items.Single(k => k.Id == victim.Key.Id).RevokedAt);
    }
}
