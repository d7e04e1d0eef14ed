using AsnApi.Infrastructure.Database;

namespace AsnApi.Features.Shared;

/// <summary>
/// Keeps the rollups of the CompetencyFacts read model (migration 0008): per tenant × unit × position type, the
/// counts and sums the heatmap, the JPM distribution and the largest gaps add up. <see cref="CompetencyFacts"/>
/// calls it in the same transaction, after each refresh, for the units whose figures that refresh can change,
/// so an aggregate reads at most units × competencies rows and never the facts.
/// A refresh recomputes whole units from the facts (delete, then insert the unit's groups): always exact, and its
/// cost is that of the units touched, not of the tenant. Keyed by unit id, so a unit move (which changes paths
/// only) needs nothing, and a unit can be deactivated only when nobody is in it.
/// </summary>
public static class CompetencyRollups
{
    /// <summary>The rollup tables, each cleared per unit set or tenant the same way.</summary>
    internal static readonly string[] Tables = ["CompetencyRollups", "HeadcountRollups", "JpmRollups"];

    // Assessed facts only: a competency never assessed is neither a gap nor a strength (as in the profile).
    private static string FillCompetencies(string where) => $"""
        INSERT INTO CompetencyRollups (TenantId, UnitId, PositionType, CompetencyId, Assessed, GapSum, Meeting, BelowStandard, GapBelowSum)
        SELECT f.TenantId, f.UnitId, p.Type, f.CompetencyId, COUNT(*),
               SUM(f.RequiredLevel - f.AssessedLevel),
               SUM(CASE WHEN f.AssessedLevel >= f.RequiredLevel THEN 1 ELSE 0 END),
               SUM(CASE WHEN f.AssessedLevel < f.RequiredLevel THEN 1 ELSE 0 END),
               SUM(CASE WHEN f.AssessedLevel < f.RequiredLevel THEN f.RequiredLevel - f.AssessedLevel ELSE 0 END)
        FROM CompetencyFacts f JOIN Positions p ON p.Id = f.PositionId
        WHERE f.TenantId = @TenantId AND f.AssessedLevel IS NOT NULL{where.Replace("@@", "f.UnitId")}
        GROUP BY f.TenantId, f.UnitId, p.Type, f.CompetencyId
        """;

    // SQL Server refuses an aggregate over a subquery (error 130), so the EXISTS are evaluated per employee first.
    // A standard is read from PositionStandards: the facts hold assessed pairs only (migration 0027).
    private static string FillHeadcounts(string where) => $"""
        INSERT INTO HeadcountRollups (TenantId, UnitId, PositionType, Employees, WithStandard, Assessed)
        SELECT x.TenantId, x.UnitId, x.PositionType, COUNT(*), SUM(x.HasStandard), SUM(x.HasAssessed)
        FROM (
            SELECT e.TenantId, e.UnitId, COALESCE(p.Type, '') AS PositionType,
                   CASE WHEN EXISTS (SELECT 1 FROM PositionStandards s WHERE s.PositionId = e.PositionId) THEN 1 ELSE 0 END AS HasStandard,
                   CASE WHEN EXISTS (SELECT 1 FROM CompetencyFacts f WHERE f.EmployeeId = e.Id) THEN 1 ELSE 0 END AS HasAssessed
            FROM Employees e LEFT JOIN Positions p ON p.Id = e.PositionId
            WHERE e.TenantId = @TenantId AND e.IsActive = 1{where.Replace("@@", "e.UnitId")}
        ) x
        GROUP BY x.TenantId, x.UnitId, x.PositionType
        """;

    // One row per (assessed sum, required sum) pair: each employee's JPM, without keeping one row per employee.
    private static string FillJpm(string where) => $"""
        INSERT INTO JpmRollups (TenantId, UnitId, PositionType, AssessedSum, RequiredSum, Employees)
        SELECT j.TenantId, j.UnitId, j.PositionType, j.AssessedSum, j.RequiredSum, COUNT(*)
        FROM (
            SELECT f.TenantId, f.UnitId, p.Type AS PositionType, f.EmployeeId, SUM(f.AssessedLevel) AS AssessedSum, SUM(f.RequiredLevel) AS RequiredSum
            FROM CompetencyFacts f JOIN Positions p ON p.Id = f.PositionId
            WHERE f.TenantId = @TenantId AND f.AssessedLevel IS NOT NULL{where.Replace("@@", "f.UnitId")}
            GROUP BY f.TenantId, f.UnitId, p.Type, f.EmployeeId
        ) j
        GROUP BY j.TenantId, j.UnitId, j.PositionType, j.AssessedSum, j.RequiredSum
        """;

    private static string InUnits(ISqlDialect d) => $" AND @@ IN ({d.IdsIn("@Units")})";

    [Sql] internal static IEnumerable<string> ClearUnits(ISqlDialect d) => Tables.Select(t => $"DELETE FROM {t} WHERE TenantId = @TenantId" + InUnits(d).Replace("@@", "UnitId"));
    [Sql] internal static IEnumerable<string> FillUnits(ISqlDialect d) => [FillCompetencies(InUnits(d)), FillHeadcounts(InUnits(d)), FillJpm(InUnits(d))];
    [Sql] internal static IEnumerable<string> ClearTenant() => Tables.Select(t => $"DELETE FROM {t} WHERE TenantId = @TenantId");
    [Sql] internal static IEnumerable<string> FillTenant() => [FillCompetencies(""), FillHeadcounts(""), FillJpm("")];

    /// <summary>Recomputes the rollups of these units (those an employee left and joined, or where a position's holders work).</summary>
    public static async Task RefreshUnits(Db db, Guid tenantId, IEnumerable<Guid> unitIds, CancellationToken ct)
    {
        var units = unitIds.Distinct().ToList();
        if (units.Count == 0) return;
        var args = new { TenantId = tenantId, Units = SqlIds.Json(units) };
        foreach (var sql in ClearUnits(db.Dialect).Concat(FillUnits(db.Dialect))) await db.Execute(sql, args, ct);
        // The JP ledger's rollups are keyed by the same unit and position type (and by employment type and activity):
        // every command that can change those for an employee comes through here.
        await JpLedgerRollups.RefreshUnits(db, tenantId, units, ct);
        await AppraisalRollups.RefreshUnits(db, tenantId, units, ct);
    }

    /// <summary>After a bulk change (an import, the demo seed): every unit of the tenant.</summary>
    public static async Task RefreshTenant(Db db, Guid tenantId, CancellationToken ct)
    {
        foreach (var sql in ClearTenant().Concat(FillTenant())) await db.Execute(sql, new { TenantId = tenantId }, ct);
        await JpLedgerRollups.RefreshTenant(db, tenantId, ct);
        await AppraisalRollups.RefreshTenant(db, tenantId, ct);
    }
}
