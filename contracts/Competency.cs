namespace AsnApi.Contracts;

/// <summary>Teknis (per agency), Manajerial (national eight), SosialKultural (Perekat Bangsa).</summary>
public enum CompetencyKind { Teknis, Manajerial, SosialKultural }

public sealed class CompetencyLevelDto
{
    public int Level { get; init; }
    public string? Description { get; init; }
}

public sealed class CompetencyResponse
{
    public Guid Id { get; init; }
    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
    public CompetencyKind Kind { get; init; }
    /// <summary>Bidang, for technical competencies.</summary>
    public string? FieldGroup { get; init; }
    public string? Description { get; init; }
    /// <summary>National competencies are shared by every tenant and read-only.</summary>
    public bool IsNational { get; init; }
    public bool IsActive { get; init; }
    public int Version { get; init; }
    /// <summary>Levels 1–5 with their behaviour indicators; filled on the single-item read.</summary>
    public IReadOnlyList<CompetencyLevelDto>? Levels { get; set; }
}

/// <summary>A tenant's own technical competency.</summary>
public sealed class CompetencyRequest
{
    public string? Code { get; init; }
    public string? Name { get; init; }
    public string? FieldGroup { get; init; }
    public string? Description { get; init; }
    /// <summary>Descriptors for levels 1–5; each level at most once.</summary>
    public IReadOnlyList<CompetencyLevelDto>? Levels { get; init; }
}

public sealed class StandardItemRequest
{
    public Guid? CompetencyId { get; init; }
    public int? RequiredLevel { get; init; }
}

public sealed class PositionStandardRequest
{
    /// <summary>The whole set. Managerial and socio-cultural competencies left out get the position type's default level.</summary>
    public IReadOnlyList<StandardItemRequest>? Items { get; init; }
}

public sealed class StandardItemResponse
{
    public Guid CompetencyId { get; init; }
    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
    public CompetencyKind Kind { get; init; }
    public int RequiredLevel { get; init; }
}

public sealed class PositionStandardResponse
{
    public Guid PositionId { get; init; }
    public string PositionName { get; init; } = "";
    public PositionType PositionType { get; init; }
    public int ManagerialLevel { get; init; }
    public IReadOnlyList<StandardItemResponse> Items { get; init; } = [];
}

public sealed class CopyStandardRequest
{
    public IReadOnlyList<Guid>? TargetPositionIds { get; init; }
}

public sealed class CopyStandardResponse
{
    /// <summary>Targets whose standard was replaced by the source's.</summary>
    public int PositionsUpdated { get; init; }
    /// <summary>Targets that already had exactly the source's standard: skipped, nothing written.</summary>
    public int PositionsUnchanged { get; init; }
    public int ItemsPerPosition { get; init; }
    /// <summary>Each target once, in the order sent, with what happened to it.</summary>
    public IReadOnlyList<CopiedStandardPosition> Targets { get; init; } = [];
}

/// <summary>Copied: the target's standard was replaced. Unchanged: it already was the source's, so it was skipped.</summary>
public enum StandardCopyOutcome { Copied, Unchanged }

public sealed class CopiedStandardPosition
{
    public Guid PositionId { get; init; }
    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
    public StandardCopyOutcome Outcome { get; init; }
}

/// <summary>How a level was established; PostTrainingEvaluation is the supervisor's re-assessment in a training follow-up (level 3).</summary>
public enum AssessmentMethod { AssessmentCenter, UjiKompetensi, Feedback360, Portfolio, SelfAssessment, PostTrainingEvaluation }

public sealed class AssessmentResultRequest
{
    public Guid? CompetencyId { get; init; }
    public int? Level { get; init; }
    /// <summary>Optional note or evidence.</summary>
    public string? Note { get; init; }
}

public sealed class AssessmentRequest
{
    public Guid? EmployeeId { get; init; }
    public DateOnly? AssessedOn { get; init; }
    public AssessmentMethod? Method { get; init; }
    public string? Assessor { get; init; }
    public string? Notes { get; init; }
    public IReadOnlyList<AssessmentResultRequest>? Results { get; init; }
}

public sealed class AssessmentResultResponse
{
    public Guid CompetencyId { get; init; }
    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
    public int Level { get; init; }
    public string? Note { get; init; }
}

