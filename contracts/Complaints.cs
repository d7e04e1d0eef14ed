namespace AsnApi.Contracts;

// Citizen feedback, second slice (issue 9): complaints with legal deadlines and public tracking.

/// <summary>How a complaint arrived. SpanLapor is SP4N-LAPOR!, the national channel (Perpres 76/2013).</summary>
public enum ComplaintChannel { Web, Sms, SpanLapor, PublicForum, WalkIn }

/// <summary>Pengaduan (complaint), aspirasi (aspiration), permintaan informasi (request for information).</summary>
public enum ComplaintType { Pengaduan, Aspirasi, PermintaanInformasi }

/// <summary>Received → Verified → InProgress → Resolved → Closed; Rejected (with a reason) from any open state.</summary>
public enum ComplaintStatus { Received, Verified, InProgress, Resolved, Closed, Rejected }

public sealed class ComplaintRequest
{
    public ComplaintChannel? Channel { get; init; }
    public ComplaintType? Type { get; init; }
    /// <summary>The service unit that handles it; its unit decides who sees the reporter's contact.</summary>
    public Guid? ServiceUnitId { get; init; }
    /// <summary>A short free label (≤ 100 characters), e.g. "Antrean", "Pungutan liar"; the volume report groups by it.</summary>
    public string? Category { get; init; }
    public string? Text { get; init; }
    /// <summary>The ticket of another system, e.g. a SP4N-LAPOR! number, for synchronisation.</summary>
    public string? ExternalReference { get; init; }
    /// <summary>Personal data: shown only to tenant admins and the head of the handling unit's sub-tree.</summary>
    public string? ReporterName { get; init; }
    /// <summary>Personal data: a phone number or e-mail address.</summary>
    public string? ReporterContact { get; init; }
}

/// <summary>The body of a status change: the text the reporter reads on the tracking page.</summary>
public sealed class ComplaintTransitionRequest
{
    /// <summary>Public answer to the reporter; required to resolve and (as the reason) to reject.</summary>
    public string? Response { get; init; }
    /// <summary>Verify only: the case needs a field check, so the longer resolution deadline applies.</summary>
    public bool? NeedsFieldCheck { get; init; }
}

public sealed class ComplaintEventResponse
{
    public ComplaintStatus Status { get; init; }
    public DateTimeOffset At { get; init; }
    /// <summary>Who made the change (staff); absent on the public page.</summary>
    public string? By { get; init; }
    public string? Response { get; init; }
}

public sealed class ComplaintResponse
{
    public Guid Id { get; init; }
    public string TrackingCode { get; init; } = "";
    public ComplaintChannel Channel { get; init; }
    public ComplaintType Type { get; init; }
    public ComplaintStatus Status { get; init; }
    public Guid ServiceUnitId { get; init; }
    public string ServiceUnitName { get; init; } = "";
    public Guid UnitId { get; init; }
    public string? Category { get; init; }
    public string Text { get; init; } = "";
    public string? ExternalReference { get; init; }
    /// <summary>Null for callers other than tenant admins and unit heads (whose sub-tree holds the handling unit).</summary>
    public string? ReporterName { get; init; }
    /// <summary>Null for callers other than tenant admins and unit heads (whose sub-tree holds the handling unit).</summary>
    public string? ReporterContact { get; init; }
    public bool NeedsFieldCheck { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }
    /// <summary>Last WIB day (inclusive) for the first response, counted in working days.</summary>
    public DateOnly FirstResponseDue { get; init; }
    /// <summary>Last WIB day (inclusive) for the resolution, counted in working days.</summary>
    public DateOnly ResolutionDue { get; init; }
    public DateTimeOffset? FirstResponseAt { get; init; }
    public DateTimeOffset? ResolvedAt { get; init; }
    /// <summary>A deadline has passed and its step is not done.</summary>
    public bool Overdue { get; init; }
    /// <summary>Overdue for more than the tenant's escalation days: for the head of the unit.</summary>
    public bool Escalated { get; init; }
    public IReadOnlyList<ComplaintEventResponse> History { get; init; } = [];
    public int Version { get; init; }
}

