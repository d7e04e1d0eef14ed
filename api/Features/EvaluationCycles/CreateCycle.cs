using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Pipeline;
using FluentValidation;
using Mediator;

namespace AsnApi.Features.EvaluationCycles;

public static class CreateCycle
{
    public sealed record Command(EvaluationCycleRequest Body) : ICommand<EvaluationCycleResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Body).NotNull().SetValidator(new EvaluationCycleRequestValidator());
    }

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock, IMediator mediator) : ICommandHandler<Command, EvaluationCycleResponse>
    {
        public async ValueTask<EvaluationCycleResponse> Handle(Command cmd, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var b = cmd.Body;
            await CycleWrites.CheckScope(db, user, tenantId, b.UnitId, ct);
            var id = Guid.NewGuid();
            await db.Execute(EvaluationCycleSql.Insert, new { Id = id, TenantId = tenantId, b.UnitId, Name = b.Name!, PeriodFrom = b.PeriodFrom!.Value, PeriodTo = b.PeriodTo!.Value, Now = clock.GetUtcNow() }, ct);
            audit.Touch("EvaluationCycle", id);
            return await mediator.Send(new GetCycle.Query(id), ct);
        }
    }
}
