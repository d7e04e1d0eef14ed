using AsnApi.Contracts;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using FluentValidation;
using Mediator;

namespace AsnApi.Features.CompetencyAnalytics;

/// <summary>The competencies where most assessed employees fall short of their standard: where training pays most.</summary>
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
            SELECT f.CompetencyId, COUNT(*) AS Assessed,
                   SUM(CASE WHEN f.AssessedLevel < f.RequiredLevel THEN 1 ELSE 0 END) AS BelowStandard,
                   COALESCE(AVG(CASE WHEN f.AssessedLevel < f.RequiredLevel THEN CAST(f.RequiredLevel - f.AssessedLevel AS FLOAT) END), 0) AS AverageGapBelow,
                   AVG(CASE WHEN f.AssessedLevel < f.RequiredLevel THEN 1.0 ELSE 0.0 END) AS ShareBelow
            FROM {AnalyticsScope.Facts(under, type)} AND f.AssessedLevel IS NOT NULL
            GROUP BY f.CompetencyId
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
