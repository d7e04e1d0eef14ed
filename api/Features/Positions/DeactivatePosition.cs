using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using AsnApi.Infrastructure.Pipeline;
using FluentValidation;
using Mediator;

namespace AsnApi.Features.Positions;

/// <summary>Positions are never deleted; deactivating an inactive one changes nothing (no new version, no audit row).</summary>
public static class DeactivatePosition
{
    public sealed record Command(Guid Id, int IfMatch) : ICommand<PositionResponse>;

    [Sql] internal const string Deactivate = """
        UPDATE Positions SET IsActive = 0, Version = Version + 1, UpdatedAt = @Now
        WHERE Id = @Id AND TenantId = @TenantId AND Version = @Version
        """;

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock, IMediator mediator) : ICommandHandler<Command, PositionResponse>
    {
        public async ValueTask<PositionResponse> Handle(Command cmd, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var key = new { cmd.Id, TenantId = tenantId };
            var current = await db.Single<Versioning.Row>(PositionSql.Current, key, ct) ?? throw new NotFoundException("Jabatan", cmd.Id);
            if (!current.IsActive)
            {
                audit.NothingChanged();
                return await mediator.Send(new GetPosition.Query(cmd.Id), ct);
            }
            Versioning.Expect(cmd.IfMatch, current.Version);
            await db.Guarded(Deactivate, new { cmd.Id, TenantId = tenantId, current.Version, Now = clock.GetUtcNow() }, PositionSql.Current, key, "Jabatan", ct);
            audit.Touch("Position", cmd.Id);
            return await mediator.Send(new GetPosition.Query(cmd.Id), ct);
        }
    }
}
