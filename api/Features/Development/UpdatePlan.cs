using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using AsnApi.Infrastructure.Pipeline;
using FluentValidation;
using Mediator;

namespace AsnApi.Features.Development;

/// <summary>Only a draft can be edited; a submitted plan is decided on as it was submitted.</summary>
public static class UpdatePlan
{
    public sealed record Command(Guid Id, DevelopmentPlanRequest Body, int IfMatch) : ICommand<DevelopmentPlanResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Body).NotNull().SetValidator(new DevelopmentPlanRequestValidator());
    }

    [Sql] internal const string Update = """
        UPDATE DevelopmentPlans SET EmployeeId = @EmployeeId, Year = @Year, Title = @Title, Version = Version + 1, UpdatedAt = @Now
        WHERE Id = @Id AND TenantId = @TenantId AND Version = @Version AND Status = 'Draft'
        """;

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock, IMediator mediator) : ICommandHandler<Command, DevelopmentPlanResponse>
    {
        public async ValueTask<DevelopmentPlanResponse> Handle(Command cmd, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var state = await DevelopmentSql.LoadPlan(db, user, cmd.Id, cmd.IfMatch, ct);
            if (!DevelopmentRules.IsEditable(Enum.Parse<DevelopmentPlanStatus>(state.Status)))
                throw new ConflictException($"Rencana berstatus {StatusLabels.Of(Enum.Parse<DevelopmentPlanStatus>(state.Status))} tidak dapat diubah; hanya draf yang dapat diubah.");
            await PlanWrites.Check(db, user, tenantId, cmd.Body, ct);
            await DevelopmentSql.EnsureOnePlanPerYear(db, tenantId, cmd.Id, cmd.Body.EmployeeId!.Value, cmd.Body.Year!.Value, ct);
            await db.Guarded(Update, new { cmd.Id, TenantId = tenantId, cmd.Body.EmployeeId, cmd.Body.Year, Title = cmd.Body.Title!.Trim(), state.Version, Now = clock.GetUtcNow() },
                DevelopmentSql.PlanStateSql, DevelopmentSql.PlanKey(cmd.Id, tenantId, await user.UnitScope(ct)), "Rencana pengembangan", ct);
            await PlanWrites.ReplaceItems(db, tenantId, cmd.Id, cmd.Body.Items!, ct);
            audit.Touch("DevelopmentPlan", cmd.Id);
            return await mediator.Send(new GetPlan.Query(cmd.Id), ct);
        }
    }
}
