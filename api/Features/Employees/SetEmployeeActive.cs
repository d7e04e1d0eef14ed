using AsnApi.Contracts;
using AsnApi.Features.CompetencyAnalytics;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using AsnApi.Infrastructure.Pipeline;
using Mediator;

namespace AsnApi.Features.Employees;

/// <summary>Deactivate (retirement, transfer out) or reactivate. Employees are never deleted: their history stays.</summary>
public static class SetEmployeeActive
{
    public sealed record Command(Guid Id, bool Active, int? IfMatch) : ICommand<EmployeeResponse>;

    [Sql] internal const string Update = """
        UPDATE Employees SET IsActive = @Active, Version = Version + 1, UpdatedAt = @Now
        WHERE Id = @Id AND TenantId = @TenantId AND Version = @Version
        """;

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock, IMediator mediator) : ICommandHandler<Command, EmployeeResponse>
    {
        public async ValueTask<EmployeeResponse> Handle(Command cmd, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var version = await db.Single<int?>(UpdateEmployee.Version, new { cmd.Id, TenantId = tenantId }, ct) ?? throw new NotFoundException("Pegawai", cmd.Id);
            if (cmd.IfMatch is { } expected && expected != version) throw new PreconditionFailedException(version);
            if (await db.Execute(Update, new { cmd.Id, TenantId = tenantId, cmd.Active, Version = version, Now = clock.GetUtcNow() }, ct) == 0)
                throw new PreconditionFailedException(version + 1);
            await CompetencyFacts.RefreshEmployee(db, tenantId, cmd.Id, ct);
            audit.Touch("Employee", cmd.Id);
            return await mediator.Send(new GetEmployee.Query(cmd.Id), ct);
        }
    }
}
