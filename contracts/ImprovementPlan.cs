namespace AsnApi.Contracts;

// The loop (issue 9): from weak SKM unsur and frequent complaint categories to competencies, staff gaps and training.

/// <summary>What an unsur points to: competencies of the dictionary, and optionally the service unit's own technical ones.</summary>
public sealed class UnsurMappingRequest
{
    /// <summary>U1 … U9, each at most once.</summary>
    public string? Code { get; init; }
    /// <summary>Also the service unit's technical competencies (those in the standards of the positions its staff hold); default false.</summary>
    public bool? UnitTechnical { get; init; }
    /// <summary>At most 20 active competencies the tenant may use, each once.</summary>
    public IReadOnlyList<Guid>? CompetencyIds { get; init; }
}

public sealed class CategoryMappingRequest
{
    /// <summary>A complaint category as the complaints write it (compared ignoring case), ≤ 100 characters, one line.</summary>
    public string? Category { get; init; }
    /// <summary>1 to 20 active competencies the tenant may use, each once.</summary>
    public IReadOnlyList<Guid>? CompetencyIds { get; init; }
}

/// <summary>The whole mapping; an unsur or category left out points to nothing.</summary>
public sealed class CompetencyMappingRequest
{
    /// <summary>At most 9 entries.</summary>
    public IReadOnlyList<UnsurMappingRequest>? Unsur { get; init; }
    /// <summary>At most 100 categories.</summary>
    public IReadOnlyList<CategoryMappingRequest>? Categories { get; init; }
}

public sealed class MappedCompetency
{
    public Guid Id { get; init; }
    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
    public CompetencyKind Kind { get; init; }
}

public sealed class UnsurMapping
{
    /// <summary>U1 … U9.</summary>
    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
    public bool UnitTechnical { get; init; }
    public IReadOnlyList<MappedCompetency> Competencies { get; init; } = [];
}

public sealed class CategoryMapping
{
    public string Category { get; init; } = "";
    public IReadOnlyList<MappedCompetency> Competencies { get; init; } = [];
}

public sealed class CompetencyMappingResponse
{
    /// <summary>0 until the tenant changes the default; send it back as If-Match.</summary>
    public int Version { get; init; }
    /// <summary>The default mapping of the regulation's guide (domain.md), as after a reset.</summary>
    public bool IsDefault { get; init; }
    /// <summary>All nine unsur, in order, mapped or not.</summary>
    public IReadOnlyList<UnsurMapping> Unsur { get; init; } = [];
    public IReadOnlyList<CategoryMapping> Categories { get; init; } = [];
}

/// <summary>An unsur the plan works on.</summary>
public sealed class ImprovementUnsur
{
    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
    public decimal Nrr { get; init; }
    /// <summary>Below the grade-B boundary (NRR 3.0644 = 76.61 / 25); false for a unit's lowest unsur when none is below it.</summary>
    public bool BelowThreshold { get; init; }
    public string Reason { get; init; } = "";
}

public sealed class ImprovementCategory
{
    public string Category { get; init; } = "";
    public int Count { get; init; }
    /// <summary>Share of the period's complaints of the service unit, 0–1.</summary>
    public decimal Share { get; init; }
    /// <summary>Whether the mapping points this category to any competency.</summary>
    public bool Mapped { get; init; }
    public string Reason { get; init; } = "";
}

/// <summary>What pointed to a competency: an unsur (U7) or a complaint category.</summary>
public sealed class ImprovementSignal
{
    /// <summary>"Unsur" or "ComplaintCategory".</summary>
    public string Kind { get; init; } = "";
    /// <summary>U1 … U9, or the category.</summary>
    public string Key { get; init; } = "";
    public string Label { get; init; } = "";
    public decimal Weight { get; init; }
}

public sealed class ImprovementCompetency
{
    public Guid CompetencyId { get; init; }
    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
    public CompetencyKind Kind { get; init; }
    /// <summary>Σ of the signals' weights (an unsur 4 − NRR, a category 3 × its share): the rank.</summary>
    public decimal Weight { get; init; }
    public IReadOnlyList<ImprovementSignal> PointedBy { get; init; } = [];
    public int StaffWithGap { get; init; }
    public int GapSum { get; init; }
    public string Reason { get; init; } = "";
}

