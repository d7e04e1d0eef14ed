using AsnApi.Domain;

namespace AsnApi.UnitTests;

public class HeatmapRulesTests
{
    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(3, true)]
    [InlineData(100, true)]
    [InlineData(101, false)]
    [InlineData(-3, false)]
    public void The_minimum_count_is_between_1_and_100(int value, bool valid) => Assert.Equal(valid, Heatmap.IsValidMinimumCount(value));

    [Fact]
    public void The_default_minimum_count_is_three_and_valid()
    {
        Assert.Equal(3, Heatmap.DefaultMinimumCount);
        Assert.True(Heatmap.IsValidMinimumCount(Heatmap.DefaultMinimumCount));
    }
}
