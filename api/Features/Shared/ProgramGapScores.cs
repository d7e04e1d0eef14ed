using AsnApi.Infrastructure.Database;

namespace AsnApi.Features.Shared;

/// <summary>
/// Keeps <c>ProgramGapScores</c> (migration 0026): per program and active employee with a gap it develops, the ranking
/// score Σ gap × expected gain (<c>RecommendationSql.Score</c>) over the program's competencies, computed from
/// <see cref="CompetencyFacts"/>. The session candidates then page through IX_ProgramGapScores_Rank (score descending)
/// and stop after a page, instead of grouping every gap of the program's competencies in the tenant per request.
/// <see cref="CompetencyFacts"/> calls it after each of its refreshes, for the same employees (an employee, a position's
/// holders, the tenant); a change to a program's competencies recomputes that program. Exact, like the rollups:
/// delete the rows, insert their GROUP BY.
/// </summary>
public static class ProgramGapScores
{
    private static string Fill(string where) => $"""
        INSERT INTO ProgramGapScores (TenantId, ProgramId, EmployeeId, Score)
        SELECT f.TenantId, pc.ProgramId, f.EmployeeId, SUM((f.RequiredLevel - f.AssessedLevel) * pc.ExpectedGain)
        FROM CompetencyFacts f JOIN TrainingProgramCompetencies pc ON pc.TenantId = f.TenantId AND pc.CompetencyId = f.CompetencyId
        WHERE f.TenantId = @TenantId AND f.AssessedLevel IS NOT NULL AND f.AssessedLevel < f.RequiredLevel{where}
        GROUP BY f.TenantId, pc.ProgramId, f.EmployeeId
        """;

    [Sql] internal const string ClearEmployee = "DELETE FROM ProgramGapScores WHERE TenantId = @TenantId AND EmployeeId = @Id";
    [Sql] internal static readonly string FillEmployee = Fill(" AND f.EmployeeId = @Id");
    // A position's holders: those the facts had under the position before its refresh, and those who hold it now.
    [Sql] internal static string ClearHolders(ISqlDialect d) => $"""
        DELETE FROM ProgramGapScores WHERE TenantId = @TenantId AND EmployeeId IN (
            SELECT e.Id FROM Employees e WHERE e.TenantId = @TenantId AND e.PositionId IN ({d.IdsIn("@Ids")}))
        """;
    [Sql] internal static string FillHolders(ISqlDialect d) => Fill($" AND f.PositionId IN ({d.IdsIn("@Ids")})");
    [Sql] internal static string ClearEmployees(ISqlDialect d) => $"DELETE FROM ProgramGapScores WHERE TenantId = @TenantId AND EmployeeId IN ({d.IdsIn("@Ids")})";
    [Sql] internal static string FillEmployees(ISqlDialect d) => Fill($" AND f.EmployeeId IN ({d.IdsIn("@Ids")})");
    [Sql] internal const string ClearProgram = "DELETE FROM ProgramGapScores WHERE TenantId = @TenantId AND ProgramId = @ProgramId";
    [Sql] internal static readonly string FillProgram = Fill(" AND pc.ProgramId = @ProgramId");
    [Sql] internal const string ClearTenant = "DELETE FROM ProgramGapScores WHERE TenantId = @TenantId";
    [Sql] internal static readonly string FillTenant = Fill("");

    public static async Task RefreshEmployee(Db db, Guid tenantId, Guid employeeId, CancellationToken ct)
    {
        var key = new { TenantId = tenantId, Id = employeeId };
        await db.Execute(ClearEmployee, key, ct);
        await db.Execute(FillEmployee, key, ct);
    }

    /// <summary>After the facts of a set of employees were rebuilt (an import refreshing the employees it wrote).</summary>
    public static async Task RefreshEmployees(Db db, Guid tenantId, IReadOnlyCollection<Guid> employeeIds, CancellationToken ct)
    {
        if (employeeIds.Count == 0) return;
        var args = new { TenantId = tenantId, Ids = SqlIds.Json(employeeIds) };
        await db.Execute(ClearEmployees(db.Dialect), args, ct);
        await db.Execute(FillEmployees(db.Dialect), args, ct);
    }

    /// <summary>After the facts of these positions' holders were rebuilt (a standard or a position's type changed; nobody moved).</summary>
    public static async Task RefreshPositions(Db db, Guid tenantId, IEnumerable<Guid> positionIds, CancellationToken ct)
    {
        var args = new { TenantId = tenantId, Ids = SqlIds.Json(positionIds) };
        await db.Execute(ClearHolders(db.Dialect), args, ct);
        await db.Execute(FillHolders(db.Dialect), args, ct);
    }

    /// <summary>After a program's competencies or expected gains changed.</summary>
    public static async Task RefreshProgram(Db db, Guid tenantId, Guid programId, CancellationToken ct)
    {
        var key = new { TenantId = tenantId, ProgramId = programId };
        await db.Execute(ClearProgram, key, ct);
        await db.Execute(FillProgram, key, ct);
    }

    public static async Task RefreshTenant(Db db, Guid tenantId, CancellationToken ct)
    {
        await db.Execute(ClearTenant, new { TenantId = tenantId }, ct);
        await db.Execute(FillTenant, new { TenantId = tenantId }, ct);
    }
}
