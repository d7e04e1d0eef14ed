using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using Mediator;

namespace AsnApi.Features.EvaluationCycles;

/// <summary>
/// A cycle against the previous one: the latest closed cycle of the same scope (the same unit, or both tenant-wide) whose
/// period starts before this one's. The previous figures are its snapshot; the current ones this cycle's snapshot or live
/// figures. Indicator by indicator in this cycle's order; an indicator only one side has is compared as Unknown.
/// </summary>
public static class CompareCycle
{
    public sealed record Query(Guid Id) : IQuery<EvaluationComparisonResponse>;

    [Sql] internal static string Previous(ISqlDialect d) => $"""
        SELECT c.Id, c.Name, c.Snapshot FROM EvaluationCycles c
        WHERE c.TenantId = @TenantId AND c.Status = 'Closed' AND c.Id <> @Id AND c.PeriodFrom < @PeriodFrom
          AND ((@UnitId IS NULL AND c.UnitId IS NULL) OR c.UnitId = @UnitId)
        ORDER BY c.PeriodFrom DESC, c.Id {d.Paging}
        """;

    internal sealed class PreviousRow
    {
        public Guid Id { get; init; }
        public string Name { get; init; } = "";
        public string? Snapshot { get; init; }
    }

    internal sealed class Handler(Db db, CurrentUser user, TimeProvider clock) : IQueryHandler<Query, EvaluationComparisonResponse>
    {
        public async ValueTask<EvaluationComparisonResponse> Handle(Query query, CancellationToken ct)
        {
            var cycle = await EvaluationCycleSql.Load(db, user, query.Id, ct);
            var tenantId = await user.TenantId(ct);
            var previous = await db.Single<PreviousRow>(Previous(db.Dialect), new { cycle.Id, TenantId = tenantId, cycle.PeriodFrom, cycle.UnitId, Skip = 0, Take = 1 }, ct);
            var (snapshot, _, current) = await EvaluationIndicators.Of(db, tenantId, cycle, clock.GetUtcNow(), ct);
            var before = (previous?.Snapshot is { } json ? EvaluationIndicators.FromJson(json) : []).ToDictionary(i => i.Code);
            return new EvaluationComparisonResponse
            {
                CycleId = cycle.Id, PreviousCycleId = previous?.Id, PreviousCycleName = previous?.Name, CurrentIsSnapshot = snapshot,
                Indicators = current.Select(c =>
                {
                    var p = before.GetValueOrDefault(c.Code)?.Value;
                    var direction = EvaluationRules.Direction(p, c.Value, c.HigherIsBetter);
                    return new IndicatorComparison
                    {
                        Code = c.Code, Label = c.Label, Unit = c.Unit, HigherIsBetter = c.HigherIsBetter, Previous = p, Current = c.Value,
                        Change = EvaluationRules.Change(p, c.Value), Direction = direction, DirectionLabel = EvaluationRules.Label(direction),
                    };
                }).ToList(),
            };
        }
    }
}
