using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Features.Settings;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using Mediator;

namespace AsnApi.Features.CompetencyAnalytics;

/// <summary>
/// How many employees fall in each JPM category, under both schemes. Each employee's JPM is the ratio of the sums
/// over the assessed competencies of their standard (as <see cref="Jpm"/> computes it), counted per pair of sums in
/// the JpmRollups (<see cref="CompetencyRollups"/>), then bucketed by
/// the tenant's thresholds; the cap at 100 cannot change a bucket, so it is not applied here.
/// </summary>
public static class GetJpmDistribution
{
    public sealed record Query(Guid? UnderUnitId, PositionType? PositionType) : IQuery<JpmDistributionResponse>;

    // JPM is 100 × AssessedSum / RequiredSum (as Jpm computes it); the rollup counts employees per pair of sums.
    internal static string Buckets(bool under, bool type) => $"""
        SELECT Fit, Mapping, SUM(b.Employees) AS Employees FROM (
            SELECT CASE WHEN j.Jpm >= @Ms THEN 'MemenuhiSyarat' WHEN j.Jpm >= @Mms THEN 'MasihMemenuhiSyarat' ELSE 'KurangMemenuhiSyarat' END AS Fit,
                   CASE WHEN j.Jpm >= @Optimal THEN 'Optimal' WHEN j.Jpm >= @CukupOptimal THEN 'CukupOptimal' ELSE 'KurangOptimal' END AS Mapping,
                   j.Employees
            FROM (
                SELECT 100.0 * x.AssessedSum / x.RequiredSum AS Jpm, x.Employees
                FROM {AnalyticsScope.Rollups("JpmRollups", under, type)}
            ) j
        ) b
        GROUP BY Fit, Mapping
        """;

    internal static string Population(bool under, bool type) => $"""
        SELECT COALESCE(SUM(x.Employees), 0) AS Total, COALESCE(SUM(x.WithStandard), 0) AS WithStandard
        FROM {AnalyticsScope.Rollups("HeadcountRollups", under, type)}
        """;

    [Sql] internal static IEnumerable<string> AllVariants() => [Buckets(true, true), Buckets(false, false), Population(true, true), Population(false, false)];

    internal sealed class BucketRow { public string Fit { get; init; } = ""; public string Mapping { get; init; } = ""; public int Employees { get; init; } }
    internal sealed class PopulationRow { public int Total { get; init; } public int WithStandard { get; init; } }

    internal sealed class Handler(Db db, CurrentUser user) : IQueryHandler<Query, JpmDistributionResponse>
    {
        public async ValueTask<JpmDistributionResponse> Handle(Query query, CancellationToken ct)
        {
            var scope = await AnalyticsScope.Resolve(db, user, query.UnderUnitId, query.PositionType, ct);
            return await ForScope(db, scope, (await CompetencySettings.Load(db, scope.TenantId, ct)).ToThresholds(), ct);
        }
    }

    /// <summary>The distribution for a resolved scope; also what an evaluation cycle snapshots.</summary>
    internal static async Task<JpmDistributionResponse> ForScope(Db db, AnalyticsScope scope, JpmThresholds t, CancellationToken ct)
    {
        var (under, type) = (scope.UnderPath is not null, scope.PositionType is not null);
        // Thresholds go in as doubles: Microsoft.Data.Sqlite binds decimal as TEXT, which SQLite sorts after every number.
        var args = new
        {
            scope.TenantId, scope.Scope, scope.UnderPath, scope.PositionType,
            Ms = (double)t.MemenuhiSyarat, Mms = (double)t.MasihMemenuhiSyarat, Optimal = (double)t.Optimal, CukupOptimal = (double)t.CukupOptimal,
        };
        var buckets = await db.Query<BucketRow>(Buckets(under, type), args, ct);
        var population = (await db.Single<PopulationRow>(Population(under, type), args, ct))!;
        var assessed = buckets.Sum(b => b.Employees);

        return new JpmDistributionResponse
        {
            Fit = Enum.GetValues<JpmFitCategory>().Select(f => new CategoryCount
            {
                Category = f.ToString(), Label = JpmLabels.Of(f)!, Employees = buckets.Where(b => b.Fit == f.ToString()).Sum(b => b.Employees),
            }).ToList(),
            Mapping = Enum.GetValues<JpmMappingCategory>().Select(m => new CategoryCount
            {
                Category = m.ToString(), Label = JpmLabels.Of(m)!, Employees = buckets.Where(b => b.Mapping == m.ToString()).Sum(b => b.Employees),
            }).ToList(),
            NotAssessed = population.WithStandard - assessed,
            NoStandard = population.Total - population.WithStandard,
            Total = population.Total,
        };
    }
}
