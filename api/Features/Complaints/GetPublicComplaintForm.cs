using AsnApi.Contracts;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.Complaints;

/// <summary>
/// The public complaint form's choices, without signing in: the tenant's name and its service units (name and slug).
/// Nothing else: no ids, units, staff or figures. A citizen who did not come by a service unit's QR code must still be
/// able to say which office the complaint is about.
/// </summary>
public static class GetPublicComplaintForm
{
    public sealed record Query(string TenantCode) : IQuery<PublicComplaintForm>;

    [Sql] internal const string Tenant = "SELECT Id, Name FROM Tenants WHERE Code = @TenantCode";

    [Sql] internal static string Units(ISqlDialect d) => $"SELECT Slug, Name FROM ServiceUnits WHERE TenantId = @TenantId ORDER BY Name, Id {d.Paging}";

    internal sealed class TenantRow
    {
        public Guid Id { get; init; }
        public string Name { get; init; } = "";
    }

    internal sealed class Handler(Db db) : IQueryHandler<Query, PublicComplaintForm>
    {
        public async ValueTask<PublicComplaintForm> Handle(Query query, CancellationToken ct)
        {
            var tenant = await db.Single<TenantRow>(Tenant, new { query.TenantCode }, ct) ?? throw new NotFoundException("Instansi");
            var units = await db.Query<PublicServiceUnitChoice>(Units(db.Dialect), new { TenantId = tenant.Id, Skip = 0, Take = PublicComplaintForm.MaxServiceUnits }, ct);
            return new PublicComplaintForm { TenantName = tenant.Name, ServiceUnits = units };
        }
    }
}
