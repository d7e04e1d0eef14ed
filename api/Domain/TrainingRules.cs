using AsnApi.Contracts;

namespace AsnApi.Domain;

/// <summary>The training area's pure rules: the session and enrollment flows, certificate numbers and the 20-JP right.</summary>
public static class TrainingRules
{
    /// <summary>The yearly right of every PNS (PP 17/2020); PPPK targets are a tenant setting too.</summary>
    public const int DefaultTargetJp = 20;

    public static bool CanMove(TrainingSessionStatus from, TrainingSessionStatus to) => (from, to) switch
    {
        (TrainingSessionStatus.Planned, TrainingSessionStatus.Open) => true,
        (TrainingSessionStatus.Open, TrainingSessionStatus.Running) => true,
        (TrainingSessionStatus.Running, TrainingSessionStatus.Finished) => true,
        (TrainingSessionStatus.Planned or TrainingSessionStatus.Open or TrainingSessionStatus.Running, TrainingSessionStatus.Cancelled) => true,
        _ => false,
    };

    /// <summary>
    /// A participant can be marked completed or not completed straight from Registered (HR often records results
    /// without daily attendance); withdrawal is only possible before the session starts, which the caller checks
    /// against the session's status.
    /// </summary>
    public static bool CanMove(EnrollmentStatus from, EnrollmentStatus to) => (from, to) switch
    {
        (EnrollmentStatus.Registered, EnrollmentStatus.Attending or EnrollmentStatus.Withdrawn) => true,
        (EnrollmentStatus.Registered or EnrollmentStatus.Attending, EnrollmentStatus.Completed or EnrollmentStatus.NotCompleted) => true,
        _ => false,
    };

    /// <summary>Readable and unique per tenant: TENANT/YEAR/PROGRAM/NNNN, e.g. TPI/2026/PKP/0042.</summary>
    public static string CertificateNumber(string tenantCode, int year, string programCode, int sequence) =>
        $"{tenantCode.ToUpperInvariant()}/{year}/{programCode.ToUpperInvariant()}/{sequence:D4}";

    public static int TargetJp(EmploymentType type, int pnsTarget, int pppkTarget) => type == EmploymentType.Pppk ? pppkTarget : pnsTarget;

    public static int RemainingJp(int target, int earned) => Math.Max(0, target - earned);

    /// <summary>A share in percent with one decimal, or null when there is nothing to divide.</summary>
    public static decimal? SharePercent(int part, int total) => total <= 0 ? null : Math.Round(100m * part / total, 1, MidpointRounding.AwayFromZero);

    /// <summary>How much gap a program closes for one competency: the gap (when positive) times the expected level gain.</summary>
    public static int RecommendationScore(int gap, int expectedGain) => gap <= 0 ? 0 : gap * expectedGain;
}
