using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using AsnApi.Infrastructure.Pipeline;
using FluentValidation;
using Mediator;

namespace AsnApi.Features.Positions;

public static class CreatePosition
{
    public sealed record Command(PositionRequest Body) : ICommand<PositionResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Body).NotNull().SetValidator(new PositionRequestValidator());
    }

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock, IMediator mediator) : ICommandHandler<Command, PositionResponse>
    {
        public async ValueTask<PositionResponse> Handle(Command cmd, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var b = cmd.Body;
            await UnitTree.EnsureActiveUnit(db, tenantId, b.UnitId, ct);
            var id = Guid.NewGuid();
            await db.Execute(PositionSql.Insert, new { Id = id, TenantId = tenantId, b.UnitId, Code = b.Code!.Trim(), Name = b.Name!.Trim(), Type = b.Type!.Value.ToString(), Level = PositionRules.Level(b), Now = clock.GetUtcNow() }, ct);
            audit.Touch("Position", id);
            return await mediator.Send(new GetPosition.Query(id), ct);
        }
    }
}
