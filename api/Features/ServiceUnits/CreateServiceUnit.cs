using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Pipeline;
using FluentValidation;
using Mediator;

namespace AsnApi.Features.ServiceUnits;

public static class CreateServiceUnit
{
    public sealed record Command(ServiceUnitRequest Body) : ICommand<ServiceUnitResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Body).NotNull().SetValidator(new ServiceUnitRequestValidator());
    }

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock, IMediator mediator) : ICommandHandler<Command, ServiceUnitResponse>
    {
        public async ValueTask<ServiceUnitResponse> Handle(Command cmd, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var b = cmd.Body;
            var id = Guid.NewGuid();
            var (types, staff) = await ServiceUnitWrites.Check(db, tenantId, id, b, ct);
            await db.Execute(ServiceUnitSql.Insert, new
            {
                Id = id, TenantId = tenantId, b.UnitId, Name = b.Name!, Slug = b.Slug!, ServiceTypes = ServiceUnitSql.ServiceTypesJson(types),
                PopulationPerYear = b.PopulationPerYear!.Value, SurveyOpen = b.SurveyOpen ?? true, Now = clock.GetUtcNow(),
            }, ct);
            await ServiceUnitWrites.ReplaceStaff(db, tenantId, id, staff, ct);
            audit.Touch("ServiceUnit", id);
            return await mediator.Send(new GetServiceUnit.Query(id), ct);
        }
    }
}
