using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using AsnApi.Infrastructure.Pipeline;
using Mediator;

namespace AsnApi.Features.TrainingSessions;

/// <summary>
/// The session flow: open (planned → open: enrollment possible), start (open → running), finish (running → finished),
/// cancel (from planned, open or running). <see cref="TrainingRules.CanMove(TrainingSessionStatus, TrainingSessionStatus)"/>
/// says whether the step exists; a refused step is a 409 naming both states in Indonesian.
/// </summary>
public static class MoveTrainingSession
{
    public sealed record Command(Guid Id, TrainingSessionStatus To, int IfMatch) : ICommand<TrainingSessionResponse>;

    /// <summary>Guarded by the version and the state it starts from; the seat counter is not touched.</summary>
    [Sql] internal const string Move = """
        UPDATE TrainingSessions SET Status = @To, Version = Version + 1, UpdatedAt = @Now
        WHERE Id = @Id AND TenantId = @TenantId AND Version = @Version AND Status = @From
        """;

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock, IMediator mediator) : ICommandHandler<Command, TrainingSessionResponse>
    {
        public async ValueTask<TrainingSessionResponse> Handle(Command cmd, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var key = new { cmd.Id, TenantId = tenantId };
            var state = await db.Single<TrainingSessionSql.State>(TrainingSessionSql.Current, key, ct) ?? throw new NotFoundException("Angkatan pelatihan", cmd.Id);
            Versioning.Expect(cmd.IfMatch, state.Version);
            var from = state.Current;
            if (!TrainingRules.CanMove(from, cmd.To))
                throw new ConflictException($"Angkatan berstatus {StatusLabels.Of(from)} tidak dapat menjadi {StatusLabels.Of(cmd.To)}.");
            await db.Guarded(Move, new { cmd.Id, TenantId = tenantId, To = cmd.To.ToString(), From = state.Status, state.Version, Now = clock.GetUtcNow() },
                TrainingSessionSql.Current, key, "Angkatan pelatihan", ct);
            audit.Touch("TrainingSession", cmd.Id);
            return await mediator.Send(new GetTrainingSession.Query(cmd.Id), ct);
        }
    }
}
