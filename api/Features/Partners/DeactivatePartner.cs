using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using AsnApi.Infrastructure.Pipeline;
using Mediator;

namespace AsnApi.Features.Partners;

/// <summary>
/// Partners are never deleted (programs and their history name them); a deactivated partner cannot be given to
/// another program. Deactivating an inactive one changes nothing (no new version, no audit row).
/// </summary>
public static class DeactivatePartner
{
    public sealed record Command(Guid Id, int IfMatch) : ICommand<PartnerResponse>;

    [Sql] internal const string Deactivate = """
        UPDATE Partners SET IsActive = 0, Version = Version + 1, UpdatedAt = @Now
        WHERE Id = @Id AND TenantId = @TenantId AND Version = @Version
        """;

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock, IMediator mediator) : ICommandHandler<Command, PartnerResponse>
    {
        public async ValueTask<PartnerResponse> Handle(Command cmd, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var key = new { cmd.Id, TenantId = tenantId };
            var current = await db.Single<Versioning.Row>(PartnerSql.Current, key, ct) ?? throw new NotFoundException("Mitra", cmd.Id);
            if (!current.IsActive)
            {
                audit.NothingChanged();
                return await mediator.Send(new GetPartner.Query(cmd.Id), ct);
            }
            Versioning.Expect(cmd.IfMatch, current.Version);
            await db.Guarded(Deactivate, new { cmd.Id, TenantId = tenantId, current.Version, Now = clock.GetUtcNow() }, PartnerSql.Current, key, "Mitra", ct);
            audit.Touch("Partner", cmd.Id);
            return await mediator.Send(new GetPartner.Query(cmd.Id), ct);
        }
    }
}
