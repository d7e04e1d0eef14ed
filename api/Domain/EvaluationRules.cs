using AsnApi.Contracts;

namespace AsnApi.Domain;

/// <summary>The evaluation cycle's pure rules: how an indicator moved, the follow-up action's states, overdue, labels.</summary>
public static class EvaluationRules
{
    /// <summary>The longest cycle: two years (731 days covers a leap year).</summary>
    public const int MaxPeriodDays = 731;

    /// <summary>
    /// Better, worse or the same against the previous figure, knowing which way is good. Unknown when either figure is
    /// missing. Changes smaller than <paramref name="tolerance"/> count as the same, so a rounding difference of a
    /// recomputed share is not reported as movement.
    /// </summary>
    public static IndicatorDirection Direction(double? previous, double? current, bool higherIsBetter, double tolerance = 1e-9)
    {
        if (previous is not { } p || current is not { } c) return IndicatorDirection.Unknown;
        var change = c - p;
        if (Math.Abs(change) < tolerance) return IndicatorDirection.Same;
        return (change > 0) == higherIsBetter ? IndicatorDirection.Better : IndicatorDirection.Worse;
    }

    public static double? Change(double? previous, double? current) => previous is { } p && current is { } c ? c - p : null;

    /// <summary>Open → InProgress or Done; InProgress → Done; Open or InProgress → Cancelled. Done and Cancelled are final.</summary>
    public static bool CanMove(FollowUpActionStatus from, FollowUpActionStatus to) => (from, to) switch
    {
        (FollowUpActionStatus.Open, FollowUpActionStatus.InProgress) => true,
        (FollowUpActionStatus.Open or FollowUpActionStatus.InProgress, FollowUpActionStatus.Done) => true,
        (FollowUpActionStatus.Open or FollowUpActionStatus.InProgress, FollowUpActionStatus.Cancelled) => true,
        _ => false,
    };

    /// <summary>Past its due day (the day itself still counts as on time) and neither done nor cancelled.</summary>
    public static bool IsOverdue(FollowUpActionStatus status, DateOnly due, DateOnly today) =>
        status is FollowUpActionStatus.Open or FollowUpActionStatus.InProgress && today > due;

    public static string Label(EvaluationCycleStatus s) => s switch
    {
        EvaluationCycleStatus.Open => "Berjalan",
        EvaluationCycleStatus.Closed => "Ditutup",
        _ => throw new ArgumentOutOfRangeException(nameof(s), s, null),
    };

    public static string Label(FindingSeverity s) => s switch
    {
        FindingSeverity.Low => "Rendah",
        FindingSeverity.Medium => "Sedang",
        FindingSeverity.High => "Tinggi",
        _ => throw new ArgumentOutOfRangeException(nameof(s), s, null),
    };

    public static string Label(FollowUpActionKind k) => k switch
    {
        FollowUpActionKind.PlanItem => "Butir rencana pengembangan",
        FollowUpActionKind.Program => "Program pelatihan",
        FollowUpActionKind.Session => "Sesi pelatihan",
        FollowUpActionKind.Task => "Tugas",
        _ => throw new ArgumentOutOfRangeException(nameof(k), k, null),
    };

    public static string Label(FollowUpActionStatus s) => s switch
    {
        FollowUpActionStatus.Open => "Belum dimulai",
        FollowUpActionStatus.InProgress => "Sedang dikerjakan",
        FollowUpActionStatus.Done => "Selesai",
        FollowUpActionStatus.Cancelled => "Dibatalkan",
        _ => throw new ArgumentOutOfRangeException(nameof(s), s, null),
    };

    public static string Label(IndicatorDirection d) => d switch
    {
        IndicatorDirection.Better => "Membaik",
        IndicatorDirection.Worse => "Memburuk",
        IndicatorDirection.Same => "Tetap",
        IndicatorDirection.Unknown => "Tidak dapat dibandingkan",
        _ => throw new ArgumentOutOfRangeException(nameof(d), d, null),
    };
}
