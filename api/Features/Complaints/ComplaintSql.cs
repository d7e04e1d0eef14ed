using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;

namespace AsnApi.Features.Complaints;

/// <summary>What the complaint use cases share: the row read, its history, the tenant's deadlines, the inserts.</summary>
internal static class ComplaintSql
{
    public const string Columns = """
        c.Id, c.TrackingCode, c.Channel, c.Type, c.Status, c.ServiceUnitId, su.Name AS ServiceUnitName, su.UnitId, c.Category, c.Text, c.ExternalReference,
        c.ReporterName, c.ReporterContact, c.NeedsFieldCheck, c.ReceivedAt, c.FirstResponseDue, c.ResolutionDue, c.FirstResponseAt, c.ResolvedAt, c.Version
        """;
    public const string From = "Complaints c JOIN ServiceUnits su ON su.Id = c.ServiceUnitId JOIN Units u ON u.Id = su.UnitId";

    [Sql] internal const string Current = "SELECT Version FROM Complaints WHERE Id = @Id AND TenantId = @TenantId";

    private static readonly string[] Keys = ["TenantId", "SubmissionId"];
    private static readonly string[] Rest =
    [
        "Id", "ServiceUnitId", "TrackingCode", "Channel", "Type", "Status", "Category", "Text", "ExternalReference", "ReporterName", "ReporterContact",
        "NeedsFieldCheck", "ReceivedAt", "ReceivedOn", "FirstResponseDue", "ResolutionDue", "Version", "UpdatedAt",
    ];

    /// <summary>Insert unless the tenant has this submissionId (a public retry): an upsert whose update never applies.</summary>
    [Sql] internal static string InsertOnce(ISqlDialect d) => d.Upsert("Complaints", Keys, Rest, _ => "1 = 0");

    /// <summary>A complaint with its whole state at once: the demo seed's, which writes complaints that have been through the flow.</summary>
    [Sql] internal const string InsertSeeded = """
        INSERT INTO Complaints (Id, TenantId, ServiceUnitId, SubmissionId, TrackingCode, Channel, Type, Status, Category, Text, ExternalReference, ReporterName, ReporterContact,
                                NeedsFieldCheck, ReceivedAt, ReceivedOn, FirstResponseDue, ResolutionDue, FirstResponseAt, FirstResponseMinutes, ResolvedAt, ResolvedOn, ResolutionMinutes, Version, UpdatedAt)
        VALUES (@Id, @TenantId, @ServiceUnitId, @SubmissionId, @TrackingCode, @Channel, @Type, @Status, @Category, @Text, @ExternalReference, @ReporterName, @ReporterContact,
                @NeedsFieldCheck, @ReceivedAt, @ReceivedOn, @FirstResponseDue, @ResolutionDue, @FirstResponseAt, @FirstResponseMinutes, @ResolvedAt, @ResolvedOn, @ResolutionMinutes, @Version, @UpdatedAt)
        """;

    [Sql] internal const string InsertEvent = """
        INSERT INTO ComplaintEvents (Id, TenantId, ComplaintId, Version, Status, At, Actor, Response)
        VALUES (@EventId, @TenantId, @ComplaintId, @Version, @Status, @At, @Actor, @Response)
        """;

    [Sql] internal const string Events = "SELECT Status, At, Actor, Response FROM ComplaintEvents WHERE ComplaintId = @ComplaintId AND TenantId = @TenantId ORDER BY Version";

    [Sql] internal const string Settings = "SELECT FirstResponseDays, ResolutionDays, FieldCheckDays, EscalateAfterDays, Version FROM ComplaintSettings WHERE TenantId = @TenantId";

    public static DateOnly DayOf(DateTimeOffset at) => SurveyRollups.DayOf(at);

    internal sealed class SettingsRow
    {
        public int FirstResponseDays { get; init; }
        public int ResolutionDays { get; init; }
        public int FieldCheckDays { get; init; }
        public int EscalateAfterDays { get; init; }
        public int Version { get; init; }
    }

    public static async Task<(ComplaintDeadlines Deadlines, int Version)> LoadSettings(Db db, Guid tenantId, CancellationToken ct) =>
        await db.Single<SettingsRow>(Settings, new { TenantId = tenantId }, ct) is { } r
            ? (new ComplaintDeadlines(r.FirstResponseDays, r.ResolutionDays, r.FieldCheckDays, r.EscalateAfterDays), r.Version)
            : (ComplaintDeadlines.Default, 0);

