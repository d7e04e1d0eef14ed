using AsnApi.Contracts;
using AsnApi.Domain;

namespace AsnApi.UnitTests;

public class JpLedgerRulesTests
{
    [Fact]
    public void Reason_names_the_largest_gap_first_and_leaves_out_closed_ones()
    {
        Assert.Equal("gap 2 pada Pelayanan Publik; gap 1 pada Integritas; gap 1 pada Komunikasi",
            JpLedgerRules.Reason([("Komunikasi", 1), ("Pelayanan Publik", 2), ("Kerjasama", 0), ("Integritas", 1), ("Orientasi pada Hasil", -1)]));
        Assert.Equal("", JpLedgerRules.Reason([]));
    }

    [Fact]
    public void A_long_reason_stops_after_the_last_whole_gap_that_fits()
    {
        var gaps = Enumerable.Range(1, 20).Select(i => ($"Kompetensi Teknis {i:00} " + new string('x', 150), 1 + i % 3)).ToList();
        var reason = JpLedgerRules.Reason(gaps);
        Assert.True(reason.Length <= JpLedgerRules.MaxReasonLength, reason.Length.ToString());
        Assert.EndsWith("; …", reason);
        Assert.StartsWith("gap 3 pada Kompetensi Teknis 02 ", reason);
        Assert.Equal(5, reason.Split("; ").Length - 1); // five whole gaps of about 180 characters, then the ellipsis
        var single = JpLedgerRules.Reason([(new string('y', 1200), 1)]);
        Assert.Equal((JpLedgerRules.MaxReasonLength, "gap 1 pada yyy"), (single.Length, single[..14]));
        Assert.EndsWith("y…", single);
    }
}
