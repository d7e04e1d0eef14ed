using AsnApi.Contracts;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using AsnApi.Infrastructure.Pipeline;
using FluentValidation;
using Mediator;

namespace AsnApi.Features.Employees;

public static class UpdateEmployee
{
    public sealed record Command(Guid Id, EmployeeRequest Body, int IfMatch) : ICommand<EmployeeResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Body).NotNull().SetValidator(new EmployeeRequestValidator());
    }

    [Sql] internal const string Update = """
        UPDATE Employees SET Nip = @Nip, Name = @Name, EmploymentType = @EmploymentType, Sex = @Sex, BirthDate = @BirthDate,
               Rank = @Rank, PositionId = @PositionId, UnitId = @UnitId, Version = Version + 1, UpdatedAt = @Now
        WHERE Id = @Id AND TenantId = @TenantId AND Version = @Version
        """;

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock, IMediator mediator) : ICommandHandler<Command, EmployeeResponse>
    {
        public async ValueTask<EmployeeResponse> Handle(Command cmd, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var key = new { cmd.Id, TenantId = tenantId };
            var current = await db.Single<Versioning.Row>(EmployeeSql.Current, key, ct) ?? throw new NotFoundException("Pegawai", cmd.Id);
            Versioning.Expect(cmd.IfMatch, current.Version);
            var r = await EmployeeRules.Resolve(db, tenantId, cmd.Id, cmd.Body, ct);
            var formerUnit = await CompetencyFacts.UnitOf(db, tenantId, cmd.Id, ct);
            await db.Guarded(Update, new
            {
                cmd.Id, TenantId = tenantId, r.Nip, Name = cmd.Body.Name!.Trim(), EmploymentType = cmd.Body.EmploymentType!.Value.ToString(),
                Sex = r.Sex.ToString(), r.BirthDate, r.Rank, cmd.Body.PositionId, r.UnitId, Version = current.Version, Now = clock.GetUtcNow(),
            }, EmployeeSql.Current, key, "Pegawai", ct);
            await CompetencyFacts.RefreshEmployee(db, tenantId, cmd.Id, ct, formerUnit);
            await EmployeeCopies.Refresh(db, tenantId, [cmd.Id], ct);
            audit.Touch("Employee", cmd.Id);
            return await mediator.Send(new GetEmployee.Query(cmd.Id), ct);
        }
    }
}
