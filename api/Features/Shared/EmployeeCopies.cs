using AsnApi.Infrastructure.Database;

namespace AsnApi.Features.Shared;

/// <summary>
/// What other tables keep of an employee so that a list can sort by it from an index (migration 0026): the name on
/// each development need, and the JP standings (name, employment type, active or not). Every command that can change
/// those calls <see cref="Refresh"/> in its own transaction, beside its <see cref="CompetencyFacts"/> refresh: the
/// employee commands for one employee, an employee import and the demo seed for the tenant (or the rows they touched).
/// </summary>
public static class EmployeeCopies
{
    // Only rows whose copy differs are written: an import that renames nobody rewrites nothing.
    private const string Names = """
        UPDATE DevelopmentNeeds SET EmployeeName = (SELECT e.Name FROM Employees e WHERE e.Id = DevelopmentNeeds.EmployeeId)
        WHERE TenantId = @TenantId AND EmployeeName <> (SELECT e.Name FROM Employees e WHERE e.Id = DevelopmentNeeds.EmployeeId)
        """;

    [Sql] internal const string TenantNeedNames = Names;
    [Sql] internal static string NeedNames(ISqlDialect d) => $"{Names} AND EmployeeId IN ({d.IdsIn("@Ids")})";

    /// <summary>These employees (null: every employee of the tenant), after a change to their name, employment type or activity.</summary>
    public static async Task Refresh(Db db, Guid tenantId, IReadOnlyCollection<Guid>? employeeIds, CancellationToken ct)
    {
        if (employeeIds is { Count: 0 }) return;
        await db.Execute(employeeIds is null ? TenantNeedNames : NeedNames(db.Dialect), new { TenantId = tenantId, Ids = employeeIds is null ? null : SqlIds.Json(employeeIds) }, ct);
        await JpStandings.RefreshEmployees(db, tenantId, employeeIds, ct);
    }
}
