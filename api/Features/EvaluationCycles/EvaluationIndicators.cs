using System.Text.Json;
using System.Text.Json.Serialization;
using AsnApi.Contracts;
using AsnApi.Features.Complaints;
using AsnApi.Features.CompetencyAnalytics;
using AsnApi.Features.Ikm;
using AsnApi.Features.Shared;
using AsnApi.Features.TrainingLedger;
using AsnApi.Infrastructure.Database;

namespace AsnApi.Features.EvaluationCycles;

/// <summary>
/// The indicators of a cycle's scope (the tenant, or its unit's sub-tree) and period, computed by the same functions
/// that serve each area's own endpoint (<c>ForScope</c> of the JPM distribution, the JP ledger summary, the tenant IKM
/// report and the complaint statistics), so a cycle shows exactly what those pages show for the same scope. Each is
/// computed for the whole scope ('%' as the caller's pattern): who may see the cycle was decided when it was loaded.
/// Shares are percentages, unrounded (the dashboard rounds); a figure with nothing to measure is null, never 0.
/// Training effectiveness (levels 1–3) and the SKP distribution join when their areas land (README).
/// </summary>
internal static class EvaluationIndicators
{
    public const string Jpm = "JPM_MS";
    public const string JpTarget = "JP_TARGET";
    public const string Ikm = "IKM";
    public const string ComplaintsOnTime = "COMPLAINT_ON_TIME";
    public const string SkpGood = "SKP_GOOD";
    public const string Reaction = "TRAINING_REACTION";
    public const string Learning = "TRAINING_LEARNING";
    public const string Application = "TRAINING_APPLICATION";

    /// <summary>The appraisal period a cycle reads: the one overlapping its period that ends last.</summary>
    [Sql] internal static string AppraisalPeriod(ISqlDialect d) => $"""
        SELECT p.Id, p.Name FROM AppraisalPeriods p
        WHERE p.TenantId = @TenantId AND p.StartDate <= @To AND p.EndDate >= @From
        ORDER BY p.EndDate DESC, p.Id {d.Paging}
        """;