    /// <summary>Reporter contacts are for tenant admins and unit heads; a unit head reads only complaints of their sub-tree.</summary>
    public static bool SeesReporter(CurrentUser user) => user.Role is Role.TenantAdmin or Role.UnitHead;

    /// <summary>The row for insert: every column of <see cref="InsertOnce"/>.</summary>
    public static object NewRow(Guid tenantId, Guid id, Guid submissionId, Guid serviceUnitId, ComplaintChannel channel, ComplaintType type, string? category, string text,
        string? externalReference, string? reporterName, string? reporterContact, DateTimeOffset now, ComplaintDeadlines d)
    {
        var day = DayOf(now);
        return new
        {
            TenantId = tenantId, SubmissionId = submissionId, Id = id, ServiceUnitId = serviceUnitId, TrackingCode = ComplaintRules.NewTrackingCode(),
            Channel = channel.ToString(), Type = type.ToString(), Status = nameof(ComplaintStatus.Received), Category = category, Text = text,
            ExternalReference = externalReference, ReporterName = reporterName, ReporterContact = reporterContact, NeedsFieldCheck = false,
            ReceivedAt = now, ReceivedOn = day, FirstResponseDue = ComplaintRules.FirstResponseDue(day, d), ResolutionDue = ComplaintRules.ResolutionDue(day, false, d),
            Version = 1, UpdatedAt = now,
        };
    }

    internal sealed class EventRow
    {
        public string Status { get; init; } = "";
        public DateTimeOffset At { get; init; }
        public string Actor { get; init; } = "";
        public string? Response { get; init; }
    }

    public static async Task<IReadOnlyList<EventRow>> History(Db db, Guid tenantId, Guid complaintId, CancellationToken ct) =>
        await db.Query<EventRow>(Events, new { TenantId = tenantId, ComplaintId = complaintId }, ct);

    /// <summary>A complaint as its columns read; the export's row extends it with the step times.</summary>
    internal class Row
    {
        public Guid Id { get; init; }
        public string TrackingCode { get; init; } = "";
        public string Channel { get; init; } = "";
        public string Type { get; init; } = "";
        public string Status { get; init; } = "";
        public Guid ServiceUnitId { get; init; }
        public string ServiceUnitName { get; init; } = "";
        public Guid UnitId { get; init; }
        public string? Category { get; init; }
        public string Text { get; init; } = "";
        public string? ExternalReference { get; init; }
        public string? ReporterName { get; init; }
        public string? ReporterContact { get; init; }
        public bool NeedsFieldCheck { get; init; }
        public DateTimeOffset ReceivedAt { get; init; }
        public DateOnly FirstResponseDue { get; init; }
        public DateOnly ResolutionDue { get; init; }
        public DateTimeOffset? FirstResponseAt { get; init; }
        public DateTimeOffset? ResolvedAt { get; init; }
        public int Version { get; init; }

        public ComplaintStatus StatusValue => Enum.Parse<ComplaintStatus>(Status);

        public ComplaintResponse ToResponse(bool personal, DateOnly today, ComplaintDeadlines d, IReadOnlyList<EventRow> history) => new()
        {
            Id = Id, TrackingCode = TrackingCode, Channel = Enum.Parse<ComplaintChannel>(Channel), Type = Enum.Parse<ComplaintType>(Type), Status = StatusValue,
            ServiceUnitId = ServiceUnitId, ServiceUnitName = ServiceUnitName, UnitId = UnitId, Category = Category, Text = Text, ExternalReference = ExternalReference,
            ReporterName = personal ? ReporterName : null, ReporterContact = personal ? ReporterContact : null, NeedsFieldCheck = NeedsFieldCheck,
            ReceivedAt = ReceivedAt, FirstResponseDue = FirstResponseDue, ResolutionDue = ResolutionDue, FirstResponseAt = FirstResponseAt, ResolvedAt = ResolvedAt,
            Overdue = ComplaintRules.Overdue(FirstResponseDue, FirstResponseAt is not null, ResolutionDue, ResolvedAt is not null, today),
            Escalated = ComplaintRules.Escalated(FirstResponseDue, FirstResponseAt is not null, ResolutionDue, ResolvedAt is not null, today, d),
            History = history.Select(e => new ComplaintEventResponse { Status = Enum.Parse<ComplaintStatus>(e.Status), At = e.At, By = e.Actor, Response = e.Response }).ToList(),
            Version = Version,
        };
    }
}
