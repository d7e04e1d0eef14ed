using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;

namespace AsnApi.Features.Shared;

/// <summary>
/// The filter every competency aggregate shares: active employees of the tenant, within the caller's
/// unit scope, optionally a unit sub-tree and a position type. Expects aliases e (Employees),
/// u (Units) and p (Positions, possibly LEFT JOINed).
/// </summary>
internal sealed record AnalyticsScope(Guid TenantId, string Scope, string? UnderPath, string? PositionType)
{
    public const string EmployeeJoins = "Employees e JOIN Units u ON u.Id = e.UnitId LEFT JOIN Positions p ON p.Id = e.PositionId";

    public static List<string> Where(bool under, bool positionType)
    {
        var where = new List<string> { "e.TenantId = @TenantId", "e.IsActive = 1", "u.Path LIKE @Scope" };
        if (under) where.Add("u.Path LIKE @UnderPath");
        if (positionType) where.Add("p.Type = @PositionType");
        return where;
    }

    public List<string> Where() => Where(UnderPath is not null, PositionType is not null);

    /// <summary>The same filter over the CompetencyFacts read model (alias f), which holds active employees only.</summary>
    public static string Facts(bool under, bool positionType)
    {
        var where = new List<string> { "f.TenantId = @TenantId", "u.Path LIKE @Scope" };
        if (under) where.Add("u.Path LIKE @UnderPath");
        if (positionType) where.Add("p.Type = @PositionType");
        return "CompetencyFacts f JOIN Units u ON u.Id = f.UnitId" + (positionType ? " JOIN Positions p ON p.Id = f.PositionId" : "")
            + " WHERE " + string.Join(" AND ", where);
    }

    /// <summary>
    /// The same filter over one of the <see cref="CompetencyRollups"/> tables (alias x; u is its unit): a few rows
    /// per unit, whatever the tenant's headcount. The sub-tree is the units whose path starts with the root's.
    /// </summary>
    public static string Rollups(string table, bool under, bool positionType)
    {
        var where = new List<string> { "x.TenantId = @TenantId", "u.Path LIKE @Scope" };
        if (under) where.Add("u.Path LIKE @UnderPath");
        if (positionType) where.Add("x.PositionType = @PositionType");
        return $"{table} x JOIN Units u ON u.Id = x.UnitId WHERE " + string.Join(" AND ", where);
    }

    public static async Task<AnalyticsScope> Resolve(Db db, CurrentUser user, Guid? underUnitId, PositionType? positionType, CancellationToken ct)
    {
        var tenantId = await user.TenantId(ct);
        return new AnalyticsScope(tenantId, await user.UnitScope(ct), await UnitTree.SubtreePattern(db, tenantId, underUnitId, ct), positionType?.ToString());
    }
}
