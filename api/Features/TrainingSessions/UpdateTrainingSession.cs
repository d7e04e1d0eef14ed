using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using AsnApi.Infrastructure.Pipeline;
using FluentValidation;
using Mediator;

namespace AsnApi.Features.TrainingSessions;

/// <summary>
/// A session can be edited while planned or open. Enrollments move the seat counter without a new version, so the
/// rules that depend on seats (capacity not below the seats taken; the program fixed once someone is enrolled) are
/// part of the UPDATE's own WHERE: an enrollment committed between the read and the write cannot be overrun.
/// </summary>
public static class UpdateTrainingSession
{
    public sealed record Command(Guid Id, TrainingSessionRequest Body, int IfMatch) : ICommand<TrainingSessionResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Body).NotNull().SetValidator(new TrainingSessionRequestValidator());
    }

    [Sql] internal const string Update = """
        UPDATE TrainingSessions SET ProgramId = @ProgramId, Name = @Name, StartDate = @StartDate, EndDate = @EndDate, Location = @Location,
               OnlineLink = @OnlineLink, Capacity = @Capacity, Version = Version + 1, UpdatedAt = @Now
        WHERE Id = @Id AND TenantId = @TenantId AND Version = @Version AND Status IN ('Planned', 'Open')
          AND SeatsTaken <= @Capacity AND (ProgramId = @ProgramId OR SeatsTaken = 0)
        """;

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock, IMediator mediator) : ICommandHandler<Command, TrainingSessionResponse>
    {
        public async ValueTask<TrainingSessionResponse> Handle(Command cmd, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var state = await Load(cmd, tenantId, ct);
            var b = cmd.Body;
            if (b.ProgramId != state.ProgramId && await db.Scalar<int>(TrainingSessionSql.ProgramActive, new { Id = b.ProgramId, TenantId = tenantId }, ct) == 0)
                throw Invalid.Field("programId", "Program pelatihan tidak ditemukan atau sudah tidak aktif.");
            if (await db.Execute(Update, TrainingSessionSql.Values(cmd.Id, tenantId, b, clock.GetUtcNow(), state.Version), ct) == 0)
            {
                // Someone moved the session or its seats since the read: answer with what stands now.
                var now = await Load(cmd, tenantId, ct);
                throw new PreconditionFailedException(now.Version);
            }
            audit.Touch("TrainingSession", cmd.Id);
            return await mediator.Send(new GetTrainingSession.Query(cmd.Id), ct);
        }

        /// <summary>The session (404), at the version If-Match names (412), in a state and with seats that allow this change (409).</summary>
        private async Task<TrainingSessionSql.State> Load(Command cmd, Guid tenantId, CancellationToken ct)
        {
            var state = await db.Single<TrainingSessionSql.State>(TrainingSessionSql.Current, new { cmd.Id, TenantId = tenantId }, ct)
                ?? throw new NotFoundException("Angkatan pelatihan", cmd.Id);
            Versioning.Expect(cmd.IfMatch, state.Version);
            if (state.Current is not (TrainingSessionStatus.Planned or TrainingSessionStatus.Open))
                throw new ConflictException($"Angkatan berstatus {StatusLabels.Of(state.Current)} tidak dapat diubah; hanya angkatan {StatusLabels.Of(TrainingSessionStatus.Planned)} atau {StatusLabels.Of(TrainingSessionStatus.Open)}.");
            if (cmd.Body.Capacity < state.SeatsTaken)
                throw new ConflictException($"Kapasitas tidak boleh kurang dari kursi yang sudah terisi ({state.SeatsTaken}).", "capacity");
            if (cmd.Body.ProgramId != state.ProgramId && state.SeatsTaken > 0)
                throw new ConflictException("Program tidak dapat diganti setelah ada peserta terdaftar.", "programId");
            return state;
        }
    }
}
