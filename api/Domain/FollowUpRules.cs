using AsnApi.Contracts;

namespace AsnApi.Domain;

/// <summary>
/// The post-training follow-up (evaluasi pasca pelatihan, level 3): the supervisor rates on-the-job use "3–6 months
/// later". It falls due a tenant-set number of months after the training ends (default 3) and stays due for three
/// months more; after that deadline it is overdue. Month arithmetic clamps to the month's last day (30 Nov + 3 months
/// is 28 or 29 Feb), and the deadline is counted from the end date too, so a short February does not shorten it.
/// </summary>
public static class FollowUpRules
{
    public const int DefaultMonths = 3;
    public const int MinMonths = 1;
    public const int MaxMonths = 12;
    /// <summary>How long a follow-up stays due before it is overdue: the 3 months between "3" and "6 months later".</summary>
    public const int WindowMonths = 3;

    public static DateOnly DueOn(DateOnly trainingEnd, int months) => trainingEnd.AddMonths(Checked(months));

    public static DateOnly Deadline(DateOnly trainingEnd, int months) => trainingEnd.AddMonths(Checked(months) + WindowMonths);

    public static FollowUpStatus StatusOn(DateOnly today, DateOnly trainingEnd, int months, bool filed) =>
        filed ? FollowUpStatus.Done
        : today < DueOn(trainingEnd, months) ? FollowUpStatus.Upcoming
        : today <= Deadline(trainingEnd, months) ? FollowUpStatus.Due
        : FollowUpStatus.Overdue;

    /// <summary>
    /// The training end dates whose follow-up is due on <paramref name="today"/>, as an inclusive range: the queue
    /// filters on the session's (indexed) end date instead of computing every row's due date. Earlier ends are
    /// overdue, later ones upcoming.
    /// </summary>
    public static (DateOnly From, DateOnly To) EndDatesDueOn(DateOnly today, int months)
    {
        Checked(months);
        var to = today.AddMonths(-months);
        while (to.AddDays(1).AddMonths(months) <= today) to = to.AddDays(1);
        while (to.AddMonths(months) > today) to = to.AddDays(-1);
        var from = today.AddMonths(-(months + WindowMonths));
        while (from.AddDays(-1).AddMonths(months + WindowMonths) >= today) from = from.AddDays(-1);
        while (from.AddMonths(months + WindowMonths) < today) from = from.AddDays(1);
        return (from, to);
    }

    public static string Label(FollowUpStatus status) => status switch
    {
        FollowUpStatus.Upcoming => "Belum jatuh tempo",
        FollowUpStatus.Due => "Jatuh tempo",
        FollowUpStatus.Overdue => "Terlambat",
        FollowUpStatus.Done => "Selesai",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    private static int Checked(int months) => months is >= MinMonths and <= MaxMonths
        ? months : throw new ArgumentOutOfRangeException(nameof(months), months, "1 to 12 months");
}
