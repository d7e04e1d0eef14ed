using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Pipeline;
using Mediator;

namespace AsnApi.Features.EvaluationCycles;

/// <summary>
/// Closes an open cycle: computes its indicators once more and stores them as the snapshot, in the same transaction as
/// the status change. The update's condition (still Open, same version) makes a second close a 409 or 412, never a second snapshot.
/// </summary>
public static class CloseCycle
{
    public sealed record Command(Guid Id, int IfMatch) : ICommand<EvaluationCycleResponse>;

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock, IMediator mediator) : ICommandHandler<Command, EvaluationCycleResponse>
    {
        public async ValueTask<EvaluationCycleResponse> Handle(Command cmd, CancellationToken ct)
        {
            var cycle = await EvaluationCycleSql.Load(db, user, cmd.Id, ct);
            Versioning.Expect(cmd.IfMatch, cycle.Version);
            EvaluationCycleSql.EnsureOpen(cycle);
            var tenantId = await user.TenantId(ct);
            var now = clock.GetUtcNow();
            await EvaluationIndicators.CloseWithSnapshot(db, tenantId, cycle, user.Name, now, ct);
            audit.Touch("EvaluationCycle", cmd.Id);
            return await mediator.Send(new GetCycle.Query(cmd.Id), ct);
        }
    }
}
