using AsnApi.Infrastructure.Database;

namespace AsnApi.Features.Shared;

/// <summary>
/// Keeps <c>AppraisalRollups</c> (migration 0022): active employees' appraisals per tenant × unit × period × predicate,
/// the unit being the employee's current one, so the distribution of a sub-tree reads a few rows per unit and its
/// "appraised" plus "without appraisal" add up to the active headcount of <c>HeadcountRollups</c>.
/// Called by the appraisal writes for the employee's unit, and by <see cref="CompetencyRollups"/> for every command
/// that moves, (de)activates or imports employees, so there is no second list of call sites.
/// </summary>
public static class AppraisalRollups
{
    private static string Fill(string where) => $"""
        INSERT INTO AppraisalRollups (TenantId, UnitId, PeriodId, Predicate, Employees)
        SELECT a.TenantId, e.UnitId, a.PeriodId, a.Predicate, COUNT(*)
        FROM PerformanceAppraisals a JOIN Employees e ON e.Id = a.EmployeeId
        WHERE a.TenantId = @TenantId AND e.IsActive = 1{where}
        GROUP BY a.TenantId, e.UnitId, a.PeriodId, a.Predicate
        """;

    [Sql] internal static string ClearUnits(ISqlDialect d) => $"DELETE FROM AppraisalRollups WHERE TenantId = @TenantId AND UnitId IN ({d.IdsIn("@Units")})";
    [Sql] internal static string FillUnits(ISqlDialect d) => Fill($" AND e.UnitId IN ({d.IdsIn("@Units")})");
    [Sql] internal const string ClearTenant = "DELETE FROM AppraisalRollups WHERE TenantId = @TenantId";
    [Sql] internal static string FillTenant() => Fill("");

    public static async Task RefreshUnits(Db db, Guid tenantId, IEnumerable<Guid> unitIds, CancellationToken ct)
    {
        var units = unitIds.Distinct().ToList();
        if (units.Count == 0) return;
        var args = new { TenantId = tenantId, Units = SqlIds.Json(units) };
        await db.Execute(ClearUnits(db.Dialect), args, ct);
        await db.Execute(FillUnits(db.Dialect), args, ct);
    }

    public static async Task RefreshTenant(Db db, Guid tenantId, CancellationToken ct)
    {
        await db.Execute(ClearTenant, new { TenantId = tenantId }, ct);
        await db.Execute(FillTenant(), new { TenantId = tenantId }, ct);
    }
}