public sealed class AssessmentResponse
{
    public Guid Id { get; init; }
    public Guid EmployeeId { get; init; }
    public string EmployeeName { get; init; } = "";
    /// <summary>18 digits; the birth-date digits are masked (********) for callers without personal-data access.</summary>
    [MaskedNip]
    public string Nip { get; init; } = "";
    public DateOnly AssessedOn { get; init; }
    public AssessmentMethod Method { get; init; }
    public string? Assessor { get; init; }
    public string? Notes { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public string CreatedBy { get; init; } = "";
    public int ResultCount { get; init; }
    /// <summary>Filled on the single-item read.</summary>
    public IReadOnlyList<AssessmentResultResponse>? Results { get; set; }
}

/// <summary>Category for filling a position.</summary>
public enum JpmFitCategory { MemenuhiSyarat, MasihMemenuhiSyarat, KurangMemenuhiSyarat }

/// <summary>Category for competency mapping.</summary>
public enum JpmMappingCategory { Optimal, CukupOptimal, KurangOptimal }

public sealed class ProfileItem
{
    public Guid CompetencyId { get; init; }
    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
    public CompetencyKind Kind { get; init; }
    public int RequiredLevel { get; init; }
    public int? AssessedLevel { get; init; }
    /// <summary>Required − assessed; positive is a development need; null when never assessed.</summary>
    public int? Gap { get; init; }
    public DateOnly? AssessedOn { get; init; }
}

public sealed class CompetencyProfileResponse
{
    public Guid EmployeeId { get; init; }
    public string EmployeeName { get; init; } = "";
    /// <summary>18 digits; the birth-date digits are masked (********) for callers without personal-data access.</summary>
    [MaskedNip]
    public string Nip { get; init; } = "";
    public Guid? PositionId { get; init; }
    public string? PositionName { get; init; }
    public bool HasStandard { get; init; }
    public IReadOnlyList<ProfileItem> Items { get; init; } = [];
    /// <summary>Raw Job Person Match; may exceed 100. Null without a standard or without any assessed competency of it.</summary>
    public decimal? Jpm { get; init; }
    /// <summary>JPM rounded to two decimals, for display.</summary>
    public decimal? JpmRounded { get; init; }
    public JpmFitCategory? FitCategory { get; init; }
    public string? FitLabel { get; init; }
    public JpmMappingCategory? MappingCategory { get; init; }
    public string? MappingLabel { get; init; }
    /// <summary>True when every competency of the standard has been assessed.</summary>
    public bool IsComplete { get; init; }
    /// <summary>Codes of standard competencies never assessed (left out of the JPM).</summary>
    public IReadOnlyList<string> NeverAssessed { get; init; } = [];
    public DateOnly? LastAssessedOn { get; init; }
}

public sealed class CompetencySettingsDto
{
    /// <summary>Lower bound of Memenuhi Syarat (default 80).</summary>
    public decimal? JpmMemenuhiSyarat { get; init; }
    /// <summary>Lower bound of Masih Memenuhi Syarat (default 68).</summary>
    public decimal? JpmMasihMemenuhiSyarat { get; init; }
    /// <summary>Lower bound of Optimal (default 90).</summary>
    public decimal? JpmOptimal { get; init; }
    /// <summary>Lower bound of Cukup Optimal (default 78).</summary>
    public decimal? JpmCukupOptimal { get; init; }
    /// <summary>
    /// Lets the person who drafted or submitted a development plan approve it, and the person who verified
    /// a need validate it: for units too small to separate the duties. Default false (separated).
    /// </summary>
    public bool? AllowSelfApproval { get; init; }
    /// <summary>Heatmap cells with fewer assessed employees than this (1–100, default 3) are greyed out: too few to read as a pattern.</summary>
    public int? HeatmapMinimumCount { get; init; }
    public int Version { get; init; }
}

public sealed class HeatmapCell
{
    public Guid UnitId { get; init; }
    public Guid CompetencyId { get; init; }
    /// <summary>Employees with a standard for, and an assessment of, this competency.</summary>
    public int Employees { get; init; }
    public double AverageGap { get; init; }
    /// <summary>0–1: share of those employees at or above the required level.</summary>
    public double ShareMeeting { get; init; }
    /// <summary>Fewer employees than the tenant's heatmapMinimumCount: shown greyed out, not as a pattern.</summary>
    public bool BelowMinimum { get; init; }
}

/// <summary>What a heatmap row counts: the unit and its whole sub-tree (the default), or the unit's own staff only.</summary>
public enum HeatmapRollup { Subtree, Self }

/// <summary>A heatmap row's headcount: active employees in the row's scope, and how many of them have an assessed competency.</summary>
public sealed class HeatmapHeadcount
{
    public Guid UnitId { get; init; }
    /// <summary>Depth in the unit tree (0 for the root), for indenting the row.</summary>
    public int Depth { get; init; }
    public int Employees { get; init; }
    public int Assessed { get; init; }
}

/// <summary>One employee behind a heatmap cell.</summary>
public sealed class HeatmapCellEmployee
{
    public Guid EmployeeId { get; init; }
    [MaskedNip]
    public string Nip { get; init; } = "";
    public string Name { get; init; } = "";
    public string UnitName { get; init; } = "";
    public string? PositionName { get; init; }
    public int RequiredLevel { get; init; }
    public int AssessedLevel { get; init; }
    /// <summary>Required minus assessed: positive is a gap, negative a surplus.</summary>
    public int Gap { get; init; }
}

public sealed class NamedRef
{
    public Guid Id { get; init; }
    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
}

public sealed class HeatmapResponse
{
    public IReadOnlyList<NamedRef> Units { get; init; } = [];
    public IReadOnlyList<NamedRef> Competencies { get; init; } = [];
    public IReadOnlyList<HeatmapCell> Cells { get; init; } = [];
    /// <summary>One per unit, in tree order.</summary>
    public IReadOnlyList<HeatmapHeadcount> Headcounts { get; init; } = [];
    public HeatmapRollup Rollup { get; init; }
    public int MinimumCount { get; init; }
}

public sealed class CategoryCount
{
    public string Category { get; init; } = "";
    public string Label { get; init; } = "";
    public int Employees { get; init; }
}

public sealed class JpmDistributionResponse
{
    public IReadOnlyList<CategoryCount> Fit { get; init; } = [];
    public IReadOnlyList<CategoryCount> Mapping { get; init; } = [];
    /// <summary>Active employees with a standard but no assessed competency of it.</summary>
    public int NotAssessed { get; init; }
    /// <summary>Active employees whose position has no standard (or who have no position).</summary>
    public int NoStandard { get; init; }
    public int Total { get; init; }
}

public sealed class CompetencyGapSummary
{
    public Guid CompetencyId { get; init; }
    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
    public CompetencyKind Kind { get; init; }
    public int Assessed { get; init; }
    public int BelowStandard { get; init; }
    /// <summary>Mean gap among those below the standard.</summary>
    public double AverageGapBelow { get; init; }
    public double ShareBelow { get; init; }
}

public sealed class UnassessedEmployee
{
    public Guid Id { get; init; }
    /// <summary>18 digits; the birth-date digits are masked (********) for callers without personal-data access.</summary>
    [MaskedNip]
    public string Nip { get; init; } = "";
    public string Name { get; init; } = "";
    public string UnitName { get; init; } = "";
    public string? PositionName { get; init; }
    /// <summary>Null when never assessed.</summary>
    public DateOnly? LastAssessedOn { get; init; }
}

/// <summary>
/// One row of the competency profiles list: an active employee in scope × one competency of their position's standard,
/// with the employee's JPM (the same figure and categories as their profile) repeated on each of their rows.
/// </summary>
public sealed class CompetencyProfileRow
{
    public Guid EmployeeId { get; init; }
    /// <summary>18 digits; the birth-date digits are masked (********) for callers without personal-data access.</summary>
    [MaskedNip]
    public string Nip { get; init; } = "";
    public string Name { get; init; } = "";
    public Guid UnitId { get; init; }
    public string UnitName { get; init; } = "";
    public string? PositionName { get; init; }
    public PositionType? PositionType { get; init; }
    public Guid CompetencyId { get; init; }
    public string CompetencyCode { get; init; } = "";
    public string CompetencyName { get; init; } = "";
    public CompetencyKind CompetencyKind { get; init; }
    public int RequiredLevel { get; init; }
    /// <summary>The latest assessed level; null when never assessed.</summary>
    public int? AssessedLevel { get; init; }
    /// <summary>Required − assessed: positive is a gap; null when never assessed.</summary>
    public int? Gap { get; init; }
    /// <summary>The date of the assessment that gave the current level.</summary>
    public DateOnly? AssessedOn { get; init; }
    /// <summary>The employee's JPM over the assessed competencies of their standard, two decimals (may exceed 100); null when none is assessed.</summary>
    public decimal? Jpm { get; init; }
    public JpmFitCategory? FitCategory { get; init; }
    public string? FitLabel { get; init; }
    public JpmMappingCategory? MappingCategory { get; init; }
    public string? MappingLabel { get; init; }
    /// <summary>Every competency of the standard is assessed (otherwise the JPM leaves the others out).</summary>
    public bool JpmComplete { get; init; }
}
