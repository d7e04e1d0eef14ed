using AsnApi.Contracts;
using AsnApi.Domain;

namespace AsnApi.UnitTests;

public class EvaluationRulesTests
{
    [Theory]
    [InlineData(70.0, 80.0, true, IndicatorDirection.Better)]
    [InlineData(80.0, 70.0, true, IndicatorDirection.Worse)]
    [InlineData(70.0, 80.0, false, IndicatorDirection.Worse)] // e.g. a share of overdue items going up
    [InlineData(80.0, 70.0, false, IndicatorDirection.Better)]
    [InlineData(75.5, 75.5, true, IndicatorDirection.Same)]
    [InlineData(75.5, 75.5, false, IndicatorDirection.Same)]
    public void Direction_knows_which_way_is_good(double previous, double current, bool higherIsBetter, IndicatorDirection expected) =>
        Assert.Equal(expected, EvaluationRules.Direction(previous, current, higherIsBetter));

    [Fact]
    public void A_missing_figure_cannot_be_compared()
    {
        Assert.Equal(IndicatorDirection.Unknown, EvaluationRules.Direction(null, 80, true));
        Assert.Equal(IndicatorDirection.Unknown, EvaluationRules.Direction(80, null, true));
        Assert.Null(EvaluationRules.Change(null, 80));
        Assert.Equal(-5.5, EvaluationRules.Change(80, 74.5));
    }

    [Fact]
    public void A_rounding_difference_is_no_movement()
    {
        // 1/3 computed two ways differs in the last bits; that is not a change a person should read as "worse".
        Assert.Equal(IndicatorDirection.Same, EvaluationRules.Direction(100.0 / 3, 100 * (1.0 / 3), true));
        Assert.Equal(IndicatorDirection.Better, EvaluationRules.Direction(50, 50.01, true));
    }

    [Theory]
    [InlineData(FollowUpActionStatus.Open, FollowUpActionStatus.InProgress, true)]
    [InlineData(FollowUpActionStatus.Open, FollowUpActionStatus.Done, true)]
    [InlineData(FollowUpActionStatus.Open, FollowUpActionStatus.Cancelled, true)]
    [InlineData(FollowUpActionStatus.InProgress, FollowUpActionStatus.Done, true)]
    [InlineData(FollowUpActionStatus.InProgress, FollowUpActionStatus.Cancelled, true)]
    [InlineData(FollowUpActionStatus.InProgress, FollowUpActionStatus.Open, false)]
    [InlineData(FollowUpActionStatus.Open, FollowUpActionStatus.Open, false)]
    [InlineData(FollowUpActionStatus.Done, FollowUpActionStatus.InProgress, false)]
    [InlineData(FollowUpActionStatus.Done, FollowUpActionStatus.Cancelled, false)]
    [InlineData(FollowUpActionStatus.Cancelled, FollowUpActionStatus.Open, false)]
    [InlineData(FollowUpActionStatus.Cancelled, FollowUpActionStatus.Done, false)]
    public void Action_states(FollowUpActionStatus from, FollowUpActionStatus to, bool allowed) =>
        Assert.Equal(allowed, EvaluationRules.CanMove(from, to));

    [Fact]
    public void Every_move_is_covered()
    {
        var allowed = Enum.GetValues<FollowUpActionStatus>().SelectMany(f => Enum.GetValues<FollowUpActionStatus>().Select(t => (f, t)))
            .Where(p => EvaluationRules.CanMove(p.f, p.t)).ToList();
        Assert.Equal(5, allowed.Count);
    }

    [Theory]
    [InlineData(FollowUpActionStatus.Open, "2026-11-24", "2026-11-25", true)]
    [InlineData(FollowUpActionStatus.InProgress, "2026-11-24", "2026-11-25", true)]
    [InlineData(FollowUpActionStatus.Open, "2026-11-25", "2026-11-25", false)] // the due day itself is on time
    [InlineData(FollowUpActionStatus.Done, "2026-01-01", "2026-11-25", false)]
    [InlineData(FollowUpActionStatus.Cancelled, "2026-01-01", "2026-11-25", false)]
    public void Overdue(FollowUpActionStatus status, string due, string today, bool expected) =>
        Assert.Equal(expected, EvaluationRules.IsOverdue(status, DateOnly.Parse(due), DateOnly.Parse(today)));

    [Fact]
    public void Every_value_has_an_indonesian_label()
    {
        Assert.All(Enum.GetValues<EvaluationCycleStatus>(), v => Assert.False(string.IsNullOrWhiteSpace(EvaluationRules.Label(v))));
        Assert.All(Enum.GetValues<FindingSeverity>(), v => Assert.False(string.IsNullOrWhiteSpace(EvaluationRules.Label(v))));
        Assert.All(Enum.GetValues<FollowUpActionKind>(), v => Assert.False(string.IsNullOrWhiteSpace(EvaluationRules.Label(v))));
        Assert.All(Enum.GetValues<FollowUpActionStatus>(), v => Assert.False(string.IsNullOrWhiteSpace(EvaluationRules.Label(v))));
        Assert.All(Enum.GetValues<IndicatorDirection>(), v => Assert.False(string.IsNullOrWhiteSpace(EvaluationRules.Label(v))));
        Assert.Equal("Ditutup", EvaluationRules.Label(EvaluationCycleStatus.Closed));
    }
}
