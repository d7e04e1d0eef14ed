using AsnApi.Contracts;
using AsnApi.Features.EvaluationCycles;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Database;

namespace AsnApi.Database;

/// <summary>
/// Evaluation cycles for each demo tenant: last year's tenant-wide cycle, closed (its snapshot computed from the demo data
/// when seeded), this year's open one, and an open one for Dinas Kesehatan (its head's sub-tree), with findings and
/// follow-up actions of every kind and in every state, one of them overdue. Sent through the feature's own statements.
/// </summary>
internal static class EvaluationDemoSeed
{
    [Sql] internal const string Programs = "SELECT Id FROM TrainingPrograms WHERE TenantId = @TenantId ORDER BY Code, Id";
    [Sql] internal const string Sessions = "SELECT Id FROM TrainingSessions WHERE TenantId = @TenantId AND Status IN ('Planned', 'Open') ORDER BY StartDate, Id";
    [Sql] internal const string PlanItems = "SELECT Id FROM DevelopmentPlanItems WHERE TenantId = @TenantId ORDER BY Position, Id";
    [Sql] internal const string Employees = "SELECT e.Id FROM Employees e JOIN Units u ON u.Id = e.UnitId WHERE e.TenantId = @TenantId AND e.IsActive = 1 AND u.Path LIKE @Path ORDER BY e.Name, e.Id";

    private sealed record Action(FollowUpActionKind Kind, string? Title, FollowUpActionStatus Status, int DueInDays, Guid? PlanItemId = null, Guid? ProgramId = null, Guid? SessionId = null,
        Guid? OwnerEmployeeId = null, string? OwnerName = null);

    public static async Task Seed(Db db, Guid tenantId, string tenantCode, Guid dinkesId, string dinkesPath, DateTimeOffset now, CancellationToken ct)
    {
        var year = now.Year;
        var today = SurveyRollups.DayOf(now);
        var key = new { TenantId = tenantId };
        var program = (await db.Query<Guid>(Programs, key, ct)).FirstOrDefault();
        var session = (await db.Query<Guid>(Sessions, key, ct)).FirstOrDefault();
        var planItem = (await db.Query<Guid>(PlanItems, key, ct)).FirstOrDefault();
        var owner = (await db.Query<Guid>(Employees, new { TenantId = tenantId, Path = dinkesPath + "%" }, ct)).FirstOrDefault();

        // Last year's cycle was closed early this year (or now, in the first days of January).
        var closeAt = new DateTimeOffset(year, 1, 10, 3, 0, 0, TimeSpan.Zero) is var jan10 && jan10 < now ? jan10 : now;
        var closed = await Cycle(db, tenantId, null, $"Evaluasi Tahunan {year - 1}", new DateOnly(year - 1, 1, 1), new DateOnly(year - 1, 12, 31), closeAt.AddDays(-40), ct);
        await Finding(db, tenantId, closed, "Capaian 20 JP belum merata", "Sebagian besar pegawai belum mencapai 20 JP setahun; pelatihan klasikal terpusat di beberapa OPD.",
            EvaluationIndicators.JpTarget, "/capaian-jp", FindingSeverity.High, today, now, ct,
            new Action(FollowUpActionKind.Program, null, FollowUpActionStatus.Done, -60, ProgramId: program == Guid.Empty ? null : program, OwnerName: "Kepala Bidang Pengembangan Kompetensi"),
            new Action(FollowUpActionKind.Task, "Sosialisasi e-learning ke seluruh OPD", FollowUpActionStatus.InProgress, -10, OwnerName: "Subbag Kepegawaian BKPSDM"),
            new Action(FollowUpActionKind.Task, "Kuota pelatihan per OPD", FollowUpActionStatus.Cancelled, -30, OwnerName: "Sekretaris BKPSDM"));
        await Finding(db, tenantId, closed, "Pengaduan terlambat diselesaikan", "Beberapa pengaduan melewati tenggat penyelesaian lima hari kerja.",
            EvaluationIndicators.ComplaintsOnTime, null, FindingSeverity.Medium, today, now, ct,
            new Action(FollowUpActionKind.Task, "Piket harian penanganan pengaduan di tiap unit layanan", FollowUpActionStatus.Open, 30, OwnerName: "Inspektorat"));
        var closedRow = (await db.Single<EvaluationCycleSql.Row>(EvaluationCycleSql.One, EvaluationCycleSql.Key(closed, tenantId, "%"), ct))!;
        await EvaluationIndicators.CloseWithSnapshot(db, tenantId, closedRow, $"admin@{tenantCode}", closeAt, ct);

        var open = await Cycle(db, tenantId, null, $"Evaluasi Tahunan {year}", new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), now.AddDays(-20), ct);
        await Finding(db, tenantId, open, "Kepuasan layanan Puskesmas rendah", "IKM Puskesmas Kota bermutu C dan sampelnya belum mencukupi.",
            EvaluationIndicators.Ikm, null, FindingSeverity.High, today, now, ct,
            new Action(FollowUpActionKind.Session, null, FollowUpActionStatus.Open, 45, SessionId: session == Guid.Empty ? null : session, OwnerEmployeeId: owner == Guid.Empty ? null : owner,
                OwnerName: owner == Guid.Empty ? "Kepala Puskesmas" : null),
            new Action(FollowUpActionKind.Task, "Tambah petugas survei di loket", FollowUpActionStatus.InProgress, 20, OwnerName: "Kepala Puskesmas Kota"));

