namespace AsnApi.Contracts;

/// <summary>Where a completed training's follow-up stands: not yet due, due (the three months after it falls due), overdue, or filed.</summary>
public enum FollowUpStatus { Upcoming, Due, Overdue, Done }

/// <summary>One completed enrollment in the supervisors' queue.</summary>
public sealed class FollowUpQueueItem
{
    public Guid EnrollmentId { get; init; }
    public Guid EmployeeId { get; init; }
    public string EmployeeName { get; init; } = "";
    /// <summary>18 digits; the birth-date digits are masked (********) for callers without personal-data access.</summary>
    [MaskedNip]
    public string Nip { get; init; } = "";
    public Guid UnitId { get; init; }
    public string UnitName { get; init; } = "";
    public Guid SessionId { get; init; }
    public string SessionName { get; init; } = "";
    public Guid ProgramId { get; init; }
    public string ProgramCode { get; init; } = "";
    public string ProgramTitle { get; init; } = "";
    /// <summary>The session's last day: the follow-up counts its months from it.</summary>
    public DateOnly TrainingEndDate { get; init; }
    /// <summary>The day the follow-up falls due (the end date plus the tenant's months, default 3).</summary>
    public DateOnly DueOn { get; init; }
    /// <summary>The last day before it is overdue (three months after it falls due).</summary>
    public DateOnly Deadline { get; init; }
    public FollowUpStatus Status { get; init; }
    public string StatusLabel { get; init; } = "";
    public DateTimeOffset? FiledAt { get; init; }
    public string? FiledBy { get; init; }
}

public sealed class FollowUpRatingRequest
{
    /// <summary>One of the program's competencies.</summary>
    public Guid? CompetencyId { get; init; }
    /// <summary>How well the competency is applied on the job, 1 (not at all) to 5 (fully, and passed on to others).</summary>
    public int? Application { get; init; }
    /// <summary>Optional: the level observed now, 1–5; recorded as an assessment with the method PostTrainingEvaluation.</summary>
    public int? ReassessedLevel { get; init; }
}

public sealed class FollowUpRequest
{
    /// <summary>One rating per competency the program develops (all of them, each once).</summary>
    public List<FollowUpRatingRequest>? Ratings { get; init; }
    public string? Notes { get; init; }
}

public sealed class FollowUpCompetency
{
    public Guid CompetencyId { get; init; }
    public string CompetencyCode { get; init; } = "";
    public string CompetencyName { get; init; } = "";
    /// <summary>The employee's current level before the follow-up was filed (null: never assessed).</summary>
    public int? LevelBefore { get; init; }
    public int? Application { get; init; }
    public int? ReassessedLevel { get; init; }
}

/// <summary>A completed enrollment's follow-up: what to rate, and what was rated.</summary>
public sealed class FollowUpResponse
{
    public Guid EnrollmentId { get; init; }
    public Guid EmployeeId { get; init; }
    public string EmployeeName { get; init; } = "";
    /// <summary>18 digits; the birth-date digits are masked (********) for callers without personal-data access.</summary>
    [MaskedNip]
    public string Nip { get; init; } = "";
    public Guid UnitId { get; init; }
    public string UnitName { get; init; } = "";
    public Guid SessionId { get; init; }
    public string SessionName { get; init; } = "";
    public Guid ProgramId { get; init; }
    public string ProgramCode { get; init; } = "";
    public string ProgramTitle { get; init; } = "";
    public DateOnly TrainingEndDate { get; init; }
    public DateOnly DueOn { get; init; }
    public DateOnly Deadline { get; init; }
    public FollowUpStatus Status { get; init; }
    public string StatusLabel { get; init; } = "";
    public List<FollowUpCompetency> Competencies { get; init; } = [];
    public string? Notes { get; init; }
    public DateTimeOffset? FiledAt { get; init; }
    public string? FiledBy { get; init; }
    /// <summary>The assessment that carried the re-assessed levels, if any were given.</summary>
    public Guid? AssessmentId { get; init; }
    /// <summary>0 until filed; If-Match for corrections.</summary>
    public int Version { get; init; }
}

/// <summary>Level 3 for one program: how many follow-ups were filed, on time, and what they found.</summary>
public sealed class FollowUpProgramResult
{
    public Guid ProgramId { get; init; }
    public string ProgramCode { get; init; } = "";
    public string ProgramTitle { get; init; } = "";
    /// <summary>Completed enrollments whose follow-up has fallen due (upcoming ones are not counted).</summary>
    public int FallenDue { get; init; }
    public int Filed { get; init; }
    public int FiledOnTime { get; init; }
    /// <summary>Filed by the deadline, as a share of those fallen due, 0–100 (null when none has fallen due).</summary>
    public double? OnTimePercent { get; init; }
    /// <summary>Mean application rating, 1–5, over every rated competency (null when none is filed).</summary>
    public double? MeanApplication { get; init; }
    public int Reassessed { get; init; }
    /// <summary>Mean re-assessed level minus the level before, over the competencies re-assessed that had one.</summary>
    public double? MeanLevelChange { get; init; }
}
