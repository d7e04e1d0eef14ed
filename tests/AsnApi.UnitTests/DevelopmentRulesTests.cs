using AsnApi.Contracts;
using AsnApi.Domain;

namespace AsnApi.UnitTests;

public class DevelopmentRulesTests
{
    [Theory]
    [InlineData(3, JpmFitCategory.MemenuhiSyarat, DevelopmentNeedPriority.Tinggi)]
    [InlineData(2, JpmFitCategory.MemenuhiSyarat, DevelopmentNeedPriority.Tinggi)]
    [InlineData(1, JpmFitCategory.KurangMemenuhiSyarat, DevelopmentNeedPriority.Tinggi)]
    [InlineData(1, JpmFitCategory.MasihMemenuhiSyarat, DevelopmentNeedPriority.Sedang)]
    [InlineData(1, JpmFitCategory.MemenuhiSyarat, DevelopmentNeedPriority.Rendah)]
    [InlineData(1, null, DevelopmentNeedPriority.Tinggi)]
    public void Priority_grows_with_the_gap_and_with_a_poor_fit(int gap, JpmFitCategory? fit, DevelopmentNeedPriority expected) =>
        Assert.Equal(expected, DevelopmentRules.Priority(gap, fit));

    [Theory]
    [InlineData(DevelopmentActivityForm.PelatihanKepemimpinanPengawas, true)]
    [InlineData(DevelopmentActivityForm.Penataran, true)]
    [InlineData(DevelopmentActivityForm.Coaching, false)]
    [InlineData(DevelopmentActivityForm.KomunitasBelajar, false)]
    public void Forms_are_classroom_or_not(DevelopmentActivityForm form, bool classroom) => Assert.Equal(classroom, DevelopmentRules.IsClassroom(form));

    [Fact]
    public void The_plan_flow_allows_only_its_own_steps()
    {
        var allowed = new HashSet<(DevelopmentPlanStatus, DevelopmentPlanStatus)>
        {
            (DevelopmentPlanStatus.Draft, DevelopmentPlanStatus.Submitted), (DevelopmentPlanStatus.Submitted, DevelopmentPlanStatus.Approved), (DevelopmentPlanStatus.Submitted, DevelopmentPlanStatus.Rejected),
            (DevelopmentPlanStatus.Rejected, DevelopmentPlanStatus.Draft), (DevelopmentPlanStatus.Approved, DevelopmentPlanStatus.Completed),
        };
        foreach (var from in Enum.GetValues<DevelopmentPlanStatus>())
            foreach (var to in Enum.GetValues<DevelopmentPlanStatus>())
                Assert.Equal(allowed.Contains((from, to)), DevelopmentRules.CanMove(from, to));
    }

    [Fact]
    public void The_needs_inventory_is_verified_then_validated()
    {
        Assert.True(DevelopmentRules.CanMove(DevelopmentNeedStatus.Identified, DevelopmentNeedStatus.Verified));
        Assert.True(DevelopmentRules.CanMove(DevelopmentNeedStatus.Verified, DevelopmentNeedStatus.Validated));
        Assert.False(DevelopmentRules.CanMove(DevelopmentNeedStatus.Identified, DevelopmentNeedStatus.Validated));
        Assert.False(DevelopmentRules.CanMove(DevelopmentNeedStatus.Validated, DevelopmentNeedStatus.Rejected));
        Assert.True(DevelopmentRules.CanMove(DevelopmentNeedStatus.Verified, DevelopmentNeedStatus.Rejected));
    }
}

public class StatusLabelTests
{
    [Fact]
    public void Every_state_has_an_indonesian_label_and_none_is_the_english_name()
    {
        foreach (var s in Enum.GetValues<DevelopmentNeedStatus>()) Assert.NotEqual(s.ToString(), StatusLabels.Of(s));
        foreach (var s in Enum.GetValues<DevelopmentPlanStatus>()) Assert.NotEqual(s.ToString(), StatusLabels.Of(s));
        Assert.Equal(("Teridentifikasi", "Diajukan"), (StatusLabels.Of(DevelopmentNeedStatus.Identified), StatusLabels.Of(DevelopmentPlanStatus.Submitted)));
    }
}
