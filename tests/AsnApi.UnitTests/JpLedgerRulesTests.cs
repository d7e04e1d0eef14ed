using AsnApi.Contracts;
using AsnApi.Domain;

namespace AsnApi.UnitTests;

public class JpLedgerRulesTests
{
    [Fact]
    public void Every_form_has_its_own_Indonesian_label()
    {
        var labels = Enum.GetValues<DevelopmentActivityForm>().Select(JpLedgerRules.FormLabel).ToList();
        Assert.Equal(labels.Count, labels.Distinct().Count());
        Assert.Equal("Pelatihan Kepemimpinan Pengawas", JpLedgerRules.FormLabel(DevelopmentActivityForm.PelatihanKepemimpinanPengawas));
        Assert.Equal("Studi Banding", JpLedgerRules.FormLabel(DevelopmentActivityForm.StudiBanding));
        Assert.Throws<ArgumentOutOfRangeException>(() => JpLedgerRules.FormLabel((DevelopmentActivityForm)999));
    }

    [Fact]
    public void Reason_names_the_largest_gap_first_and_leaves_out_closed_ones()
    {
        Assert.Equal("gap 2 pada Pelayanan Publik; gap 1 pada Integritas; gap 1 pada Komunikasi",
            JpLedgerRules.Reason([("Komunikasi", 1), ("Pelayanan Publik", 2), ("Kerjasama", 0), ("Integritas", 1), ("Orientasi pada Hasil", -1)]));
        Assert.Equal("", JpLedgerRules.Reason([]));
    }
}
