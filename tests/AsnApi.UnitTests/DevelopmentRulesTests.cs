using AsnApi.Domain;

namespace AsnApi.UnitTests;

public class DevelopmentRulesTests
{
    [Theory]
    [InlineData(3, JpmFit.MemenuhiSyarat, NeedPriority.Tinggi)]
    [InlineData(2, JpmFit.MemenuhiSyarat, NeedPriority.Tinggi)]
    [InlineData(1, JpmFit.KurangMemenuhiSyarat, NeedPriority.Tinggi)]
    [InlineData(1, JpmFit.MasihMemenuhiSyarat, NeedPriority.Sedang)]
    [InlineData(1, JpmFit.MemenuhiSyarat, NeedPriority.Rendah)]
    [InlineData(1, null, NeedPriority.Tinggi)]
    public void Priority_grows_with_the_gap_and_with_a_poor_fit(int gap, JpmFit? fit, NeedPriority expected) =>
        Assert.Equal(expected, DevelopmentRules.Priority(gap, fit));

    [Theory]
    [InlineData(DevelopmentForm.PelatihanKepemimpinanPengawas, true)]
    [InlineData(DevelopmentForm.Penataran, true)]
    [InlineData(DevelopmentForm.Coaching, false)]
    [InlineData(DevelopmentForm.KomunitasBelajar, false)]
    public void Forms_are_classroom_or_not(DevelopmentForm form, bool classroom) => Assert.Equal(classroom, DevelopmentRules.IsClassroom(form));

    [Fact]
    public void The_plan_flow_allows_only_its_own_steps()
    {
        var allowed = new HashSet<(PlanStatus, PlanStatus)>
        {
            (PlanStatus.Draft, PlanStatus.Submitted), (PlanStatus.Submitted, PlanStatus.Approved), (PlanStatus.Submitted, PlanStatus.Rejected),
            (PlanStatus.Rejected, PlanStatus.Draft), (PlanStatus.Approved, PlanStatus.Completed),
        };
        foreach (var from in Enum.GetValues<PlanStatus>())
            foreach (var to in Enum.GetValues<PlanStatus>())
                Assert.Equal(allowed.Contains((from, to)), DevelopmentRules.CanMove(from, to));
    }

    [Fact]
    public void The_needs_inventory_is_verified_then_validated()
    {
        Assert.True(DevelopmentRules.CanMove(NeedStatus.Identified, NeedStatus.Verified));
        Assert.True(DevelopmentRules.CanMove(NeedStatus.Verified, NeedStatus.Validated));
        Assert.False(DevelopmentRules.CanMove(NeedStatus.Identified, NeedStatus.Validated));
        Assert.False(DevelopmentRules.CanMove(NeedStatus.Validated, NeedStatus.Rejected));
        Assert.True(DevelopmentRules.CanMove(NeedStatus.Verified, NeedStatus.Rejected));
    }
}
