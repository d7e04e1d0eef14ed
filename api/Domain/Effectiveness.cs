using AsnApi.Contracts;

namespace AsnApi.Domain;


/// <summary>
/// Training effectiveness (Kirkpatrick levels 1 and 2, domain.md "Evaluation"): pure arithmetic over sums, so the
/// same functions read a single participant, a session's rollup and a whole program's.
/// </summary>
public static class Effectiveness
{
    public const int MinScore = 1;
    public const int MaxScore = 5;
    public const int MaxTestScore = 100;

    /// <summary>
    /// Hake's normalised gain, (post − pre) / (100 − pre): the share of the room for improvement that was used.
    /// A participant who starts at 100 has no room, so the ratio is undefined (0/0, or a negative over 0): null.
    /// Such participants are left out of the normalised mean and counted as "already at maximum" instead; their
    /// raw gain still counts in the mean gain. A drop gives a negative value (down to −∞ in theory, −99 at worst here).
    /// </summary>
    public static double? NormalisedGain(int pre, int post)
    {
        if (pre is < 0 or > MaxTestScore) throw new ArgumentOutOfRangeException(nameof(pre));
        if (post is < 0 or > MaxTestScore) throw new ArgumentOutOfRangeException(nameof(post));
        return pre == MaxTestScore ? null : (double)(post - pre) / (MaxTestScore - pre);
    }

    /// <summary>Improved means a higher post-test than pre-test; equal is not improved (a participant at 100 cannot improve).</summary>
    public static bool Improved(int pre, int post) => post > pre;

    /// <summary>The learning figures of a group from its sums (a session's or a program's rollup); null means with nobody behind them.</summary>
    public static LearningFigures Learning(long scored, long preSum, long postSum, long improved, long normalisedCount, double normalisedSum)
    {
        if (scored <= 0) return new LearningFigures(0, null, null, null, null, null, 0);
        return new LearningFigures(
            (int)scored,
            (double)preSum / scored,
            (double)postSum / scored,
            (double)(postSum - preSum) / scored,
            normalisedCount > 0 ? normalisedSum / normalisedCount : null,
            (double)improved / scored,
            (int)(scored - normalisedCount));
    }

    /// <summary>The learning figures of a list of (pre, post) pairs: what the SQL sums must agree with.</summary>
    public static LearningFigures Learning(IEnumerable<(int Pre, int Post)> pairs)
    {
        long n = 0, pre = 0, post = 0, improved = 0, normCount = 0;
        double normSum = 0;
        foreach (var (p, q) in pairs)
        {
            n++; pre += p; post += q;
            if (Improved(p, q)) improved++;
            if (NormalisedGain(p, q) is { } g) { normCount++; normSum += g; }
        }
        return Learning(n, pre, post, improved, normCount, normSum);
    }

    /// <summary>Mean of item scores (1–5) from their sum and count; null without answers.</summary>
    public static double? ReactionMean(long scoreSum, long scoreCount) => scoreCount > 0 ? (double)scoreSum / scoreCount : null;

    /// <summary>Respondents ÷ participants; null when nobody took part.</summary>
    public static double? ResponseRate(long respondents, long participants) => participants > 0 ? (double)respondents / participants : null;

    /// <summary>
    /// Bands on the 1–5 scale, each an inclusive lower bound: ≥ 4.20 Sangat Baik, ≥ 3.40 Baik, ≥ 2.60 Cukup,
    /// ≥ 1.80 Kurang, else Sangat Kurang: five equal widths of 0.8 over 1–5, the usual reading of a Likert mean.
    /// </summary>
    public static ReactionBand Band(double mean)
    {
        if (mean is < MinScore or > MaxScore || double.IsNaN(mean)) throw new ArgumentOutOfRangeException(nameof(mean));
        // Rounded to two decimals first, as printed: 4.195 is shown as 4,20 and must be read as what is shown.
        var m = Math.Round(mean, 2, MidpointRounding.AwayFromZero);
        return m >= 4.20 ? ReactionBand.SangatBaik : m >= 3.40 ? ReactionBand.Baik : m >= 2.60 ? ReactionBand.Cukup : m >= 1.80 ? ReactionBand.Kurang : ReactionBand.SangatKurang;
    }

    public static string Label(ReactionBand band) => band switch
    {
        ReactionBand.SangatBaik => "Sangat baik",
        ReactionBand.Baik => "Baik",
        ReactionBand.Cukup => "Cukup",
        ReactionBand.Kurang => "Kurang",
        ReactionBand.SangatKurang => "Sangat kurang",
        _ => throw new ArgumentOutOfRangeException(nameof(band), band, null),
    };

    /// <summary>The default questionnaire, in Indonesian: what a session uses unless another template is chosen.</summary>
    public static readonly IReadOnlyList<string> DefaultItems =
    [
        "Materi pelatihan relevan dengan tugas dan pekerjaan saya.",
        "Pengajar atau fasilitator menguasai materi dan menyampaikannya dengan jelas.",
        "Metode pembelajaran mendorong saya untuk berpartisipasi aktif.",
        "Bahan ajar, sarana dan prasarana pelatihan memadai.",
        "Jadwal dan penyelenggaraan pelatihan berjalan dengan baik.",
        "Secara keseluruhan, pelatihan ini bermanfaat bagi saya.",
    ];

    public const string DefaultTemplateName = "Kuesioner reaksi standar";

    /// <summary>
    /// Level 4's two periods around the training: the <paramref name="months"/> before the first day and the same
    /// length after the last day, neither including the training itself.
    /// </summary>
    public static (DateOnly BeforeFrom, DateOnly BeforeTo, DateOnly AfterFrom, DateOnly AfterTo) Periods(DateOnly firstDay, DateOnly lastDay, int months)
    {
        if (months is < 1 or > 24) throw new ArgumentOutOfRangeException(nameof(months));
        if (lastDay < firstDay) throw new ArgumentException("lastDay before firstDay");
        return (firstDay.AddMonths(-months), firstDay.AddDays(-1), lastDay.AddDays(1), lastDay.AddMonths(months));
    }
}

/// <summary>Level 2 figures: means over participants with both scores; NormalisedGain over those below 100 at the pre-test.</summary>
public sealed record LearningFigures(int Scored, double? MeanPre, double? MeanPost, double? MeanGain, double? MeanNormalisedGain, double? ShareImproved, int AtMaximum);
