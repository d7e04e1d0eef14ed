using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using AsnApi.Infrastructure.Pipeline;
using Mediator;

namespace AsnApi.Features.Units;

/// <summary>
/// Units are never deleted (employees' history points at them); they are deactivated once empty.
/// Deactivating an inactive unit changes nothing: no new version, no audit row.
/// </summary>
public static class DeactivateUnit
{
    public sealed record Command(Guid Id, int IfMatch) : ICommand<UnitResponse>;

    [Sql] internal const string Occupancy = """
        SELECT
          (SELECT COUNT(*) FROM Units c WHERE c.TenantId = @TenantId AND c.ParentId = @Id AND c.IsActive = 1) AS ActiveChildren,
          (SELECT COUNT(*) FROM Employees e WHERE e.TenantId = @TenantId AND e.UnitId = @Id AND e.IsActive = 1) AS ActiveEmployees
        """;

    [Sql] internal const string Deactivate = """
        UPDATE Units SET IsActive = 0, Version = Version + 1, UpdatedAt = @Now
        WHERE Id = @Id AND TenantId = @TenantId AND Version = @Version
        """;

    internal sealed class Occupants { public int ActiveChildren { get; init; } public int ActiveEmployees { get; init; } }

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock, IMediator mediator) : ICommandHandler<Command, UnitResponse>
    {
        public async ValueTask<UnitResponse> Handle(Command cmd, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var key = new { cmd.Id, TenantId = tenantId };
            var row = await db.Single<UnitSql.Row>(UnitSql.Current, key, ct) ?? throw new NotFoundException("Unit kerja", cmd.Id);
            if (!row.IsActive)
            {
                audit.NothingChanged();
                return await mediator.Send(new GetUnit.Query(cmd.Id), ct);
            }
            Versioning.Expect(cmd.IfMatch, row.Version);
            var occupants = await db.Single<Occupants>(Occupancy, new { cmd.Id, TenantId = tenantId }, ct);
            if (occupants!.ActiveChildren > 0 || occupants.ActiveEmployees > 0)
                throw new ConflictException($"Unit masih memiliki {occupants.ActiveChildren} sub-unit aktif dan {occupants.ActiveEmployees} pegawai aktif. Pindahkan atau nonaktifkan dahulu.");
            await db.Guarded(Deactivate, new { cmd.Id, TenantId = tenantId, row.Version, Now = clock.GetUtcNow() }, UnitSql.Current, key, "Unit kerja", ct);
            audit.Touch("Unit", cmd.Id);
            return await mediator.Send(new GetUnit.Query(cmd.Id), ct);
        }
    }
}
