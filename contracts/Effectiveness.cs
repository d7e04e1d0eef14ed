namespace AsnApi.Contracts;

// Training effectiveness (issue 10): level 1 reaction questionnaires and answers, level 2 learning gain, level 4
// results (the IKM and complaints of the service units where a program's graduates work, before and after).

/// <summary>The reaction mean read as a word: each an inclusive lower bound on the 1–5 scale (4.20, 3.40, 2.60, 1.80).</summary>
public enum ReactionBand { SangatBaik, Baik, Cukup, Kurang, SangatKurang }

/// <summary>How an answer arrived: entered by staff (supervisor, HR) on the participant's behalf, or by the participant's one-time link.</summary>
public enum ReactionChannel { Staff, Link }

/// <summary>What the effectiveness list groups sessions by.</summary>
public enum EffectivenessGrouping { Program, Partner }

public sealed class ReactionTemplateRequest
{
    /// <summary>Unique in the tenant, ≤ 200.</summary>
    public string? Name { get; init; }
    /// <summary>1–20 statements, each ≤ 500, each scored 1–5 by the respondent, in this order.</summary>
    public IReadOnlyList<string>? Items { get; init; }
    /// <summary>The tenant's default: used by every session that has not chosen another. At most one; setting it clears the others.</summary>
    public bool? IsDefault { get; init; }
}

public sealed class ReactionItemResponse
{
    /// <summary>1-based order.</summary>
    public int Position { get; init; }
    public string Text { get; init; } = "";
}

public sealed class ReactionTemplateResponse
{
    /// <summary>null for the built-in questionnaire.</summary>
    public Guid? Id { get; init; }
    public string Name { get; init; } = "";
    public bool IsBuiltIn { get; init; }
    /// <summary>Whether sessions without a chosen template ask with it.</summary>
    public bool IsDefault { get; init; }
    public IReadOnlyList<ReactionItemResponse> Items { get; init; } = [];
    /// <summary>Answers given with it; a template with answers cannot change its items (copy it instead).</summary>
    public int AnswerCount { get; init; }
    public int Version { get; init; }
}

public sealed class SessionReactionTemplateRequest
{
    /// <summary>A template of the tenant, or null for the tenant's default.</summary>
    public Guid? TemplateId { get; init; }
}

public sealed class ReactionScoreRequest
{
    /// <summary>The item's position in the session's questionnaire.</summary>
    public int? Position { get; init; }
    /// <summary>1 (sangat tidak setuju) to 5 (sangat setuju).</summary>
    public int? Score { get; init; }
}

/// <summary>One answer: every item of the session's questionnaire exactly once, and an optional comment.</summary>
public sealed class ReactionAnswerRequest
{
    public IReadOnlyList<ReactionScoreRequest>? Scores { get; init; }
    /// <summary>≤ 2,000; line breaks allowed.</summary>
    public string? Comment { get; init; }
}

public sealed class ReactionAnswerResponse
{
    public Guid Id { get; init; }
    public Guid EnrollmentId { get; init; }
    public Guid SessionId { get; init; }
    public Guid? TemplateId { get; init; }
    public IReadOnlyList<ReactionScoreResponse> Scores { get; init; } = [];
    public double Mean { get; init; }
    public string? Comment { get; init; }
    public ReactionChannel Channel { get; init; }
    /// <summary>Who entered it; "peserta" for the participant's own link.</summary>
    public string AnsweredBy { get; init; } = "";
    public DateTimeOffset AnsweredAt { get; init; }
}

public sealed class ReactionScoreResponse
{
    public int Position { get; init; }
    public int Score { get; init; }
}

public sealed class ReactionLinkResponse
{
    /// <summary>Shown once: only its hash is kept. Anyone holding it can answer once, until it expires.</summary>
    public string Token { get; init; } = "";
    /// <summary>The dashboard's public form: /reaksi/{token}.</summary>
    public string Path { get; init; } = "";
    public DateTimeOffset ExpiresAt { get; init; }
}

/// <summary>The public form behind a one-time link: what the training was and the questions. No personal data.</summary>
public sealed class PublicReactionFormResponse
{
    public string TenantName { get; init; } = "";
    public string ProgramTitle { get; init; } = "";
    public string SessionName { get; init; } = "";
    public DateOnly StartDate { get; init; }
    public DateOnly EndDate { get; init; }
    public IReadOnlyList<ReactionItemResponse> Items { get; init; } = [];
    public DateTimeOffset ExpiresAt { get; init; }
}

public sealed class PublicReactionReceivedResponse
{
    public DateTimeOffset ReceivedAt { get; init; }
}

/// <summary>Level 1 of a group: respondents, participants (attending, completed or not completed) and the means.</summary>
public sealed class ReactionFigures
{
    public int Respondents { get; init; }
    public int Participants { get; init; }
    /// <summary>Respondents ÷ participants; null without participants.</summary>
    public double? ResponseRate { get; init; }
    /// <summary>Mean of every item score given (1–5); null without answers.</summary>
    public double? Mean { get; init; }
    public ReactionBand? Band { get; init; }
    public string? BandLabel { get; init; }
}

