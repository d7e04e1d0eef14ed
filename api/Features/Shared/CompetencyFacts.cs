using AsnApi.Infrastructure.Database;

namespace AsnApi.Features.Shared;

/// <summary>
/// Keeps the CompetencyFacts read model in step with its inputs: one row per active employee × competency of their
/// position's standard that has been assessed (migration 0027: every reader looks at assessed facts only, and whether
/// an employee has a standard is read from PositionStandards, so a never-assessed pair is not stored and a new employee
/// has no facts at all). Each refresh rebuilds the rows of one employee, a set of employees, one position or one tenant
/// from the source tables, inside the caller's transaction, so the
/// aggregates never see a half-applied command. Each refresh also recomputes the <see cref="CompetencyRollups"/> of the
/// units it can change: those of the rows it removes and of the employees it fills in (a move touches both).
/// </summary>
public static class CompetencyFacts
{
    private const string Select = """
        INSERT INTO CompetencyFacts (EmployeeId, CompetencyId, TenantId, UnitId, PositionId, RequiredLevel, AssessedLevel)
        SELECT e.Id, s.CompetencyId, e.TenantId, e.UnitId, e.PositionId, s.RequiredLevel, cc.Level
        FROM Employees e
        JOIN PositionStandards s ON s.PositionId = e.PositionId
        JOIN CurrentCompetencies cc ON cc.EmployeeId = e.Id AND cc.CompetencyId = s.CompetencyId
        WHERE e.IsActive = 1 AND e.TenantId = @TenantId
        """;

    [Sql] internal const string ClearEmployee = "DELETE FROM CompetencyFacts WHERE EmployeeId = @Id AND TenantId = @TenantId";
    [Sql] internal const string FillEmployee = Select + " AND e.Id = @Id";
    [Sql] internal const string ClearPosition = "DELETE FROM CompetencyFacts WHERE PositionId = @Id AND TenantId = @TenantId";
    [Sql] internal const string FillPosition = Select + " AND e.PositionId = @Id";
    [Sql] internal const string ClearTenant = "DELETE FROM CompetencyFacts WHERE TenantId = @TenantId";
    // In key order: a bulk load (an import of 100,000 employees) then appends to the primary key instead of inserting at
    // random GUID places all over it, which more than halved the time of this statement in the import benchmark.
    [Sql] internal const string FillTenant = Select + " ORDER BY e.Id, s.CompetencyId";

    // The units whose rollups a refresh can change: where the facts it clears were, and where the employees are now.
    [Sql] internal const string EmployeeUnits = """
        SELECT UnitId FROM CompetencyFacts WHERE EmployeeId = @Id AND TenantId = @TenantId
        UNION SELECT UnitId FROM Employees WHERE Id = @Id AND TenantId = @TenantId
        """;
    [Sql] internal const string PositionUnits = """
        SELECT UnitId FROM CompetencyFacts WHERE PositionId = @Id AND TenantId = @TenantId
        UNION SELECT UnitId FROM Employees WHERE PositionId = @Id AND TenantId = @TenantId AND IsActive = 1
        """;
    [Sql] internal static string PositionsUnits(ISqlDialect d) => $"""
        SELECT UnitId FROM CompetencyFacts WHERE TenantId = @TenantId AND PositionId IN ({d.IdsIn("@Ids")})
        UNION SELECT UnitId FROM Employees WHERE TenantId = @TenantId AND IsActive = 1 AND PositionId IN ({d.IdsIn("@Ids")})
        """;

    /// <summary>
    /// After a change to one employee. <paramref name="formerUnitId"/> is the unit they were in before the command,
    /// when it may have moved them: an employee without a standard has no facts that remember it, yet counts in its headcount.
    /// </summary>
    public static async Task RefreshEmployee(Db db, Guid tenantId, Guid employeeId, CancellationToken ct, Guid? formerUnitId = null)
    {
        var key = new { Id = employeeId, TenantId = tenantId };
        var units = (await db.Query<Guid>(EmployeeUnits, key, ct)).ToList();
        await db.Execute(ClearEmployee, key, ct);
        await db.Execute(FillEmployee, key, ct);
        if (formerUnitId is { } former) units.Add(former);
        await CompetencyRollups.RefreshUnits(db, tenantId, units, ct);
        await ProgramGapScores.RefreshEmployee(db, tenantId, employeeId, ct);
    }

    /// <summary>The unit an employee is in now: what a command that may move them passes on as <c>formerUnitId</c>.</summary>
    [Sql] internal const string UnitOfEmployee = "SELECT UnitId FROM Employees WHERE Id = @Id AND TenantId = @TenantId";

