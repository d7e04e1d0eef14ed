namespace AsnApi.Contracts;

// Evaluation (issue 10), cycles: a named period of the tenant or a unit sub-tree whose indicators are frozen when it
// closes, with findings (area perlu perbaikan) and their follow-up actions.

/// <summary>Open (figures live, editable) → Closed (snapshot stored, never reopened).</summary>
public enum EvaluationCycleStatus { Open, Closed }

/// <summary>How much a finding weighs.</summary>
public enum FindingSeverity { Low, Medium, High }

/// <summary>What a follow-up action is: an item of a development plan, a training program, a training session, or a free task.</summary>
public enum FollowUpActionKind { PlanItem, Program, Session, Task }

/// <summary>Open → InProgress → Done; Open or InProgress → Cancelled.</summary>
public enum FollowUpActionStatus { Open, InProgress, Done, Cancelled }

/// <summary>How an indicator moved from the previous cycle, knowing whether higher is better.</summary>
public enum IndicatorDirection { Better, Worse, Same, Unknown }

public sealed class EvaluationCycleRequest
{
    /// <summary>E.g. "Evaluasi Semester I 2026".</summary>
    public string? Name { get; init; }
    /// <summary>The unit whose sub-tree is evaluated; null for the whole tenant. Cannot change after creation.</summary>
    public Guid? UnitId { get; init; }
    public DateOnly? PeriodFrom { get; init; }
    /// <summary>Inclusive; at most two years after periodFrom.</summary>
    public DateOnly? PeriodTo { get; init; }
}

