namespace AsnApi.Contracts;

// The training catalogue: partners, programs and the competencies they develop, and sessions (angkatan).

public sealed class PartnerRequest
{
    /// <summary>Unique within the tenant.</summary>
    public string? Name { get; init; }
    public PartnerKind? Kind { get; init; }
    public string? ContactName { get; init; }
    public string? ContactEmail { get; init; }
    public string? ContactPhone { get; init; }
}

public sealed class PartnerResponse
{
    public Guid Id { get; init; }
    public string Name { get; init; } = "";
    public PartnerKind Kind { get; init; }
    public string? ContactName { get; init; }
    public string? ContactEmail { get; init; }
    public string? ContactPhone { get; init; }
    public bool IsActive { get; init; }
    public int Version { get; init; }
}

public sealed class ProgramCompetencyRequest
{
    public Guid? CompetencyId { get; init; }
    /// <summary>The level gain a participant can expect: 1 or 2.</summary>
    public int? ExpectedGain { get; init; }
}

public sealed class TrainingProgramRequest
{
    /// <summary>Letters, digits and hyphens, unique within the tenant, stored upper-case: it goes into certificate numbers (TPI/2026/PKP/0042).</summary>
    public string? Code { get; init; }
    public string? Title { get; init; }
    public string? Description { get; init; }
    public DevelopmentActivityForm? Form { get; init; }
    public TrainingDelivery? Delivery { get; init; }
    /// <summary>Jam pelajaran (1 JP = 45 minutes) credited on completion.</summary>
    public int? Jp { get; init; }
    /// <summary>An active partner of the tenant, or none.</summary>
    public Guid? PartnerId { get; init; }
    /// <summary>Rupiah per participant; none when unknown.</summary>
    public decimal? CostPerParticipant { get; init; }
    public bool? GrantsCertificate { get; init; }
    /// <summary>The competencies the program develops; an update replaces the whole list.</summary>
    public IReadOnlyList<ProgramCompetencyRequest>? Competencies { get; init; }
}

public sealed class ProgramCompetencyResponse
{
    public Guid CompetencyId { get; init; }
    public string CompetencyCode { get; init; } = "";
    public string CompetencyName { get; init; } = "";
    public int ExpectedGain { get; init; }
}

public sealed class TrainingProgramResponse
{
    public Guid Id { get; init; }
    public string Code { get; init; } = "";
    public string Title { get; init; } = "";
    public string? Description { get; init; }
    public DevelopmentActivityForm Form { get; init; }
    /// <summary>The form's Indonesian name (e.g. "Pelatihan Teknis").</summary>
    public string FormLabel { get; set; } = "";
    /// <summary>Klasikal (classroom) form, the "10" of 10:20:70.</summary>
    public bool IsClassroom { get; set; }
    public TrainingDelivery Delivery { get; init; }
    public int Jp { get; init; }
    public Guid? PartnerId { get; init; }
    public string? PartnerName { get; init; }
    public decimal? CostPerParticipant { get; init; }
    public bool GrantsCertificate { get; init; }
    public bool IsActive { get; init; }
    public int Version { get; init; }
    public IReadOnlyList<ProgramCompetencyResponse> Competencies { get; set; } = [];
}

public sealed class TrainingSessionRequest
{
    /// <summary>An active program of the tenant; it can change only while nobody is enrolled.</summary>
    public Guid? ProgramId { get; init; }
    /// <summary>E.g. "Angkatan I".</summary>
    public string? Name { get; init; }
    public DateOnly? StartDate { get; init; }
    /// <summary>On or after the start date.</summary>
    public DateOnly? EndDate { get; init; }
    /// <summary>Where it takes place; a location, an online link or both.</summary>
    public string? Location { get; init; }
    /// <summary>An http(s) address.</summary>
    public string? OnlineLink { get; init; }
    /// <summary>Seats; never below the seats already taken.</summary>
    public int? Capacity { get; init; }
}

public sealed class TrainingSessionResponse
{
    public Guid Id { get; init; }
    public Guid ProgramId { get; init; }
    public string ProgramCode { get; init; } = "";
    public string ProgramTitle { get; init; } = "";
    public int ProgramJp { get; init; }
    public DevelopmentActivityForm ProgramForm { get; init; }
    public string Name { get; init; } = "";
    public DateOnly StartDate { get; init; }
    public DateOnly EndDate { get; init; }
    public string? Location { get; init; }
    public string? OnlineLink { get; init; }
    public int Capacity { get; init; }
    public int SeatsTaken { get; init; }
    public int SeatsLeft { get; init; }
    public TrainingSessionStatus Status { get; init; }
    /// <summary>The status's Indonesian name (Direncanakan, Pendaftaran dibuka, Berlangsung, Selesai, Dibatalkan).</summary>
    public string StatusLabel { get; set; } = "";
    /// <summary>Changes with edits and transitions, not with enrollments (seats have their own counter).</summary>
    public int Version { get; init; }
}
