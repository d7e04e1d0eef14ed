namespace AsnApi.Contracts;

// External activities, the JP ledger (per employee, per tenant or sub-tree), the JP targets and the recommendations.

/// <summary>A seminar, workshop, e-learning course or the like done outside any training session; it counts in the JP ledger.</summary>
public sealed class ExternalActivityRequest
{
    public string? Title { get; init; }
    public DevelopmentActivityForm? Form { get; init; }
    /// <summary>When it took place (not in the future); its year is the ledger year it counts in.</summary>
    public DateOnly? ActivityDate { get; init; }
    /// <summary>Jam pelajaran (1 JP = 45 minutes), 1–500.</summary>
    public int? Jp { get; init; }
    public string? Organizer { get; init; }
    /// <summary>Where the proof is: a certificate number, a letter's number, a link.</summary>
    public string? EvidenceReference { get; init; }
}

public sealed class ExternalActivityResponse
{
    public Guid Id { get; init; }
    public Guid EmployeeId { get; init; }
    public string Title { get; init; } = "";
    public DevelopmentActivityForm Form { get; init; }
    public string FormLabel { get; set; } = "";
    public bool IsClassroom { get; set; }
    public DateOnly ActivityDate { get; init; }
    public int Jp { get; init; }
    public string? Organizer { get; init; }
    public string? EvidenceReference { get; init; }
    public string CreatedBy { get; init; } = "";
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public int Version { get; init; }
}

/// <summary>The yearly JP target per employment type (PP 17/2020: at least 20 JP for every PNS). Left out of a PUT: 20.</summary>
public sealed class TrainingSettingsDto
{
    /// <summary>JP a PNS should earn in a year, 1–200 (default 20).</summary>
    public int? JpTargetPns { get; init; }
    /// <summary>JP a PPPK should earn in a year, 1–200 (default 20).</summary>
    public int? JpTargetPppk { get; init; }
    /// <summary>Months after a session ends before its post-training follow-up falls due, 1–12 (default 3); omitted: unchanged.</summary>
    public int? FollowUpMonths { get; init; }
    public int Version { get; init; }
}

public sealed class JpLedgerEntryResponse
{
    public Guid Id { get; init; }
    public DateOnly Date { get; init; }
    public DevelopmentActivityForm Form { get; init; }
    public string FormLabel { get; set; } = "";
    public bool IsClassroom { get; set; }
    public int Jp { get; init; }
    public JpLedgerSource Source { get; init; }
    public string Title { get; init; } = "";
    /// <summary>The completed enrollment that credited it, when it came from a session.</summary>
    public Guid? EnrollmentId { get; set; }
    /// <summary>The external activity that credited it, when it came from one.</summary>
    public Guid? ExternalActivityId { get; set; }
    /// <summary>The session of the enrollment, when it came from one.</summary>
    public Guid? SessionId { get; init; }
}

/// <summary>One employee's year: the target of their employment type, what they earned and what is left.</summary>
public sealed class EmployeeJpLedgerResponse
{
    public Guid EmployeeId { get; init; }
    public string EmployeeName { get; init; } = "";
    /// <summary>18 digits; the birth-date digits are masked (********) for callers without personal-data access.</summary>
    [MaskedNip]
    public string Nip { get; init; } = "";
    public EmploymentType EmploymentType { get; init; }
    public int Year { get; init; }
    public int TargetJp { get; init; }
    public int EarnedJp { get; init; }
    public int RemainingJp { get; init; }
    public bool ReachedTarget { get; init; }
    public int ClassroomJp { get; init; }
    /// <summary>Classroom share of the earned JP in percent (one decimal; 10:20:70 expects about 10); null without JP.</summary>
    public decimal? ClassroomSharePercent { get; init; }
    public IReadOnlyList<JpLedgerEntryResponse> Entries { get; init; } = [];
}

public sealed class JpByForm
{
    public DevelopmentActivityForm Form { get; init; }
    public string FormLabel { get; init; } = "";
    public bool IsClassroom { get; init; }
    public int Jp { get; init; }
    /// <summary>Share of all JP in scope, in percent with one decimal.</summary>
    public decimal? SharePercent { get; init; }
}

/// <summary>The ledger of a tenant or a unit sub-tree for one year: who reached the target, and how the JP were earned.</summary>
public sealed class JpLedgerSummaryResponse
{
    public int Year { get; init; }
    public int TargetJpPns { get; init; }
    public int TargetJpPppk { get; init; }
    /// <summary>Active employees in scope.</summary>
    public int EmployeesCounted { get; init; }
    public int ReachedTarget { get; init; }
    public int BelowTarget { get; init; }
    /// <summary>Share of the employees counted who reached their target, in percent with one decimal; null when none are counted.</summary>
    public decimal? ReachedSharePercent { get; init; }
    public int TotalJp { get; init; }
    public int ClassroomJp { get; init; }
    /// <summary>Classroom share of the JP (10:20:70 expects about 10), in percent with one decimal; null without JP.</summary>
    public decimal? ClassroomSharePercent { get; init; }
    public IReadOnlyList<JpByForm> ByForm { get; init; } = [];
}

