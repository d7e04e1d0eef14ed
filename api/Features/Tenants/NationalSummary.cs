using AsnApi.Contracts;
using AsnApi.Infrastructure.Database;
using Mediator;

namespace AsnApi.Features.Tenants;

/// <summary>The national view: aggregates per tenant, never a person's row.</summary>
public static class NationalSummary
{
    public sealed record Query : IQuery<IReadOnlyList<TenantSummaryResponse>>;

    [Sql] internal const string Sql = """
        SELECT t.Id AS TenantId, t.Code, t.Name, t.RegionCode,
               (SELECT COUNT(*) FROM Units u WHERE u.TenantId = t.Id AND u.IsActive = 1) AS Units,
               (SELECT COUNT(*) FROM Positions p WHERE p.TenantId = t.Id AND p.IsActive = 1) AS Positions,
               (SELECT COUNT(*) FROM Employees e WHERE e.TenantId = t.Id AND e.IsActive = 1) AS ActiveEmployees,
               (SELECT COUNT(*) FROM Employees e WHERE e.TenantId = t.Id AND e.IsActive = 1 AND e.EmploymentType = 'Pns') AS Pns,
               (SELECT COUNT(*) FROM Employees e WHERE e.TenantId = t.Id AND e.IsActive = 1 AND e.EmploymentType = 'Pppk') AS Pppk
        FROM Tenants t
        ORDER BY t.RegionCode
        """;

    internal sealed class Handler(Db db) : IQueryHandler<Query, IReadOnlyList<TenantSummaryResponse>>
    {
        public async ValueTask<IReadOnlyList<TenantSummaryResponse>> Handle(Query query, CancellationToken ct) =>
            await db.Query<TenantSummaryResponse>(Sql, null, ct);
    }
}
