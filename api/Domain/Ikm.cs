using AsnApi.Contracts;

namespace AsnApi.Domain;

/// <summary>The nine elements (unsur) of the SKM survey, in the order of PermenPAN-RB 14/2017 and of every response's scores.</summary>
public static class Unsur
{
    public const int Count = 9;

    public static readonly IReadOnlyList<string> Names =
    [
        "Persyaratan",
        "Sistem, Mekanisme, dan Prosedur",
        "Waktu Penyelesaian",
        "Biaya/Tarif",
        "Produk Spesifikasi Jenis Pelayanan",
        "Kompetensi Pelaksana",
        "Perilaku Pelaksana",
        "Penanganan Pengaduan, Saran dan Masukan",
        "Sarana dan Prasarana",
    ];

    /// <summary>U1 … U9.</summary>
    public static string Code(int index) => "U" + (index + 1);
}

/// <summary>An index computed from the respondent count and the nine score sums (what the rollups keep).</summary>
public sealed record IkmResult(int RespondentCount, IReadOnlyList<decimal?> Nrr, decimal? Value, IkmGrade? Grade, int? WeakestIndex)
{
    /// <summary>For display only: two decimals, half away from zero (the grade is read from this figure).</summary>
    public decimal? Rounded => Value is { } v ? Math.Round(v, 2, MidpointRounding.AwayFromZero) : null;
}

/// <summary>
/// The citizen satisfaction index (IKM) of PermenPAN-RB 14/2017. NRR per unsur = the mean score (1–4);
/// IKM = Σ (NRR × 1/9) × 25 on the 25–100 scale, with the exact 1/9 (the sum is divided by 9, never
/// multiplied by a rounded 0.111), kept unrounded. The grade is read from the figure rounded to two
/// decimals, the figure a reader sees, because the regulation's table is written in two decimals and
/// leaves gaps between its rows (76.60 | 76.61): 76.604 is shown as 76,60 and graded C, 76.605 is
/// shown as 76,61 and graded B, so the badge never contradicts the number beside it.
/// </summary>
public static class Ikm
{
    public static IkmResult FromSums(int respondents, IReadOnlyList<long> scoreSums)
    {
        if (scoreSums.Count != Unsur.Count) throw new ArgumentException("Nine score sums, one per unsur.", nameof(scoreSums));
        if (respondents <= 0) return new IkmResult(0, Enumerable.Repeat<decimal?>(null, Unsur.Count).ToList(), null, null, null);
        var nrr = scoreSums.Select(s => (decimal?)((decimal)s / respondents)).ToList();
        // Σ(NRR × 1/9) × 25 = Σ sums × 25 / (9 × n): one division, so no rounded 1/9 and no rounded NRR enter it.
        var value = scoreSums.Sum() * 25m / (Unsur.Count * (decimal)respondents);
        var weakest = 0;
        for (var i = 1; i < Unsur.Count; i++)
            if (nrr[i] < nrr[weakest]) weakest = i; // ties: the first in the regulation's order
        return new IkmResult(respondents, nrr, value, GradeOf(value), weakest);
    }

    /// <summary>A, B, C or D from the table of domain.md, applied to the figure rounded to two decimals.</summary>
    public static IkmGrade GradeOf(decimal ikm)
    {
        var shown = Math.Round(ikm, 2, MidpointRounding.AwayFromZero);
        return shown >= 88.31m ? IkmGrade.A
            : shown >= 76.61m ? IkmGrade.B
            : shown >= 65.00m ? IkmGrade.C
            : IkmGrade.D;
    }

    public static string Label(IkmGrade grade) => grade switch
    {
        IkmGrade.A => "Sangat Baik",
        IkmGrade.B => "Baik",
        IkmGrade.C => "Kurang Baik",
        IkmGrade.D => "Tidak Baik",
        _ => throw new ArgumentOutOfRangeException(nameof(grade), grade, null),
    };
}

/// <summary>
/// Sample adequacy by Krejcie &amp; Morgan: s = χ²·N·P(1−P) / (d²(N−1) + χ²·P(1−P)), χ² = 3.841, P = 0.5,
/// d = 0.05, rounded up (a sample of 79.5 people needs 80). N = 100 → 80, 1,000 → 278, 100,000 → 383.
/// </summary>
public static class SampleSize
{
    private const decimal ChiSquare = 3.841m, P = 0.5m, D = 0.05m;

    public static int Required(long population)
    {
        if (population <= 0) return 0;
        var pq = ChiSquare * P * (1 - P);
        var s = pq * population / (D * D * (population - 1) + pq);
        return (int)Math.Ceiling(s);
    }

    /// <summary>
    /// The population served in a period, from the yearly figure: N × days / 365, rounded up, so a quarter
    /// is judged against about a quarter of the year's people, not all of them.
    /// </summary>
    public static long PopulationIn(long populationPerYear, DateOnly from, DateOnly to)
    {
        var days = to.DayNumber - from.DayNumber + 1;
        if (days <= 0 || populationPerYear <= 0) return 0;
        return (long)Math.Ceiling(populationPerYear * (decimal)days / 365m);
    }
}