public sealed class PublicComplaintRequest
{
    /// <summary>A UUID the form makes once per complaint; a retry with the same one answers the first result.</summary>
    public Guid? SubmissionId { get; init; }
    /// <summary>The slug of the service unit the complaint is about.</summary>
    public string? ServiceUnitSlug { get; init; }
    public ComplaintType? Type { get; init; }
    public string? Category { get; init; }
    public string? Text { get; init; }
    public string? ReporterName { get; init; }
    public string? ReporterContact { get; init; }
}

public sealed class PublicComplaintReceipt
{
    /// <summary>Ten characters without look-alikes (no 0/O, 1/I/L): the reporter's key to the tracking page.</summary>
    public string TrackingCode { get; init; } = "";
    public string ServiceUnitName { get; init; } = "";
    public DateTimeOffset ReceivedAt { get; init; }
}

/// <summary>The tracking page: status, dates and public answers; no reporter data, no staff names, no ids.</summary>
public sealed class PublicComplaintStatus
{
    public string TrackingCode { get; init; } = "";
    public string ServiceUnitName { get; init; } = "";
    public ComplaintType Type { get; init; }
    public ComplaintStatus Status { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }
    public DateOnly FirstResponseDue { get; init; }
    public DateOnly ResolutionDue { get; init; }
    public DateTimeOffset? ResolvedAt { get; init; }
    public IReadOnlyList<ComplaintEventResponse> History { get; init; } = [];
}

/// <summary>The tenant's complaint deadlines, in working days (Monday–Friday, WIB).</summary>
public sealed class ComplaintSettingsDto
{
    /// <summary>Default 3.</summary>
    public int? FirstResponseDays { get; init; }
    /// <summary>Complaints, aspirations and information requests; default 5.</summary>
    public int? ResolutionDays { get; init; }
    /// <summary>Cases that need a field check; default 14, at most 60.</summary>
    public int? FieldCheckDays { get; init; }
    /// <summary>Working days past a missed deadline before an item counts as escalated; default 1.</summary>
    public int? EscalateAfterDays { get; init; }
    public int Version { get; init; }
}

public sealed class ComplaintUnitFigures
{
    public Guid ServiceUnitId { get; init; }
    public string ServiceUnitName { get; init; } = "";
    public int Received { get; init; }
    /// <summary>Resolved (or rejected) by the resolution deadline.</summary>
    public int ResolvedOnTime { get; init; }
    /// <summary>Resolved (or rejected) after it.</summary>
    public int ResolvedLate { get; init; }
    /// <summary>Still open past the resolution deadline.</summary>
    public int OpenOverdue { get; init; }
    /// <summary>ResolvedOnTime / (ResolvedOnTime + ResolvedLate + OpenOverdue); null when none is decided yet.</summary>
    public double? Compliance { get; init; }
}

public sealed class ComplaintVolume
{
    public ComplaintType Type { get; init; }
    /// <summary>Null: complaints without a category.</summary>
    public string? Category { get; init; }
    public int Count { get; init; }
}

public sealed class ComplaintStatsResponse
{
    public DateOnly From { get; init; }
    public DateOnly To { get; init; }
    public int Received { get; init; }
    public IReadOnlyList<ComplaintUnitFigures> ServiceUnits { get; init; } = [];
    /// <summary>Median hours from receipt to the first response (verify or reject); null without any.</summary>
    public double? MedianHoursToFirstResponse { get; init; }
    /// <summary>Median hours from receipt to resolution (resolve or reject); null without any.</summary>
    public double? MedianHoursToResolution { get; init; }
    public IReadOnlyList<ComplaintVolume> Volume { get; init; } = [];
}

/// <summary>What the public complaint form offers before anyone signs in: the tenant's name and its service units to choose from.</summary>
public sealed class PublicComplaintForm
{
    /// <summary>A tenant has tens of service units; the cap keeps the public answer bounded whatever a tenant does.</summary>
    public const int MaxServiceUnits = 500;

    public string TenantName { get; init; } = "";
    /// <summary>Every service unit of the tenant, by name (at most 500).</summary>
    public IReadOnlyList<PublicServiceUnitChoice> ServiceUnits { get; init; } = [];
}

public sealed class PublicServiceUnitChoice
{
    public string Slug { get; init; } = "";
    public string Name { get; init; } = "";
}