public sealed class JpBelowTargetEmployee
{
    public Guid EmployeeId { get; init; }
    /// <summary>18 digits; the birth-date digits are masked (********) for callers without personal-data access.</summary>
    [MaskedNip]
    public string Nip { get; init; } = "";
    public string Name { get; init; } = "";
    public Guid UnitId { get; init; }
    public string UnitName { get; init; } = "";
    public string? PositionName { get; init; }
    public EmploymentType EmploymentType { get; init; }
    public int TargetJp { get; init; }
    public int EarnedJp { get; init; }
    public int RemainingJp { get; init; }
}

/// <summary>A competency gap a program develops: required − assessed, and the level gain the program expects.</summary>
public sealed class GapAddressed
{
    public Guid CompetencyId { get; init; }
    public string CompetencyCode { get; init; } = "";
    public string CompetencyName { get; init; } = "";
    public int RequiredLevel { get; init; }
    public int AssessedLevel { get; init; }
    public int Gap { get; init; }
    public int ExpectedGain { get; init; }
}

public sealed class RecommendedSession
{
    public Guid SessionId { get; init; }
    public string Name { get; init; } = "";
    public DateOnly StartDate { get; init; }
    public DateOnly EndDate { get; init; }
    public int SeatsLeft { get; init; }
}

public sealed class TrainingRecommendation
{
    public Guid ProgramId { get; init; }
    public string Code { get; init; } = "";
    public string Title { get; init; } = "";
    public DevelopmentActivityForm Form { get; init; }
    public string FormLabel { get; set; } = "";
    public int Jp { get; init; }
    /// <summary>Σ gap × expected gain over the employee's gaps the program develops; the ranking key.</summary>
    public int Score { get; init; }
    /// <summary>Why, in Indonesian: "gap 2 pada Pelayanan Publik; gap 1 pada Komunikasi".</summary>
    public string Reason { get; set; } = "";
    public IReadOnlyList<GapAddressed> Gaps { get; set; } = [];
    /// <summary>Sessions open for enrollment with a seat left, earliest first (at most 5).</summary>
    public IReadOnlyList<RecommendedSession> OpenSessions { get; set; } = [];
}

public sealed class TrainingRecommendationsResponse
{
    public Guid EmployeeId { get; init; }
    /// <summary>Highest score first; at most <c>top</c> (1–50, default 10).</summary>
    public IReadOnlyList<TrainingRecommendation> Recommendations { get; init; } = [];
}

public sealed class SessionCandidate
{
    public Guid EmployeeId { get; init; }
    /// <summary>18 digits; the birth-date digits are masked (********) for callers without personal-data access.</summary>
    [MaskedNip]
    public string Nip { get; init; } = "";
    public string Name { get; init; } = "";
    public string UnitName { get; init; } = "";
    public string? PositionName { get; init; }
    /// <summary>Σ gap × expected gain over the gaps the session's program develops; the ranking key.</summary>
    public int Score { get; init; }
    public IReadOnlyList<GapAddressed> Gaps { get; set; } = [];
}

public sealed class ProgramGapClosed
{
    public Guid CompetencyId { get; init; }
    public string CompetencyCode { get; init; } = "";
    public string CompetencyName { get; init; } = "";
    public int ExpectedGain { get; init; }
    /// <summary>Active employees in scope assessed below their standard in this competency.</summary>
    public int EmployeesBelow { get; init; }
    /// <summary>Their gaps summed.</summary>
    public int GapSum { get; init; }
}

public sealed class RecommendedProgram
{
    public Guid ProgramId { get; init; }
    public string Code { get; init; } = "";
    public string Title { get; init; } = "";
    public DevelopmentActivityForm Form { get; init; }
    public string FormLabel { get; set; } = "";
    public int Jp { get; init; }
    /// <summary>Σ over its competencies of expected gain × the gaps summed in scope: Σ gap × gain over every employee.</summary>
    public int Score { get; init; }
    public IReadOnlyList<ProgramGapClosed> Competencies { get; set; } = [];
}

public sealed class RecommendedProgramsResponse
{
    /// <summary>Highest score first; at most <c>top</c> (1–50, default 10).</summary>
    public IReadOnlyList<RecommendedProgram> Recommendations { get; init; } = [];
}

/// <summary>One active employee's JP for a year against the target of their employment type (the per-employee summary).</summary>
public sealed class JpEmployeeSummary
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
    public EmploymentType EmploymentType { get; init; }
    public int TargetJp { get; init; }
    public int EarnedJp { get; init; }
    /// <summary>JP from classroom (klasikal) forms.</summary>
    public int ClassroomJp { get; init; }
    /// <summary>JP from non-classroom (non-klasikal) forms.</summary>
    public int NonClassroomJp { get; init; }
    /// <summary>Target − earned, never below 0.</summary>
    public int RemainingJp { get; init; }
    public bool ReachedTarget { get; init; }
}
