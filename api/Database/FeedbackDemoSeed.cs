using AsnApi.Contracts;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Database;

namespace AsnApi.Database;

/// <summary>
/// Demo service units for each tenant with a year of SKM responses: a licensing office graded A, a Dukcapil
/// counter graded B, and a puskesmas graded C whose sample is too small for its population, so every state of
/// the report shows. Deterministic per tenant; sent through the features' own INSERT statements. Complaints in every
/// status, some overdue (one escalated), one late and some on time, spread over the three service units.
/// </summary>
internal static class FeedbackDemoSeed
{
    private sealed record Point(string Name, string Slug, string UnitCode, string[] Types, int Population, int Responses, double Mean, int WeakUnsur);

    private static readonly Point[] Points =
    [
        new("Mal Pelayanan Publik — Perizinan", "perizinan", "DPMPTSP-YAN", ["Izin Usaha (OSS)", "Persetujuan Bangunan Gedung", "Izin Praktik Tenaga Kesehatan"], 3_000, 360, 3.75, 2),
        new("Layanan Dukcapil", "dukcapil", "DUKCAPIL-DAFDUK", ["KTP-el", "Kartu Keluarga", "Akta Kelahiran", "Pindah Datang"], 12_000, 420, 3.3, 2),
        new("Puskesmas Kota", "puskesmas-kota", "DINKES-YANKES", ["Rawat Jalan", "Imunisasi", "Kesehatan Ibu dan Anak"], 20_000, 60, 2.8, 6),
    ];

    private static readonly string[] Suggestions =
    [
        "Antrean pagi terlalu panjang, mohon tambah loket.", "Petugas ramah dan cepat.", "Informasi persyaratan di papan kurang jelas.",
        "Ruang tunggu panas, mohon perbaikan pendingin.", "Sistem daring sering gangguan.",
    ];

    private static int Score(double mean, Random random)
    {
        var low = Math.Clamp((int)Math.Floor(mean), 1, 3);
        return random.NextDouble() < mean - low ? low + 1 : low;
    }

    /// <summary>A demo complaint: received so many days ago, answered and settled after so many hours (null: not yet), its final status.</summary>
    private sealed record Case(int DaysAgo, ComplaintStatus Status, ComplaintType Type, string Category, string Text, double? FirstHours, double? SettledHours, bool FieldCheck = false,
        ComplaintChannel Channel = ComplaintChannel.Web, string? Response = null);

    private static readonly Case[] Cases =
    [
        new(0, ComplaintStatus.Received, ComplaintType.Pengaduan, "Antrean", "Antrean sejak pukul 07.00 belum dipanggil hingga siang.", null, null, Channel: ComplaintChannel.WalkIn),
        new(10, ComplaintStatus.Received, ComplaintType.Pengaduan, "Pungutan", "Diminta uang tambahan untuk mempercepat berkas.", null, null, Channel: ComplaintChannel.SpanLapor),
        new(2, ComplaintStatus.Verified, ComplaintType.PermintaanInformasi, "Persyaratan", "Apa saja syarat yang harus dibawa?", 4, null, Channel: ComplaintChannel.Sms),
        new(20, ComplaintStatus.InProgress, ComplaintType.Pengaduan, "Sistem daring", "Aplikasi antrean daring tidak bisa dibuka sejak minggu lalu.", 24, null),
        new(8, ComplaintStatus.InProgress, ComplaintType.Pengaduan, "Sarana", "Atap ruang tunggu bocor saat hujan.", 6, null, FieldCheck: true),
        new(30, ComplaintStatus.Resolved, ComplaintType.Pengaduan, "Antrean", "Nomor antrean dilompati petugas.", 3, 72, Response: "Petugas telah ditegur dan sistem antrean diperbaiki."),
        new(60, ComplaintStatus.Closed, ComplaintType.Aspirasi, "Jam layanan", "Mohon layanan dibuka juga hari Sabtu.", 5, 96, Response: "Layanan Sabtu dibuka mulai bulan depan.", Channel: ComplaintChannel.PublicForum),
        new(90, ComplaintStatus.Closed, ComplaintType.Pengaduan, "Waktu penyelesaian", "Dokumen belum selesai setelah tiga minggu.", 30, 288, Response: "Dokumen sudah selesai dan dapat diambil."),
        new(15, ComplaintStatus.Rejected, ComplaintType.Pengaduan, "Lainnya", "Keluhan tentang layanan instansi lain.", 20, 20, Response: "Bukan kewenangan unit ini; sudah diteruskan ke instansi terkait."),
        new(100, ComplaintStatus.Closed, ComplaintType.PermintaanInformasi, "Biaya", "Berapa biaya penerbitan dokumen?", 2, 24, Response: "Layanan ini tidak dipungut biaya.", Channel: ComplaintChannel.SpanLapor),
    ];

