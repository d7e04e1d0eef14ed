using AsnApi.Contracts;

namespace AsnApi.Domain;

/// <summary>What a status change is called in the address: POST /complaints/{id}/{action}.</summary>
public enum ComplaintAction { Verify, Start, Resolve, Close, Reject }

/// <summary>The tenant's deadlines, in working days.</summary>
public sealed record ComplaintDeadlines(int FirstResponseDays, int ResolutionDays, int FieldCheckDays, int EscalateAfterDays)
{
    /// <summary>domain.md: first response within 3 days, answers within 5, field checks within 14 (60 at most); escalation a day after.</summary>
    public static readonly ComplaintDeadlines Default = new(3, 5, 14, 1);

    public const int MaxDays = 60;

    /// <summary>Field errors (camelCase field, Indonesian message); none when the set is consistent.</summary>
    public IEnumerable<(string Field, string Message)> Problems()
    {
        if (FirstResponseDays is < 1 or > MaxDays) yield return ("firstResponseDays", $"Batas tanggapan pertama 1 sampai {MaxDays} hari kerja.");
        if (ResolutionDays is < 1 or > MaxDays) yield return ("resolutionDays", $"Batas penyelesaian 1 sampai {MaxDays} hari kerja.");
        if (FieldCheckDays is < 1 or > MaxDays) yield return ("fieldCheckDays", $"Batas penyelesaian dengan pemeriksaan lapangan 1 sampai {MaxDays} hari kerja.");
        if (EscalateAfterDays is < 0 or > MaxDays) yield return ("escalateAfterDays", $"Eskalasi 0 sampai {MaxDays} hari kerja setelah batas waktu.");
        if (ResolutionDays < FirstResponseDays) yield return ("resolutionDays", "Batas penyelesaian tidak boleh lebih pendek dari batas tanggapan pertama.");
        if (FieldCheckDays < ResolutionDays) yield return ("fieldCheckDays", "Batas pemeriksaan lapangan tidak boleh lebih pendek dari batas penyelesaian.");
    }
}

/// <summary>
/// The complaint rules. Deadlines count <b>working days</b> (Monday–Friday) on WIB days: the regulation's service
/// deadlines are working days (offices are closed at weekends, so a complaint sent on Friday evening must not be late
/// on Monday). The day a complaint arrives is day 0; the deadline is the last day of the Nth working day after it,
/// inclusive. National holidays are not counted (a tenant holiday calendar does not exist yet): a deadline across
/// one is a day early, on the safe side.
/// </summary>
public static class ComplaintRules
{
    public static bool IsWorkingDay(DateOnly day) => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>The Nth working day after <paramref name="start"/> (0: the start day itself).</summary>
    public static DateOnly AddWorkingDays(DateOnly start, int days)
    {
        var day = start;
        for (var added = 0; added < days;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day)) added++;
        }
        return day;
    }

    public static DateOnly FirstResponseDue(DateOnly received, ComplaintDeadlines d) => AddWorkingDays(received, d.FirstResponseDays);

    public static DateOnly ResolutionDue(DateOnly received, bool needsFieldCheck, ComplaintDeadlines d) =>
        AddWorkingDays(received, needsFieldCheck ? d.FieldCheckDays : d.ResolutionDays);

    /// <summary>A step is late once its deadline day is over and the step is not done.</summary>
    public static bool Late(DateOnly due, bool done, DateOnly today) => !done && today > due;

    public static bool Overdue(DateOnly firstResponseDue, bool responded, DateOnly resolutionDue, bool resolved, DateOnly today) =>
        Late(firstResponseDue, responded, today) || Late(resolutionDue, resolved, today);

    /// <summary>Escalated: a missed deadline left undone for more than <c>EscalateAfterDays</c> working days more.</summary>
    public static bool Escalated(DateOnly firstResponseDue, bool responded, DateOnly resolutionDue, bool resolved, DateOnly today, ComplaintDeadlines d) =>
        Late(AddWorkingDays(firstResponseDue, d.EscalateAfterDays), responded, today) || Late(AddWorkingDays(resolutionDue, d.EscalateAfterDays), resolved, today);

    /// <summary>The state an action leads to, or null when the action is not allowed in this state.</summary>
    public static ComplaintStatus? Next(ComplaintStatus from, ComplaintAction action) => (from, action) switch
    {
        (ComplaintStatus.Received, ComplaintAction.Verify) => ComplaintStatus.Verified,
        (ComplaintStatus.Verified, ComplaintAction.Start) => ComplaintStatus.InProgress,
        (ComplaintStatus.InProgress, ComplaintAction.Resolve) => ComplaintStatus.Resolved,
        (ComplaintStatus.Resolved, ComplaintAction.Close) => ComplaintStatus.Closed,
        (ComplaintStatus.Received or ComplaintStatus.Verified or ComplaintStatus.InProgress, ComplaintAction.Reject) => ComplaintStatus.Rejected,
        _ => null,
    };

    /// <summary>Resolving needs the answer, rejecting its reason: the reporter reads them.</summary>
    public static bool NeedsResponse(ComplaintAction action) => action is ComplaintAction.Resolve or ComplaintAction.Reject;

    /// <summary>The first response is the first step out of Received (verified or rejected).</summary>
    public static bool IsFirstResponse(ComplaintStatus from) => from == ComplaintStatus.Received;

    /// <summary>A case is settled when resolved or rejected: the resolution clock stops.</summary>
    public static bool Settles(ComplaintStatus to) => to is ComplaintStatus.Resolved or ComplaintStatus.Rejected;

    public static string Label(ComplaintStatus s) => s switch
    {
        ComplaintStatus.Received => "Diterima",
        ComplaintStatus.Verified => "Diverifikasi",
        ComplaintStatus.InProgress => "Diproses",
        ComplaintStatus.Resolved => "Selesai",
        ComplaintStatus.Closed => "Ditutup",
        ComplaintStatus.Rejected => "Ditolak",
        _ => s.ToString(),
    };

    /// <summary>Tracking codes: no 0/O, 1/I/L, so a code read over the phone or copied by hand is not mistaken.</summary>
    public const string TrackingAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public const int TrackingLength = 10;

    /// <summary>Ten characters of a 31-letter alphabet: about 49 bits, not guessable within any rate limit.</summary>
    public static string NewTrackingCode() =>
        string.Create(TrackingLength, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++) span[i] = TrackingAlphabet[System.Security.Cryptography.RandomNumberGenerator.GetInt32(TrackingAlphabet.Length)];
        });

    public static bool IsTrackingCode(string? code) =>
        code is { Length: TrackingLength } && code.All(c => TrackingAlphabet.Contains(char.ToUpperInvariant(c)));

    /// <summary>The median of a sorted list: the middle value, or the mean of the two middle ones.</summary>
    public static double? Median(IReadOnlyList<double> sorted) => sorted.Count == 0 ? null
        : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}
