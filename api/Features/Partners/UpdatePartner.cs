using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using AsnApi.Infrastructure.Pipeline;
using FluentValidation;
using Mediator;

namespace AsnApi.Features.Partners;

public static class UpdatePartner
{
    public sealed record Command(Guid Id, PartnerRequest Body, int IfMatch) : ICommand<PartnerResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Body).NotNull().SetValidator(new PartnerRequestValidator());
    }

    [Sql] internal const string Update = """
        UPDATE Partners SET Name = @Name, Kind = @Kind, ContactName = @ContactName, ContactEmail = @ContactEmail, ContactPhone = @ContactPhone,
               Version = Version + 1, UpdatedAt = @Now
        WHERE Id = @Id AND TenantId = @TenantId AND Version = @Version
        """;

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock, IMediator mediator) : ICommandHandler<Command, PartnerResponse>
    {
        public async ValueTask<PartnerResponse> Handle(Command cmd, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var key = new { cmd.Id, TenantId = tenantId };
            var current = await db.Single<Versioning.Row>(PartnerSql.Current, key, ct) ?? throw new NotFoundException("Mitra", cmd.Id);
            Versioning.Expect(cmd.IfMatch, current.Version);
            await PartnerSql.EnsureNameFree(db, tenantId, cmd.Id, cmd.Body.Name!.Trim(), ct);
            await db.Guarded(Update, PartnerSql.Values(cmd.Id, tenantId, cmd.Body, clock.GetUtcNow(), current.Version), PartnerSql.Current, key, "Mitra", ct);
            audit.Touch("Partner", cmd.Id);
            return await mediator.Send(new GetPartner.Query(cmd.Id), ct);
        }
    }
}
