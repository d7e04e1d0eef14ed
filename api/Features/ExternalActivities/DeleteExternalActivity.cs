using AsnApi.Contracts;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using AsnApi.Infrastructure.Pipeline;
using Mediator;

namespace AsnApi.Features.ExternalActivities;

/// <summary>
/// Deletes an activity recorded by mistake, and its ledger credit with it. Unlike units or employees nothing points
/// at it but its own ledger entry, which goes in the same transaction; the audit keeps what was deleted.
/// </summary>
public static class DeleteExternalActivity
{
    public sealed record Command(Guid EmployeeId, Guid Id, int IfMatch) : ICommand<Unit>;

    [Sql] internal const string Delete = "DELETE FROM ExternalActivities WHERE Id = @Id AND EmployeeId = @EmployeeId AND TenantId = @TenantId AND Version = @Version";

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit) : ICommandHandler<Command, Unit>
    {
        public async ValueTask<Unit> Handle(Command cmd, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var current = await ExternalActivitySql.Load(db, user, tenantId, cmd.EmployeeId, cmd.Id, ct);
            Versioning.Expect(cmd.IfMatch, current.Version);
            await JpLedger.Remove(db, tenantId, JpLedgerSource.ExternalActivity, cmd.Id, ct);
            await db.Guarded(Delete, new { cmd.Id, cmd.EmployeeId, TenantId = tenantId, current.Version }, ExternalActivitySql.Current, new { cmd.Id, cmd.EmployeeId, TenantId = tenantId }, "Kegiatan pengembangan", ct);
            audit.Touch("ExternalActivity", cmd.Id);
            audit.Data = current;
            return Unit.Value;
        }
    }
}
