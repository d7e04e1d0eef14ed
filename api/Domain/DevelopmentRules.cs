using AsnApi.Contracts;

namespace AsnApi.Domain;

public static class DevelopmentRules
{
    /// <summary>
    /// Priority of a development need. A gap of two levels or more is always high; a one-level gap is
    /// high for someone who does not fit the position (KMS), medium for MMS, low for MS.
    /// </summary>
    public static DevelopmentNeedPriority Priority(int gap, JpmFitCategory? fit) => gap >= 2 ? DevelopmentNeedPriority.Tinggi : fit switch
    {
        JpmFitCategory.KurangMemenuhiSyarat or null => DevelopmentNeedPriority.Tinggi,
        JpmFitCategory.MasihMemenuhiSyarat => DevelopmentNeedPriority.Sedang,
        _ => DevelopmentNeedPriority.Rendah,
    };

    public static bool IsClassroom(DevelopmentActivityForm form) => form <= DevelopmentActivityForm.Penataran;

    /// <summary>Verification and validation of the needs inventory: Identified → Verified → Validated, or Rejected before validation.</summary>
    public static bool CanMove(DevelopmentNeedStatus from, DevelopmentNeedStatus to) => (from, to) switch
    {
        (DevelopmentNeedStatus.Identified, DevelopmentNeedStatus.Verified) => true,
        (DevelopmentNeedStatus.Verified, DevelopmentNeedStatus.Validated) => true,
        (DevelopmentNeedStatus.Identified or DevelopmentNeedStatus.Verified, DevelopmentNeedStatus.Rejected) => true,
        _ => false,
    };

    /// <summary>Plans: draft → submitted → approved → completed, or rejected (with a reason) when submitted; a rejected plan can be revised as a draft.</summary>
    public static bool CanMove(DevelopmentPlanStatus from, DevelopmentPlanStatus to) => (from, to) switch
    {
        (DevelopmentPlanStatus.Draft, DevelopmentPlanStatus.Submitted) => true,
        (DevelopmentPlanStatus.Submitted, DevelopmentPlanStatus.Approved) => true,
        (DevelopmentPlanStatus.Submitted, DevelopmentPlanStatus.Rejected) => true,
        (DevelopmentPlanStatus.Rejected, DevelopmentPlanStatus.Draft) => true,
        (DevelopmentPlanStatus.Approved, DevelopmentPlanStatus.Completed) => true,
        _ => false,
    };

    public static bool IsEditable(DevelopmentPlanStatus status) => status is DevelopmentPlanStatus.Draft;
}
