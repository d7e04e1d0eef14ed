using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;

namespace AsnApi.Features.Shared;

/// <summary>A service unit a request names by id: one of another tenant, outside a unit head's sub-tree, or none answers 404.</summary>
public static class ServiceUnitScope
{
    [Sql] internal const string Visible = "SELECT COUNT(*) FROM ServiceUnits su JOIN Units u ON u.Id = su.UnitId WHERE su.Id = @ServiceUnitId AND su.TenantId = @TenantId AND u.Path LIKE @Scope";

    public static async Task EnsureVisible(Db db, CurrentUser user, Guid serviceUnitId, CancellationToken ct)
    {
        if (await db.Scalar<int>(Visible, new { ServiceUnitId = serviceUnitId, TenantId = await user.TenantId(ct), Scope = await user.UnitScope(ct) }, ct) == 0)
            throw new NotFoundException("Unit layanan", serviceUnitId);
    }
}
