using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Infrastructure.Database;

namespace AsnApi.Features.Shared;

/// <summary>
/// The distribution of SKP predicates of a period in a unit sub-tree, from <see cref="AppraisalRollups"/> and the
/// active headcount of <c>HeadcountRollups</c>: a few rows per unit, whatever the tenant's size. Shared so that the
/// evaluation cycles can snapshot the same figures the appraisal page shows.
/// </summary>
public static class AppraisalDistribution
{
    public sealed record Figures(int EmployeesInScope, int Appraised, IReadOnlyList<PredicateCount> Predicates)
    {
        public int WithoutAppraisal => Math.Max(0, EmployeesInScope - Appraised);
    }

    [Sql] internal const string Counts = """
        SELECT x.Predicate, SUM(x.Employees) AS Employees
        FROM AppraisalRollups x JOIN Units u ON u.Id = x.UnitId
        WHERE x.TenantId = @TenantId AND x.PeriodId = @PeriodId AND u.Path LIKE @Path
        GROUP BY x.Predicate
        """;

    [Sql] internal const string Headcount = """
        SELECT COALESCE(SUM(x.Employees), 0)
        FROM HeadcountRollups x JOIN Units u ON u.Id = x.UnitId
        WHERE x.TenantId = @TenantId AND u.Path LIKE @Path
        """;

    private sealed class Row
    {
        public string Predicate { get; init; } = "";
        public int Employees { get; init; }
    }

    /// <summary>
    /// The figures for one period and the units whose path matches <paramref name="unitPathPattern"/> (a LIKE pattern:
    /// "/root/child/%" for a sub-tree, "%" for the whole tenant). The period is not checked here: a period of another
    /// tenant simply has no rows. Shares are of the appraised employees, null when nobody is appraised.
    /// </summary>
    public static async Task<Figures> ForScope(Db db, Guid tenantId, string unitPathPattern, Guid periodId, CancellationToken ct)
    {
        var args = new { TenantId = tenantId, PeriodId = periodId, Path = unitPathPattern };
        var rows = (await db.Query<Row>(Counts, args, ct)).ToDictionary(r => Enum.Parse<SkpPredicate>(r.Predicate), r => r.Employees);
        var headcount = await db.Scalar<int>(Headcount, args, ct);
        var appraised = rows.Values.Sum();
        var predicates = Enum.GetValues<SkpPredicate>().Select(p => new PredicateCount
        {
            Predicate = p, Label = Skp.Label(p), Count = rows.GetValueOrDefault(p),
            Share = appraised == 0 ? null : Math.Round((decimal)rows.GetValueOrDefault(p) / appraised, 4),
        }).ToList();
        return new Figures(headcount, appraised, predicates);
    }
}
