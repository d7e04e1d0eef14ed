using AsnApi.Contracts;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using Mediator;

namespace AsnApi.Features.Ikm;

/// <summary>Every service unit of the tenant, or of a unit's sub-tree, with its IKM, and all of them combined.</summary>
public static class GetTenantIkm
{
    public sealed record Query(Guid? UnderUnitId, DateOnly? From, DateOnly? To) : IQuery<TenantIkmResponse>;

    internal sealed class Handler(Db db, CurrentUser user, TimeProvider clock) : IQueryHandler<Query, TenantIkmResponse>
    {
        public async ValueTask<TenantIkmResponse> Handle(Query query, CancellationToken ct)
        {
            var (from, to) = IkmPeriod.Resolve(query.From, query.To, clock);
            var tenantId = await user.TenantId(ct);
            return await ForScope(db, tenantId, await user.UnitScope(ct), await UnitTree.SubtreePattern(db, tenantId, query.UnderUnitId, ct), from, to, ct);
        }
    }

    /// <summary>The report for a caller's scope pattern and an optional sub-tree pattern; also what an evaluation cycle snapshots.</summary>
    internal static async Task<TenantIkmResponse> ForScope(Db db, Guid tenantId, string scope, string? underPath, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var rows = await db.Query<IkmSql.UnitRow>(IkmSql.UnitSums(one: false, under: underPath is not null),
            new { TenantId = tenantId, Scope = scope, UnderPath = underPath, From = from, To = to }, ct);
        return new TenantIkmResponse
        {
            From = from, To = to,
            ServiceUnits = rows.Select(r => IkmSql.Report(r, from, to)).ToList(), Combined = IkmSql.Combined(rows, from, to),
        };
    }
}
