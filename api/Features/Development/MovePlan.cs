using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using AsnApi.Infrastructure.Pipeline;
using FluentValidation;
using Mediator;

namespace AsnApi.Features.Development;

/// <summary>
/// The plan flow: submit (draft → submitted), approve or reject with a reason (submitted → approved/rejected,
/// by the unit head within their sub-tree or the tenant admin), revise (rejected → draft) and complete
/// (approved → completed). The endpoint's policy says who may try; the state machine in
/// <see cref="DevelopmentRules"/> says whether the step exists.
/// </summary>
public static class MovePlan
{
    public sealed record Command(Guid Id, DevelopmentPlanStatus To, string? Reason, int IfMatch) : ICommand<DevelopmentPlanResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Reason).NotEmpty().When(c => c.To == DevelopmentPlanStatus.Rejected).WithMessage("Alasan penolakan wajib diisi.");
            RuleFor(c => c.Reason).MaximumLength(1000);
        }
    }

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock, IMediator mediator) : ICommandHandler<Command, DevelopmentPlanResponse>
    {
        public async ValueTask<DevelopmentPlanResponse> Handle(Command cmd, CancellationToken ct)
        {
            var state = await DevelopmentSql.LoadPlan(db, user, cmd.Id, cmd.IfMatch, ct);
            var from = Enum.Parse<DevelopmentPlanStatus>(state.Status);
            var to = cmd.To;
            if (!DevelopmentRules.CanMove(from, to))
                throw new ConflictException($"Rencana berstatus {StatusLabels.Of(from)} tidak dapat menjadi {StatusLabels.Of(to)}.");
            var tenantId = await user.TenantId(ct);
            if (to == DevelopmentPlanStatus.Approved)
                await CompetencySettings.EnsureSeparateDuties(db, tenantId, user.Name, [state.CreatedBy, state.SubmittedBy],
                    "Rencana ini disusun atau diajukan oleh Anda sendiri; persetujuan harus diberikan oleh orang lain (pemisahan tugas).", ct);
            var args = new { cmd.Id, TenantId = tenantId, To = to.ToString(), From = state.Status, state.Version, By = user.Name, cmd.Reason, Now = clock.GetUtcNow() };
            await db.Guarded(DevelopmentSql.MovePlan, args, DevelopmentSql.PlanStateSql, DevelopmentSql.PlanKey(cmd.Id, tenantId, await user.UnitScope(ct)), "Rencana pengembangan", ct);
            audit.Touch("DevelopmentPlan", cmd.Id);
            return await mediator.Send(new GetPlan.Query(cmd.Id), ct);
        }
    }
}
