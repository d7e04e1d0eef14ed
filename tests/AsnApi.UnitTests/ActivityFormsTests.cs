using AsnApi.Contracts;
using AsnApi.Domain;

namespace AsnApi.UnitTests;

public class ActivityFormsTests
{
    [Fact]
    public void Every_form_has_its_own_indonesian_label()
    {
        var labels = Enum.GetValues<DevelopmentActivityForm>().Select(ActivityForms.Label).ToList();
        Assert.All(labels, l => Assert.False(string.IsNullOrWhiteSpace(l)));
        Assert.Equal(labels.Count, labels.Distinct().Count());
        Assert.Equal("Pelatihan Kepemimpinan Pengawas", ActivityForms.Label(DevelopmentActivityForm.PelatihanKepemimpinanPengawas));
        Assert.Equal("E-Learning", ActivityForms.Label(DevelopmentActivityForm.ELearning));
    }
}