    public static Task<Guid?> UnitOf(Db db, Guid tenantId, Guid employeeId, CancellationToken ct) =>
        db.Single<Guid?>(UnitOfEmployee, new { Id = employeeId, TenantId = tenantId }, ct);

    /// <summary>
    /// After a standard or a position's type changes: every employee holding the position. A moved employee is
    /// refreshed by their own command.
    /// </summary>
    public static async Task RefreshPosition(Db db, Guid tenantId, Guid positionId, CancellationToken ct)
    {
        var key = new { Id = positionId, TenantId = tenantId };
        var units = await db.Query<Guid>(PositionUnits, key, ct);
        await db.Execute(ClearPosition, key, ct);
        await db.Execute(FillPosition, key, ct);
        await CompetencyRollups.RefreshUnits(db, tenantId, units, ct);
        await ProgramGapScores.RefreshPositions(db, tenantId, [positionId], ct);
    }

    [Sql] internal static string ClearPositions(ISqlDialect d) => $"DELETE FROM CompetencyFacts WHERE TenantId = @TenantId AND PositionId IN ({d.IdsIn("@Ids")})";
    [Sql] internal static string FillPositions(ISqlDialect d) => $"{Select} AND e.PositionId IN ({d.IdsIn("@Ids")})";

    /// <summary>After several standards change at once (a copy): every employee holding one of the positions, in two statements.</summary>
    public static async Task RefreshPositions(Db db, Guid tenantId, IEnumerable<Guid> positionIds, CancellationToken ct)
    {
        var args = new { TenantId = tenantId, Ids = SqlIds.Json(positionIds) };
        var units = await db.Query<Guid>(PositionsUnits(db.Dialect), args, ct);
        await db.Execute(ClearPositions(db.Dialect), args, ct);
        await db.Execute(FillPositions(db.Dialect), args, ct);
        await CompetencyRollups.RefreshUnits(db, tenantId, units, ct);
        await ProgramGapScores.RefreshPositions(db, tenantId, positionIds, ct);
    }

    [Sql] internal static string ClearEmployees(ISqlDialect d) => $"DELETE FROM CompetencyFacts WHERE TenantId = @TenantId AND EmployeeId IN ({d.IdsIn("@Ids")})";
    [Sql] internal static string FillEmployees(ISqlDialect d) => $"{Select} AND e.Id IN ({d.IdsIn("@Ids")}) ORDER BY e.Id, s.CompetencyId";

    [Sql] internal static string EmployeesUnits(ISqlDialect d) => $"""
        SELECT UnitId FROM CompetencyFacts WHERE TenantId = @TenantId AND EmployeeId IN ({d.IdsIn("@Ids")})
        UNION SELECT UnitId FROM Employees WHERE TenantId = @TenantId AND Id IN ({d.IdsIn("@Ids")})
        """;

    /// <summary>
    /// After a bulk change to these employees (an import): their facts in two set-based statements, then the rollups of
    /// the units they were and are in, and of <paramref name="alsoUnits"/>: the units they left when the caller may have
    /// moved them (an employee without facts remembers no unit), and those of employees created by the same change,
    /// who need not be passed as ids since, never assessed, they have no facts.
    /// </summary>
    public static async Task RefreshEmployees(Db db, Guid tenantId, IReadOnlyCollection<Guid> employeeIds, IEnumerable<Guid> alsoUnits, CancellationToken ct)
    {
        var units = alsoUnits.ToHashSet();
        if (employeeIds.Count > 0)
        {
            var args = new { TenantId = tenantId, Ids = SqlIds.Json(employeeIds) };
            units.UnionWith(await db.Query<Guid>(EmployeesUnits(db.Dialect), args, ct));
            await db.Execute(ClearEmployees(db.Dialect), args, ct);
            await db.Execute(FillEmployees(db.Dialect), args, ct);
        }
        await CompetencyRollups.RefreshUnits(db, tenantId, units, ct);
        await ProgramGapScores.RefreshEmployees(db, tenantId, employeeIds, ct);
    }

    public static async Task RefreshTenant(Db db, Guid tenantId, CancellationToken ct)
    {
        await db.Execute(ClearTenant, new { TenantId = tenantId }, ct);
        await db.Execute(FillTenant, new { TenantId = tenantId }, ct);
        await CompetencyRollups.RefreshTenant(db, tenantId, ct);
        await ProgramGapScores.RefreshTenant(db, tenantId, ct);
    }
}
