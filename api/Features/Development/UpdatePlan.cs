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
    public sealed record Command(Guid Id, DevelopmentPlanRequest Body, int? IfMatch) : ICommand<DevelopmentPlanResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Body).NotNull().SetValidator(new DevelopmentPlanRequestValidator());
    }

    internal sealed class PlanState { public string Status { get; init; } = ""; public int Version { get; init; } public Guid EmployeeId { get; init; } }

    [Sql] internal const string State = """
        SELECT pl.Status, pl.Version, pl.EmployeeId FROM DevelopmentPlans pl JOIN Employees e ON e.Id = pl.EmployeeId JOIN Units u ON u.Id = e.UnitId
        WHERE pl.Id = @Id AND pl.TenantId = @TenantId AND u.Path LIKE @Scope
        """;
    [Sql] internal const string Update = """
        UPDATE DevelopmentPlans SET EmployeeId = @EmployeeId, Year = @Year, Title = @Title, Version = Version + 1, UpdatedAt = @Now
        WHERE Id = @Id AND TenantId = @TenantId AND Version = @Version AND Status = 'Draft'
        """;

    internal static async Task<PlanState> Load(Db db, CurrentUser user, Guid id, int? ifMatch, CancellationToken ct)
    {
        var state = await db.Single<PlanState>(State, new { Id = id, TenantId = await user.TenantId(ct), Scope = await user.UnitScope(ct) }, ct)
            ?? throw new NotFoundException("Rencana pengembangan", id);
        if (ifMatch is { } expected && expected != state.Version) throw new PreconditionFailedException(state.Version);
        return state;
    }

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock, IMediator mediator) : ICommandHandler<Command, DevelopmentPlanResponse>
    {
        public async ValueTask<DevelopmentPlanResponse> Handle(Command cmd, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var state = await Load(db, user, cmd.Id, cmd.IfMatch, ct);
            if (!DevelopmentRules.IsEditable(Enum.Parse<PlanStatus>(state.Status)))
                throw new ConflictException($"Rencana berstatus {state.Status} tidak dapat diubah; hanya draf yang dapat diubah.");
            await PlanWrites.Check(db, user, tenantId, cmd.Body, ct);
            if (await db.Execute(Update, new { cmd.Id, TenantId = tenantId, cmd.Body.EmployeeId, cmd.Body.Year, Title = cmd.Body.Title!.Trim(), state.Version, Now = clock.GetUtcNow() }, ct) == 0)
                throw new PreconditionFailedException(state.Version + 1);
            await PlanWrites.ReplaceItems(db, tenantId, cmd.Id, cmd.Body.Items!, ct);
            audit.Touch("DevelopmentPlan", cmd.Id);
            return await mediator.Send(new GetPlan.Query(cmd.Id), ct);
        }
    }
}