public sealed class EvaluationCycleResponse
{
    public Guid Id { get; init; }
    public string Name { get; init; } = "";
    public Guid? UnitId { get; init; }
    /// <summary>The unit's name, or null for the whole tenant.</summary>
    public string? UnitName { get; init; }
    public DateOnly PeriodFrom { get; init; }
    public DateOnly PeriodTo { get; init; }
    public EvaluationCycleStatus Status { get; init; }
    public string StatusLabel { get; init; } = "";
    public DateTimeOffset? ClosedAt { get; init; }
    public string? ClosedBy { get; init; }
    public int FindingCount { get; init; }
    public int OpenActionCount { get; init; }
    public int Version { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
}

/// <summary>One part of an indicator's figure, e.g. the employees in one JPM category.</summary>
public sealed class IndicatorPart
{
    public string Key { get; init; } = "";
    public string Label { get; init; } = "";
    public double? Value { get; init; }
}

public sealed class EvaluationIndicator
{
    /// <summary>Stable code: JPM_MS, JP_TARGET, IKM, COMPLAINT_ON_TIME (more as the other evaluation areas land).</summary>
    public string Code { get; init; } = "";
    public string Label { get; init; } = "";
    /// <summary>The figure; null when there is nothing to measure (no respondents, nothing decided).</summary>
    public double? Value { get; init; }
    /// <summary>"%", "indeks" and the like.</summary>
    public string Unit { get; init; } = "";
    public bool HigherIsBetter { get; init; }
    /// <summary>The dashboard page that shows the figure in full.</summary>
    public string Link { get; init; } = "";
    public IReadOnlyList<IndicatorPart> Details { get; init; } = [];
}

public sealed class EvaluationIndicatorsResponse
{
    public Guid CycleId { get; init; }
    /// <summary>True: stored when the cycle closed, never recomputed. False: computed now from live data.</summary>
    public bool Snapshot { get; init; }
    /// <summary>When the figures were computed (the closing time for a snapshot).</summary>
    public DateTimeOffset ComputedAt { get; init; }
    public IReadOnlyList<EvaluationIndicator> Indicators { get; init; } = [];
}

public sealed class IndicatorComparison
{
    public string Code { get; init; } = "";
    public string Label { get; init; } = "";
    public string Unit { get; init; } = "";
    public bool HigherIsBetter { get; init; }
    public double? Previous { get; init; }
    public double? Current { get; init; }
    /// <summary>Current − previous; null when either is missing.</summary>
    public double? Change { get; init; }
    public IndicatorDirection Direction { get; init; }
    public string DirectionLabel { get; init; } = "";
}

public sealed class EvaluationComparisonResponse
{
    public Guid CycleId { get; init; }
    /// <summary>The latest closed cycle of the same scope that started before this one; null when there is none.</summary>
    public Guid? PreviousCycleId { get; init; }
    public string? PreviousCycleName { get; init; }
    public bool CurrentIsSnapshot { get; init; }
    public IReadOnlyList<IndicatorComparison> Indicators { get; init; } = [];
}

public sealed class FindingRequest
{
    public string? Title { get; init; }
    public string? Description { get; init; }
    /// <summary>The indicator the finding rests on (its code, e.g. IKM); optional.</summary>
    public string? IndicatorCode { get; init; }
    /// <summary>A link to the figure: a dashboard path (/analitik…) or an API path (/api/v1/…); optional, defaults to the indicator's page.</summary>
    public string? EvidenceLink { get; init; }
    public FindingSeverity? Severity { get; init; }
}

public sealed class FollowUpActionRequest
{
    public FollowUpActionKind? Kind { get; init; }
    /// <summary>Kind PlanItem: an item of a development plan of the tenant.</summary>
    public Guid? PlanItemId { get; init; }
    /// <summary>Kind Program: a training program of the tenant.</summary>
    public Guid? ProgramId { get; init; }
    /// <summary>Kind Session: a training session of the tenant.</summary>
    public Guid? SessionId { get; init; }
    /// <summary>What is to be done; required for a free task.</summary>
    public string? Title { get; init; }
    /// <summary>The owner as an employee of the tenant, or …</summary>
    public Guid? OwnerEmployeeId { get; init; }
    /// <summary>… as a name (a user or an office); exactly one of the two.</summary>
    public string? OwnerName { get; init; }
    public DateOnly? DueDate { get; init; }
}

public sealed class FollowUpTransitionRequest
{
    public FollowUpActionStatus? To { get; init; }
}

public sealed class FollowUpActionResponse
{
    public Guid Id { get; init; }
    public Guid FindingId { get; init; }
    public FollowUpActionKind Kind { get; init; }
    public string KindLabel { get; init; } = "";
    public Guid? PlanItemId { get; init; }
    public Guid? ProgramId { get; init; }
    public Guid? SessionId { get; init; }
    /// <summary>The free task's text, or the name of the referenced plan item, program or session.</summary>
    public string Title { get; init; } = "";
    public Guid? OwnerEmployeeId { get; init; }
    /// <summary>The owner's name: the employee's, or the one given.</summary>
    public string OwnerName { get; init; } = "";
    public DateOnly DueDate { get; init; }
    public FollowUpActionStatus Status { get; init; }
    public string StatusLabel { get; init; } = "";
    /// <summary>Still open or in progress after its due date (WIB day).</summary>
    public bool Overdue { get; init; }
    public int Version { get; init; }
}

public sealed class FindingResponse
{
    public Guid Id { get; init; }
    public Guid CycleId { get; init; }
    public string Title { get; init; } = "";
    public string? Description { get; init; }
    public string? IndicatorCode { get; init; }
    public string? EvidenceLink { get; init; }
    public FindingSeverity Severity { get; init; }
    public string SeverityLabel { get; init; } = "";
    public DateTimeOffset CreatedAt { get; init; }
    /// <summary>The finding's version, for If-Match on PUT and DELETE of /evaluation-findings/{id}.</summary>
    public int Version { get; init; }
    public IReadOnlyList<FollowUpActionResponse> Actions { get; init; } = [];
}

public sealed class EvaluationFindingsResponse
{
    public Guid CycleId { get; init; }
    /// <summary>In the order they were written, at most 100.</summary>
    public IReadOnlyList<FindingResponse> Findings { get; init; } = [];
}
