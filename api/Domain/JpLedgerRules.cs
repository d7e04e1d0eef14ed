using AsnApi.Contracts;

namespace AsnApi.Domain;

/// <summary>The JP ledger's limits and why the recommendations recommend a program (form labels: <see cref="ActivityForms"/>).</summary>
public static class JpLedgerRules
{
    /// <summary>Longest sensible JP of one external activity: a full-time month of courses is about 200 JP; 500 leaves room, 10,000 would be a typo.</summary>
    public const int MaxActivityJp = 500;

    /// <summary>"gap 2 pada Pelayanan Publik; gap 1 pada Komunikasi": the largest gap first, then by name.</summary>
    public static string Reason(IEnumerable<(string Competency, int Gap)> gaps) =>
        string.Join("; ", gaps.Where(g => g.Gap > 0).OrderByDescending(g => g.Gap).ThenBy(g => g.Competency, StringComparer.Ordinal).Select(g => $"gap {g.Gap} pada {g.Competency}"));
}
