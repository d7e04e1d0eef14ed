using AsnApi.Contracts;

namespace AsnApi.Domain;

/// <summary>The JP ledger's limits and why the recommendations recommend a program (form labels: <see cref="ActivityForms"/>).</summary>
public static class JpLedgerRules
{
    /// <summary>Longest sensible JP of one external activity: a full-time month of courses is about 200 JP; 500 leaves room, 10,000 would be a typo.</summary>
    public const int MaxActivityJp = 500;

    /// <summary>The longest reason (the contract's maxLength for reasons); the gaps themselves are listed in full beside it.</summary>
    public const int MaxReasonLength = 1000;

    /// <summary>
    /// "gap 2 pada Pelayanan Publik; gap 1 pada Komunikasi": the largest gap first, then by name. Past
    /// <see cref="MaxReasonLength"/> it stops after the last whole gap that fits and ends with "; …".
    /// </summary>
    public static string Reason(IEnumerable<(string Competency, int Gap)> gaps)
    {
        var parts = gaps.Where(g => g.Gap > 0).OrderByDescending(g => g.Gap).ThenBy(g => g.Competency, StringComparer.Ordinal).Select(g => $"gap {g.Gap} pada {g.Competency}").ToList();
        var text = string.Join("; ", parts);
        if (text.Length <= MaxReasonLength) return text;
        const string more = "; …";
        var kept = new List<string>();
        foreach (var part in parts)
        {
            if (string.Join("; ", kept.Append(part)).Length + more.Length > MaxReasonLength) break;
            kept.Add(part);
        }
        return kept.Count == 0 ? text[..(MaxReasonLength - 1)] + "…" : string.Join("; ", kept) + more;
    }
}
