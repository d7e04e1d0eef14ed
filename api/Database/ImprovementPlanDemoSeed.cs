using AsnApi.Contracts;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Database;

namespace AsnApi.Database;

/// <summary>
/// Makes the demo's weakest service unit (Puskesmas Kota, grade C, every unsur below the grade-B boundary and U7 Perilaku
/// Pelaksana the lowest) produce a meaningful improvement plan: the Bidang Pelayanan Kesehatan staff serve there (so its
/// plan has people with gaps, in the Dinas Kesehatan head's sub-tree), and closed complaints about staff attitude and
/// queues make two frequent categories, left unmapped so the plan shows a tenant admin what to map. Closed on time, so
/// the complaint board's overdue figures stay as FeedbackDemoSeed made them.
/// </summary>
internal static class ImprovementPlanDemoSeed
{
    public const string Slug = "puskesmas-kota";
    private const int MaxStaff = 12;

    [Sql] internal const string ServiceUnitBySlug = "SELECT Id FROM ServiceUnits WHERE TenantId = @TenantId AND Slug = @Slug";

    private static readonly (int DaysAgo, string Category, string Text)[] Complaints =
    [
        (12, "Sikap petugas", "Petugas pendaftaran membentak pasien lansia."),
        (25, "Sikap petugas", "Petugas sibuk dengan telepon genggam saat melayani."),
        (40, "Sikap petugas", "Penjelasan dokter tidak ramah dan terburu-buru."),
        (18, "Antrean", "Nomor antrean tidak dipanggil sesuai urutan."),
    ];

    public static async Task Seed(Db db, Guid tenantId, IReadOnlyList<Guid> staff, DateTimeOffset now, CancellationToken ct)
    {
        var serviceUnit = await db.Single<Guid?>(ServiceUnitBySlug, new { TenantId = tenantId, Slug }, ct);
        if (serviceUnit is not { } id) return;
        await db.Execute(Features.ServiceUnits.ServiceUnitSql.InsertStaff(db.Dialect), new { Id = id, TenantId = tenantId, Ids = SqlIds.Json(staff.Take(MaxStaff)) }, ct);

        var d = Domain.ComplaintDeadlines.Default;
        foreach (var (daysAgo, category, text) in Complaints)
        {
            var complaintId = Guid.NewGuid();
            var received = now.AddDays(-daysAgo);
            var receivedOn = SurveyRollups.DayOf(received);
            var (answered, resolved) = (received.AddHours(3), received.AddHours(30));
            var events = new (ComplaintStatus Status, DateTimeOffset At, string? Response)[]
            {
                (ComplaintStatus.Received, received, null), (ComplaintStatus.Verified, answered, "Pengaduan Anda sudah kami terima dan sedang diperiksa."),
                (ComplaintStatus.InProgress, answered.AddHours(1), null), (ComplaintStatus.Resolved, resolved, "Petugas yang bersangkutan telah dibina oleh kepala puskesmas."),
                (ComplaintStatus.Closed, resolved.AddDays(1), null),
            };
            await db.Execute(Features.Complaints.ComplaintSql.InsertSeeded, new
            {
                Id = complaintId, TenantId = tenantId, ServiceUnitId = id, SubmissionId = Guid.NewGuid(), TrackingCode = Domain.ComplaintRules.NewTrackingCode(),
                Channel = nameof(ComplaintChannel.WalkIn), Type = nameof(ComplaintType.Pengaduan), Status = nameof(ComplaintStatus.Closed), Category = category, Text = text,
                ExternalReference = (string?)null, ReporterName = "Warga Demo", ReporterContact = "0812-0000-2000", NeedsFieldCheck = false,
                ReceivedAt = received, ReceivedOn = receivedOn, FirstResponseDue = Domain.ComplaintRules.FirstResponseDue(receivedOn, d),
                ResolutionDue = Domain.ComplaintRules.ResolutionDue(receivedOn, false, d),
                FirstResponseAt = answered, FirstResponseMinutes = (int)(answered - received).TotalMinutes,
                ResolvedAt = resolved, ResolvedOn = SurveyRollups.DayOf(resolved), ResolutionMinutes = (int)(resolved - received).TotalMinutes,
                Version = events.Length, UpdatedAt = events[^1].At,
            }, ct);
            for (var e = 0; e < events.Length; e++)
                await db.Execute(Features.Complaints.ComplaintSql.InsertEvent, new
                {
                    EventId = Guid.NewGuid(), TenantId = tenantId, ComplaintId = complaintId, Version = e + 1, Status = events[e].Status.ToString(), events[e].At,
                    Actor = "admin", events[e].Response,
                }, ct);
        }
    }
}
