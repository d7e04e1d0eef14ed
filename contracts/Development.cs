namespace AsnApi.Contracts;

public enum DevelopmentNeedPriority { Tinggi, Sedang, Rendah }

public enum DevelopmentNeedStatus { Identified, Verified, Validated, Rejected }

/// <summary>Where a need comes from: a competency gap, or an SKP appraisal below expectations (a performance need).</summary>
public enum DevelopmentNeedSource { Competency, Performance }

public enum DevelopmentPlanStatus { Draft, Submitted, Approved, Rejected, Completed }

/// <summary>Bentuk pengembangan kompetensi: the first ten are klasikal (classroom), the rest non-klasikal.</summary>
public enum DevelopmentActivityForm
{
    PelatihanKepemimpinanNasionalI, PelatihanKepemimpinanNasionalII, PelatihanKepemimpinanAdministrator, PelatihanKepemimpinanPengawas,
    PelatihanFungsional, PelatihanTeknis, Seminar, Workshop, Kursus, Penataran,
    Coaching, Mentoring, ELearning, PelatihanJarakJauh, Magang, StudiBanding, PertukaranPegawai, Detasering, BelajarMandiri, KomunitasBelajar,
}

public sealed class GenerateNeedsRequest
{
    public int? Year { get; init; }
    /// <summary>Only this unit and its sub-tree; the whole tenant when omitted.</summary>
    public Guid? UnderUnitId { get; init; }
}

public sealed class GenerateNeedsResponse
{
    public int Year { get; init; }
    public int EmployeesWithGaps { get; init; }
    public int Created { get; init; }
    public int Updated { get; init; }
    /// <summary>Employees in scope whose SKP appraisal of a period ending in the year is below expectations: one performance need each (included in the counts above).</summary>
    public int PerformanceNeeds { get; init; }
    /// <summary>Unreviewed needs whose gap has closed since the last run.</summary>
    public int Removed { get; init; }
    /// <summary>Already verified, validated or rejected, or answered by a plan item: left as they are.</summary>
    public int KeptReviewed { get; init; }
}

public sealed class DevelopmentNeedResponse
{
    public Guid Id { get; init; }
    public int Year { get; init; }
    public Guid EmployeeId { get; init; }
    public string EmployeeName { get; init; } = "";
    /// <summary>18 digits; the birth-date digits are masked (********) for callers without personal-data access.</summary>
    [MaskedNip]
    public string Nip { get; init; } = "";
    public string UnitName { get; init; } = "";
    /// <summary>Competency: a gap below the position's standard; Performance: an SKP appraisal below expectations.</summary>
    public DevelopmentNeedSource Source { get; init; }
    /// <summary>"Kompetensi" or "Kinerja (SKP)".</summary>
    public string SourceLabel { get; set; } = "";
    /// <summary>The competency of a gap; null for a performance need.</summary>
    public Guid? CompetencyId { get; init; }
    public string? CompetencyCode { get; init; }
    public string? CompetencyName { get; init; }
    /// <summary>The levels and gap of a competency need; null for a performance need.</summary>
    public int? RequiredLevel { get; init; }
    public int? AssessedLevel { get; init; }
    public int? Gap { get; init; }
    /// <summary>The appraisal a performance need comes from, and its predicate; null for a competency need.</summary>
    public Guid? AppraisalId { get; init; }
    public SkpPredicate? Predicate { get; init; }
    public string? PredicateLabel { get; set; }
    public DevelopmentNeedPriority Priority { get; init; }
    public DevelopmentNeedStatus Status { get; init; }
    public string? ReviewedBy { get; init; }
    public DateTimeOffset? ReviewedAt { get; init; }
    public string? RejectionReason { get; init; }
    public int Version { get; init; }
}

public enum NeedReviewAction { Verify, Validate, Reject }

public sealed class ReviewNeedsRequest
{
    public IReadOnlyList<Guid>? NeedIds { get; init; }
    public NeedReviewAction? Action { get; init; }
    /// <summary>Required when rejecting.</summary>
    public string? Reason { get; init; }
}

public sealed class ReviewNeedsResponse
{
    public int Reviewed { get; init; }
    public DevelopmentNeedStatus Status { get; init; }
}

public sealed class PlanItemRequest
{
    /// <summary>On an update, an item of this plan to keep: it is changed in place and keeps its id (what refers to it, such as an
    /// evaluation follow-up action, still does). Left out: a new item. The plan's items not listed are deleted.</summary>
    public Guid? Id { get; init; }
    public Guid? CompetencyId { get; init; }
    /// <summary>The development need this item answers, if any.</summary>
    public Guid? NeedId { get; init; }
    public int? TargetLevel { get; init; }
    public DevelopmentActivityForm? Form { get; init; }
    public string? ActivityName { get; init; }
    /// <summary>Jam pelajaran (1 JP = 45 minutes).</summary>
    public int? PlannedJp { get; init; }
    public DateOnly? DueDate { get; init; }
}

public sealed class DevelopmentPlanRequest
{
    public Guid? EmployeeId { get; init; }
    public int? Year { get; init; }
    public string? Title { get; init; }
    public IReadOnlyList<PlanItemRequest>? Items { get; init; }
}

public sealed class PlanItemResponse
{
    public Guid Id { get; init; }
    public Guid CompetencyId { get; init; }
    public string CompetencyCode { get; init; } = "";
    public string CompetencyName { get; init; } = "";
    public Guid? NeedId { get; init; }
    public int TargetLevel { get; init; }
    public DevelopmentActivityForm Form { get; init; }
    public bool IsClassroom { get; set; }
    public string ActivityName { get; init; } = "";
    public int PlannedJp { get; init; }
    public DateOnly DueDate { get; init; }
    /// <summary>The training enrollment whose completion closed this item, if any.</summary>
    public Guid? EnrollmentId { get; init; }
    /// <summary>When that completion closed it.</summary>
    public DateTimeOffset? CompletedAt { get; init; }
}

public sealed class DevelopmentPlanResponse
{
    public Guid Id { get; init; }
    public Guid EmployeeId { get; init; }
    public string EmployeeName { get; init; } = "";
    /// <summary>18 digits; the birth-date digits are masked (********) for callers without personal-data access.</summary>
    [MaskedNip]
    public string Nip { get; init; } = "";
    public Guid UnitId { get; init; }
    public string UnitName { get; init; } = "";
    public int Year { get; init; }
    public string Title { get; init; } = "";
    public DevelopmentPlanStatus Status { get; init; }
    public DateTimeOffset? SubmittedAt { get; init; }
    public string? DecidedBy { get; init; }
    public DateTimeOffset? DecidedAt { get; init; }
    public string? RejectionReason { get; init; }
    public DateTimeOffset? CompletedAt { get; init; }
    public string CreatedBy { get; init; } = "";
    public int Version { get; init; }
    public int TotalJp { get; init; }
    /// <summary>Filled on the single-item read.</summary>
    public IReadOnlyList<PlanItemResponse>? Items { get; set; }
    /// <summary>Classroom share of the planned JP (the 10:20:70 rule of thumb expects about 10%).</summary>
    public double? ClassroomShare { get; set; }
}

public sealed class PlanDecisionRequest
{
    /// <summary>Required when rejecting.</summary>
    public string? Reason { get; init; }
}
