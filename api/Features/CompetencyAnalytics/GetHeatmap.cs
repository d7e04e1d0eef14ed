using AsnApi.Contracts;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using Mediator;

namespace AsnApi.Features.CompetencyAnalytics;

/// <summary>Unit × competency: how far, on average, assessed employees stand from their standard, and how many meet it. One GROUP BY in SQL.</summary>
public static class GetHeatmap
{
    public sealed record Query(Guid? UnderUnitId, PositionType? PositionType) : IQuery<HeatmapResponse>;

    internal static string Sql(bool under, bool type) => $"""
        SELECT f.UnitId, f.CompetencyId, COUNT(*) AS Employees,
               AVG(CAST(f.RequiredLevel - f.AssessedLevel AS FLOAT)) AS AverageGap,
               AVG(CASE WHEN f.AssessedLevel >= f.RequiredLevel THEN 1.0 ELSE 0.0 END) AS ShareMeeting
        FROM {AnalyticsScope.Facts(under, type)} AND f.AssessedLevel IS NOT NULL
        GROUP BY f.UnitId, f.CompetencyId
        """;

    [Sql] internal static IEnumerable<string> AllVariants() => [Sql(true, true), Sql(false, false)];
    // The tenant's units and visible competencies are small, indexed reads; filtering them here avoids IN-lists
    // (whose expanded parameters bypass the Guid type handler on SQLite).
    [Sql] internal const string UnitRefs = "SELECT Id, Code, Name FROM Units WHERE TenantId = @TenantId ORDER BY Path";
    [Sql] internal const string CompetencyRefs = "SELECT Id, Code, Name FROM Competencies c WHERE (c.TenantId = @TenantId OR c.TenantId IS NULL) ORDER BY Kind, Code";

    internal sealed class Handler(Db db, CurrentUser user) : IQueryHandler<Query, HeatmapResponse>
    {
        public async ValueTask<HeatmapResponse> Handle(Query query, CancellationToken ct)
        {
            var scope = await AnalyticsScope.Resolve(db, user, query.UnderUnitId, query.PositionType, ct);
            var cells = await db.Query<HeatmapCell>(Sql(scope.UnderPath is not null, scope.PositionType is not null), scope, ct);
            if (cells.Count == 0) return new HeatmapResponse();
            var unitIds = cells.Select(c => c.UnitId).ToHashSet();
            var competencyIds = cells.Select(c => c.CompetencyId).ToHashSet();
            return new HeatmapResponse
            {
                Cells = cells,
                Units = (await db.Query<NamedRef>(UnitRefs, new { scope.TenantId }, ct)).Where(u => unitIds.Contains(u.Id)).ToList(),
                Competencies = (await db.Query<NamedRef>(CompetencyRefs, new { scope.TenantId }, ct)).Where(r => competencyIds.Contains(r.Id)).ToList(),
            };
        }
    }
}
