using AsnApi.Contracts;

namespace AsnApi.Domain;

/// <summary>
/// The SKP predicate (PermenPAN-RB 6/2022): work results × work behaviour, each below, meeting or above expectations.
/// Behaviour below expectations is never better than Kurang/Misconduct, whatever the results; results below
/// expectations are never better than Butuh Perbaikan.
/// </summary>
public static class Skp
{
    public static SkpPredicate Predicate(SkpRating results, SkpRating behaviour) => (results, behaviour) switch
    {
        (SkpRating.DiAtasEkspektasi, SkpRating.DiAtasEkspektasi) => SkpPredicate.SangatBaik,
        (SkpRating.DiAtasEkspektasi, SkpRating.SesuaiEkspektasi) => SkpPredicate.Baik,
        (SkpRating.DiAtasEkspektasi, SkpRating.DiBawahEkspektasi) => SkpPredicate.KurangMisconduct,
        (SkpRating.SesuaiEkspektasi, SkpRating.DiAtasEkspektasi) => SkpPredicate.Baik,
        (SkpRating.SesuaiEkspektasi, SkpRating.SesuaiEkspektasi) => SkpPredicate.Baik,
        (SkpRating.SesuaiEkspektasi, SkpRating.DiBawahEkspektasi) => SkpPredicate.KurangMisconduct,
        (SkpRating.DiBawahEkspektasi, SkpRating.DiAtasEkspektasi) => SkpPredicate.ButuhPerbaikan,
        (SkpRating.DiBawahEkspektasi, SkpRating.SesuaiEkspektasi) => SkpPredicate.ButuhPerbaikan,
        (SkpRating.DiBawahEkspektasi, SkpRating.DiBawahEkspektasi) => SkpPredicate.SangatKurang,
        _ => throw new ArgumentOutOfRangeException(nameof(results), $"{results} × {behaviour}"),
    };

    public static string Label(SkpPredicate predicate) => predicate switch
    {
        SkpPredicate.SangatBaik => "Sangat Baik",
        SkpPredicate.Baik => "Baik",
        SkpPredicate.ButuhPerbaikan => "Butuh Perbaikan",
        SkpPredicate.KurangMisconduct => "Kurang/Misconduct",
        SkpPredicate.SangatKurang => "Sangat Kurang",
        _ => throw new ArgumentOutOfRangeException(nameof(predicate), predicate, null),
    };

    public static string Label(SkpRating rating) => rating switch
    {
        SkpRating.DiBawahEkspektasi => "Di bawah ekspektasi",
        SkpRating.SesuaiEkspektasi => "Sesuai ekspektasi",
        SkpRating.DiAtasEkspektasi => "Di atas ekspektasi",
        _ => throw new ArgumentOutOfRangeException(nameof(rating), rating, null),
    };

    /// <summary>
    /// An appraisal with either rating below expectations is a performance need in the AKPK: the employee's
    /// development plan should answer it beside the competency gaps.
    /// </summary>
    public static bool IsPerformanceNeed(SkpRating results, SkpRating behaviour) =>
        results == SkpRating.DiBawahEkspektasi || behaviour == SkpRating.DiBawahEkspektasi;

    /// <summary>
    /// The priority of a performance need: both ratings below (Sangat Kurang) or behaviour below (Kurang/Misconduct)
    /// is Tinggi; results below with behaviour meeting or above (Butuh Perbaikan) is Sedang.
    /// </summary>
    public static DevelopmentNeedPriority NeedPriority(SkpPredicate predicate) => predicate switch
    {
        SkpPredicate.SangatKurang or SkpPredicate.KurangMisconduct => DevelopmentNeedPriority.Tinggi,
        SkpPredicate.ButuhPerbaikan => DevelopmentNeedPriority.Sedang,
        _ => throw new ArgumentOutOfRangeException(nameof(predicate), predicate, "Bukan kebutuhan kinerja."),
    };

    /// <summary>An annual period: 1 January to 31 December of the year.</summary>
    public static (DateOnly Start, DateOnly End) Annual(int year) => (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    /// <summary>Two closed date ranges overlap when each starts on or before the other ends.</summary>
    public static bool Overlaps(DateOnly aStart, DateOnly aEnd, DateOnly bStart, DateOnly bEnd) => aStart <= bEnd && bStart <= aEnd;
}
