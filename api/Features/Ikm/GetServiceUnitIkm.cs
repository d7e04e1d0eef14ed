using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.Ikm;

/// <summary>One service unit's IKM over a period, from the rollups.</summary>
public static class GetServiceUnitIkm
{
    public sealed record Query(Guid ServiceUnitId, DateOnly? From, DateOnly? To) : IQuery<IkmResponse>;

    internal sealed class Handler(Db db, CurrentUser user, TimeProvider clock) : IQueryHandler<Query, IkmResponse>
    {
        public async ValueTask<IkmResponse> Handle(Query query, CancellationToken ct)
        {
            var (from, to) = IkmPeriod.Resolve(query.From, query.To, clock);
            var row = await db.Single<IkmSql.UnitRow>(IkmSql.UnitSums(one: true, under: false),
                new { TenantId = await user.TenantId(ct), Scope = await user.UnitScope(ct), query.ServiceUnitId, From = from, To = to }, ct)
                ?? throw new NotFoundException("Unit layanan", query.ServiceUnitId);
            return IkmSql.Report(row, from, to);
        }
    }
}
