using AsnApi.Contracts;
using AsnApi.Features.Shared;
using AsnApi.Domain;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using Mediator;

namespace AsnApi.Features.CompetencyAnalytics;

/// <summary>
/// Unit × competency: how far, on average, assessed employees stand from their standard, and how many meet it.
/// By default a row counts the unit's whole sub-tree (a head office with one person would otherwise look
/// perfect); <c>rollup=Self</c> counts the unit's own staff. Both read the rollups (<see cref="CompetencyRollups"/>),
/// the roll-up a join of each row unit to the per-unit sums whose unit path starts with its own.
/// </summary>
public static class GetHeatmap
{
    public sealed record Query(Guid? UnderUnitId, PositionType? PositionType, HeatmapRollup? Rollup) : IQuery<HeatmapResponse>;

    /// <summary>
    /// Pairs the per-unit figures g (with their unit's path in <paramref name="path"/>) with the row units r they
    /// count towards. CROSS JOIN keeps g the outer loop on SQLite, which otherwise re-ran g's aggregate for every row unit.
    /// </summary>
    internal static string RowJoin(ISqlDialect d, bool under, bool subtree, string path) =>
        "CROSS JOIN Units r WHERE r.TenantId = @TenantId AND r.Path LIKE @Scope" + (under ? " AND r.Path LIKE @UnderPath" : "")
        + (subtree ? $" AND {path} LIKE {d.Concat("r.Path", "'%'")}" : " AND r.Id = g.UnitId");

    // Each unit's own sums come from the rollups (a few rows per unit, kept by the commands); those are added up per
    // row unit. Joining the 300,000 facts themselves to every ancestor took seconds; summing the facts per request
    // grew with the tenant (405 ms at 100,000 employees).
    internal static string Cells(ISqlDialect d, bool under, bool type, bool subtree) => $"""
        SELECT r.Id AS UnitId, g.CompetencyId, SUM(g.N) AS Employees,
               CAST(SUM(g.GapSum) AS FLOAT) / SUM(g.N) AS AverageGap,
               CAST(SUM(g.Meeting) AS FLOAT) / SUM(g.N) AS ShareMeeting
        FROM (
            SELECT x.UnitId, x.CompetencyId, SUM(x.Assessed) AS N, SUM(x.GapSum) AS GapSum, SUM(x.Meeting) AS Meeting
            FROM {AnalyticsScope.Rollups("CompetencyRollups", under, type)}
            GROUP BY x.UnitId, x.CompetencyId
        ) g
        JOIN Units gu ON gu.Id = g.UnitId
        {RowJoin(d, under, subtree, "gu.Path")}
        GROUP BY r.Id, g.CompetencyId
        """;

    internal static string Headcounts(ISqlDialect d, bool under, bool type, bool subtree) => $"""
        SELECT r.Id AS UnitId, r.Depth, SUM(g.N) AS Employees, SUM(g.Assessed) AS Assessed
        FROM (
            SELECT x.UnitId, u.Path, SUM(x.Employees) AS N, SUM(x.Assessed) AS Assessed
            FROM {AnalyticsScope.Rollups("HeadcountRollups", under, type)}
            GROUP BY x.UnitId, u.Path
        ) g
        {RowJoin(d, under, subtree, "g.Path")}
        GROUP BY r.Id, r.Depth, r.Path
        ORDER BY r.Path
        """;

    [Sql]
    internal static IEnumerable<string> AllVariants(ISqlDialect d) =>
        [Cells(d, true, true, true), Cells(d, false, false, false), Headcounts(d, true, true, true), Headcounts(d, false, false, false)];
    // The tenant's units and visible competencies are small, indexed reads; filtering them here avoids IN-lists
    // (whose expanded parameters bypass the Guid type handler on SQLite).
    [Sql] internal const string MinimumCount = "SELECT HeatmapMinimumCount FROM TenantSettings WHERE TenantId = @TenantId";
    [Sql] internal const string UnitRefs = "SELECT Id, Code, Name FROM Units WHERE TenantId = @TenantId ORDER BY Path";
    [Sql] internal const string CompetencyRefs = "SELECT Id, Code, Name FROM Competencies c WHERE (c.TenantId = @TenantId OR c.TenantId IS NULL) ORDER BY Kind, Code";

    internal sealed class Handler(Db db, CurrentUser user) : IQueryHandler<Query, HeatmapResponse>
    {
        public async ValueTask<HeatmapResponse> Handle(Query query, CancellationToken ct)
        {
            var scope = await AnalyticsScope.Resolve(db, user, query.UnderUnitId, query.PositionType, ct);
            var rollup = query.Rollup ?? HeatmapRollup.Subtree;
            var minimum = await db.Single<int?>(MinimumCount, new { scope.TenantId }, ct) ?? Heatmap.DefaultMinimumCount;
            var (under, type, subtree) = (scope.UnderPath is not null, scope.PositionType is not null, rollup == HeatmapRollup.Subtree);
            var headcounts = await db.Query<HeatmapHeadcount>(Headcounts(db.Dialect, under, type, subtree), scope, ct);
            var cells = (await db.Query<HeatmapCell>(Cells(db.Dialect, under, type, subtree), scope, ct))
                .Select(c => new HeatmapCell
                {
                    UnitId = c.UnitId, CompetencyId = c.CompetencyId, Employees = c.Employees, AverageGap = c.AverageGap, ShareMeeting = c.ShareMeeting,
                    BelowMinimum = c.Employees < minimum,
                }).ToList();
            if (headcounts.Count == 0) return new HeatmapResponse { Rollup = rollup, MinimumCount = minimum };
            var unitIds = headcounts.Select(c => c.UnitId).ToHashSet();
            var competencyIds = cells.Select(c => c.CompetencyId).ToHashSet();
            return new HeatmapResponse
            {
                Cells = cells,
                Headcounts = headcounts,
                Units = (await db.Query<NamedRef>(UnitRefs, new { scope.TenantId }, ct)).Where(u => unitIds.Contains(u.Id)).ToList(),
                Competencies = (await db.Query<NamedRef>(CompetencyRefs, new { scope.TenantId }, ct)).Where(r => competencyIds.Contains(r.Id)).ToList(),
                Rollup = rollup,
                MinimumCount = minimum,
            };
        }
    }
}
