using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;

namespace AsnApi.Features.FollowUps;

/// <summary>
/// What the follow-up use cases share. The queue is the tenant's completed enrollments, read from the sessions by end
/// date (the months count from it), with the filed follow-up, if any, beside each.
/// </summary>
internal static class FollowUpSql
{
    public const string Resource = "Tindak lanjut pelatihan";

    public const string Columns = """
        en.Id AS EnrollmentId, en.EmployeeId, e.Name AS EmployeeName, e.Nip, e.UnitId, u.Name AS UnitName, en.SessionId, s.Name AS SessionName,
        s.ProgramId, p.Code AS ProgramCode, p.Title AS ProgramTitle, s.EndDate AS TrainingEndDate, f.FiledAt, f.FiledBy, f.Notes, f.AssessmentId,
        COALESCE(f.Version, 0) AS Version
        """;

    public const string From = """
        TrainingSessions s JOIN TrainingEnrollments en ON en.SessionId = s.Id JOIN TrainingPrograms p ON p.Id = s.ProgramId
        JOIN Employees e ON e.Id = en.EmployeeId JOIN Units u ON u.Id = e.UnitId LEFT JOIN TrainingFollowUps f ON f.EnrollmentId = en.Id
        """;

    /// <summary>Completed enrollments of the tenant within the caller's scope (a unit head's sub-tree).</summary>
    public static List<string> BaseWhere() => ["s.TenantId = @TenantId", "en.Status = 'Completed'", "u.Path LIKE @Scope"];

    internal sealed class Row
    {
        public Guid EnrollmentId { get; init; }
        public Guid EmployeeId { get; init; }
        public string EmployeeName { get; init; } = "";
        public string Nip { get; init; } = "";
        public Guid UnitId { get; init; }
        public string UnitName { get; init; } = "";
        public Guid SessionId { get; init; }
        public string SessionName { get; init; } = "";
        public Guid ProgramId { get; init; }
        public string ProgramCode { get; init; } = "";
        public string ProgramTitle { get; init; } = "";
        public DateOnly TrainingEndDate { get; init; }
        public DateTimeOffset? FiledAt { get; init; }
        public string? FiledBy { get; init; }
        public string? Notes { get; init; }
        public Guid? AssessmentId { get; init; }
        public int Version { get; init; }

        public FollowUpStatus StatusOn(DateOnly today, int months) => FollowUpRules.StatusOn(today, TrainingEndDate, months, FiledAt is not null);

        public FollowUpQueueItem ToItem(DateOnly today, int months)
        {
            var status = StatusOn(today, months);
            return new()
            {
                EnrollmentId = EnrollmentId, EmployeeId = EmployeeId, EmployeeName = EmployeeName, Nip = Nip, UnitId = UnitId, UnitName = UnitName,
                SessionId = SessionId, SessionName = SessionName, ProgramId = ProgramId, ProgramCode = ProgramCode, ProgramTitle = ProgramTitle,
                TrainingEndDate = TrainingEndDate, DueOn = FollowUpRules.DueOn(TrainingEndDate, months), Deadline = FollowUpRules.Deadline(TrainingEndDate, months),
                Status = status, StatusLabel = FollowUpRules.Label(status), FiledAt = FiledAt, FiledBy = FiledBy,
            };
        }
    }

    [Sql] internal const string MonthsSql = "SELECT FollowUpMonths FROM TenantSettings WHERE TenantId = @TenantId";

    public static async Task<int> Months(Db db, Guid tenantId, CancellationToken ct) =>
        await db.Scalar<int?>(MonthsSql, new { TenantId = tenantId }, ct) ?? FollowUpRules.DefaultMonths;

    /// <summary>Today as a WIB day, like the survey and complaint days.</summary>
    public static DateOnly Today(TimeProvider clock) => SurveyRollups.DayOf(clock.GetUtcNow());

    [Sql] internal static string One => $"SELECT {Columns} FROM {From} WHERE {string.Join(" AND ", BaseWhere())} AND en.Id = @Id";

    /// <summary>The program's competencies now, and any rated before the program changed, with the ratings.</summary>
    [Sql] internal const string Competencies = """
        SELECT c.Id AS CompetencyId, c.Code AS CompetencyCode, c.Name AS CompetencyName, r.LevelBefore, r.Application, r.ReassessedLevel
        FROM Competencies c LEFT JOIN TrainingFollowUpRatings r ON r.EnrollmentId = @Id AND r.CompetencyId = c.Id
        WHERE c.Id IN (SELECT pc.CompetencyId FROM TrainingProgramCompetencies pc WHERE pc.ProgramId = @ProgramId AND pc.TenantId = @TenantId)
           OR c.Id IN (SELECT fr.CompetencyId FROM TrainingFollowUpRatings fr WHERE fr.EnrollmentId = @Id AND fr.TenantId = @TenantId)
        ORDER BY c.Code
        """;

    /// <summary>The completed enrollment within the caller's scope: 404 for a missing one, another tenant's, one outside a unit head's sub-tree, or one not completed.</summary>
    public static async Task<Row> Find(Db db, CurrentUser user, Guid tenantId, Guid id, CancellationToken ct) =>
        await db.Single<Row>(One, new { Id = id, TenantId = tenantId, Scope = await user.UnitScope(ct) }, ct) ?? throw new NotFoundException(Resource, id);

    public static async Task<FollowUpResponse> Load(Db db, CurrentUser user, TimeProvider clock, Guid id, CancellationToken ct)
    {
        var tenantId = await user.TenantId(ct);
        var row = await Find(db, user, tenantId, id, ct);
        var months = await Months(db, tenantId, ct);
        var status = row.StatusOn(Today(clock), months);
        var competencies = await db.Query<FollowUpCompetency>(Competencies, new { Id = id, row.ProgramId, TenantId = tenantId }, ct);
        return new()
        {
            EnrollmentId = row.EnrollmentId, EmployeeId = row.EmployeeId, EmployeeName = row.EmployeeName, Nip = row.Nip, UnitId = row.UnitId, UnitName = row.UnitName,
            SessionId = row.SessionId, SessionName = row.SessionName, ProgramId = row.ProgramId, ProgramCode = row.ProgramCode, ProgramTitle = row.ProgramTitle,
            TrainingEndDate = row.TrainingEndDate, DueOn = FollowUpRules.DueOn(row.TrainingEndDate, months), Deadline = FollowUpRules.Deadline(row.TrainingEndDate, months),
            Status = status, StatusLabel = FollowUpRules.Label(status), Competencies = competencies.ToList(), Notes = row.Notes, FiledAt = row.FiledAt, FiledBy = row.FiledBy,
            AssessmentId = row.AssessmentId, Version = row.Version,
        };
    }
}
