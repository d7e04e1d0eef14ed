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
}
