using AsnApi.Infrastructure.Database;

namespace AsnApi.Features.Shared;

/// <summary>
/// Keeps the CompetencyFacts read model in step with its inputs. Each refresh rebuilds the rows of one
/// employee, one position or one tenant from the source tables, inside the caller's transaction, so the
/// aggregates never see a half-applied command.
/// </summary>
public static class CompetencyFacts
{
    private const string Select = """
        INSERT INTO CompetencyFacts (EmployeeId, CompetencyId, TenantId, UnitId, PositionId, RequiredLevel, AssessedLevel)
        SELECT e.Id, s.CompetencyId, e.TenantId, e.UnitId, e.PositionId, s.RequiredLevel, cc.Level
        FROM Employees e
        JOIN PositionStandards s ON s.PositionId = e.PositionId
        LEFT JOIN CurrentCompetencies cc ON cc.EmployeeId = e.Id AND cc.CompetencyId = s.CompetencyId
        WHERE e.IsActive = 1 AND e.TenantId = @TenantId
        """;

    [Sql] internal const string ClearEmployee = "DELETE FROM CompetencyFacts WHERE EmployeeId = @Id AND TenantId = @TenantId";
    [Sql] internal const string FillEmployee = Select + " AND e.Id = @Id";
    [Sql] internal const string ClearPosition = "DELETE FROM CompetencyFacts WHERE PositionId = @Id AND TenantId = @TenantId";
    [Sql] internal const string FillPosition = Select + " AND e.PositionId = @Id";
    [Sql] internal const string ClearTenant = "DELETE FROM CompetencyFacts WHERE TenantId = @TenantId";
    [Sql] internal const string FillTenant = Select;

    public static async Task RefreshEmployee(Db db, Guid tenantId, Guid employeeId, CancellationToken ct)
    {
        await db.Execute(ClearEmployee, new { Id = employeeId, TenantId = tenantId }, ct);
        await db.Execute(FillEmployee, new { Id = employeeId, TenantId = tenantId }, ct);
    }

    /// <summary>After a standard changes: every employee holding the position. A moved employee is refreshed by their own command.</summary>
    public static async Task RefreshPosition(Db db, Guid tenantId, Guid positionId, CancellationToken ct)
    {
        await db.Execute(ClearPosition, new { Id = positionId, TenantId = tenantId }, ct);
        await db.Execute(FillPosition, new { Id = positionId, TenantId = tenantId }, ct);
    }

    [Sql] internal static string ClearPositions(ISqlDialect d) => $"DELETE FROM CompetencyFacts WHERE TenantId = @TenantId AND PositionId IN ({d.IdsIn("@Ids")})";
    [Sql] internal static string FillPositions(ISqlDialect d) => $"{Select} AND e.PositionId IN ({d.IdsIn("@Ids")})";

    /// <summary>After several standards change at once (a copy): every employee holding one of the positions, in two statements.</summary>
    public static async Task RefreshPositions(Db db, Guid tenantId, IEnumerable<Guid> positionIds, CancellationToken ct)
    {
        var args = new { TenantId = tenantId, Ids = SqlIds.Json(positionIds) };
        await db.Execute(ClearPositions(db.Dialect), args, ct);
        await db.Execute(FillPositions(db.Dialect), args, ct);
    }

    public static async Task RefreshTenant(Db db, Guid tenantId, CancellationToken ct)
    {
        await db.Execute(ClearTenant, new { TenantId = tenantId }, ct);
        await db.Execute(FillTenant, new { TenantId = tenantId }, ct);
    }
}