    internal sealed class PeriodRow
    {
        public Guid Id { get; init; }
        public string Name { get; init; } = "";
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static async Task<IReadOnlyList<EvaluationIndicator>> Compute(Db db, Guid tenantId, Guid? unitId, string? unitPath, DateOnly from, DateOnly to, DateOnly today, CancellationToken ct)
    {
        var underPath = unitPath is null ? null : unitPath + "%";
        var under = unitId is { } u ? $"underUnitId={u}&" : "";
        var scope = new AnalyticsScope(tenantId, "%", underPath, null);

        var jpm = await GetJpmDistribution.ForScope(db, scope, (await CompetencySettings.Load(db, tenantId, ct)).ToThresholds(), ct);
        var assessed = jpm.Fit.Sum(f => f.Employees);
        var ms = jpm.Fit.Single(f => f.Category == nameof(JpmFitCategory.MemenuhiSyarat)).Employees;

        var jp = await GetJpLedgerSummary.ForScope(db, scope, to.Year, ct);

        var ikm = (await GetTenantIkm.ForScope(db, tenantId, "%", underPath, from, to, ct)).Combined;

        var complaints = await ComplaintStats.ForScope(db, tenantId, "%", underPath ?? "%", from, to, today, ct);
        var onTime = complaints.ServiceUnits.Sum(s => s.ResolvedOnTime);
        var late = complaints.ServiceUnits.Sum(s => s.ResolvedLate);
        var openOverdue = complaints.ServiceUnits.Sum(s => s.OpenOverdue);

        var period = await db.Single<PeriodRow>(AppraisalPeriod(db.Dialect), new { TenantId = tenantId, From = from, To = to, Skip = 0, Take = 1 }, ct);
        var skp = period is null ? null : await AppraisalDistribution.ForScope(db, tenantId, underPath ?? "%", period.Id, ct);
        var good = skp?.Predicates.Where(p => p.Predicate is SkpPredicate.SangatBaik or SkpPredicate.Baik).Sum(p => p.Count) ?? 0;

        // Training effectiveness of the sessions that ended in the period: levels 1 and 2 from their rollups, level 3 from the follow-ups.
        var effect = await EffectivenessFigures.ForScope(db, tenantId, underPath ?? "%", from, to, ct);
        var applied = await FollowUps.FollowUpResults.TotalsForScope(db, tenantId, underPath, from, to, today, ct);

        return
        [
            new()
            {
                Code = Jpm, Label = "Pegawai Memenuhi Syarat (JPM)", Value = Share(ms, assessed), Unit = "%", HigherIsBetter = true,
                Link = $"/analitik?{under}".TrimEnd('?', '&'),
                Details =
                [
                    .. jpm.Fit.Select(f => Part(f.Category, f.Label, f.Employees)),
                    Part("NotAssessed", "Belum dinilai", jpm.NotAssessed), Part("NoStandard", "Tanpa standar", jpm.NoStandard), Part("Total", "Pegawai aktif", jpm.Total),
                ],
            },
            new()
            {
                Code = JpTarget, Label = $"Pegawai mencapai target JP {jp.Year}", Value = Share(jp.ReachedTarget, jp.EmployeesCounted), Unit = "%", HigherIsBetter = true,
                Link = $"/capaian-jp?{under}tahun={jp.Year}",
                Details =
                [
                    Part("Counted", "Pegawai aktif", jp.EmployeesCounted), Part("Reached", "Mencapai target", jp.ReachedTarget),
                    Part("BelowTarget", "Di bawah target", jp.BelowTarget), Part("TotalJp", "Total JP", jp.TotalJp),
                ],
            },
            new()
            {
                Code = Ikm, Label = "Indeks Kepuasan Masyarakat (gabungan)", Value = ikm.Ikm is { } i ? (double)i : null, Unit = "indeks", HigherIsBetter = true,
                Link = $"/api/v1/ikm?{under}from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}",
                Details =
                [
                    Part("ServiceUnits", "Unit layanan", ikm.ServiceUnitCount), Part("Respondents", "Responden", ikm.RespondentCount),
                    Part("RequiredSample", "Sampel minimal", ikm.RequiredSample), Part("SampleSufficient", "Sampel mencukupi", ikm.SampleSufficient ? 1 : 0),
                ],
            },
            new()
            {
                Code = ComplaintsOnTime, Label = "Pengaduan selesai tepat waktu", Value = Share(onTime, onTime + late + openOverdue), Unit = "%", HigherIsBetter = true,
                Link = $"/api/v1/complaints/stats?{under}from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}",
                Details =
                [
                    Part("Received", "Diterima", complaints.Received), Part("ResolvedOnTime", "Selesai tepat waktu", onTime),
                    Part("ResolvedLate", "Selesai terlambat", late), Part("OpenOverdue", "Terbuka melewati tenggat", openOverdue),
                ],
            },
            new()
            {
                Code = SkpGood, Label = "Predikat SKP Baik atau Sangat Baik",
                Value = Share(good, skp?.Appraised ?? 0), Unit = "%", HigherIsBetter = true, Link = "/evaluasi/skp",
                Details =
                [
                    .. (skp?.Predicates ?? []).Select(p => Part(p.Predicate.ToString(), p.Label, p.Count)),
                    Part("Appraised", "Dinilai", skp?.Appraised ?? 0), Part("WithoutAppraisal", "Belum dinilai", skp?.WithoutAppraisal ?? 0),
                ],
            },
            new()
            {
                Code = Reaction, Label = "Reaksi peserta pelatihan (level 1, skala 1–5)", Value = effect.Reaction.Mean, Unit = "skala 1–5", HigherIsBetter = true,
                Link = $"/evaluasi/efektivitas?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}",
                Details =
                [
                    Part("Sessions", "Angkatan selesai", effect.Sessions), Part("Participants", "Peserta", effect.Reaction.Participants),
                    Part("Respondents", "Responden", effect.Reaction.Respondents), Part("ResponseRate", "Tingkat respons (%)", effect.Reaction.ResponseRate * 100),
                ],
            },
            new()
            {
                Code = Learning, Label = "Peningkatan hasil belajar ternormalisasi (level 2)",
                Value = effect.Learning.MeanNormalisedGain is { } g ? 100 * g : null, Unit = "%", HigherIsBetter = true,
                Link = $"/evaluasi/efektivitas?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}",
                Details =
                [
                    Part("Scored", "Peserta dengan pre-test dan post-test", effect.Learning.Scored), Part("MeanPre", "Rata-rata pre-test", effect.Learning.MeanPre),
                    Part("MeanPost", "Rata-rata post-test", effect.Learning.MeanPost), Part("ShareImproved", "Porsi yang meningkat (%)", effect.Learning.ShareImproved * 100),
                    Part("AtMaximum", "Pre-test sudah 100", effect.Learning.AtMaximum),
                ],
            },
            new()
            {
                Code = Application, Label = "Penerapan di tempat kerja menurut atasan (level 3, skala 1–5)", Value = applied.MeanApplication, Unit = "skala 1–5",
                HigherIsBetter = true, Link = "/evaluasi/tindak-lanjut",
                Details =
                [
                    Part("FallenDue", "Tindak lanjut jatuh tempo", applied.FallenDue), Part("Filed", "Diisi", applied.Filed),
                    Part("FiledOnTime", "Diisi tepat waktu", applied.FiledOnTime),
                ],
            },
        ];
    }

