using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using Mediator;

namespace AsnApi.Features.ImprovementPlan;

/// <summary>
/// One service unit's improvement plan over a period: the weak unsur and frequent complaint categories, the competencies
/// they point to, the staff with gaps in them and the programs and open sessions that close those gaps, each with its reason.
/// </summary>
public static class GetImprovementPlan
{
    public sealed record Query(Guid ServiceUnitId, DateOnly? From, DateOnly? To) : IQuery<ImprovementPlanResponse>;

    internal sealed class Handler(Db db, CurrentUser user, TimeProvider clock) : IQueryHandler<Query, ImprovementPlanResponse>
    {
        public async ValueTask<ImprovementPlanResponse> Handle(Query query, CancellationToken ct)
        {
            var (from, to) = PlanPeriod.Resolve(query.From, query.To, clock);
            return (await ImprovementPlanSql.Build(db, user, query.ServiceUnitId, from, to, ct)).Response;
        }
    }
}
