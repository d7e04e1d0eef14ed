using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Infrastructure.Database;

namespace AsnApi.Features.Shared;

/// <summary>
/// Keeps what the JP ledger's aggregates read (migration 0011): per employee and year the JP earned and its classroom
/// part (<c>JpEmployeeYears</c>), and per tenant × unit × position type the distribution of earned JP by employment
/// type (<c>JpRollups</c>) and the JP by form (<c>JpFormRollups</c>), for active employees. <see cref="JpLedger"/>
/// refreshes the credited employee's year and their unit's year; <see cref="CompetencyRollups"/> calls
/// <see cref="RefreshUnits"/> wherever an employee can leave or join a unit, change position type, employment type or
/// be (de)activated, and <see cref="RefreshTenant"/> after a bulk load. Like the competency rollups, a refresh
/// recomputes whole units (delete, insert the unit's groups): exact, and as costly as the units touched.
/// </summary>
public static class JpLedgerRollups
{
    internal static readonly string[] Tables = ["JpRollups", "JpFormRollups"];

    /// <summary>The classroom forms (klasikal), as SQL: the same list as <see cref="DevelopmentRules.IsClassroom"/>.</summary>
    internal static readonly string ClassroomForms = string.Join(", ", Enum.GetValues<DevelopmentActivityForm>().Where(DevelopmentRules.IsClassroom).Select(f => $"'{f}'"));

    private static string FillYears(string where) => $"""
        INSERT INTO JpEmployeeYears (TenantId, EmployeeId, Year, EarnedJp, ClassroomJp)
        SELECT l.TenantId, l.EmployeeId, l.Year, SUM(l.Jp), SUM(CASE WHEN l.Form IN ({ClassroomForms}) THEN l.Jp ELSE 0 END)
        FROM JpLedgerEntries l
        WHERE l.TenantId = @TenantId{where}
        GROUP BY l.TenantId, l.EmployeeId, l.Year
        """;

    private static string FillDistribution(string where) => $"""
        INSERT INTO JpRollups (TenantId, UnitId, PositionType, EmploymentType, Year, EarnedJp, Employees)
        SELECT e.TenantId, e.UnitId, COALESCE(p.Type, ''), e.EmploymentType, y.Year, y.EarnedJp, COUNT(*)
        FROM JpEmployeeYears y JOIN Employees e ON e.Id = y.EmployeeId LEFT JOIN Positions p ON p.Id = e.PositionId
        WHERE y.TenantId = @TenantId AND e.TenantId = @TenantId AND e.IsActive = 1{where.Replace("@@", "e.UnitId").Replace("##", "y.Year")}
        GROUP BY e.TenantId, e.UnitId, COALESCE(p.Type, ''), e.EmploymentType, y.Year, y.EarnedJp
        """;

    private static string FillForms(string where) => $"""
        INSERT INTO JpFormRollups (TenantId, UnitId, PositionType, Year, Form, Jp)
        SELECT e.TenantId, e.UnitId, COALESCE(p.Type, ''), l.Year, l.Form, SUM(l.Jp)
        FROM JpLedgerEntries l JOIN Employees e ON e.Id = l.EmployeeId LEFT JOIN Positions p ON p.Id = e.PositionId
        WHERE l.TenantId = @TenantId AND e.TenantId = @TenantId AND e.IsActive = 1{where.Replace("@@", "e.UnitId").Replace("##", "l.Year")}
        GROUP BY e.TenantId, e.UnitId, COALESCE(p.Type, ''), l.Year, l.Form
        """;

    private static string InUnits(ISqlDialect d) => $" AND @@ IN ({d.IdsIn("@Units")})";
    private const string InUnitYear = " AND @@ = @UnitId AND ## = @Year";

    [Sql] internal const string ClearEmployeeYear = "DELETE FROM JpEmployeeYears WHERE TenantId = @TenantId AND EmployeeId = @EmployeeId AND Year = @Year";
    [Sql] internal static readonly string FillEmployeeYear = FillYears(" AND l.EmployeeId = @EmployeeId AND l.Year = @Year");
    [Sql] internal const string UnitOfEmployee = "SELECT UnitId FROM Employees WHERE Id = @EmployeeId AND TenantId = @TenantId";
    [Sql] internal static IEnumerable<string> ClearUnitYear() => Tables.Select(t => $"DELETE FROM {t} WHERE TenantId = @TenantId AND UnitId = @UnitId AND Year = @Year");
    [Sql] internal static IEnumerable<string> FillUnitYear() => [FillDistribution(InUnitYear), FillForms(InUnitYear)];
    [Sql] internal static IEnumerable<string> ClearUnits(ISqlDialect d) => Tables.Select(t => $"DELETE FROM {t} WHERE TenantId = @TenantId" + InUnits(d).Replace("@@", "UnitId"));
    [Sql] internal static IEnumerable<string> FillUnits(ISqlDialect d) => [FillDistribution(InUnits(d)), FillForms(InUnits(d))];
    [Sql] internal static IEnumerable<string> ClearTenant() => Tables.Prepend("JpEmployeeYears").Select(t => $"DELETE FROM {t} WHERE TenantId = @TenantId");
    [Sql] internal static IEnumerable<string> FillTenant() => [FillYears(""), FillDistribution(""), FillForms("")];

    /// <summary>After a credit of one employee is added or taken back: their year, and their unit's figures for that year.</summary>
    public static async Task RefreshEmployeeYear(Db db, Guid tenantId, Guid employeeId, int year, CancellationToken ct)
    {
        var key = new { TenantId = tenantId, EmployeeId = employeeId, Year = year };
        await db.Execute(ClearEmployeeYear, key, ct);
        await db.Execute(FillEmployeeYear, key, ct);
        await JpStandings.RefreshEmployeeYear(db, tenantId, employeeId, year, ct);
        var unitId = await db.Single<Guid?>(UnitOfEmployee, key, ct);
        if (unitId is null) return;
        var args = new { TenantId = tenantId, UnitId = unitId, Year = year };
        foreach (var sql in ClearUnitYear().Concat(FillUnitYear())) await db.Execute(sql, args, ct);
    }

    /// <summary>Every year of these units: where an employee left or joined, or changed what the rollups are keyed by.</summary>
    public static async Task RefreshUnits(Db db, Guid tenantId, IReadOnlyCollection<Guid> unitIds, CancellationToken ct)
    {
        if (unitIds.Count == 0) return;
        var args = new { TenantId = tenantId, Units = SqlIds.Json(unitIds) };
        foreach (var sql in ClearUnits(db.Dialect).Concat(FillUnits(db.Dialect))) await db.Execute(sql, args, ct);
    }

    /// <summary>After a bulk change (an import, the demo seed, a bulk load of ledger entries): everything, from the ledger itself.</summary>
    public static async Task RefreshTenant(Db db, Guid tenantId, CancellationToken ct)
    {
        foreach (var sql in ClearTenant().Concat(FillTenant())) await db.Execute(sql, new { TenantId = tenantId }, ct);
    }
}