public sealed class ImprovementGap
{
    public Guid CompetencyId { get; init; }
    public string CompetencyCode { get; init; } = "";
    public string CompetencyName { get; init; } = "";
    public int RequiredLevel { get; init; }
    public int AssessedLevel { get; init; }
    public int Gap { get; init; }
}

public sealed class ImprovementStaff
{
    public Guid EmployeeId { get; init; }
    [MaskedNip]
    public string Nip { get; init; } = "";
    public string Name { get; init; } = "";
    public string UnitName { get; init; } = "";
    public string? PositionName { get; init; }
    public int GapSum { get; init; }
    public IReadOnlyList<ImprovementGap> Gaps { get; init; } = [];
}

public sealed class ImprovementProgram
{
    public Guid ProgramId { get; init; }
    public string Code { get; init; } = "";
    public string Title { get; init; } = "";
    public DevelopmentActivityForm Form { get; init; }
    public string FormLabel { get; init; } = "";
    public int Jp { get; init; }
    /// <summary>Σ gap × expected gain over the staff's gaps it develops, without people who completed it.</summary>
    public int Score { get; init; }
    public int StaffCount { get; init; }
    public IReadOnlyList<string> Competencies { get; init; } = [];
    public string Reason { get; init; } = "";
    /// <summary>Open sessions with a seat left, earliest first (at most 5).</summary>
    public IReadOnlyList<RecommendedSession> OpenSessions { get; init; } = [];
}

public sealed class ImprovementPlanResponse
{
    public Guid ServiceUnitId { get; init; }
    public string ServiceUnitName { get; init; } = "";
    public string UnitName { get; init; } = "";
    public DateOnly From { get; init; }
    public DateOnly To { get; init; }
    public int RespondentCount { get; init; }
    public decimal? Ikm { get; init; }
    public IkmGrade? Grade { get; init; }
    /// <summary>3.0644: an unsur below this NRR is weak.</summary>
    public decimal WeakNrrThreshold { get; init; }
    public IReadOnlyList<ImprovementUnsur> WeakUnsur { get; init; } = [];
    public int ComplaintCount { get; init; }
    public IReadOnlyList<ImprovementCategory> FrequentCategories { get; init; } = [];
    public IReadOnlyList<ImprovementCompetency> Competencies { get; init; } = [];
    /// <summary>The service unit's active staff (in the caller's sub-tree) with an assessed gap in those competencies, largest gap sum first.</summary>
    public IReadOnlyList<ImprovementStaff> Staff { get; init; } = [];
    public IReadOnlyList<ImprovementProgram> Programs { get; init; } = [];
}

public sealed class DraftPlanItemsRequest
{
    /// <summary>The plan year, 2000–2100; default this year.</summary>
    public int? Year { get; init; }
    /// <summary>The feedback period, as the plan's from/to; default the twelve months up to today.</summary>
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
}

public sealed class DraftedPlanItem
{
    public Guid EmployeeId { get; init; }
    public string EmployeeName { get; init; } = "";
    public Guid PlanId { get; init; }
    /// <summary>True when the draft plan was created by this call.</summary>
    public bool PlanCreated { get; init; }
    public Guid CompetencyId { get; init; }
    public string CompetencyName { get; init; } = "";
    public DevelopmentActivityForm Form { get; init; }
    public string ActivityName { get; init; } = "";
    public Guid? ProgramId { get; init; }
}

public sealed class SkippedPlanItem
{
    public Guid EmployeeId { get; init; }
    public string EmployeeName { get; init; } = "";
    public Guid CompetencyId { get; init; }
    public string CompetencyName { get; init; } = "";
    public string Reason { get; init; } = "";
}

public sealed class DraftPlanItemsResponse
{
    public Guid ServiceUnitId { get; init; }
    public int Year { get; init; }
    public int PlansCreated { get; init; }
    public IReadOnlyList<DraftedPlanItem> Created { get; init; } = [];
    public IReadOnlyList<SkippedPlanItem> Skipped { get; init; } = [];
}
