using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;

namespace AsnApi.Features.Shared;

/// <summary>The unit tree is a materialised path; a sub-tree is every path that starts with its root's.</summary>
public static class UnitTree
{
    /// <summary>
    /// A unit a command names as its target (e.g. generating needs below it): one of another tenant, outside
    /// a unit head's sub-tree, or none at all answers 404, unlike a list filter, which just matches nothing.
    /// </summary>
    public static async Task EnsureVisible(Db db, CurrentUser user, Guid unitId, CancellationToken ct)
    {
        var path = await db.Single<string>(CurrentUser.UnitPath, new { Id = unitId, TenantId = await user.TenantId(ct) }, ct);
        var scope = (await user.UnitScope(ct)).TrimEnd('%');
        if (path is null || !path.StartsWith(scope, StringComparison.OrdinalIgnoreCase)) throw new NotFoundException("Unit kerja", unitId);
    }

    /// <summary>An active unit of the tenant: where positions and employees may be placed.</summary>
    [Sql] internal const string ActiveUnit = "SELECT COUNT(*) FROM Units WHERE Id = @Id AND TenantId = @TenantId AND IsActive = 1";

    public static async Task EnsureActiveUnit(Db db, Guid tenantId, Guid? unitId, CancellationToken ct)
    {
        if (await db.Scalar<int>(ActiveUnit, new { Id = unitId, TenantId = tenantId }, ct) == 0)
            throw Invalid.Field("unitId", "Unit kerja tidak ditemukan atau tidak aktif.");
    }

    /// <summary>
    /// The LIKE pattern of the unit's sub-tree, or null when no unit is given. A unit of another tenant (or
    /// none) yields a pattern that matches nothing, so a filter on it answers an empty list, not someone else's.
    /// </summary>
    public static async Task<string?> SubtreePattern(Db db, Guid tenantId, Guid? unitId, CancellationToken ct) =>
        unitId is { } id ? (await db.Single<string>(CurrentUser.UnitPath, new { Id = id, TenantId = tenantId }, ct) ?? "/none/") + "%" : null;
}
