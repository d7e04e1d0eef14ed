using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Pipeline;
using FluentValidation;
using Mediator;

namespace AsnApi.Features.Development;

/// <summary>An individual development plan starts as a draft: what, how, how many JP, by when.</summary>
public static class CreatePlan
{
    public sealed record Command(DevelopmentPlanRequest Body) : ICommand<DevelopmentPlanResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Body).NotNull().SetValidator(new DevelopmentPlanRequestValidator());
    }

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock, IMediator mediator) : ICommandHandler<Command, DevelopmentPlanResponse>
    {
        public async ValueTask<DevelopmentPlanResponse> Handle(Command cmd, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            await PlanWrites.Check(db, user, tenantId, cmd.Body, ct);
            var id = Guid.NewGuid();
            await DevelopmentSql.EnsureOnePlanPerYear(db, tenantId, id, cmd.Body.EmployeeId!.Value, cmd.Body.Year!.Value, ct);
            await db.Execute(DevelopmentSql.InsertPlan, new { Id = id, TenantId = tenantId, cmd.Body.EmployeeId, cmd.Body.Year, Title = cmd.Body.Title!.Trim(), CreatedBy = user.Name, Now = clock.GetUtcNow() }, ct);
            await PlanWrites.ReplaceItems(db, tenantId, id, cmd.Body.Items!, ct);
            audit.Touch("DevelopmentPlan", id);
            return await mediator.Send(new GetPlan.Query(id), ct);
        }
    }
}
