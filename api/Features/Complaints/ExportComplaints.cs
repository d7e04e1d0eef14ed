using System.Runtime.CompilerServices;
using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using Dapper;
using Mediator;

namespace AsnApi.Features.Complaints;

/// <summary>
/// The complaints board as a file, with the list's filters, scope and sort: every complaint with its deadlines, whether
/// they were kept, the time of each step and who took the last one. The reporter's name and contact are filled for the
/// roles the list shows them to (tenant admins, unit heads for their sub-tree) and left empty for everyone else.
/// </summary>
public static class ExportComplaints
{
    public sealed record Query(ComplaintStatus? Status, Guid? ServiceUnitId, Guid? UnderUnitId, ComplaintType? Type, string? Category,
        ComplaintChannel? Channel, bool? Overdue, DateOnly? From, DateOnly? To, string? Sort, ExportFormat? Format = null) : IStreamQuery<Row>;

    private static string StepAt(ComplaintStatus s, string alias) =>
        $"(SELECT MAX(e.At) FROM ComplaintEvents e WHERE e.ComplaintId = c.Id AND e.TenantId = c.TenantId AND e.Status = '{s}') AS {alias}";

    /// <summary>
    /// Each step happens at most once in the flow, so its time is one index seek per complaint
    /// (IX_ComplaintEvents_Complaint); the last step's actor is the event of the complaint's current version.
    /// </summary>
    private static readonly string SelectColumns = $"""
        {ComplaintSql.Columns}, c.ReceivedOn, c.ResolvedOn,
        {StepAt(ComplaintStatus.Verified, "VerifiedAt")}, {StepAt(ComplaintStatus.InProgress, "StartedAt")}, {StepAt(ComplaintStatus.Resolved, "ResolvedStepAt")},
        {StepAt(ComplaintStatus.Closed, "ClosedAt")}, {StepAt(ComplaintStatus.Rejected, "RejectedAt")}, le.Actor AS LastActor
        """;

    internal static string Sql(bool status, bool unit, bool under, bool type, bool category, bool channel, bool? overdue, bool from, bool to, string orderBy) =>
        $"""
        SELECT {SelectColumns}
        FROM {ComplaintSql.From} LEFT JOIN ComplaintEvents le ON le.ComplaintId = c.Id AND le.TenantId = c.TenantId AND le.Version = c.Version
        WHERE {string.Join(" AND ", ListComplaints.Where(status, unit, under, type, category, channel, overdue, from, to))}
        ORDER BY {orderBy}
        """;

    [Sql]
    internal static IEnumerable<string> AllVariants() =>
        ListComplaints.Sorts.Keys.Select(s => Sql(true, true, true, true, true, true, true, true, true, Listing.OrderBy("-" + s, ListComplaints.Sorts, DefaultSort, "c.Id")))
            .Append(Sql(false, false, false, false, false, false, false, false, false, "c.Id"));

    private const string DefaultSort = "-receivedAt";

    /// <summary>What the list checks, done before the export is audited and before the first byte.</summary>
    private static string Check(Query q)
    {
        ListComplaints.Check(q.From, q.To, q.Category);
        return Listing.OrderBy(q.Sort, ListComplaints.Sorts, DefaultSort, "c.Id");
    }

    internal sealed class StoredRow : ComplaintSql.Row
    {
        public DateOnly ReceivedOn { get; init; }
        public DateOnly? ResolvedOn { get; init; }
        public DateTimeOffset? VerifiedAt { get; init; }
        public DateTimeOffset? StartedAt { get; init; }
        public DateTimeOffset? ResolvedStepAt { get; init; }
        public DateTimeOffset? ClosedAt { get; init; }
        public DateTimeOffset? RejectedAt { get; init; }
        public string? LastActor { get; init; }
    }

    /// <summary>A line of the file, with the reporter already removed for callers who may not see it.</summary>
    public sealed record Row(
        string TrackingCode, DateTimeOffset ReceivedAt, DateOnly ReceivedOn, string ServiceUnitName, ComplaintType Type, string? Category, ComplaintChannel Channel,
        ComplaintStatus Status, string? ExternalReference, DateOnly FirstResponseDue, DateTimeOffset? FirstResponseAt, bool? FirstResponseOnTime,
        DateOnly ResolutionDue, bool NeedsFieldCheck, DateTimeOffset? VerifiedAt, DateTimeOffset? StartedAt, DateTimeOffset? ResolvedAt, DateTimeOffset? ClosedAt,
        DateTimeOffset? RejectedAt, bool? ResolvedOnTime, bool Overdue, bool Escalated, string? LastActor, string Text, string? ReporterName, string? ReporterContact);

