using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Infrastructure.Database;

namespace AsnApi.Features.EvaluationCycles;

/// <summary>Findings and their actions as read back: the action's title is its own text or the name of what it references.</summary>
internal static class FindingSql
{
    [Sql] internal const string Findings = """
        SELECT f.Id, f.CycleId, f.Title, f.Description, f.IndicatorCode, f.EvidenceLink, f.Severity, f.CreatedAt, f.Version
        FROM EvaluationFindings f WHERE f.TenantId = @TenantId AND f.CycleId = @CycleId
        ORDER BY f.CreatedAt, f.Id
        """;

    public const string ActionColumns = """
        a.Id, a.FindingId, a.Kind, a.PlanItemId, a.ProgramId, a.SessionId,
        COALESCE(a.Title, pi.ActivityName, p.Title, s.Name, '') AS Title,
        a.OwnerEmployeeId, COALESCE(e.Name, a.OwnerName, '') AS OwnerName, a.DueDate, a.Status, a.Version
        """;

    public const string ActionFrom = """
        EvaluationActions a
        LEFT JOIN DevelopmentPlanItems pi ON pi.Id = a.PlanItemId
        LEFT JOIN TrainingPrograms p ON p.Id = a.ProgramId
        LEFT JOIN TrainingSessions s ON s.Id = a.SessionId
        LEFT JOIN Employees e ON e.Id = a.OwnerEmployeeId
        """;

    [Sql] internal const string ActionsOfCycle = $"SELECT {ActionColumns} FROM {ActionFrom} WHERE a.TenantId = @TenantId AND a.CycleId = @CycleId ORDER BY a.DueDate, a.Id";
    [Sql] internal const string OneAction = $"SELECT {ActionColumns}, a.CycleId FROM {ActionFrom} WHERE a.TenantId = @TenantId AND a.Id = @Id";
    [Sql] internal const string FindingOf = "SELECT f.CycleId FROM EvaluationFindings f WHERE f.TenantId = @TenantId AND f.Id = @Id";
    [Sql] internal const string OneFinding = """
        SELECT f.Id, f.CycleId, f.Title, f.Description, f.IndicatorCode, f.EvidenceLink, f.Severity, f.CreatedAt, f.Version
        FROM EvaluationFindings f WHERE f.TenantId = @TenantId AND f.Id = @Id
        """;
    [Sql] internal const string FindingVersion = "SELECT Version FROM EvaluationFindings WHERE Id = @Id AND TenantId = @TenantId";
    [Sql] internal const string ActionsOfFinding = $"SELECT {ActionColumns}, a.CycleId FROM {ActionFrom} WHERE a.TenantId = @TenantId AND a.FindingId = @Id ORDER BY a.DueDate, a.Id";

    [Sql] internal const string InsertFinding = """
        INSERT INTO EvaluationFindings (Id, TenantId, CycleId, Title, Description, IndicatorCode, EvidenceLink, Severity, CreatedAt, Version)
        VALUES (@Id, @TenantId, @CycleId, @Title, @Description, @IndicatorCode, @EvidenceLink, @Severity, @Now, 1)
        """;

    [Sql] internal const string InsertAction = """
        INSERT INTO EvaluationActions (Id, TenantId, CycleId, FindingId, Kind, PlanItemId, ProgramId, SessionId, Title, OwnerEmployeeId, OwnerName, DueDate, Status, Version, CreatedAt, UpdatedAt)
        VALUES (@Id, @TenantId, @CycleId, @FindingId, @Kind, @PlanItemId, @ProgramId, @SessionId, @Title, @OwnerEmployeeId, @OwnerName, @DueDate, @Status, 1, @Now, @Now)
        """;

    [Sql] internal const string ActionVersion = "SELECT Version FROM EvaluationActions WHERE Id = @Id AND TenantId = @TenantId";

    [Sql] internal const string MoveAction = """
        UPDATE EvaluationActions SET Status = @To, Version = Version + 1, UpdatedAt = @Now
        WHERE Id = @Id AND TenantId = @TenantId AND Version = @Version AND Status = @From
        """;

    internal sealed class FindingRow
    {
        public Guid Id { get; init; }
        public Guid CycleId { get; init; }
        public string Title { get; init; } = "";
        public string? Description { get; init; }
        public string? IndicatorCode { get; init; }
        public string? EvidenceLink { get; init; }
        public FindingSeverity Severity { get; init; }
        public DateTimeOffset CreatedAt { get; init; }
        public int Version { get; init; }
    }

    internal sealed class ActionRow
    {
        public Guid Id { get; init; }
        public Guid FindingId { get; init; }
        public Guid CycleId { get; init; }
        public FollowUpActionKind Kind { get; init; }
        public Guid? PlanItemId { get; init; }
        public Guid? ProgramId { get; init; }
        public Guid? SessionId { get; init; }
        public string Title { get; init; } = "";
        public Guid? OwnerEmployeeId { get; init; }
        public string OwnerName { get; init; } = "";
        public DateOnly DueDate { get; init; }
        public FollowUpActionStatus Status { get; init; }
        public int Version { get; init; }

        public FollowUpActionResponse ToResponse(DateOnly today) => new()
        {
            Id = Id, FindingId = FindingId, Kind = Kind, KindLabel = EvaluationRules.Label(Kind), PlanItemId = PlanItemId, ProgramId = ProgramId, SessionId = SessionId,
            Title = Title, OwnerEmployeeId = OwnerEmployeeId, OwnerName = OwnerName, DueDate = DueDate, Status = Status, StatusLabel = EvaluationRules.Label(Status),
            Overdue = EvaluationRules.IsOverdue(Status, DueDate, today), Version = Version,
        };
    }

    public static FindingResponse ToResponse(FindingRow f, IEnumerable<ActionRow> actions, DateOnly today) => new()
    {
        Id = f.Id, CycleId = f.CycleId, Title = f.Title, Description = f.Description, IndicatorCode = f.IndicatorCode, EvidenceLink = f.EvidenceLink,
        Severity = f.Severity, SeverityLabel = EvaluationRules.Label(f.Severity), CreatedAt = f.CreatedAt, Version = f.Version, Actions = actions.Select(a => a.ToResponse(today)).ToList(),
    };
}
