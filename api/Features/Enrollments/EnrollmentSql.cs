using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;

namespace AsnApi.Features.Enrollments;

/// <summary>What the enrollment use cases share: the response columns, the current row as a change sees it, the state checks.</summary>
internal static class EnrollmentSql
{
    public const string Resource = "Peserta pelatihan";

    public const string Columns = """
        en.Id, en.SessionId, s.Name AS SessionName, s.ProgramId, p.Code AS ProgramCode, p.Title AS ProgramTitle,
        en.EmployeeId, e.Name AS EmployeeName, e.Nip, e.UnitId, u.Name AS UnitName, en.Status, en.PreTestScore, en.PostTestScore,
        (SELECT COUNT(*) FROM TrainingAttendance a WHERE a.EnrollmentId = en.Id AND a.Present = 1) AS DaysPresent,
        en.CompletedAt, en.JpCredited, en.CertificateNumber, en.EnrolledBy, en.CreatedAt AS EnrolledAt, en.Version
        """;

    public const string From = """
        TrainingEnrollments en JOIN TrainingSessions s ON s.Id = en.SessionId JOIN TrainingPrograms p ON p.Id = s.ProgramId
        JOIN Employees e ON e.Id = en.EmployeeId JOIN Units u ON u.Id = e.UnitId
        """;

    /// <summary>An enrollment as a change sees it, with its session and program, within the caller's scope.</summary>
    internal sealed class State
    {
        public Guid Id { get; init; }
        public EnrollmentStatus Status { get; init; }
        public int Version { get; init; }
        public Guid EmployeeId { get; init; }
        public Guid SessionId { get; init; }
        public TrainingSessionStatus SessionStatus { get; init; }
        public DateOnly StartDate { get; init; }
        public DateOnly EndDate { get; init; }
        public Guid ProgramId { get; init; }
        public string ProgramCode { get; init; } = "";
        public string ProgramTitle { get; init; } = "";
        public DevelopmentActivityForm ProgramForm { get; init; }
        public int ProgramJp { get; init; }
        public bool GrantsCertificate { get; init; }
    }

    [Sql] internal const string StateSql = """
        SELECT en.Id, en.Status, en.Version, en.EmployeeId, en.SessionId, s.Status AS SessionStatus, s.StartDate, s.EndDate,
               s.ProgramId, p.Code AS ProgramCode, p.Title AS ProgramTitle, p.Form AS ProgramForm, p.Jp AS ProgramJp, p.GrantsCertificate
        FROM TrainingEnrollments en JOIN TrainingSessions s ON s.Id = en.SessionId JOIN TrainingPrograms p ON p.Id = s.ProgramId
             JOIN Employees e ON e.Id = en.EmployeeId JOIN Units u ON u.Id = e.UnitId
        WHERE en.Id = @Id AND en.SessionId = @SessionId AND en.TenantId = @TenantId AND u.Path LIKE @Scope
        """;

    /// <summary>The version stored now, for the 412 after a guarded write that touched nothing (declared once, beside the completion).</summary>
    internal const string VersionSql = Shared.TrainingCompletion.VersionSql;

    public static object Key(Guid id, Guid tenantId) => new { Id = id, TenantId = tenantId };

    /// <summary>
    /// The enrollment as the caller may see it (404 for another session's, another tenant's, or, for a unit head,
    /// a participant outside their sub-tree), after If-Match names its version (412).
    /// </summary>
    public static async Task<State> Load(Db db, CurrentUser user, Guid sessionId, Guid id, int ifMatch, CancellationToken ct)
    {
        var state = await db.Single<State>(StateSql, new { Id = id, SessionId = sessionId, TenantId = await user.TenantId(ct), Scope = await user.UnitScope(ct) }, ct)
            ?? throw new NotFoundException(Resource, id);
        Versioning.Expect(ifMatch, state.Version);
        return state;
    }

    /// <summary>409 with both states' Indonesian names when the enrollment flow has no such step.</summary>
    public static void EnsureCanMove(EnrollmentStatus from, EnrollmentStatus to)
    {
        if (!TrainingRules.CanMove(from, to))
            throw new ConflictException($"Peserta berstatus {StatusLabels.Of(from)} tidak dapat menjadi {StatusLabels.Of(to)}.", reason: Reasons.InvalidTransition);
    }

    /// <summary>What the session's status allows: attending while it runs, a result while it runs or after, withdrawal before it starts.</summary>
    public static void EnsureSessionAllows(TrainingSessionStatus session, EnrollmentStatus to)
    {
        if (EnrollmentRules.SessionAllows(session, to)) return;
        var label = StatusLabels.Of(session);
        throw to switch
        {
            EnrollmentStatus.Attending => new ConflictException(
                $"Kehadiran hanya dapat dicatat saat angkatan {StatusLabels.Of(TrainingSessionStatus.Running)}; angkatan ini berstatus {label}.",
                reason: EnrollmentSql.Reasons.SessionNotRunning),
            EnrollmentStatus.Withdrawn => new ConflictException(
                $"Pengunduran diri hanya dapat dilakukan sebelum angkatan dimulai; angkatan ini berstatus {label}.",
                reason: EnrollmentSql.Reasons.SessionStarted),
            _ => new ConflictException(
                $"Hasil pelatihan hanya dapat dicatat saat angkatan {StatusLabels.Of(TrainingSessionStatus.Running)} atau {StatusLabels.Of(TrainingSessionStatus.Finished)}; angkatan ini berstatus {label}.",
                reason: EnrollmentSql.Reasons.SessionNotRunning),
        };
    }

    /// <summary>The machine-readable causes of the enrollment area's 409s (the problem's <c>reason</c>).</summary>
    public static class Reasons
    {
        public const string Full = "full";
        public const string AlreadyEnrolled = "alreadyEnrolled";
        public const string NotOpen = "notOpen";
        public const string InvalidTransition = "invalidTransition";
        public const string SessionNotRunning = "sessionNotRunning";
        public const string SessionStarted = "sessionStarted";
    }

    [Sql] internal const string ClearAttendance = "DELETE FROM TrainingAttendance WHERE EnrollmentId = @Id AND TenantId = @TenantId";

    /// <summary>A step to a new status, guarded by the version and the status it starts from.</summary>
    [Sql] internal const string Move = """
        UPDATE TrainingEnrollments SET Status = @To, Version = Version + 1, UpdatedAt = @Now
        WHERE Id = @Id AND TenantId = @TenantId AND Version = @Version AND Status = @From
        """;
}
