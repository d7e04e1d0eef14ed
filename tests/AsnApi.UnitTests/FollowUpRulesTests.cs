using AsnApi.Contracts;
using AsnApi.Domain;

namespace AsnApi.UnitTests;

public class FollowUpRulesTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Theory]
    [InlineData(2026, 3, 10, 3, 2026, 6, 10)]
    [InlineData(2026, 10, 15, 3, 2027, 1, 15)] // across the year end
    [InlineData(2026, 11, 30, 3, 2027, 2, 28)] // 30 Nov + 3 months: February has no 30th, so its last day
    [InlineData(2027, 11, 30, 3, 2028, 2, 29)] // … and in a leap year the 29th
    [InlineData(2026, 1, 31, 1, 2026, 2, 28)]
    [InlineData(2028, 1, 31, 1, 2028, 2, 29)]
    [InlineData(2026, 5, 31, 1, 2026, 6, 30)]
    [InlineData(2026, 8, 31, 12, 2027, 8, 31)]
    public void The_follow_up_falls_due_months_after_the_training_ends_on_the_same_day_or_the_months_last(int y, int m, int d, int months, int ey, int em, int ed) =>
        Assert.Equal(D(ey, em, ed), FollowUpRules.DueOn(D(y, m, d), months));

    [Fact]
    public void The_deadline_closes_the_window_three_months_after_it_opens_as_the_3_to_6_months_of_the_rule()
    {
        Assert.Equal(D(2026, 9, 10), FollowUpRules.Deadline(D(2026, 3, 10), 3));
        Assert.Equal(D(2027, 5, 30), FollowUpRules.Deadline(D(2026, 11, 30), 3)); // counted from the end date: 28 Feb + 3 months would give 28 May
        Assert.Equal(D(2026, 7, 31), FollowUpRules.Deadline(D(2026, 1, 31), 3));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    [InlineData(-3)]
    public void Months_outside_1_to_12_are_refused(int months) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => FollowUpRules.DueOn(D(2026, 1, 1), months));

    [Fact]
    public void Status_moves_from_upcoming_to_due_on_the_due_date_and_to_overdue_the_day_after_the_deadline()
    {
        var end = D(2026, 3, 10); // due 10 Jun, deadline 10 Sep
        Assert.Equal(FollowUpStatus.Upcoming, FollowUpRules.StatusOn(D(2026, 6, 9), end, 3, filed: false));
        Assert.Equal(FollowUpStatus.Due, FollowUpRules.StatusOn(D(2026, 6, 10), end, 3, filed: false));
        Assert.Equal(FollowUpStatus.Due, FollowUpRules.StatusOn(D(2026, 9, 10), end, 3, filed: false));
        Assert.Equal(FollowUpStatus.Overdue, FollowUpRules.StatusOn(D(2026, 9, 11), end, 3, filed: false));
    }

    [Fact]
    public void A_filed_follow_up_is_done_whatever_the_date()
    {
        foreach (var today in new[] { D(2026, 3, 11), D(2026, 7, 1), D(2027, 1, 1) })
            Assert.Equal(FollowUpStatus.Done, FollowUpRules.StatusOn(today, D(2026, 3, 10), 3, filed: true));
    }

    [Fact]
    public void The_queue_filters_by_training_end_dates_that_give_each_status_on_a_day()
    {
        // The list filters on the session's end date (indexed) rather than on a computed due date: the bounds must
        // give exactly the statuses StatusOn gives, including at month ends.
        var today = D(2026, 5, 31);
        var (dueFrom, dueTo) = FollowUpRules.EndDatesDueOn(today, 3);
        for (var end = D(2025, 10, 1); end <= today; end = end.AddDays(1))
        {
            var status = FollowUpRules.StatusOn(today, end, 3, filed: false);
            var inDueRange = end >= dueFrom && end <= dueTo;
            Assert.Equal(status == FollowUpStatus.Due, inDueRange);
            Assert.Equal(status == FollowUpStatus.Overdue, end < dueFrom);
            Assert.Equal(status == FollowUpStatus.Upcoming, end > dueTo);
        }
    }

    [Fact]
    public void Every_status_has_an_Indonesian_label() =>
        Assert.All(Enum.GetValues<FollowUpStatus>(), s => Assert.False(string.IsNullOrWhiteSpace(FollowUpRules.Label(s))));
}
