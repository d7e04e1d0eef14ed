using AsnApi.Contracts;
using AsnApi.Domain;

namespace AsnApi.UnitTests;

public class TrainingRulesTests
{
    [Fact]
    public void Sessions_move_forward_or_are_cancelled_before_they_finish()
    {
        var allowed = new HashSet<(TrainingSessionStatus, TrainingSessionStatus)>
        {
            (TrainingSessionStatus.Planned, TrainingSessionStatus.Open), (TrainingSessionStatus.Open, TrainingSessionStatus.Running),
            (TrainingSessionStatus.Running, TrainingSessionStatus.Finished),
            (TrainingSessionStatus.Planned, TrainingSessionStatus.Cancelled), (TrainingSessionStatus.Open, TrainingSessionStatus.Cancelled),
            (TrainingSessionStatus.Running, TrainingSessionStatus.Cancelled),
        };
        foreach (var from in Enum.GetValues<TrainingSessionStatus>())
            foreach (var to in Enum.GetValues<TrainingSessionStatus>())
                Assert.Equal(allowed.Contains((from, to)), TrainingRules.CanMove(from, to));
    }

    [Fact]
    public void Enrollments_end_completed_or_not_and_are_withdrawn_only_before_the_start()
    {
        var allowed = new HashSet<(EnrollmentStatus, EnrollmentStatus)>
        {
            (EnrollmentStatus.Registered, EnrollmentStatus.Attending), (EnrollmentStatus.Registered, EnrollmentStatus.Withdrawn),
            (EnrollmentStatus.Attending, EnrollmentStatus.Completed), (EnrollmentStatus.Attending, EnrollmentStatus.NotCompleted),
            (EnrollmentStatus.Registered, EnrollmentStatus.Completed), (EnrollmentStatus.Registered, EnrollmentStatus.NotCompleted),
        };
        foreach (var from in Enum.GetValues<EnrollmentStatus>())
            foreach (var to in Enum.GetValues<EnrollmentStatus>())
                Assert.Equal(allowed.Contains((from, to)), TrainingRules.CanMove(from, to));
    }

    [Theory]
    [InlineData("tpi", 2026, "PKP", 42, "TPI/2026/PKP/0042")]
    [InlineData("jambi", 2025, "tekpel-01", 7, "JAMBI/2025/TEKPEL-01/0007")]
    [InlineData("tpi", 2026, "PKA", 12345, "TPI/2026/PKA/12345")]
    public void Certificate_numbers_read_tenant_year_program_and_a_padded_sequence(string tenant, int year, string program, int sequence, string expected) =>
        Assert.Equal(expected, TrainingRules.CertificateNumber(tenant, year, program, sequence));

    [Theory]
    [InlineData(20, 0, 20)]
    [InlineData(20, 12, 8)]
    [InlineData(20, 20, 0)]
    [InlineData(20, 35, 0)]
    [InlineData(24, 10, 14)]
    public void Remaining_jp_never_goes_below_zero(int target, int earned, int remaining) =>
        Assert.Equal(remaining, TrainingRules.RemainingJp(target, earned));

    [Theory]
    [InlineData(0, 0, null)]
    [InlineData(4, 40, 10.0)]
    [InlineData(1, 3, 33.3)]
    public void The_classroom_share_is_a_percentage_of_all_jp(int classroom, int total, double? share) =>
        Assert.Equal(share is null ? null : (decimal)share, TrainingRules.SharePercent(classroom, total));

    [Fact]
    public void The_jp_target_depends_on_the_employment_type()
    {
        Assert.Equal(20, TrainingRules.TargetJp(EmploymentType.Pns, pnsTarget: 20, pppkTarget: 24));
        Assert.Equal(24, TrainingRules.TargetJp(EmploymentType.Pppk, pnsTarget: 20, pppkTarget: 24));
    }

    [Theory]
    [InlineData(2, 2, 4)]
    [InlineData(3, 1, 3)]
    [InlineData(1, 2, 2)]
    public void A_recommendation_ranks_by_gap_times_expected_gain(int gap, int gain, int score) =>
        Assert.Equal(score, TrainingRules.RecommendationScore(gap, gain));

    [Theory]
    [InlineData(0, 0)]
    [InlineData(-1, 0)]
    public void A_closed_gap_recommends_nothing(int gap, int score) =>
        Assert.Equal(score, TrainingRules.RecommendationScore(gap, 2));
}
