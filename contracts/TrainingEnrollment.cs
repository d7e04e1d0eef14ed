namespace AsnApi.Contracts;

// Enrollments in a training session (angkatan): the roster, attendance, scores, completion with its JP credit,
// certificate number and the development-plan items it closes, and withdrawal.

public sealed class EnrollmentRequest
{
    public Guid? EmployeeId { get; init; }
}

public sealed class AttendanceDayRequest
{
    /// <summary>A day within the session's start and end dates.</summary>
    public DateOnly? Day { get; init; }
    public bool? Present { get; init; }
}

/// <summary>Replaces the attendance and both scores (a PUT: what is left out is cleared).</summary>
public sealed class EnrollmentUpdateRequest
{
    /// <summary>At most one entry per day, each within the session's dates.</summary>
    public IReadOnlyList<AttendanceDayRequest>? Attendance { get; init; }
    /// <summary>0–100, or null when not taken.</summary>
    public int? PreTestScore { get; init; }
    /// <summary>0–100, or null when not taken.</summary>
    public int? PostTestScore { get; init; }
}

public sealed class AttendanceDayResponse
{
    public DateOnly Day { get; init; }
    public bool Present { get; init; }
}

/// <summary>The JP ledger entry a completion credited.</summary>
public sealed class EnrollmentLedgerEntryResponse
{
    public Guid Id { get; init; }
    public int Year { get; init; }
    public DateOnly EntryDate { get; init; }
    public DevelopmentActivityForm Form { get; init; }
    public int Jp { get; init; }
    public string Title { get; init; } = "";
}

/// <summary>A development-plan item the completion closed (same employee, competency and form, approved plan).</summary>
public sealed class ClosedPlanItemResponse
{
    public Guid PlanId { get; init; }
    public int PlanYear { get; init; }
    public Guid ItemId { get; init; }
    public Guid CompetencyId { get; init; }
    public string CompetencyName { get; init; } = "";
    public DevelopmentActivityForm Form { get; init; }
    public string ActivityName { get; init; } = "";
    public DateTimeOffset CompletedAt { get; init; }
}

public sealed class EnrollmentResponse
{
    public Guid Id { get; init; }
    public Guid SessionId { get; init; }
    public string SessionName { get; init; } = "";
    public Guid ProgramId { get; init; }
    public string ProgramCode { get; init; } = "";
    public string ProgramTitle { get; init; } = "";
    public Guid EmployeeId { get; init; }
    public string EmployeeName { get; init; } = "";
    /// <summary>18 digits; the birth-date digits are masked (********) for callers without personal-data access.</summary>
    [MaskedNip]
    public string Nip { get; init; } = "";
    public Guid UnitId { get; init; }
    public string UnitName { get; init; } = "";
    public EnrollmentStatus Status { get; init; }
    public int? PreTestScore { get; init; }
    public int? PostTestScore { get; init; }
    /// <summary>Days marked present.</summary>
    public int DaysPresent { get; init; }
    public DateTimeOffset? CompletedAt { get; init; }
    /// <summary>The program's JP credited to the ledger on completion.</summary>
    public int? JpCredited { get; init; }
    /// <summary>e.g. TPI/2026/PKP/0042, when the program grants a certificate.</summary>
    public string? CertificateNumber { get; init; }
    public string EnrolledBy { get; init; } = "";
    public DateTimeOffset EnrolledAt { get; init; }
    public int Version { get; init; }
    /// <summary>Filled on the single-item read.</summary>
    public IReadOnlyList<AttendanceDayResponse>? Attendance { get; set; }
    /// <summary>Filled on the single-item read: the ledger entry of a completion.</summary>
    public IReadOnlyList<EnrollmentLedgerEntryResponse>? LedgerEntries { get; set; }
    /// <summary>Filled on the single-item read: the plan items this completion closed.</summary>
    public IReadOnlyList<ClosedPlanItemResponse>? ClosedPlanItems { get; set; }
}
