using AsnApi.Contracts;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.Complaints;

/// <summary>
/// Complaints received in a period (WIB days, inclusive; default the last twelve months), for the tenant, a unit
/// head's sub-tree or underUnitId: deadline compliance per service unit, the median hours to the first response and
/// to resolution, and the volume by type and category. All SQL-side. A median is not additive, so there is no
/// rollup to keep: each median is one window query (ROW_NUMBER and COUNT over the period's answered complaints,
/// the average of the one or two middle rows), which both engines run; its cost follows the period's complaints of
/// the scope (served by IX_Complaints_Tenant_Received), which are thousands a year, not the survey's millions.
/// </summary>
public static class ComplaintStats
{
    public sealed record Query(Guid? UnderUnitId, DateOnly? From, DateOnly? To) : IQuery<ComplaintStatsResponse>;

    private const string Scope = "c.TenantId = @TenantId AND u.Path LIKE @Scope AND u.Path LIKE @UnderPath AND c.ReceivedOn >= @From AND c.ReceivedOn <= @To";

    [Sql] internal const string PerUnit = $"""
        SELECT su.Id AS ServiceUnitId, su.Name AS ServiceUnitName, COUNT(*) AS Received,
               SUM(CASE WHEN c.ResolvedOn IS NOT NULL AND c.ResolvedOn <= c.ResolutionDue THEN 1 ELSE 0 END) AS ResolvedOnTime,
               SUM(CASE WHEN c.ResolvedOn IS NOT NULL AND c.ResolvedOn > c.ResolutionDue THEN 1 ELSE 0 END) AS ResolvedLate,
               SUM(CASE WHEN c.ResolvedOn IS NULL AND c.ResolutionDue < @Today THEN 1 ELSE 0 END) AS OpenOverdue
        FROM {ComplaintSql.From}
        WHERE {Scope}
        GROUP BY su.Id, su.Name
        ORDER BY su.Name, su.Id
        """;

    [Sql] internal const string Volume = $"""
        SELECT c.Type, c.Category, COUNT(*) AS Count
        FROM {ComplaintSql.From}
        WHERE {Scope}
        GROUP BY c.Type, c.Category
        ORDER BY c.Type, c.Category
        """;

    /// <summary>The median of a minutes column: the mean of the middle row (odd count) or the two middle rows (even).</summary>
    internal static string Median(string column) => $"""
        SELECT AVG(CAST(m.Minutes AS FLOAT)) FROM (
            SELECT c.{column} AS Minutes, ROW_NUMBER() OVER (ORDER BY c.{column}) AS Rn, COUNT(*) OVER () AS N
            FROM {ComplaintSql.From}
            WHERE {Scope} AND c.{column} IS NOT NULL
        ) m
        WHERE m.Rn IN ((m.N + 1) / 2, (m.N + 2) / 2)
        """;

    [Sql] internal static IEnumerable<string> Medians() => [Median("FirstResponseMinutes"), Median("ResolutionMinutes")];

    internal sealed class UnitRow
    {
        public Guid ServiceUnitId { get; init; }
        public string ServiceUnitName { get; init; } = "";
        public int Received { get; init; }
        public int ResolvedOnTime { get; init; }
        public int ResolvedLate { get; init; }
        public int OpenOverdue { get; init; }
    }

    internal sealed class VolumeRow
    {
        public string Type { get; init; } = "";
        public string? Category { get; init; }
        public int Count { get; init; }
    }

    internal sealed class Handler(Db db, CurrentUser user, TimeProvider clock) : IQueryHandler<Query, ComplaintStatsResponse>
    {
        public async ValueTask<ComplaintStatsResponse> Handle(Query query, CancellationToken ct)
        {
            var today = ComplaintSql.DayOf(clock.GetUtcNow());
            var to = query.To ?? today;
            var from = query.From ?? to.AddYears(-1).AddDays(1);
            if (from > to) throw Invalid.Field("to", "Tanggal akhir tidak boleh sebelum tanggal awal.");
            if (to.DayNumber - from.DayNumber > 3660) throw Invalid.Field("from", "Periode paling panjang sepuluh tahun.");
            var tenantId = await user.TenantId(ct);
            return await ForScope(db, tenantId, await user.UnitScope(ct), await UnitTree.SubtreePattern(db, tenantId, query.UnderUnitId, ct) ?? "%", from, to, today, ct);
        }
    }

    /// <summary>The figures for a caller's scope pattern and a sub-tree pattern ('%': all); also what an evaluation cycle snapshots.</summary>
    internal static async Task<ComplaintStatsResponse> ForScope(Db db, Guid tenantId, string scope, string underPath, DateOnly from, DateOnly to, DateOnly today, CancellationToken ct)
    {
        var args = new { TenantId = tenantId, Scope = scope, UnderPath = underPath, From = from, To = to, Today = today };
        var units = await db.Query<UnitRow>(PerUnit, args, ct);
        var volume = await db.Query<VolumeRow>(Volume, args, ct);
        var firstMinutes = await db.Scalar<double?>(Median("FirstResponseMinutes"), args, ct);
        var resolutionMinutes = await db.Scalar<double?>(Median("ResolutionMinutes"), args, ct);
        return new ComplaintStatsResponse
        {
            From = from, To = to, Received = units.Sum(u => u.Received),
            ServiceUnits = units.Select(u =>
            {
                var decided = u.ResolvedOnTime + u.ResolvedLate + u.OpenOverdue;
                return new ComplaintUnitFigures
                {
                    ServiceUnitId = u.ServiceUnitId, ServiceUnitName = u.ServiceUnitName, Received = u.Received, ResolvedOnTime = u.ResolvedOnTime,
                    ResolvedLate = u.ResolvedLate, OpenOverdue = u.OpenOverdue, Compliance = decided == 0 ? null : (double)u.ResolvedOnTime / decided,
                };
            }).ToList(),
            MedianHoursToFirstResponse = firstMinutes / 60, MedianHoursToResolution = resolutionMinutes / 60,
            Volume = volume.Select(v => new ComplaintVolume { Type = Enum.Parse<ComplaintType>(v.Type), Category = v.Category, Count = v.Count }).ToList(),
        };
    }
}
