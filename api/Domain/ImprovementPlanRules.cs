using System.Globalization;

namespace AsnApi.Domain;

/// <summary>
/// The loop from citizen feedback back to competencies and training (issue 9): which unsur are weak, which complaint
/// categories are frequent, which competencies they point to, and which programs close the unit's staff gaps in them.
/// Pure: the handler reads the rollups, the mapping and the staff's gaps, these rules decide and explain.
/// </summary>
public static class ImprovementPlanRules
{
    /// <summary>
    /// An unsur is weak when its NRR is below the grade-B boundary of the index: IKM 76.61 on the 25–100 scale is an
    /// NRR of 76.61 / 25 = 3.0644. An unsur below it would, were every unsur like it, pull the service below "Baik".
    /// </summary>
    public const decimal WeakNrr = 76.61m / 25m;

    /// <summary>A single complaint is an incident, not a pattern: a category needs at least this many in the period.</summary>
    public const int MinComplaintsPerCategory = 2;

    /// <summary>The plan names at most this many categories, the most frequent first.</summary>
    public const int MaxFrequentCategories = 5;

    private static readonly CultureInfo Id = CultureInfo.GetCultureInfo("id-ID");

    /// <summary>The default mapping of domain.md. U6 Kompetensi Pelaksana points to the service unit's own technical competencies, computed when read.</summary>
    public sealed record DefaultUnsur(string Code, bool UnitTechnical, IReadOnlyList<string> NationalCodes);

    public static readonly IReadOnlyList<DefaultUnsur> Defaults =
    [
        new("U2", false, ["M.7"]),           // Sistem, Mekanisme, dan Prosedur → Mengelola Perubahan
        new("U3", false, ["M.4"]),           // Waktu Penyelesaian → Orientasi pada Hasil
        new("U6", true, []),                 // Kompetensi Pelaksana → the unit's technical competencies
        new("U7", false, ["M.5", "M.1", "M.3"]), // Perilaku Pelaksana → Pelayanan Publik, Integritas, Komunikasi
        new("U8", false, ["M.3", "M.5"]),    // Penanganan Pengaduan → Komunikasi, Pelayanan Publik
    ];

    /// <summary>The national competency ids of a default entry, resolved by code in the fixed dictionary.</summary>
    public static IReadOnlyList<Guid> DefaultCompetencyIds(DefaultUnsur d) =>
        d.NationalCodes.Select(code => NationalCompetencies.All.Single(n => n.Code == code).Id).ToList();

    public sealed record UnsurSignal(int Index, decimal Nrr, bool BelowThreshold)
    {
        public string Code => Unsur.Code(Index);
        public string Name => Unsur.Names[Index];
        public decimal Weight => UnsurWeight(Nrr);
        public string Reason => BelowThreshold
            ? $"NRR {Nrr.ToString("0.00", Id)} di bawah batas mutu B ({WeakNrr.ToString("0.0000", Id)})."
            : $"Unsur terendah (NRR {Nrr.ToString("0.00", Id)}), meski tidak di bawah batas mutu B.";
    }

    /// <summary>
    /// The unsur below <see cref="WeakNrr"/>, lowest first (ties in the regulation's order). When none is, the single
    /// lowest: a unit graded A still gets one place to improve. Without respondents, none.
    /// </summary>
    public static IReadOnlyList<UnsurSignal> WeakUnsur(IReadOnlyList<decimal?> nrr)
    {
        var scored = nrr.Select((n, i) => (i, n)).Where(x => x.n is not null).Select(x => (Index: x.i, Nrr: x.n!.Value))
            .OrderBy(x => x.Nrr).ThenBy(x => x.Index).ToList();
        var below = scored.Where(x => x.Nrr < WeakNrr).Select(x => new UnsurSignal(x.Index, x.Nrr, true)).ToList();
        if (below.Count > 0 || scored.Count == 0) return below;
        return [new UnsurSignal(scored[0].Index, scored[0].Nrr, false)];
    }

    public sealed record CategorySignal(string Category, int Count, int Total)
    {
        public decimal Share => Total == 0 ? 0 : (decimal)Count / Total;
        public decimal Weight => CategoryWeight(Count, Total);
        public string Reason => $"{Count} pengaduan ({(100 * Share).ToString("0", Id)}% dari {Total} pengaduan periode ini).";
    }

    /// <summary>
    /// Categories with at least <see cref="MinComplaintsPerCategory"/> complaints, the most frequent first (then by
    /// name), at most <see cref="MaxFrequentCategories"/>. Categories are compared ignoring case and outer spaces, and
    /// shown as most often written; complaints without a category count in the total only.
    /// </summary>
    public static IReadOnlyList<CategorySignal> FrequentCategories(IEnumerable<(string? Category, int Count)> counts)
    {
        var list = counts.ToList();
        var total = list.Sum(c => c.Count);
        return list.Where(c => !string.IsNullOrWhiteSpace(c.Category))
            .GroupBy(c => c.Category!.Trim(), StringComparer.OrdinalIgnoreCase)
            .Select(g => new CategorySignal(g.OrderByDescending(x => x.Count).ThenBy(x => x.Category, StringComparer.Ordinal).First().Category!.Trim(), g.Sum(x => x.Count), total))
            .Where(c => c.Count >= MinComplaintsPerCategory)
            .OrderByDescending(c => c.Count).ThenBy(c => c.Category, StringComparer.OrdinalIgnoreCase)
            .Take(MaxFrequentCategories).ToList();
    }

    /// <summary>How far an unsur is from "sangat baik" (4): 0 to 3.</summary>
    public static decimal UnsurWeight(decimal nrr) => 4m - nrr;

