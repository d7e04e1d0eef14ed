using AsnApi.Infrastructure.Database;

namespace AsnApi.Features.Units;

/// <summary>The unit tree is a materialised path; a sub-tree is every path that starts with its root's.</summary>
public static class UnitTree
{
    [Sql] internal const string PathOf = "SELECT Path FROM Units WHERE Id = @Id AND TenantId = @TenantId";

    /// <summary>
    /// The LIKE pattern of the unit's sub-tree, or null when no unit is given. A unit of another tenant (or
    /// none) yields a pattern that matches nothing, so a filter on it answers an empty list, not someone else's.
    /// </summary>
    public static async Task<string?> SubtreePattern(Db db, Guid tenantId, Guid? unitId, CancellationToken ct) =>
        unitId is { } id ? (await db.Single<string>(PathOf, new { Id = id, TenantId = tenantId }, ct) ?? "/none/") + "%" : null;
}
