using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Pipeline;
using FluentValidation;
using Mediator;

namespace AsnApi.Features.Partners;

/// <summary>Training partners: universities, government training agencies (LAN, BPSDM), NGOs, professional bodies, private providers.</summary>
public static class CreatePartner
{
    public sealed record Command(PartnerRequest Body) : ICommand<PartnerResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Body).NotNull().SetValidator(new PartnerRequestValidator());
    }

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock, IMediator mediator) : ICommandHandler<Command, PartnerResponse>
    {
        public async ValueTask<PartnerResponse> Handle(Command cmd, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var id = Guid.NewGuid();
            await PartnerSql.EnsureNameFree(db, tenantId, id, cmd.Body.Name!.Trim(), ct);
            await db.Execute(PartnerSql.Insert, PartnerSql.Values(id, tenantId, cmd.Body, clock.GetUtcNow()), ct);
            audit.Touch("Partner", id);
            return await mediator.Send(new GetPartner.Query(id), ct);
        }
    }
}
