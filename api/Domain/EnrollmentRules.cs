using AsnApi.Contracts;

namespace AsnApi.Domain;

/// <summary>What a session's status allows its participants, beside the enrollment flow of <see cref="TrainingRules.CanMove(EnrollmentStatus, EnrollmentStatus)"/>.</summary>
public static class EnrollmentRules
{
    /// <summary>
    /// Attending while the session runs; a result (completed or not) while it runs or after it finished, since HR often
    /// records results after the last day; withdrawal only before the start, when the seat can still go to someone else.
    /// </summary>
    public static bool SessionAllows(TrainingSessionStatus session, EnrollmentStatus to) => to switch
    {
        EnrollmentStatus.Attending => session == TrainingSessionStatus.Running,
        EnrollmentStatus.Completed or EnrollmentStatus.NotCompleted => session is TrainingSessionStatus.Running or TrainingSessionStatus.Finished,
        EnrollmentStatus.Withdrawn => session is TrainingSessionStatus.Planned or TrainingSessionStatus.Open,
        EnrollmentStatus.Registered => session == TrainingSessionStatus.Open,
        _ => false,
    };

    /// <summary>An attendance day must fall within the session's first and last day, both included.</summary>
    public static bool WithinSession(DateOnly day, DateOnly start, DateOnly end) => day >= start && day <= end;
}
