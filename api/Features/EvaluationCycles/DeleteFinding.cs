using AsnApi.Contracts;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using AsnApi.Infrastructure.Pipeline;
using Mediator;

namespace AsnApi.Features.EvaluationCycles;

/// <summary>
/// Deletes a finding of an open cycle written by mistake (If-Match: the finding's version), with its actions that never
/// started (open or cancelled). An action in progress or done is work on record: the finding then stays (409
/// `actionsStarted`). A closed cycle's findings are final (409 `closed`). The audit row keeps what was deleted.
/// </summary>
public static class DeleteFinding
{
    public sealed record Command(Guid Id, int IfMatch) : ICommand<Unit>;

    [Sql] internal const string StartedActions = """
        SELECT COUNT(*) FROM EvaluationActions WHERE TenantId = @TenantId AND FindingId = @Id AND Status IN ('InProgress', 'Done')
        """;

    [Sql] internal const string DeleteActions = """
        DELETE FROM EvaluationActions WHERE TenantId = @TenantId AND FindingId = @Id AND Status IN ('Open', 'Cancelled')
        """;

    // Guarded by the version, the cycle still open and no action left: an action started or a close committed after the
    // checks leaves the finding (and, in the same transaction, its actions) in place; the client re-reads (412).
    [Sql] internal const string Delete = """
        DELETE FROM EvaluationFindings WHERE Id = @Id AND TenantId = @TenantId AND Version = @Version
          AND NOT EXISTS (SELECT 1 FROM EvaluationActions a WHERE a.FindingId = EvaluationFindings.Id)
          AND EXISTS (SELECT 1 FROM EvaluationCycles c WHERE c.Id = EvaluationFindings.CycleId AND c.TenantId = @TenantId AND c.Status = 'Open')
        """;

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock) : ICommandHandler<Command, Unit>
    {
        public async ValueTask<Unit> Handle(Command cmd, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var key = new { TenantId = tenantId, cmd.Id };
            var finding = await db.Single<FindingSql.FindingRow>(FindingSql.OneFinding, key, ct) ?? throw new NotFoundException("Temuan", cmd.Id);
            var cycle = await EvaluationCycleSql.Load(db, user, finding.CycleId, ct); // a unit head outside the cycle's sub-tree gets the same 404
            EvaluationCycleSql.EnsureOpen(cycle);
            Versioning.Expect(cmd.IfMatch, finding.Version);
            if (await db.Scalar<int>(StartedActions, key, ct) is var started and > 0)
                throw new ConflictException(
                    $"Temuan ini memiliki {started} tindak lanjut yang sedang berjalan atau selesai; riwayatnya dipertahankan, sehingga temuan tidak dapat dihapus. Ubah temuan bila isinya keliru.",
                    reason: "actionsStarted");
            var actions = await db.Query<FindingSql.ActionRow>(FindingSql.ActionsOfFinding, key, ct);
            await db.Execute(DeleteActions, key, ct);
            await db.Guarded(Delete, new { cmd.Id, TenantId = tenantId, finding.Version }, FindingSql.FindingVersion, key, "Temuan", ct);
            audit.Touch("EvaluationFinding", cmd.Id);
            audit.Data = FindingSql.ToResponse(finding, actions, SurveyRollups.DayOf(clock.GetUtcNow()));
            return Unit.Value;
        }
    }
}
