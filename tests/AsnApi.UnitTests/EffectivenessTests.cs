using AsnApi.Contracts;
using AsnApi.Domain;

namespace AsnApi.UnitTests;

public class EffectivenessTests
{
    [Theory]
    [InlineData(50, 75, 0.5)]
    [InlineData(0, 100, 1.0)]
    [InlineData(80, 80, 0.0)]
    [InlineData(60, 40, -0.5)]
    [InlineData(99, 100, 1.0)]
    [InlineData(90, 95, 0.5)]
    public void Normalised_gain_is_the_share_of_the_room_used(int pre, int post, double expected) =>
        Assert.Equal(expected, Effectiveness.NormalisedGain(pre, post)!.Value, 12);

    [Theory]
    [InlineData(100)]
    [InlineData(90)]
    [InlineData(0)]
    public void A_pre_test_of_100_has_no_normalised_gain(int post) => Assert.Null(Effectiveness.NormalisedGain(100, post));

    [Theory]
    [InlineData(-1, 50)]
    [InlineData(101, 50)]
    [InlineData(50, -1)]
    [InlineData(50, 101)]
    public void Scores_outside_0_to_100_are_refused(int pre, int post) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Effectiveness.NormalisedGain(pre, post));

    [Fact]
    public void Learning_figures_by_hand()
    {
        // (40→70) gain 30, g 0.5; (80→90) gain 10, g 0.5; (100→100) gain 0, at maximum; (60→50) gain −10, g −0.25.
        var f = Effectiveness.Learning([(40, 70), (80, 90), (100, 100), (60, 50)]);
        Assert.Equal(4, f.Scored);
        Assert.Equal(70.0, f.MeanPre!.Value, 12);
        Assert.Equal(77.5, f.MeanPost!.Value, 12);
        Assert.Equal(7.5, f.MeanGain!.Value, 12);
        Assert.Equal((0.5 + 0.5 - 0.25) / 3, f.MeanNormalisedGain!.Value, 12);
        Assert.Equal(0.5, f.ShareImproved!.Value, 12);
        Assert.Equal(1, f.AtMaximum);
    }

    [Fact]
    public void Everyone_at_maximum_gives_no_normalised_mean_but_a_gain()
    {
        var f = Effectiveness.Learning([(100, 100), (100, 95)]);
        Assert.Equal(2, f.Scored);
        Assert.Null(f.MeanNormalisedGain);
        Assert.Equal(-2.5, f.MeanGain!.Value, 12);
        Assert.Equal(0.0, f.ShareImproved!.Value, 12);
        Assert.Equal(2, f.AtMaximum);
    }

    [Fact]
    public void Nobody_scored_gives_nulls_not_zeros()
    {
        var f = Effectiveness.Learning([]);
        Assert.Equal(0, f.Scored);
        Assert.Null(f.MeanPre);
        Assert.Null(f.MeanGain);
        Assert.Null(f.MeanNormalisedGain);
        Assert.Null(f.ShareImproved);
    }

    [Fact]
    public void Sums_and_pairs_agree()
    {
        var pairs = new List<(int, int)>();
        var rnd = new Random(7);
        for (var i = 0; i < 500; i++) pairs.Add((rnd.Next(0, 101), rnd.Next(0, 101)));
        var fromPairs = Effectiveness.Learning(pairs);
        var norm = pairs.Select(p => Effectiveness.NormalisedGain(p.Item1, p.Item2)).Where(g => g is not null).Select(g => g!.Value).ToList();
        var fromSums = Effectiveness.Learning(pairs.Count, pairs.Sum(p => p.Item1), pairs.Sum(p => p.Item2), pairs.Count(p => p.Item2 > p.Item1), norm.Count, norm.Sum());
        Assert.Equal(fromPairs, fromSums);
    }

    [Fact]
    public void Improved_is_strictly_higher()
    {
        Assert.True(Effectiveness.Improved(50, 51));
        Assert.False(Effectiveness.Improved(50, 50));
        Assert.False(Effectiveness.Improved(100, 100));
        Assert.False(Effectiveness.Improved(60, 40));
    }

    [Theory]
    [InlineData(5.0, ReactionBand.SangatBaik)]
    [InlineData(4.2, ReactionBand.SangatBaik)]
    [InlineData(4.195, ReactionBand.SangatBaik)]
    [InlineData(4.194, ReactionBand.Baik)]
    [InlineData(3.4, ReactionBand.Baik)]
    [InlineData(3.39, ReactionBand.Cukup)]
    [InlineData(2.6, ReactionBand.Cukup)]
    [InlineData(2.59, ReactionBand.Kurang)]
    [InlineData(1.8, ReactionBand.Kurang)]
    [InlineData(1.79, ReactionBand.SangatKurang)]
    [InlineData(1.0, ReactionBand.SangatKurang)]
    public void Reaction_bands_have_inclusive_lower_edges(double mean, ReactionBand band) => Assert.Equal(band, Effectiveness.Band(mean));

    [Theory]
    [InlineData(0.99)]
    [InlineData(5.01)]
    [InlineData(double.NaN)]
    public void A_mean_off_the_scale_is_refused(double mean) => Assert.Throws<ArgumentOutOfRangeException>(() => Effectiveness.Band(mean));

    [Fact]
    public void Every_band_has_an_Indonesian_label() =>
        Assert.Equal(["Sangat baik", "Baik", "Cukup", "Kurang", "Sangat kurang"], Enum.GetValues<ReactionBand>().Select(Effectiveness.Label));

    [Fact]
    public void Reaction_mean_and_response_rate_from_sums()
    {
        Assert.Equal(4.25, Effectiveness.ReactionMean(17, 4));
        Assert.Null(Effectiveness.ReactionMean(0, 0));
        Assert.Equal(0.75, Effectiveness.ResponseRate(3, 4));
        Assert.Null(Effectiveness.ResponseRate(0, 0));
    }

    [Fact]
    public void Periods_are_the_same_length_before_and_after_and_leave_the_training_out()
    {
        var p = Effectiveness.Periods(new DateOnly(2026, 3, 10), new DateOnly(2026, 3, 14), 6);
        Assert.Equal(new DateOnly(2025, 9, 10), p.BeforeFrom);
        Assert.Equal(new DateOnly(2026, 3, 9), p.BeforeTo);
        Assert.Equal(new DateOnly(2026, 3, 15), p.AfterFrom);
        Assert.Equal(new DateOnly(2026, 9, 14), p.AfterTo);
        Assert.Throws<ArgumentOutOfRangeException>(() => Effectiveness.Periods(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 2), 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Effectiveness.Periods(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 2), 25));
    }

    [Fact]
    public void The_default_questionnaire_is_in_Indonesian_and_short()
    {
        Assert.InRange(Effectiveness.DefaultItems.Count, 4, 10);
        Assert.All(Effectiveness.DefaultItems, i => Assert.InRange(i.Length, 10, 300));
    }
}
