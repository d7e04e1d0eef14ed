using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using AsnApi.Infrastructure.Pipeline;
using FluentValidation;

namespace AsnApi.Features.EvaluationCycles;

/// <summary>An action's status change (If-Match): the steps <see cref="EvaluationRules.CanMove"/> allows, else 409 naming both states.</summary>
public static class MoveAction
{
    public sealed record Command(Guid Id, FollowUpTransitionRequest Body, int IfMatch) : Mediator.ICommand<FollowUpActionResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Body).NotNull();
            RuleFor(c => c.Body!.To).NotNull().When(c => c.Body is not null).OverridePropertyName("to").WithMessage("Status tujuan wajib diisi.");
        }
    }

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock) : Mediator.ICommandHandler<Command, FollowUpActionResponse>
    {
        public async ValueTask<FollowUpActionResponse> Handle(Command cmd, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var key = new { TenantId = tenantId, cmd.Id };
            var action = await db.Single<FindingSql.ActionRow>(FindingSql.OneAction, key, ct) ?? throw new NotFoundException("Tindak lanjut", cmd.Id);
            await EvaluationCycleSql.Load(db, user, action.CycleId, ct);
            Versioning.Expect(cmd.IfMatch, action.Version);
            var to = cmd.Body.To!.Value;
            if (!EvaluationRules.CanMove(action.Status, to))
                throw new ConflictException($"Tindak lanjut berstatus {EvaluationRules.Label(action.Status)} tidak dapat menjadi {EvaluationRules.Label(to)}.", "to", "transition");
            var now = clock.GetUtcNow();
            await db.Guarded(FindingSql.MoveAction, new { cmd.Id, TenantId = tenantId, To = to.ToString(), From = action.Status.ToString(), action.Version, Now = now },
                FindingSql.ActionVersion, key, "Tindak lanjut", ct);
            audit.Touch("EvaluationAction", cmd.Id);
            return (await db.Single<FindingSql.ActionRow>(FindingSql.OneAction, key, ct))!.ToResponse(SurveyRollups.DayOf(now));
        }
    }
}
