using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Features.Settings;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using Mediator;

namespace AsnApi.Features.CompetencyAnalytics;

/// <summary>
/// How many employees fall in each JPM category, under both schemes. Each employee's JPM is computed in
/// SQL over the assessed competencies of their standard (as <see cref="Jpm"/> does), then bucketed by
/// the tenant's thresholds; the cap at 100 cannot change a bucket, so it is not applied here.
/// </summary>
public static class GetJpmDistribution
{
    public sealed record Query(Guid? UnderUnitId, PositionType? PositionType) : IQuery<JpmDistributionResponse>;

    internal static string Buckets(bool under, bool type) => $"""
        SELECT Fit, Mapping, COUNT(*) AS Employees FROM (
            SELECT CASE WHEN j.Jpm >= @Ms THEN 'MemenuhiSyarat' WHEN j.Jpm >= @Mms THEN 'MasihMemenuhiSyarat' ELSE 'KurangMemenuhiSyarat' END AS Fit,
                   CASE WHEN j.Jpm >= @Optimal THEN 'Optimal' WHEN j.Jpm >= @CukupOptimal THEN 'CukupOptimal' ELSE 'KurangOptimal' END AS Mapping
            FROM (
                SELECT f.EmployeeId, 100.0 * SUM(f.AssessedLevel) / SUM(f.RequiredLevel) AS Jpm
                FROM {AnalyticsScope.Facts(under, type)} AND f.AssessedLevel IS NOT NULL
                GROUP BY f.EmployeeId
            ) j
        ) b
        GROUP BY Fit, Mapping
        """;

    // SQL Server refuses an aggregate over a subquery (error 130), so EXISTS is evaluated per row first.
    internal static string Population(bool under, bool type) => $"""
        SELECT COUNT(*) AS Total, COALESCE(SUM(x.HasStandard), 0) AS WithStandard
        FROM (
            SELECT CASE WHEN EXISTS (SELECT 1 FROM CompetencyFacts f WHERE f.EmployeeId = e.Id) THEN 1 ELSE 0 END AS HasStandard
            FROM {AnalyticsScope.EmployeeJoins}
            WHERE {string.Join(" AND ", AnalyticsScope.Where(under, type))}
        ) x
        """;

    [Sql] internal static IEnumerable<string> AllVariants() => [Buckets(true, true), Buckets(false, false), Population(true, true), Population(false, false)];

    internal sealed class BucketRow { public string Fit { get; init; } = ""; public string Mapping { get; init; } = ""; public int Employees { get; init; } }
    internal sealed class PopulationRow { public int Total { get; init; } public int WithStandard { get; init; } }

    internal sealed class Handler(Db db, CurrentUser user, IMediator mediator) : IQueryHandler<Query, JpmDistributionResponse>
    {
        public async ValueTask<JpmDistributionResponse> Handle(Query query, CancellationToken ct)
        {
            var scope = await AnalyticsScope.Resolve(db, user, query.UnderUnitId, query.PositionType, ct);
            var t = (await mediator.Send(new GetCompetencySettings.Query(), ct)).ToThresholds();
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
}
