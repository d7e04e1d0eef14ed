namespace AsnApi.Contracts;

// Citizen feedback (issue 9): service units, SKM survey responses and the IKM report.

/// <summary>IKM grade of PermenPAN-RB 14/2017: A Sangat Baik, B Baik, C Kurang Baik, D Tidak Baik.</summary>
public enum IkmGrade { A, B, C, D }

/// <summary>How a response arrived: from the public form (a phone at the counter) or typed in from a paper form.</summary>
public enum SurveyChannel { Online, Paper }

public enum AgeBand { Under20, Age20To29, Age30To39, Age40To49, Age50To59, Age60AndOver }

public enum Education { TidakSekolah, Sd, Smp, Sma, Diploma, S1, S2, S3 }

public enum Occupation { Pns, TniPolri, PegawaiSwasta, Wirausaha, PelajarMahasiswa, IbuRumahTangga, Lainnya }

public sealed class ServiceUnitRequest
{
    public string? Name { get; init; }
    /// <summary>Lower-case letters, digits and single hyphens, e.g. dukcapil-kota; unique in the tenant. The public form's address.</summary>
    public string? Slug { get; init; }
    /// <summary>The unit (OPD) the service point belongs to.</summary>
    public Guid? UnitId { get; init; }
    /// <summary>The services a respondent can pick, e.g. "KTP-el", "Akta Kelahiran".</summary>
    public IReadOnlyList<string>? ServiceTypes { get; init; }
    /// <summary>People served per year: N of the sample rule (pro rata for shorter periods).</summary>
    public int? PopulationPerYear { get; init; }
    /// <summary>Employees of the tenant who work at the service point.</summary>
    public IReadOnlyList<Guid>? StaffIds { get; init; }
    /// <summary>Whether the public may submit the survey; default true.</summary>
    public bool? SurveyOpen { get; init; }
}

