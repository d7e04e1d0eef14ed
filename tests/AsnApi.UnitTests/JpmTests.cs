using AsnApi.Contracts;
using AsnApi.Domain;

namespace AsnApi.UnitTests;

public class JpmTests
{
    private static readonly JpmThresholds Defaults = JpmThresholds.Default;

    [Fact]
    public void Jpm_is_the_sum_of_assessed_over_the_sum_of_required_times_100()
    {
        // Required 3,3,4,2 = 12; assessed 3,2,4,2 = 11 → 91.666…
        var result = Jpm.Compute([new(3, 3), new(3, 2), new(4, 4), new(2, 2)], Defaults);
        Assert.Equal(91.67m, result.Rounded);
        Assert.Equal(JpmFitCategory.MemenuhiSyarat, result.Fit);
        Assert.Equal(JpmMappingCategory.Optimal, result.Mapping);
        Assert.True(result.IsComplete);
    }

    [Theory]
    // sums chosen so that the raw figure lands exactly on each threshold
    [InlineData(17, 25, 68, JpmFitCategory.MasihMemenuhiSyarat, JpmMappingCategory.KurangOptimal)]
    [InlineData(39, 50, 78, JpmFitCategory.MasihMemenuhiSyarat, JpmMappingCategory.CukupOptimal)]
    [InlineData(4, 5, 80, JpmFitCategory.MemenuhiSyarat, JpmMappingCategory.CukupOptimal)]
    [InlineData(9, 10, 90, JpmFitCategory.MemenuhiSyarat, JpmMappingCategory.Optimal)]
    [InlineData(67, 100, 67, JpmFitCategory.KurangMemenuhiSyarat, JpmMappingCategory.KurangOptimal)]
    [InlineData(79, 100, 79, JpmFitCategory.MasihMemenuhiSyarat, JpmMappingCategory.CukupOptimal)]
    [InlineData(89, 100, 89, JpmFitCategory.MemenuhiSyarat, JpmMappingCategory.CukupOptimal)]
    public void Thresholds_are_inclusive_at_their_lower_bound(int assessed, int required, decimal jpm, JpmFitCategory fit, JpmMappingCategory mapping)
    {
        var result = Jpm.FromSums(assessed, required, Defaults);
        Assert.Equal(jpm, result.Value);
        Assert.Equal(fit, result.Fit);
        Assert.Equal(mapping, result.Mapping);
    }

    [Fact]
    public void Just_below_a_threshold_is_the_lower_category()
    {
        // 67.99…: 6799/10000 would need levels that large; use 203/300 = 67.666…
        var result = Jpm.FromSums(203, 300, Defaults);
        Assert.True(result.Value < 68m);
        Assert.Equal(JpmFitCategory.KurangMemenuhiSyarat, result.Fit);
    }

    [Fact]
    public void Above_100_is_reported_raw_but_categorised_as_capped()
    {
        var result = Jpm.Compute([new(2, 4), new(2, 3)], Defaults);
        Assert.Equal(175m, result.Value);
        Assert.Equal(100m, result.Capped);
        Assert.Equal(JpmFitCategory.MemenuhiSyarat, result.Fit);
        Assert.Equal(JpmMappingCategory.Optimal, result.Mapping);
    }

    [Fact]
    public void No_standard_gives_no_figure_and_no_category()
    {
        var result = Jpm.Compute([], Defaults);
        Assert.Null(result.Value);
        Assert.Null(result.Fit);
        Assert.Null(result.Mapping);
    }

    [Fact]
    public void A_partial_assessment_is_computed_over_the_assessed_competencies_and_flagged()
    {
        // Three required competencies, one never assessed: JPM over the two that were.
        var result = Jpm.Compute([new(3, 3), new(4, 2), new(3, null)], Defaults);
        Assert.Equal(71.43m, result.Rounded); // 5 / 7
        Assert.False(result.IsComplete);
        Assert.Equal(2, result.AssessedCount);
        Assert.Equal(3, result.RequiredCount);
    }

    [Fact]
    public void A_standard_with_nothing_assessed_has_no_figure()
    {
        var result = Jpm.Compute([new(3, null), new(2, null)], Defaults);
        Assert.Null(result.Value);
        Assert.False(result.IsComplete);
    }

    [Fact]
    public void Tenant_thresholds_replace_the_defaults()
    {
        var strict = new JpmThresholds(MemenuhiSyarat: 85, MasihMemenuhiSyarat: 70, Optimal: 95, CukupOptimal: 80);
        var result = Jpm.FromSums(4, 5, strict); // 80
        Assert.Equal(JpmFitCategory.MasihMemenuhiSyarat, result.Fit);
        Assert.Equal(JpmMappingCategory.CukupOptimal, result.Mapping);
    }

    [Fact]
    public void Thresholds_must_be_ordered_and_within_0_to_100()
    {
        Assert.NotEmpty(new JpmThresholds(60, 70, 90, 78).Problems());
        Assert.NotEmpty(new JpmThresholds(80, 68, 78, 90).Problems());
        Assert.NotEmpty(new JpmThresholds(101, 68, 90, 78).Problems());
        Assert.Empty(JpmThresholds.Default.Problems());
    }

    [Fact]
    public void The_gap_is_required_minus_assessed_and_positive_means_a_need()
    {
        Assert.Equal(2, Jpm.Gap(4, 2));
        Assert.Equal(-1, Jpm.Gap(2, 3));
        Assert.Null(Jpm.Gap(3, null));
    }
}
