using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using Mediator;

namespace AsnApi.Features.EvaluationCycles;

/// <summary>An open cycle's figures computed now; a closed cycle's snapshot as stored when it closed.</summary>
public static class GetCycleIndicators
{
    public sealed record Query(Guid Id) : IQuery<EvaluationIndicatorsResponse>;

    internal sealed class Handler(Db db, CurrentUser user, TimeProvider clock) : IQueryHandler<Query, EvaluationIndicatorsResponse>
    {
        public async ValueTask<EvaluationIndicatorsResponse> Handle(Query query, CancellationToken ct)
        {
            var cycle = await EvaluationCycleSql.Load(db, user, query.Id, ct);
            var (snapshot, at, indicators) = await EvaluationIndicators.Of(db, await user.TenantId(ct), cycle, clock.GetUtcNow(), ct);
            return new EvaluationIndicatorsResponse { CycleId = cycle.Id, Snapshot = snapshot, ComputedAt = at, Indicators = indicators };
        }
    }
}