    public static double? Share(int part, int total) => total <= 0 ? null : 100.0 * part / total;

    private static IndicatorPart Part(string key, string label, double? value) => new() { Key = key, Label = label, Value = value };

    public static string ToJson(IReadOnlyList<EvaluationIndicator> indicators) => JsonSerializer.Serialize(indicators, Json);

    public static IReadOnlyList<EvaluationIndicator> FromJson(string json) => JsonSerializer.Deserialize<List<EvaluationIndicator>>(json, Json) ?? [];

    /// <summary>A closed cycle's stored figures, or an open cycle's live ones.</summary>
    public static async Task<(bool Snapshot, DateTimeOffset At, IReadOnlyList<EvaluationIndicator> Indicators)> Of(Db db, Guid tenantId, EvaluationCycleSql.Row cycle, DateTimeOffset now, CancellationToken ct)
    {
        if (cycle.Status == EvaluationCycleStatus.Closed)
        {
            var json = await db.Single<string>(EvaluationCycleSql.SnapshotOf, new { cycle.Id, TenantId = tenantId }, ct);
            return (true, cycle.ClosedAt!.Value, FromJson(json ?? "[]"));
        }
        return (false, now, await Compute(db, tenantId, cycle.UnitId, cycle.UnitPath, cycle.PeriodFrom, cycle.PeriodTo, SurveyRollups.DayOf(now), ct));
    }

    /// <summary>Computes the figures once more and stores them with the status change (the closing command and the demo seed).</summary>
    public static async Task CloseWithSnapshot(Db db, Guid tenantId, EvaluationCycleSql.Row cycle, string by, DateTimeOffset now, CancellationToken ct)
    {
        var indicators = await Compute(db, tenantId, cycle.UnitId, cycle.UnitPath, cycle.PeriodFrom, cycle.PeriodTo, SurveyRollups.DayOf(now), ct);
        await db.Guarded(EvaluationCycleSql.Close, new { cycle.Id, TenantId = tenantId, Snapshot = ToJson(indicators), Now = now, By = by, cycle.Version },
            EvaluationCycleSql.Current, EvaluationCycleSql.Key(cycle.Id, tenantId, "%"), "Siklus evaluasi", ct);
    }
}
