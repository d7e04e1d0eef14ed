using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;

namespace AsnApi.Features.ExternalActivities;

/// <summary>What the external-activity use cases share: the columns, the employee in the caller's scope, the current row.</summary>
internal static class ExternalActivitySql
{
    public const string Columns = "a.Id, a.EmployeeId, a.Title, a.Form, a.ActivityDate, a.Jp, a.Organizer, a.EvidenceReference, a.CreatedBy, a.CreatedAt, a.UpdatedAt, a.Version";

    /// <summary>An activity belongs to an employee; a unit head sees those of their sub-tree only.</summary>
    public const string From = "ExternalActivities a JOIN Employees e ON e.Id = a.EmployeeId JOIN Units u ON u.Id = e.UnitId";

    [Sql] internal const string Get = $"SELECT {Columns} FROM {From} WHERE a.Id = @Id AND a.EmployeeId = @EmployeeId AND a.TenantId = @TenantId AND u.Path LIKE @Scope";

    [Sql] internal const string Current = "SELECT Version FROM ExternalActivities WHERE Id = @Id AND EmployeeId = @EmployeeId AND TenantId = @TenantId";

    [Sql] internal const string EmployeeInScope = """
        SELECT e.Name FROM Employees e JOIN Units u ON u.Id = e.UnitId
        WHERE e.Id = @Id AND e.TenantId = @TenantId AND u.Path LIKE @Scope
        """;

    /// <summary>The employee in the route, in the caller's tenant and scope; otherwise 404 (another tenant's, out of scope and missing look the same).</summary>
    public static async Task EnsureEmployee(Db db, CurrentUser user, Guid tenantId, Guid employeeId, CancellationToken ct)
    {
        if (await db.Single<string>(EmployeeInScope, new { Id = employeeId, TenantId = tenantId, Scope = await user.UnitScope(ct) }, ct) is null)
            throw new NotFoundException("Pegawai", employeeId);
    }

    public static ExternalActivityResponse Labelled(ExternalActivityResponse a)
    {
        a.FormLabel = ActivityForms.Label(a.Form);
        a.IsClassroom = DevelopmentRules.IsClassroom(a.Form);
        return a;
    }

    public static async Task<ExternalActivityResponse> Load(Db db, CurrentUser user, Guid tenantId, Guid employeeId, Guid id, CancellationToken ct) =>
        Labelled(await db.Single<ExternalActivityResponse>(Get, new { Id = id, EmployeeId = employeeId, TenantId = tenantId, Scope = await user.UnitScope(ct) }, ct)
            ?? throw new NotFoundException("Kegiatan pengembangan", id));
}
