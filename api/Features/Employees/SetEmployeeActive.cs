using AsnApi.Contracts;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using AsnApi.Infrastructure.Pipeline;
using Mediator;

namespace AsnApi.Features.Employees;

/// <summary>
/// Deactivate (retirement, transfer out) or reactivate. Employees are never deleted: their history stays.
/// Asking for the state the employee is already in changes nothing: no new version, no audit row.
/// </summary>
public static class SetEmployeeActive
{
    public sealed record Command(Guid Id, bool Active, int IfMatch) : ICommand<EmployeeResponse>;

    [Sql] internal const string Update = """
        UPDATE Employees SET IsActive = @Active, Version = Version + 1, UpdatedAt = @Now
        WHERE Id = @Id AND TenantId = @TenantId AND Version = @Version
        """;

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock, IMediator mediator) : ICommandHandler<Command, EmployeeResponse>
    {
        public async ValueTask<EmployeeResponse> Handle(Command cmd, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var key = new { cmd.Id, TenantId = tenantId };
            var current = await db.Single<Versioning.Row>(EmployeeSql.Current, key, ct) ?? throw new NotFoundException("Pegawai", cmd.Id);
            // The state asked for already holds, so nothing can be overwritten: answer it whatever If-Match says.
            if (current.IsActive == cmd.Active)
            {
                audit.NothingChanged();
                return await mediator.Send(new GetEmployee.Query(cmd.Id), ct);
            }
            Versioning.Expect(cmd.IfMatch, current.Version);
            await db.Guarded(Update, new { cmd.Id, TenantId = tenantId, cmd.Active, current.Version, Now = clock.GetUtcNow() }, EmployeeSql.Current, key, "Pegawai", ct);
            await CompetencyFacts.RefreshEmployee(db, tenantId, cmd.Id, ct);
            await EmployeeCopies.Refresh(db, tenantId, [cmd.Id], ct);
            audit.Touch("Employee", cmd.Id);
            return await mediator.Send(new GetEmployee.Query(cmd.Id), ct);
        }
    }
}
