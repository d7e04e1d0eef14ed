using AsnApi.Contracts;
using AsnApi.Domain;

namespace AsnApi.UnitTests;

public class SkpTests
{
    private const SkpRating Below = SkpRating.DiBawahEkspektasi, Meeting = SkpRating.SesuaiEkspektasi, Above = SkpRating.DiAtasEkspektasi;

    // domain.md's matrix, row by row (results), column by column (behaviour).
    [Theory]
    [InlineData(Above, Below, SkpPredicate.KurangMisconduct)]
    [InlineData(Above, Meeting, SkpPredicate.Baik)]
    [InlineData(Above, Above, SkpPredicate.SangatBaik)]
    [InlineData(Meeting, Below, SkpPredicate.KurangMisconduct)]
    [InlineData(Meeting, Meeting, SkpPredicate.Baik)]
    [InlineData(Meeting, Above, SkpPredicate.Baik)]
    [InlineData(Below, Below, SkpPredicate.SangatKurang)]
    [InlineData(Below, Meeting, SkpPredicate.ButuhPerbaikan)]
    [InlineData(Below, Above, SkpPredicate.ButuhPerbaikan)]
    public void Each_of_the_nine_cells_gives_the_predicate_of_the_matrix(SkpRating results, SkpRating behaviour, SkpPredicate expected) =>
        Assert.Equal(expected, Skp.Predicate(results, behaviour));

    [Fact]
    public void Every_pair_of_ratings_has_a_predicate_and_all_five_occur()
    {
        var all = Enum.GetValues<SkpRating>().SelectMany(r => Enum.GetValues<SkpRating>().Select(b => Skp.Predicate(r, b))).ToList();
        Assert.Equal(9, all.Count);
        Assert.Equal(Enum.GetValues<SkpPredicate>().OrderBy(p => p), all.Distinct().OrderBy(p => p));
    }

    [Theory]
    [InlineData(SkpPredicate.SangatBaik, "Sangat Baik")]
    [InlineData(SkpPredicate.Baik, "Baik")]
    [InlineData(SkpPredicate.ButuhPerbaikan, "Butuh Perbaikan")]
    [InlineData(SkpPredicate.KurangMisconduct, "Kurang/Misconduct")]
    [InlineData(SkpPredicate.SangatKurang, "Sangat Kurang")]
    public void Predicates_carry_their_indonesian_labels(SkpPredicate predicate, string label) => Assert.Equal(label, Skp.Label(predicate));

    [Fact]
    public void Ratings_have_distinct_indonesian_labels() =>
        Assert.Equal(3, Enum.GetValues<SkpRating>().Select(Skp.Label).Distinct().Count());

    [Fact]
    public void An_undefined_rating_is_refused_not_guessed()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Skp.Predicate((SkpRating)7, Meeting));
        Assert.Throws<ArgumentOutOfRangeException>(() => Skp.Label((SkpPredicate)9));
    }

    [Theory]
    [InlineData(Below, Above, true)]
    [InlineData(Above, Below, true)]
    [InlineData(Below, Below, true)]
    [InlineData(Meeting, Meeting, false)]
    [InlineData(Above, Meeting, false)]
    [InlineData(Above, Above, false)]
    public void A_rating_below_expectations_is_a_performance_need(SkpRating results, SkpRating behaviour, bool need) =>
        Assert.Equal(need, Skp.IsPerformanceNeed(results, behaviour));

    [Fact]
    public void Performance_needs_are_prioritised_by_predicate()
    {
        Assert.Equal(DevelopmentNeedPriority.Tinggi, Skp.NeedPriority(SkpPredicate.SangatKurang));
        Assert.Equal(DevelopmentNeedPriority.Tinggi, Skp.NeedPriority(SkpPredicate.KurangMisconduct));
        Assert.Equal(DevelopmentNeedPriority.Sedang, Skp.NeedPriority(SkpPredicate.ButuhPerbaikan));
        Assert.Throws<ArgumentOutOfRangeException>(() => Skp.NeedPriority(SkpPredicate.Baik));
    }

    [Fact]
    public void An_annual_period_runs_from_1_january_to_31_december()
    {
        Assert.Equal((new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31)), Skp.Annual(2024));
    }

    [Fact]
    public void Periods_that_share_a_day_overlap_and_adjacent_ones_do_not()
    {
        var (s, e) = Skp.Annual(2025);
        Assert.True(Skp.Overlaps(s, e, new DateOnly(2025, 12, 31), new DateOnly(2026, 6, 30)));
        Assert.True(Skp.Overlaps(s, e, new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 31)));
        Assert.False(Skp.Overlaps(s, e, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)));
        Assert.False(Skp.Overlaps(s, e, new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31)));
    }
}