        var unit = await Cycle(db, tenantId, dinkesId, $"Evaluasi Dinas Kesehatan {year}", new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), now.AddDays(-15), ct);
        if (planItem != Guid.Empty)
            await Finding(db, tenantId, unit, "Kompetensi pelayanan publik di bawah standar", null, EvaluationIndicators.Jpm, "/analitik?underUnitId=" + dinkesId, FindingSeverity.Medium, today, now, ct,
                new Action(FollowUpActionKind.PlanItem, null, FollowUpActionStatus.Open, 40, PlanItemId: planItem, OwnerName: "Kepala Dinas Kesehatan"));
    }

    private static async Task<Guid> Cycle(Db db, Guid tenantId, Guid? unitId, string name, DateOnly from, DateOnly to, DateTimeOffset created, CancellationToken ct)
    {
        var id = Guid.NewGuid();
        await db.Execute(EvaluationCycleSql.Insert, new { Id = id, TenantId = tenantId, UnitId = unitId, Name = name, PeriodFrom = from, PeriodTo = to, Now = created }, ct);
        return id;
    }

    private static async Task Finding(Db db, Guid tenantId, Guid cycleId, string title, string? description, string indicator, string? link, FindingSeverity severity,
        DateOnly today, DateTimeOffset now, CancellationToken ct, params Action[] actions)
    {
        var findingId = Guid.NewGuid();
        await db.Execute(FindingSql.InsertFinding, new
        {
            Id = findingId, TenantId = tenantId, CycleId = cycleId, Title = title, Description = description, IndicatorCode = indicator, EvidenceLink = link,
            Severity = severity.ToString(), Now = now,
        }, ct);
        foreach (var a in actions)
        {
            if (a.Kind != FollowUpActionKind.Task && a.PlanItemId is null && a.ProgramId is null && a.SessionId is null) continue; // the tenant has no such record
            await db.Execute(FindingSql.InsertAction, new
            {
                Id = Guid.NewGuid(), TenantId = tenantId, CycleId = cycleId, FindingId = findingId, Kind = a.Kind.ToString(), a.PlanItemId, a.ProgramId, a.SessionId, a.Title,
                a.OwnerEmployeeId, a.OwnerName, DueDate = today.AddDays(a.DueInDays), Status = a.Status.ToString(), Now = now,
            }, ct);
        }
    }
}
