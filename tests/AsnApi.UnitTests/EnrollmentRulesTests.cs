using AsnApi.Contracts;
using AsnApi.Domain;

namespace AsnApi.UnitTests;

public class EnrollmentRulesTests
{
    [Theory]
    [InlineData(TrainingSessionStatus.Running, EnrollmentStatus.Attending, true)]
    [InlineData(TrainingSessionStatus.Open, EnrollmentStatus.Attending, false)]
    [InlineData(TrainingSessionStatus.Finished, EnrollmentStatus.Attending, false)]
    [InlineData(TrainingSessionStatus.Running, EnrollmentStatus.Completed, true)]
    [InlineData(TrainingSessionStatus.Finished, EnrollmentStatus.Completed, true)]
    [InlineData(TrainingSessionStatus.Finished, EnrollmentStatus.NotCompleted, true)]
    [InlineData(TrainingSessionStatus.Open, EnrollmentStatus.Completed, false)]
    [InlineData(TrainingSessionStatus.Cancelled, EnrollmentStatus.Completed, false)]
    [InlineData(TrainingSessionStatus.Cancelled, EnrollmentStatus.NotCompleted, false)]
    [InlineData(TrainingSessionStatus.Planned, EnrollmentStatus.Withdrawn, true)]
    [InlineData(TrainingSessionStatus.Open, EnrollmentStatus.Withdrawn, true)]
    [InlineData(TrainingSessionStatus.Running, EnrollmentStatus.Withdrawn, false)]
    [InlineData(TrainingSessionStatus.Finished, EnrollmentStatus.Withdrawn, false)]
    [InlineData(TrainingSessionStatus.Open, EnrollmentStatus.Registered, true)]
    [InlineData(TrainingSessionStatus.Planned, EnrollmentStatus.Registered, false)]
    public void A_session_status_allows_only_its_participant_steps(TrainingSessionStatus session, EnrollmentStatus to, bool allowed) =>
        Assert.Equal(allowed, EnrollmentRules.SessionAllows(session, to));

    [Theory]
    [InlineData("2026-03-02", true)]
    [InlineData("2026-03-06", true)]
    [InlineData("2026-03-04", true)]
    [InlineData("2026-03-01", false)]
    [InlineData("2026-03-07", false)]
    public void Attendance_days_fall_within_the_session_both_ends_included(string day, bool within) =>
        Assert.Equal(within, EnrollmentRules.WithinSession(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 6)));
}
