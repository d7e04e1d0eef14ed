using System.Net;
using AsnApi.Contracts;

namespace AsnApi.IntegrationTests;

/// <summary>The audit log's filters as the dashboard's audit page uses them: actor, entity type, record and a range of UTC days.</summary>
[Collection(ApiCollection.Name)]
public class AuditTests(ApiFactory api)
{
    [Fact]
    public async Task The_log_filters_by_actor_entity_type_record_and_days_and_only_ever_shows_the_callers_tenant()
    {
        var admin = await api.As("admin@pgk");
        var name = "audit-" + Guid.NewGuid().ToString("N")[..8];
        var created = await (await admin.Post("/api/v1/api-keys", new CreateApiKeyRequest { Name = name, Scopes = [ApiKeyScope.Read, ApiKeyScope.Write] }))
            .Read<CreatedApiKeyResponse>(HttpStatusCode.Created);
        var position = await admin.FirstId<PositionResponse>("/api/v1/positions?type=Pelaksana&active=true&pageSize=1");
        var byKey = await (await api.WithApiKey(created.Secret).Post("/api/v1/employees", TestData.Employee(position))).Read<EmployeeResponse>(HttpStatusCode.Created);
        await (await admin.PostAsync($"/api/v1/api-keys/{created.Key.Id}/revoke", null)).Read<ApiKeyResponse>();

        // By actor: exactly the key's one command, whatever else happened in the tenant.
        var actor = Uri.EscapeDataString("apikey:" + name);
        var mine = await admin.Get<Paged<AuditEntryResponse>>($"/api/v1/audit?actor={actor}");
        Assert.Equal(1, mine.Total);
        Assert.Equal(("CreateEmployee", "Employee", byKey.Id.ToString()), (mine.Items[0].Action, mine.Items[0].EntityType, mine.Items[0].EntityId));

        // By entity type: the key's creation and revocation, newest first, and nothing of another type.
        var keys = await admin.Get<Paged<AuditEntryResponse>>("/api/v1/audit?entityType=ApiKey&pageSize=500");
        Assert.All(keys.Items, r => Assert.Equal("ApiKey", r.EntityType));
        Assert.Equal(["RevokeApiKey", "CreateApiKey"], keys.Items.Where(r => r.EntityId == created.Key.Id.ToString()).Select(r => r.Action));
        Assert.Equal(keys.Items.OrderByDescending(r => r.At).ThenByDescending(r => r.Id).Select(r => r.Id), keys.Items.Select(r => r.Id));

        // By days (UTC, both ends inclusive): today holds the rows, tomorrow and yesterday alone do not.
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var todays = await admin.Get<Paged<AuditEntryResponse>>($"/api/v1/audit?actor={actor}&from={today:yyyy-MM-dd}&to={today:yyyy-MM-dd}");
        Assert.Equal(1, todays.Total);
        Assert.Equal(0, (await admin.Get<Paged<AuditEntryResponse>>($"/api/v1/audit?actor={actor}&from={today.AddDays(1):yyyy-MM-dd}")).Total);
        Assert.Equal(0, (await admin.Get<Paged<AuditEntryResponse>>($"/api/v1/audit?actor={actor}&to={today.AddDays(-1):yyyy-MM-dd}")).Total);
        Assert.Equal(1, (await admin.Get<Paged<AuditEntryResponse>>($"/api/v1/audit?actor={actor}&from=0001-01-01&to=9999-12-31")).Total);
        // Every filter at once, down to the record.
        var all = await admin.Get<Paged<AuditEntryResponse>>($"/api/v1/audit?actor={actor}&entityType=Employee&entityId={byKey.Id}&from={today:yyyy-MM-dd}&to={today:yyyy-MM-dd}");
        Assert.Equal(1, all.Total);

        // A range that ends before it starts is a 422 on "to"; a date that is not one is a 400 naming the parameter.
        await (await admin.GetAsync($"/api/v1/audit?from={today:yyyy-MM-dd}&to={today.AddDays(-1):yyyy-MM-dd}")).Problem((HttpStatusCode)422, "to");
        await (await admin.GetAsync("/api/v1/audit?from=25-11-2026")).Problem(HttpStatusCode.BadRequest, "from");

        // Another tenant's admin filtering by the same actor sees nothing; a viewer may not read the log.
        Assert.Equal(0, (await (await api.As("admin@amq")).Get<Paged<AuditEntryResponse>>($"/api/v1/audit?actor={actor}")).Total);
        await (await (await api.As("viewer@pgk")).GetAsync($"/api/v1/audit?actor={actor}")).Problem(HttpStatusCode.Forbidden);
    }
}
