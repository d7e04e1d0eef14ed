namespace AsnApi.Contracts;

// Performance appraisal (SKP, PermenPAN-RB 6/2022): appraisal periods, one appraisal per employee and period,
// the predicate from the results × behaviour matrix, and its distribution.

/// <summary>A rating of work results or of work behaviour.</summary>
public enum SkpRating { DiBawahEkspektasi, SesuaiEkspektasi, DiAtasEkspektasi }

/// <summary>The final predicate, read from the matrix; never entered by hand.</summary>
public enum SkpPredicate { SangatBaik, Baik, ButuhPerbaikan, KurangMisconduct, SangatKurang }

public sealed class AppraisalPeriodRequest
{
    /// <summary>E.g. "SKP 2026"; when omitted with a year, "Periode SKP {year}".</summary>
    public string? Name { get; init; }
    /// <summary>An annual period, 1 January to 31 December; used only when start and end are both omitted.</summary>
    public int? Year { get; init; }
    public DateOnly? StartDate { get; init; }
    /// <summary>On or after the start date.</summary>
    public DateOnly? EndDate { get; init; }
}

public sealed class AppraisalPeriodResponse
{
    public Guid Id { get; init; }
    public string Name { get; init; } = "";
    public DateOnly StartDate { get; init; }
    public DateOnly EndDate { get; init; }
    /// <summary>Appraisals recorded in the period (a period with appraisals cannot be deleted).</summary>
    public int AppraisalCount { get; init; }
    public int Version { get; init; }
}

public sealed class PerformanceAppraisalRequest
{
    public Guid? EmployeeId { get; init; }
    public Guid? PeriodId { get; init; }
    public SkpRating? ResultsRating { get; init; }
    public SkpRating? BehaviourRating { get; init; }
    public string? Notes { get; init; }
}

/// <summary>A correction: the ratings and notes; the employee and the period stay.</summary>
public sealed class PerformanceAppraisalUpdateRequest
{
    public SkpRating? ResultsRating { get; init; }
    public SkpRating? BehaviourRating { get; init; }
    public string? Notes { get; init; }
}

public sealed class PerformanceAppraisalResponse
{
    public Guid Id { get; init; }
    public Guid EmployeeId { get; init; }
    public string EmployeeName { get; init; } = "";
    /// <summary>18 digits; the birth-date digits are masked (********) for callers without personal-data access.</summary>
    [MaskedNip]
    public string Nip { get; init; } = "";
    public Guid UnitId { get; init; }
    public string UnitName { get; init; } = "";
    public Guid PeriodId { get; init; }
    public string PeriodName { get; init; } = "";
    public SkpRating ResultsRating { get; init; }
    public string ResultsRatingLabel { get; set; } = "";
    public SkpRating BehaviourRating { get; init; }
    public string BehaviourRatingLabel { get; set; } = "";
    public SkpPredicate Predicate { get; init; }
    /// <summary>Sangat Baik, Baik, Butuh Perbaikan, Kurang/Misconduct, Sangat Kurang.</summary>
    public string PredicateLabel { get; set; } = "";
    public string? Notes { get; init; }
    public string AppraisedBy { get; init; } = "";
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public int Version { get; init; }
}

public sealed class SkpRatingOption
{
    public SkpRating Rating { get; init; }
    public string Label { get; init; } = "";
}

public sealed class SkpPredicateOption
{
    public SkpPredicate Predicate { get; init; }
    public string Label { get; init; } = "";
}

public sealed class SkpMatrixCell
{
    public SkpRating ResultsRating { get; init; }
    public SkpRating BehaviourRating { get; init; }
    public SkpPredicate Predicate { get; init; }
    public string PredicateLabel { get; init; } = "";
}

/// <summary>The matrix of PermenPAN-RB 6/2022: the three ratings, the five predicates and the nine cells.</summary>
public sealed class SkpMatrixResponse
{
    public IReadOnlyList<SkpRatingOption> Ratings { get; init; } = [];
    public IReadOnlyList<SkpPredicateOption> Predicates { get; init; } = [];
    public IReadOnlyList<SkpMatrixCell> Cells { get; init; } = [];
}

public sealed class PredicateCount
{
    public SkpPredicate Predicate { get; init; }
    public string Label { get; init; } = "";
    public int Count { get; init; }
    /// <summary>Count ÷ appraised employees in scope; null when nobody is appraised.</summary>
    public decimal? Share { get; init; }
}

public sealed class AppraisalDistributionResponse
{
    public Guid PeriodId { get; init; }
    public string PeriodName { get; init; } = "";
    /// <summary>The sub-tree's root; null for the caller's whole scope.</summary>
    public Guid? UnderUnitId { get; init; }
    /// <summary>Active employees in scope.</summary>
    public int EmployeesInScope { get; init; }
    /// <summary>Active employees in scope with an appraisal for the period.</summary>
    public int Appraised { get; init; }
    public int WithoutAppraisal { get; init; }
    /// <summary>All five predicates, in the matrix's order from Sangat Baik to Sangat Kurang.</summary>
    public IReadOnlyList<PredicateCount> Predicates { get; init; } = [];
}
