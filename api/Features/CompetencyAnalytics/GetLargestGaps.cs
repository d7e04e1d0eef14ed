using AsnApi.Contracts;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using FluentValidation;
using Mediator;

namespace AsnApi.Features.CompetencyAnalytics;

/// <summary>The competencies where most assessed employees fall short of their standard: where training pays most. Reads the rollups.</summary>
public static class GetLargestGaps
{
    public sealed record Query(Guid? UnderUnitId, PositionType? PositionType, int? Top) : IQuery<IReadOnlyList<CompetencyGapSummary>>;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Top).InclusiveBetween(1, 100).When(q => q.Top is not null).WithMessage("top 1 sampai 100.");
    }

    internal static string Sql(ISqlDialect d, bool under, bool type) => $"""
        SELECT g.CompetencyId, c.Code, c.Name, c.Kind, g.Assessed, g.BelowStandard, g.AverageGapBelow, g.ShareBelow
        FROM (
            SELECT x.CompetencyId, SUM(x.Assessed) AS Assessed, SUM(x.BelowStandard) AS BelowStandard,
                   CASE WHEN SUM(x.BelowStandard) = 0 THEN 0.0 ELSE CAST(SUM(x.GapBelowSum) AS FLOAT) / SUM(x.BelowStandard) END AS AverageGapBelow,
                   CAST(SUM(x.BelowStandard) AS FLOAT) / SUM(x.Assessed) AS ShareBelow
            FROM {AnalyticsScope.Rollups("CompetencyRollups", under, type)}
            GROUP BY x.CompetencyId
        ) g
        JOIN Competencies c ON c.Id = g.CompetencyId
        ORDER BY g.BelowStandard DESC, g.AverageGapBelow DESC, c.Code
        {d.Paging}
        """;

    [Sql] internal static IEnumerable<string> AllVariants(ISqlDialect d) => [Sql(d, true, true), Sql(d, false, false)];

    internal sealed class Handler(Db db, CurrentUser user) : IQueryHandler<Query, IReadOnlyList<CompetencyGapSummary>>
    {
        public async ValueTask<IReadOnlyList<CompetencyGapSummary>> Handle(Query query, CancellationToken ct)
        {
            var scope = await AnalyticsScope.Resolve(db, user, query.UnderUnitId, query.PositionType, ct);
            return await db.Query<CompetencyGapSummary>(Sql(db.Dialect, scope.UnderPath is not null, scope.PositionType is not null),
                new { scope.TenantId, scope.Scope, scope.UnderPath, scope.PositionType, Skip = 0, Take = query.Top ?? 10 }, ct);
        }
    }
}
