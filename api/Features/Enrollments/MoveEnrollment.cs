using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using AsnApi.Infrastructure.Pipeline;
using Mediator;

namespace AsnApi.Features.Enrollments;

/// <summary>
/// The steps without a credit: attend (registered → attending, while the session runs), not complete (while it runs
/// or after it finished) and withdraw (registered → withdrawn, only before the start; the seat is freed in the same
/// transaction). Completion, which credits JP, is <see cref="CompleteEnrollment"/>.
/// </summary>
public static class MoveEnrollment
{
    public sealed record Command(Guid SessionId, Guid Id, EnrollmentStatus To, int IfMatch) : ICommand<EnrollmentResponse>;

    /// <summary>The seat goes back only while the session has not started; the session's Version is left alone, as when it was taken.</summary>
    [Sql] internal const string ReleaseSeat = """
        UPDATE TrainingSessions SET SeatsTaken = SeatsTaken - 1
        WHERE Id = @SessionId AND TenantId = @TenantId AND Status IN ('Planned', 'Open') AND SeatsTaken > 0
        """;

    [Sql] internal const string SessionStatus = "SELECT Status FROM TrainingSessions WHERE Id = @SessionId AND TenantId = @TenantId";

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock, IMediator mediator) : ICommandHandler<Command, EnrollmentResponse>
    {
        public async ValueTask<EnrollmentResponse> Handle(Command cmd, CancellationToken ct)
        {
            var state = await EnrollmentSql.Load(db, user, cmd.SessionId, cmd.Id, cmd.IfMatch, ct);
            EnrollmentSql.EnsureCanMove(state.Status, cmd.To);
            EnrollmentSql.EnsureSessionAllows(state.SessionStatus, cmd.To);
            var tenantId = await user.TenantId(ct);
            var args = new { cmd.Id, cmd.SessionId, TenantId = tenantId, To = cmd.To.ToString(), From = state.Status.ToString(), state.Version, Now = clock.GetUtcNow() };
            await db.Guarded(EnrollmentSql.Move, args, EnrollmentSql.VersionSql, EnrollmentSql.Key(cmd.Id, tenantId), EnrollmentSql.Resource, ct);
            if (cmd.To == EnrollmentStatus.Withdrawn && await db.Execute(ReleaseSeat, args, ct) == 0)
            {
                // The session started between our read and now: the withdrawal rolls back with this exception.
                var now = Enum.Parse<TrainingSessionStatus>(await db.Scalar<string>(SessionStatus, args, ct));
                EnrollmentSql.EnsureSessionAllows(now, cmd.To);
                throw new ConflictException("Kursi angkatan tidak dapat dikembalikan.", reason: EnrollmentSql.Reasons.SessionStarted);
            }
            await EffectivenessRollups.RefreshSession(db, tenantId, cmd.SessionId, ct);
            audit.Touch("TrainingEnrollment", cmd.Id);
            return await mediator.Send(new GetEnrollment.Query(cmd.SessionId, cmd.Id), ct);
        }
    }
}
