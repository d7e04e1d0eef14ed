using AsnApi.Contracts;
using AsnApi.Domain;

namespace AsnApi.UnitTests;

public class ComplaintRulesTests
{
    private static readonly ComplaintDeadlines D = ComplaintDeadlines.Default;

    [Theory]
    // 2026-11-23 is a Monday.
    [InlineData("2026-11-23", 3, "2026-11-26")] // Mon + 3 → Thu
    [InlineData("2026-11-25", 3, "2026-11-30")] // Wed + 3 → Thu, Fri, Mon
    [InlineData("2026-11-27", 3, "2026-12-02")] // Fri + 3 → Mon, Tue, Wed
    [InlineData("2026-11-28", 3, "2026-12-02")] // Sat: counting starts Monday
    [InlineData("2026-11-29", 3, "2026-12-02")] // Sun likewise
    [InlineData("2026-11-27", 5, "2026-12-04")] // Fri + 5 → the next Friday
    [InlineData("2026-11-23", 14, "2026-12-11")] // two full weeks less a day
    [InlineData("2026-11-28", 0, "2026-11-28")]
    public void Working_days_skip_weekends(string start, int days, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), ComplaintRules.AddWorkingDays(DateOnly.Parse(start), days));

    [Fact]
    public void Default_deadlines_are_the_domain_ones()
    {
        Assert.Equal((3, 5, 14), (D.FirstResponseDays, D.ResolutionDays, D.FieldCheckDays));
        var friday = new DateOnly(2026, 11, 27);
        Assert.Equal(new DateOnly(2026, 12, 2), ComplaintRules.FirstResponseDue(friday, D));
        Assert.Equal(new DateOnly(2026, 12, 4), ComplaintRules.ResolutionDue(friday, false, D));
        Assert.Equal(new DateOnly(2026, 12, 17), ComplaintRules.ResolutionDue(friday, true, D));
    }

    [Fact]
    public void Overdue_starts_the_day_after_the_deadline_and_ends_when_the_step_is_done()
    {
        var due = new DateOnly(2026, 12, 2);
        var resolutionDue = new DateOnly(2026, 12, 4);
        Assert.False(ComplaintRules.Overdue(due, false, resolutionDue, false, due)); // the deadline day itself is still on time
        Assert.True(ComplaintRules.Overdue(due, false, resolutionDue, false, due.AddDays(1)));
        Assert.False(ComplaintRules.Overdue(due, true, resolutionDue, false, due.AddDays(1))); // answered: only resolution runs
        Assert.True(ComplaintRules.Overdue(due, true, resolutionDue, false, resolutionDue.AddDays(1)));
        Assert.False(ComplaintRules.Overdue(due, true, resolutionDue, true, resolutionDue.AddDays(30)));
    }

    [Fact]
    public void Escalation_follows_a_missed_deadline_by_working_days()
    {
        var due = new DateOnly(2026, 11, 27); // a Friday
        var later = new DateOnly(2026, 12, 31);
        // One working day after Friday is Monday: overdue on Saturday, escalated from Tuesday.
        Assert.False(ComplaintRules.Escalated(due, false, later, false, new DateOnly(2026, 11, 28), D));
        Assert.False(ComplaintRules.Escalated(due, false, later, false, new DateOnly(2026, 11, 30), D));
        Assert.True(ComplaintRules.Escalated(due, false, later, false, new DateOnly(2026, 12, 1), D));
        Assert.False(ComplaintRules.Escalated(due, true, later, false, new DateOnly(2026, 12, 1), D));
        Assert.True(ComplaintRules.Escalated(due, false, later, false, new DateOnly(2026, 11, 28), D with { EscalateAfterDays = 0 }));
    }

    [Fact]
    public void The_state_machine_allows_only_the_flow_and_rejection_of_open_cases()
    {
        var allowed = new List<(ComplaintStatus, ComplaintAction, ComplaintStatus)>();
        foreach (var from in Enum.GetValues<ComplaintStatus>())
            foreach (var action in Enum.GetValues<ComplaintAction>())
                if (ComplaintRules.Next(from, action) is { } to) allowed.Add((from, action, to));
        Assert.Equal(
        [
            (ComplaintStatus.Received, ComplaintAction.Verify, ComplaintStatus.Verified),
            (ComplaintStatus.Received, ComplaintAction.Reject, ComplaintStatus.Rejected),
            (ComplaintStatus.Verified, ComplaintAction.Start, ComplaintStatus.InProgress),
            (ComplaintStatus.Verified, ComplaintAction.Reject, ComplaintStatus.Rejected),
            (ComplaintStatus.InProgress, ComplaintAction.Resolve, ComplaintStatus.Resolved),
            (ComplaintStatus.InProgress, ComplaintAction.Reject, ComplaintStatus.Rejected),
            (ComplaintStatus.Resolved, ComplaintAction.Close, ComplaintStatus.Closed),
        ], allowed);
        Assert.True(ComplaintRules.NeedsResponse(ComplaintAction.Reject));
        Assert.True(ComplaintRules.NeedsResponse(ComplaintAction.Resolve));
        Assert.False(ComplaintRules.NeedsResponse(ComplaintAction.Verify));
    }

    [Fact]
    public void Deadline_settings_are_checked()
    {
        Assert.Empty(D.Problems());
        Assert.Contains(("fieldCheckDays", $"Batas penyelesaian dengan pemeriksaan lapangan 1 sampai 60 hari kerja."), (D with { FieldCheckDays = 61 }).Problems());
        Assert.Contains((D with { ResolutionDays = 2 }).Problems(), p => p.Field == "resolutionDays");
        Assert.Contains((D with { FieldCheckDays = 4 }).Problems(), p => p.Field == "fieldCheckDays");
        Assert.Contains((D with { EscalateAfterDays = -1 }).Problems(), p => p.Field == "escalateAfterDays");
    }

    [Fact]
    public void Tracking_codes_are_ten_unambiguous_characters_and_differ()
    {
        var codes = Enumerable.Range(0, 2000).Select(_ => ComplaintRules.NewTrackingCode()).ToList();
        Assert.All(codes, c => Assert.True(ComplaintRules.IsTrackingCode(c), c));
        Assert.All(codes, c => Assert.DoesNotContain(c, ch => "01OIL".Contains(ch)));
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.False(ComplaintRules.IsTrackingCode("ABCDEFGH10"));
        Assert.False(ComplaintRules.IsTrackingCode("ABCDEFGHJ"));
    }

    [Fact]
    public void Median_of_odd_and_even_counts()
    {
        Assert.Null(ComplaintRules.Median([]));
        Assert.Equal(3, ComplaintRules.Median([1, 3, 10]));
        Assert.Equal(6.5, ComplaintRules.Median([1, 3, 10, 20]));
    }
}
