using System.Data.Common;
using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using AsnApi.Infrastructure.Pipeline;
using FluentValidation;
using Mediator;

namespace AsnApi.Features.Enrollments;

/// <summary>
/// Enrolls an employee in an open session. The seat is taken by one conditional UPDATE of the session's seat
/// counter (only while open and below capacity), and only when it took a seat is the enrollment written, in the
/// same transaction: however many requests race for the last seat, the database lets exactly one through, on
/// SQLite and on SQL Server. A duplicate of the same employee fails on the unique (session, employee) index and
/// rolls its seat back with it.
/// </summary>
public static class Enroll
{
    public sealed record Command(Guid SessionId, EnrollmentRequest Body) : ICommand<EnrollmentResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Body).NotNull();
            RuleFor(c => c.Body.EmployeeId).NotEmpty().WithMessage("Pegawai wajib diisi.").When(c => c.Body is not null);
        }
    }

    internal sealed class Session
    {
        public TrainingSessionStatus Status { get; init; }
        public int Capacity { get; init; }
        public int SeatsTaken { get; init; }
    }

    internal sealed class Existing
    {
        public Guid Id { get; init; }
        public EnrollmentStatus Status { get; init; }
    }

    [Sql] internal const string SessionSql = "SELECT Status, Capacity, SeatsTaken FROM TrainingSessions WHERE Id = @SessionId AND TenantId = @TenantId";

    [Sql] internal const string EmployeeSql = """
        SELECT CASE WHEN e.IsActive = 1 THEN 1 ELSE 0 END FROM Employees e JOIN Units u ON u.Id = e.UnitId
        WHERE e.Id = @EmployeeId AND e.TenantId = @TenantId AND u.Path LIKE @Scope
        """;

    [Sql] internal const string ExistingSql = "SELECT Id, Status FROM TrainingEnrollments WHERE SessionId = @SessionId AND EmployeeId = @EmployeeId AND TenantId = @TenantId";

    /// <summary>
    /// The seat, taken in the statement that checks for it. The session's Version is left alone: seats change all the
    /// time, and the session editor's If-Match must not fail because someone enrolled.
    /// </summary>
    [Sql] internal const string TakeSeat = """
        UPDATE TrainingSessions SET SeatsTaken = SeatsTaken + 1
        WHERE Id = @SessionId AND TenantId = @TenantId AND Status = 'Open' AND SeatsTaken < Capacity
        """;

    [Sql] internal const string Insert = """
        INSERT INTO TrainingEnrollments (Id, TenantId, SessionId, EmployeeId, Status, EnrolledBy, Version, CreatedAt, UpdatedAt)
        VALUES (@Id, @TenantId, @SessionId, @EmployeeId, 'Registered', @By, 1, @Now, @Now)
        """;

    /// <summary>A withdrawn participant enrolling again gets their row back, as a fresh registration.</summary>
    [Sql] internal const string Reenroll = """
        UPDATE TrainingEnrollments SET Status = 'Registered', PreTestScore = NULL, PostTestScore = NULL, EnrolledBy = @By,
               CreatedAt = @Now, UpdatedAt = @Now, Version = Version + 1
        WHERE Id = @Id AND TenantId = @TenantId AND Status = 'Withdrawn'
        """;


    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock, IMediator mediator) : ICommandHandler<Command, EnrollmentResponse>
    {
        public async ValueTask<EnrollmentResponse> Handle(Command cmd, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var key = new { cmd.SessionId, TenantId = tenantId, cmd.Body.EmployeeId, Scope = await user.UnitScope(ct) };
            var session = await db.Single<Session>(SessionSql, key, ct) ?? throw new NotFoundException("Angkatan pelatihan", cmd.SessionId);
            // A unit head enrolls only within their sub-tree; outside it the employee does not exist for them.
            var active = await db.Single<int?>(EmployeeSql, key, ct) ?? throw new NotFoundException("Pegawai", cmd.Body.EmployeeId);
            if (session.Status != TrainingSessionStatus.Open) throw NotOpen(session.Status);
            if (active == 0) throw Invalid.Field("employeeId", "Pegawai tidak aktif tidak dapat didaftarkan.");
            var existing = await db.Single<Existing>(ExistingSql, key, ct);
            if (existing is { Status: not EnrollmentStatus.Withdrawn }) throw AlreadyEnrolled(existing.Status);

            if (await db.Execute(TakeSeat, key, ct) == 0)
            {
                // Nothing changed: say why from the session as it is now.
                var now = await db.Single<Session>(SessionSql, key, ct) ?? throw new NotFoundException("Angkatan pelatihan", cmd.SessionId);
                throw now.Status != TrainingSessionStatus.Open ? NotOpen(now.Status)
                    : new ConflictException($"Angkatan ini sudah penuh: {now.SeatsTaken} dari {now.Capacity} kursi terisi.", reason: EnrollmentSql.Reasons.Full);
            }

            var id = existing?.Id ?? Guid.NewGuid();
            var args = new { Id = id, TenantId = tenantId, cmd.SessionId, cmd.Body.EmployeeId, By = user.Name, Now = clock.GetUtcNow() };
            if (existing is not null)
            {
                // Another request re-enrolled them between our read and now: the seat just taken goes back with the rollback.
                if (await db.Execute(Reenroll, args, ct) == 0) throw AlreadyEnrolled(EnrollmentStatus.Registered);
                await db.Execute(EnrollmentSql.ClearAttendance, args, ct);
            }
            else
            {
                try { await db.Execute(Insert, args, ct); }
                catch (DbException e) when (ProblemMapping.IsUniqueViolation(e)) { throw AlreadyEnrolled(EnrollmentStatus.Registered); }
            }
            audit.Touch("TrainingEnrollment", id);
            return await mediator.Send(new GetEnrollment.Query(cmd.SessionId, id), ct);
        }

        private static ConflictException NotOpen(TrainingSessionStatus status) => new(
            $"Pendaftaran hanya dapat dilakukan saat angkatan berstatus {StatusLabels.Of(TrainingSessionStatus.Open)}; angkatan ini berstatus {StatusLabels.Of(status)}.",
            reason: EnrollmentSql.Reasons.NotOpen);

        private static ConflictException AlreadyEnrolled(EnrollmentStatus status) => new(
            $"Pegawai ini sudah terdaftar di angkatan ini (status: {StatusLabels.Of(status)}).", "employeeId", EnrollmentSql.Reasons.AlreadyEnrolled);
    }
}