    private static async Task SeedComplaints(Db db, Guid tenantId, IReadOnlyList<Guid> serviceUnits, DateTimeOffset now, CancellationToken ct)
    {
        var d = Domain.ComplaintDeadlines.Default;
        for (var i = 0; i < Cases.Length; i++)
        {
            var c = Cases[i];
            var id = Guid.NewGuid();
            var received = now.AddDays(-c.DaysAgo).AddHours(-(i % 4));
            var receivedOn = SurveyRollups.DayOf(received);
            var first = c.FirstHours is { } fh ? received.AddHours(fh) : (DateTimeOffset?)null;
            var settled = c.SettledHours is { } sh ? received.AddHours(sh) : (DateTimeOffset?)null;
            var events = new List<(ComplaintStatus Status, DateTimeOffset At, string? Response)> { (ComplaintStatus.Received, received, null) };
            if (c.Status == ComplaintStatus.Rejected) events.Add((ComplaintStatus.Rejected, first!.Value, c.Response));
            else
            {
                if (first is { } f) events.Add((ComplaintStatus.Verified, f, "Pengaduan Anda sudah kami terima dan sedang diperiksa."));
                if (c.Status is ComplaintStatus.InProgress or ComplaintStatus.Resolved or ComplaintStatus.Closed) events.Add((ComplaintStatus.InProgress, first!.Value.AddHours(1), null));
                if (settled is { } s) events.Add((ComplaintStatus.Resolved, s, c.Response));
                if (c.Status == ComplaintStatus.Closed) events.Add((ComplaintStatus.Closed, settled!.Value.AddDays(1), null));
            }
            await db.Execute(Features.Complaints.ComplaintSql.InsertSeeded, new
            {
                Id = id, TenantId = tenantId, ServiceUnitId = serviceUnits[i % serviceUnits.Count], SubmissionId = Guid.NewGuid(), TrackingCode = Domain.ComplaintRules.NewTrackingCode(),
                Channel = c.Channel.ToString(), Type = c.Type.ToString(), Status = c.Status.ToString(), c.Category, c.Text,
                ExternalReference = c.Channel == ComplaintChannel.SpanLapor ? $"LAPOR-{2000 + i}{tenantId.ToString()[..4].ToUpperInvariant()}" : null,
                ReporterName = "Warga Demo " + (i + 1), ReporterContact = $"0812-0000-{1000 + i}", NeedsFieldCheck = c.FieldCheck,
                ReceivedAt = received, ReceivedOn = receivedOn, FirstResponseDue = Domain.ComplaintRules.FirstResponseDue(receivedOn, d),
                ResolutionDue = Domain.ComplaintRules.ResolutionDue(receivedOn, c.FieldCheck, d),
                FirstResponseAt = first, FirstResponseMinutes = first is { } a ? (int?)(a - received).TotalMinutes : null,
                ResolvedAt = settled, ResolvedOn = settled is { } r ? SurveyRollups.DayOf(r) : (DateOnly?)null, ResolutionMinutes = settled is { } b ? (int?)(b - received).TotalMinutes : null,
                Version = events.Count, UpdatedAt = events[^1].At,
            }, ct);
            for (var e = 0; e < events.Count; e++)
                await db.Execute(Features.Complaints.ComplaintSql.InsertEvent, new
                {
                    EventId = Guid.NewGuid(), TenantId = tenantId, ComplaintId = id, Version = e + 1, Status = events[e].Status.ToString(), events[e].At,
                    Actor = e == 0 && c.Channel == ComplaintChannel.Web ? "publik" : "admin", events[e].Response,
                }, ct);
        }
    }

    public static async Task Seed(Db db, int tenantIndex, Guid tenantId, Func<string, Guid> unitOf, DateTimeOffset now, CancellationToken ct)
    {
        var random = new Random(2000 + tenantIndex);
        var today = SurveyRollups.DayOf(now);
        var serviceUnits = new List<Guid>();
        foreach (var p in Points)
        {
            var id = Guid.NewGuid();
            serviceUnits.Add(id);
            await db.Execute(Features.ServiceUnits.ServiceUnitSql.Insert, new
            {
                Id = id, TenantId = tenantId, UnitId = unitOf(p.UnitCode), p.Name, p.Slug, ServiceTypes = ServiceTypeList.ToJson(p.Types),
                PopulationPerYear = p.Population, SurveyOpen = true, Now = now,
            }, ct);
            var mean = p.Mean - 0.03 * tenantIndex;
            var rows = new List<object>();
            for (var i = 0; i < p.Responses; i++)
            {
                // Each unsur scores the two whole numbers around the unit's mean, so its expected NRR is that mean; the weak unsur 0.6 lower.
                var scores = Enumerable.Range(0, 9).Select(u => Score(mean - (u == p.WeakUnsur ? 0.6 : 0), random)).ToArray();
                var paper = random.Next(5) == 0;
                var who = random.Next(3) == 0 ? null : new RespondentProfileRequest
                {
                    Sex = random.Next(2) == 0 ? Sex.Male : Sex.Female, AgeBand = (AgeBand)random.Next(6), Education = (Education)random.Next(8), Occupation = (Occupation)random.Next(7),
                };
                rows.Add(Features.Survey.SurveySql.Row(tenantId, id, Guid.NewGuid(), paper ? nameof(SurveyChannel.Paper) : nameof(SurveyChannel.Online), today.AddDays(-random.Next(365)), now,
                    p.Types[random.Next(p.Types.Length)], scores, who, random.Next(8) == 0 ? Suggestions[random.Next(Suggestions.Length)] : null, paper ? "admin" : null));
            }
            await db.Execute(Features.Survey.SurveySql.Insert, rows, ct);
            await SurveyRollups.Refresh(db, tenantId, id, today.AddDays(-365), today, ct);
        }
        await SeedComplaints(db, tenantId, serviceUnits, now, ct);
    }
}