    /// <summary>A category's share of the period's complaints on the same 0–3 scale: all complaints in one category weigh as an unsur at NRR 1.</summary>
    public static decimal CategoryWeight(int count, int total) => total <= 0 ? 0 : 3m * count / total;

    /// <summary>Something that points to a competency: an unsur (U7) or a complaint category, with its weight.</summary>
    public sealed record Signal(bool IsUnsur, string Key, string Label, decimal Weight)
    {
        public string Describe => IsUnsur ? $"{Key} {Label}" : $"kategori pengaduan \"{Key}\"";
    }

    public sealed record Gap(Guid EmployeeId, Guid CompetencyId, int Size);

    public sealed record RankedCompetency(Guid CompetencyId, decimal Weight, IReadOnlyList<Signal> Signals, int StaffWithGap, int GapSum)
    {
        public string Reason
        {
            get
            {
                var by = $"Ditunjuk oleh {Join(Signals.Select(s => s.Describe))}";
                return StaffWithGap == 0 ? by + "; tidak ada pegawai unit dengan gap terukur." : by + $"; {StaffWithGap} pegawai unit dengan gap (jumlah gap {GapSum}).";
            }
        }
    }

    /// <summary>
    /// The competencies the signals point to, by the sum of their signals' weights, then by the staff's gap sum, then by
    /// name: the competency behind the most and the worst feedback first.
    /// </summary>
    public static IReadOnlyList<RankedCompetency> RankCompetencies(IReadOnlyDictionary<Guid, IReadOnlyList<Signal>> pointed, IEnumerable<Gap> gaps, Func<Guid, string> name)
    {
        var byCompetency = gaps.Where(g => g.Size > 0).GroupBy(g => g.CompetencyId).ToDictionary(g => g.Key, g => (Staff: g.Select(x => x.EmployeeId).Distinct().Count(), Sum: g.Sum(x => x.Size)));
        return pointed.Select(p =>
            {
                var (staff, sum) = byCompetency.TryGetValue(p.Key, out var v) ? v : (0, 0);
                var signals = p.Value.OrderByDescending(s => s.Weight).ThenBy(s => s.IsUnsur ? 0 : 1).ThenBy(s => s.Key, StringComparer.Ordinal).ToList();
                return new RankedCompetency(p.Key, signals.Sum(s => s.Weight), signals, staff, sum);
            })
            .OrderByDescending(c => c.Weight).ThenByDescending(c => c.GapSum).ThenBy(c => name(c.CompetencyId), StringComparer.OrdinalIgnoreCase).ThenBy(c => c.CompetencyId)
            .ToList();
    }

    public sealed record ProgramOffer(Guid ProgramId, string Title, IReadOnlyDictionary<Guid, int> Gains);

    public sealed record RankedProgram(ProgramOffer Program, int Score, IReadOnlyList<(Guid CompetencyId, int Staff, int GapSum)> Closes)
    {
        public string Reason(Func<Guid, string> name) =>
            "Menutup " + Join(Closes.Select(c => $"gap {name(c.CompetencyId)} pada {c.Staff} pegawai (jumlah gap {c.GapSum})")) + $"; skor {Score}.";
    }

    /// <summary>
    /// Programs ranked by the training area's score, Σ gap × expected gain (<see cref="TrainingRules.RecommendationScore"/>),
    /// over the staff's gaps in the pointed competencies, leaving out each person's gaps for a program they completed.
    /// Programs that close nothing are dropped; ties by title, then id.
    /// </summary>
    public static IReadOnlyList<RankedProgram> RankPrograms(IEnumerable<ProgramOffer> programs, IReadOnlyCollection<Gap> gaps, ISet<(Guid EmployeeId, Guid ProgramId)> completed)
    {
        var ranked = new List<RankedProgram>();
        foreach (var p in programs)
        {
            var addressed = gaps.Where(g => g.Size > 0 && p.Gains.ContainsKey(g.CompetencyId) && !completed.Contains((g.EmployeeId, p.ProgramId))).ToList();
            var score = addressed.Sum(g => TrainingRules.RecommendationScore(g.Size, p.Gains[g.CompetencyId]));
            if (score <= 0) continue;
            var closes = addressed.GroupBy(g => g.CompetencyId)
                .Select(g => (g.Key, g.Select(x => x.EmployeeId).Distinct().Count(), g.Sum(x => x.Size)))
                .OrderByDescending(x => x.Item3).ThenBy(x => x.Key).ToList();
            ranked.Add(new RankedProgram(p, score, closes));
        }
        return ranked.OrderByDescending(r => r.Score).ThenBy(r => r.Program.Title, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Program.ProgramId).ToList();
    }

    /// <summary>The program a draft item suggests for one person's gap: the best ranked that develops it and that they have not completed.</summary>
    public static ProgramOffer? Suggest(IReadOnlyList<RankedProgram> ranked, Gap gap, ISet<(Guid EmployeeId, Guid ProgramId)> completed) =>
        ranked.Select(r => r.Program).FirstOrDefault(p => p.Gains.ContainsKey(gap.CompetencyId) && !completed.Contains((gap.EmployeeId, p.ProgramId)));

    /// <summary>"a", "a dan b", "a, b dan c".</summary>
    public static string Join(IEnumerable<string> parts)
    {
        var list = parts.ToList();
        return list.Count switch
        {
            0 => "",
            1 => list[0],
            _ => string.Join(", ", list.Take(list.Count - 1)) + " dan " + list[^1],
        };
    }
}
