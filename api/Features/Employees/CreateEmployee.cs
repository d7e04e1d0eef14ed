using AsnApi.Contracts;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Pipeline;
using FluentValidation;
using Mediator;

namespace AsnApi.Features.Employees;

public static class CreateEmployee
{
    public sealed record Command(EmployeeRequest Body) : ICommand<EmployeeResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Body).NotNull().SetValidator(new EmployeeRequestValidator());
    }

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock, IMediator mediator) : ICommandHandler<Command, EmployeeResponse>
    {
        public async ValueTask<EmployeeResponse> Handle(Command cmd, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var id = Guid.NewGuid();
            var r = await EmployeeRules.Resolve(db, tenantId, id, cmd.Body, ct);
            await db.Execute(EmployeeSql.Insert, new
            {
                Id = id, TenantId = tenantId, r.Nip, Name = cmd.Body.Name!.Trim(), EmploymentType = cmd.Body.EmploymentType!.Value.ToString(),
                Sex = r.Sex.ToString(), r.BirthDate, r.Rank, cmd.Body.PositionId, r.UnitId, Now = clock.GetUtcNow(),
            }, ct);
            await CompetencyFacts.RefreshEmployee(db, tenantId, id, ct);
            await EmployeeCopies.Refresh(db, tenantId, [id], ct);
            audit.Touch("Employee", id);
            return await mediator.Send(new GetEmployee.Query(id), ct);
        }
    }
}