/// <summary>Level 2 of a group: participants with both a pre- and a post-test score.</summary>
public sealed class LearningFiguresResponse
{
    public int Scored { get; init; }
    public double? MeanPre { get; init; }
    public double? MeanPost { get; init; }
    /// <summary>Mean of post − pre, in points.</summary>
    public double? MeanGain { get; init; }
    /// <summary>Mean of (post − pre) / (100 − pre) over participants below 100 at the pre-test.</summary>
    public double? MeanNormalisedGain { get; init; }
    /// <summary>Share with post &gt; pre.</summary>
    public double? ShareImproved { get; init; }
    /// <summary>Scored participants with a pre-test of 100: no room to improve, left out of the normalised mean.</summary>
    public int AtMaximum { get; init; }
}

public sealed class ReactionItemFigures
{
    public int Position { get; init; }
    public string Text { get; init; } = "";
    public int Respondents { get; init; }
    public double? Mean { get; init; }
}

public sealed class SessionParticipantEffectiveness
{
    public Guid EnrollmentId { get; init; }
    public Guid EmployeeId { get; init; }
    public string EmployeeName { get; init; } = "";
    public string UnitName { get; init; } = "";
    public EnrollmentStatus Status { get; init; }
    public int? PreTestScore { get; init; }
    public int? PostTestScore { get; init; }
    public bool Answered { get; init; }
    /// <summary>The participant's mean over the items, when answered.</summary>
    public double? ReactionMean { get; init; }
}

public sealed class SessionEffectivenessResponse
{
    public Guid SessionId { get; init; }
    public string SessionName { get; init; } = "";
    public Guid ProgramId { get; init; }
    public string ProgramTitle { get; init; } = "";
    public string? PartnerName { get; init; }
    public TrainingSessionStatus Status { get; init; }
    public DateOnly StartDate { get; init; }
    public DateOnly EndDate { get; init; }
    public ReactionTemplateResponse Template { get; init; } = new();
    public ReactionFigures Reaction { get; init; } = new();
    public IReadOnlyList<ReactionItemFigures> Items { get; init; } = [];
    public LearningFiguresResponse Learning { get; init; } = new();
    /// <summary>The participants the caller may see (a unit head: their sub-tree), by name.</summary>
    public IReadOnlyList<SessionParticipantEffectiveness> Participants { get; init; } = [];
    /// <summary>The comments given (without names), newest first, at most 50.</summary>
    public IReadOnlyList<string> Comments { get; init; } = [];
}

/// <summary>One program or partner: sessions ending in the period, levels 1 and 2 from the rollups.</summary>
public sealed class EffectivenessRow
{
    /// <summary>The program's or partner's id; null for programs without a partner.</summary>
    public Guid? Id { get; init; }
    public string Name { get; init; } = "";
    public string? Code { get; init; }
    public int Sessions { get; init; }
    public ReactionFigures Reaction { get; init; } = new();
    public LearningFiguresResponse Learning { get; init; } = new();
}

public sealed class EffectivenessListResponse
{
    public EffectivenessGrouping GroupBy { get; init; }
    public DateOnly From { get; init; }
    public DateOnly To { get; init; }
    public IReadOnlyList<EffectivenessRow> Items { get; init; } = [];
    /// <summary>Every group together.</summary>
    public ReactionFigures Reaction { get; init; } = new();
    public LearningFiguresResponse Learning { get; init; } = new();
}

/// <summary>A session of a program ending in the period, with levels 1 and 2.</summary>
public sealed class EffectivenessSessionRow
{
    public Guid SessionId { get; init; }
    public string SessionName { get; init; } = "";
    public DateOnly StartDate { get; init; }
    public DateOnly EndDate { get; init; }
    public TrainingSessionStatus Status { get; init; }
    public ReactionFigures Reaction { get; init; } = new();
    public LearningFiguresResponse Learning { get; init; } = new();
}

public sealed class ResultsPeriodFigures
{
    public DateOnly From { get; init; }
    public DateOnly To { get; init; }
    public int IkmRespondents { get; init; }
    /// <summary>The combined IKM (25–100) of the service units; null without responses.</summary>
    public decimal? Ikm { get; init; }
    public IkmGrade? IkmGrade { get; init; }
    public string? IkmGradeLabel { get; init; }
    public int ComplaintsReceived { get; init; }
    public int ComplaintsResolvedOnTime { get; init; }
    public int ComplaintsResolvedLate { get; init; }
    public int ComplaintsOpenOverdue { get; init; }
    /// <summary>On time ÷ (on time + late + open overdue); null when nothing is decided yet.</summary>
    public double? ComplaintCompliance { get; init; }
}

public sealed class ResultsServiceUnit
{
    public Guid ServiceUnitId { get; init; }
    public string Name { get; init; } = "";
    /// <summary>Staff of the service unit who completed the program.</summary>
    public int TrainedStaff { get; init; }
}

/// <summary>Level 4: a comparison of two periods, not a cause.</summary>
public sealed class ResultsComparisonResponse
{
    public Guid ProgramId { get; init; }
    public string ProgramTitle { get; init; } = "";
    /// <summary>Always "Perbandingan, bukan hubungan sebab-akibat": other things change the index too.</summary>
    public string Caveat { get; init; } = "";
    public int Months { get; init; }
    /// <summary>First and last day of the program's sessions with a completion; null without any.</summary>
    public DateOnly? TrainingFrom { get; init; }
    public DateOnly? TrainingTo { get; init; }
    public IReadOnlyList<ResultsServiceUnit> ServiceUnits { get; init; } = [];
    public ResultsPeriodFigures? Before { get; init; }
    public ResultsPeriodFigures? After { get; init; }
}