public sealed class ServiceUnitResponse
{
    public Guid Id { get; init; }
    public string Name { get; init; } = "";
    public string Slug { get; init; } = "";
    public Guid UnitId { get; init; }
    public string UnitName { get; init; } = "";
    public IReadOnlyList<string> ServiceTypes { get; init; } = [];
    public int PopulationPerYear { get; init; }
    public IReadOnlyList<Guid> StaffIds { get; init; } = [];
    public bool SurveyOpen { get; init; }
    /// <summary>The public survey's API address: /api/v1/public/{tenantCode}/service-units/{slug}.</summary>
    public string PublicPath { get; init; } = "";
    public int Version { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
}

public sealed class UnsurInfo
{
    /// <summary>U1 … U9.</summary>
    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
}

/// <summary>What the public form needs: no ids, no staff, no figures.</summary>
public sealed class PublicServiceUnitResponse
{
    public string Name { get; init; } = "";
    public string Slug { get; init; } = "";
    public string TenantName { get; init; } = "";
    public string UnitName { get; init; } = "";
    public IReadOnlyList<string> ServiceTypes { get; init; } = [];
    public bool SurveyOpen { get; init; }
    /// <summary>The nine questions, in the order of the scores.</summary>
    public IReadOnlyList<UnsurInfo> Unsur { get; init; } = [];
}

/// <summary>Optional, and every part of it optional: who answered, in the regulation's categories.</summary>
public sealed class RespondentProfileRequest
{
    public Sex? Sex { get; init; }
    public AgeBand? AgeBand { get; init; }
    public Education? Education { get; init; }
    public Occupation? Occupation { get; init; }
}

public sealed class SurveySubmissionRequest
{
    /// <summary>A UUID the form generates once per filled-in survey; a retry sends the same one and is counted once.</summary>
    public Guid? SubmissionId { get; init; }
    /// <summary>Nine scores 1–4 (1 tidak baik … 4 sangat baik), U1 to U9 in order.</summary>
    public IReadOnlyList<int>? Scores { get; init; }
    /// <summary>One of the service unit's service types.</summary>
    public string? ServiceType { get; init; }
    public RespondentProfileRequest? Respondent { get; init; }
    public string? Suggestion { get; init; }
}

public sealed class SurveySubmissionResponse
{
    public Guid SubmissionId { get; init; }
    public string ServiceUnitName { get; init; } = "";
    public DateTimeOffset ReceivedAt { get; init; }
}

public sealed class PaperSurveyResponseRequest
{
    /// <summary>Nine scores 1–4, U1 to U9 in order.</summary>
    public IReadOnlyList<int>? Scores { get; init; }
    public string? ServiceType { get; init; }
    /// <summary>The day written on the form; not in the future.</summary>
    public DateOnly? RespondedOn { get; init; }
    public RespondentProfileRequest? Respondent { get; init; }
    public string? Suggestion { get; init; }
}

public sealed class PaperSurveyBatchRequest
{
    /// <summary>Up to 1,000 forms; all are stored or none.</summary>
    public IReadOnlyList<PaperSurveyResponseRequest>? Responses { get; init; }
}

public sealed class PaperSurveyBatchResponse
{
    public Guid ServiceUnitId { get; init; }
    public int Accepted { get; init; }
}

public sealed class UnsurScore
{
    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
    /// <summary>Mean score 1–4 (unrounded); null without respondents.</summary>
    public decimal? Nrr { get; init; }
}

/// <summary>The IKM of one service unit over a period.</summary>
public sealed class IkmResponse
{
    public Guid ServiceUnitId { get; init; }
    public string ServiceUnitName { get; init; } = "";
    public string Slug { get; init; } = "";
    public Guid UnitId { get; init; }
    public string UnitName { get; init; } = "";
    public DateOnly From { get; init; }
    public DateOnly To { get; init; }
    public int RespondentCount { get; init; }
    public IReadOnlyList<UnsurScore> Unsur { get; init; } = [];
    /// <summary>Σ(NRR × 1/9) × 25, unrounded (round to two decimals for display only); null without respondents.</summary>
    public decimal? Ikm { get; init; }
    public IkmGrade? Grade { get; init; }
    public string? GradeLabel { get; init; }
    /// <summary>The unsur with the lowest NRR (the first in order on a tie).</summary>
    public UnsurScore? WeakestUnsur { get; init; }
    /// <summary>N of the sample rule: the yearly population pro rata for the period.</summary>
    public long PopulationInPeriod { get; init; }
    /// <summary>Krejcie–Morgan sample size for that N.</summary>
    public int RequiredSample { get; init; }
    /// <summary>false: the index is shown, but flagged as resting on too few respondents.</summary>
    public bool SampleSufficient { get; init; }
}

/// <summary>The figures of several service units together: all their respondents in one index.</summary>
public sealed class IkmSummary
{
    public int ServiceUnitCount { get; init; }
    public int RespondentCount { get; init; }
    public IReadOnlyList<UnsurScore> Unsur { get; init; } = [];
    public decimal? Ikm { get; init; }
    public IkmGrade? Grade { get; init; }
    public string? GradeLabel { get; init; }
    public UnsurScore? WeakestUnsur { get; init; }
    public long PopulationInPeriod { get; init; }
    public int RequiredSample { get; init; }
    public bool SampleSufficient { get; init; }
}

public sealed class TenantIkmResponse
{
    public DateOnly From { get; init; }
    public DateOnly To { get; init; }
    /// <summary>Every service unit in scope, by name, also those without respondents in the period.</summary>
    public IReadOnlyList<IkmResponse> ServiceUnits { get; init; } = [];
    public IkmSummary Combined { get; init; } = new();
}

public sealed class IkmQuarter
{
    public int Year { get; init; }
    /// <summary>1–4.</summary>
    public int Quarter { get; init; }
    public int RespondentCount { get; init; }
    public decimal? Ikm { get; init; }
    public IkmGrade? Grade { get; init; }
    public string? GradeLabel { get; init; }
}

public sealed class IkmTrendResponse
{
    public DateOnly From { get; init; }
    public DateOnly To { get; init; }
    /// <summary>Every quarter the period touches, oldest first, also those without respondents.</summary>
    public IReadOnlyList<IkmQuarter> Quarters { get; init; } = [];
}

/// <summary>What the public may see of a service unit's index: figures only, no respondent, no suggestion.</summary>
public sealed class PublicIkmResponse
{
    public string ServiceUnitName { get; init; } = "";
    public DateOnly From { get; init; }
    public DateOnly To { get; init; }
    public int RespondentCount { get; init; }
    public IReadOnlyList<UnsurScore> Unsur { get; init; } = [];
    public decimal? Ikm { get; init; }
    public IkmGrade? Grade { get; init; }
    public string? GradeLabel { get; init; }
    public bool SampleSufficient { get; init; }
}

/// <summary>One stored survey response, as staff read it.</summary>
public sealed class SurveyResponseItem
{
    public Guid Id { get; init; }
    public SurveyChannel Channel { get; init; }
    public DateOnly RespondedOn { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }
    public string ServiceType { get; init; } = "";
    /// <summary>U1 to U9.</summary>
    public IReadOnlyList<int> Scores { get; init; } = [];
    /// <summary>Personal data, with the rest of the profile and the suggestion: null for roles without personal-data access.</summary>
    public Sex? Sex { get; init; }
    public AgeBand? AgeBand { get; init; }
    public Education? Education { get; init; }
    public Occupation? Occupation { get; init; }
    /// <summary>Free text from the respondent, which may name people: null for roles without personal-data access.</summary>
    public string? Suggestion { get; init; }
    /// <summary>Who typed in a paper form; null for the public form.</summary>
    public string? EnteredBy { get; init; }
}