    internal sealed class Handler(Db db, CurrentUser user, TimeProvider clock) : IStreamQueryHandler<Query, Row>
    {
        public async IAsyncEnumerable<Row> Handle(Query query, [EnumeratorCancellation] CancellationToken ct)
        {
            var orderBy = Check(query);
            var tenantId = await user.TenantId(ct);
            var underPath = await UnitTree.SubtreePattern(db, tenantId, query.UnderUnitId, ct);
            var category = CreateComplaint.Blank(query.Category);
            var today = ComplaintSql.DayOf(clock.GetUtcNow());
            var (deadlines, _) = await ComplaintSql.LoadSettings(db, tenantId, ct);
            var personal = ComplaintSql.SeesReporter(user);
            var sql = Sql(query.Status is not null, query.ServiceUnitId is not null, underPath is not null, query.Type is not null, category is not null,
                query.Channel is not null, query.Overdue, query.From is not null, query.To is not null, orderBy);
            var args = new
            {
                TenantId = tenantId, Scope = await user.UnitScope(ct), Status = query.Status?.ToString(), query.ServiceUnitId, UnderPath = underPath, Type = query.Type?.ToString(),
                Category = category, Channel = query.Channel?.ToString(), Today = today, query.From, query.To,
            };
            await foreach (var r in (await db.Connection(ct)).QueryUnbufferedAsync<StoredRow>(sql, args, db.Transaction).WithCancellation(ct))
            {
                bool responded = r.FirstResponseAt is not null, resolved = r.ResolvedAt is not null;
                yield return new Row(r.TrackingCode, r.ReceivedAt, r.ReceivedOn, r.ServiceUnitName, Enum.Parse<ComplaintType>(r.Type), r.Category, Enum.Parse<ComplaintChannel>(r.Channel),
                    Enum.Parse<ComplaintStatus>(r.Status), r.ExternalReference, r.FirstResponseDue, r.FirstResponseAt,
                    r.FirstResponseAt is { } first ? ComplaintSql.DayOf(first) <= r.FirstResponseDue : null,
                    r.ResolutionDue, r.NeedsFieldCheck, r.VerifiedAt, r.StartedAt, r.ResolvedStepAt, r.ClosedAt, r.RejectedAt,
                    r.ResolvedOn is { } done ? done <= r.ResolutionDue : null,
                    ComplaintRules.Overdue(r.FirstResponseDue, responded, r.ResolutionDue, resolved, today),
                    ComplaintRules.Escalated(r.FirstResponseDue, responded, r.ResolutionDue, resolved, today, deadlines),
                    r.LastActor, r.Text, personal ? r.ReporterName : null, personal ? r.ReporterContact : null);
            }
        }
    }

    private static string TypeLabel(ComplaintType t) => t switch
    {
        ComplaintType.Pengaduan => "Pengaduan",
        ComplaintType.Aspirasi => "Aspirasi",
        ComplaintType.PermintaanInformasi => "Permintaan Informasi",
        _ => t.ToString(),
    };

    private static string ChannelLabel(ComplaintChannel c) => c switch
    {
        ComplaintChannel.Web => "Situs web",
        ComplaintChannel.Sms => "SMS",
        ComplaintChannel.SpanLapor => "SP4N-LAPOR!",
        ComplaintChannel.PublicForum => "Forum publik",
        ComplaintChannel.WalkIn => "Datang langsung",
        _ => c.ToString(),
    };

    /// <summary>Times in UTC (said in the header), as every export; the days (received, due) are WIB days, as the API stores them.</summary>
    internal static readonly IReadOnlyList<ExportColumn<Row>> Columns =
    [
        new("Kode Lacak", r => r.TrackingCode), new("Diterima (UTC)", r => r.ReceivedAt), new("Tanggal Diterima (WIB)", r => r.ReceivedOn),
        new("Unit Layanan", r => r.ServiceUnitName), new("Jenis", r => TypeLabel(r.Type)), new("Kategori", r => r.Category), new("Saluran", r => ChannelLabel(r.Channel)),
        new("Status", r => ComplaintRules.Label(r.Status)), new("Rujukan Eksternal", r => r.ExternalReference),
        new("Batas Tanggapan Pertama", r => r.FirstResponseDue), new("Tanggapan Pertama (UTC)", r => r.FirstResponseAt), new("Tanggapan Pertama Tepat Waktu", r => r.FirstResponseOnTime),
        new("Batas Penyelesaian", r => r.ResolutionDue), new("Pemeriksaan Lapangan", r => r.NeedsFieldCheck),
        new("Diverifikasi (UTC)", r => r.VerifiedAt), new("Diproses (UTC)", r => r.StartedAt), new("Diselesaikan (UTC)", r => r.ResolvedAt),
        new("Ditutup (UTC)", r => r.ClosedAt), new("Ditolak (UTC)", r => r.RejectedAt), new("Penyelesaian Tepat Waktu", r => r.ResolvedOnTime),
        new("Terlambat", r => r.Overdue), new("Dieskalasi", r => r.Escalated), new("Petugas Langkah Terakhir", r => r.LastActor),
        new("Isi Pengaduan", r => r.Text), new("Nama Pelapor", r => r.ReporterName), new("Kontak Pelapor", r => r.ReporterContact),
    ];

    /// <summary>
    /// A file that carries reporters' contacts is personal data leaving the system: it is audited (who, which filters)
    /// before the first byte, after the parameters are checked, so a refused request leaves no audit row.
    /// </summary>
    public static async Task<IResult> Write(HttpContext http, Query q, CurrentUser user, IMediator m, CancellationToken ct)
    {
        Check(q);
        if (ComplaintSql.SeesReporter(user))
            await m.Send(new RecordExport.Command("Complaints", q with { Format = q.Format ?? ExportFormat.Csv }), ct);
        return await TableExport.Write(http, $"pengaduan-{DateTime.UtcNow:yyyyMMdd}", q.Format, Columns, m.CreateStream(q, ct), ct);
    }
}
