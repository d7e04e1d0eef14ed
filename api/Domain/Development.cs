namespace AsnApi.Domain;

public enum NeedPriority { Tinggi, Sedang, Rendah }

public enum NeedStatus { Identified, Verified, Validated, Rejected }

public enum PlanStatus { Draft, Submitted, Approved, Rejected, Completed }

/// <summary>Bentuk pengembangan kompetensi (PP 17/2020, Peraturan LAN 10/2018).</summary>
public enum DevelopmentForm
{
    // Klasikal
    PelatihanKepemimpinanNasionalI, PelatihanKepemimpinanNasionalII, PelatihanKepemimpinanAdministrator, PelatihanKepemimpinanPengawas,
    PelatihanFungsional, PelatihanTeknis, Seminar, Workshop, Kursus, Penataran,
    // Non-klasikal
    Coaching, Mentoring, ELearning, PelatihanJarakJauh, Magang, StudiBanding, PertukaranPegawai, Detasering, BelajarMandiri, KomunitasBelajar,
}

public static class DevelopmentRules
{
    /// <summary>
    /// Priority of a development need. A gap of two levels or more is always high; a one-level gap is
    /// high for someone who does not fit the position (KMS), medium for MMS, low for MS.
    /// </summary>
    public static NeedPriority Priority(int gap, JpmFit? fit) => gap >= 2 ? NeedPriority.Tinggi : fit switch
    {
        JpmFit.KurangMemenuhiSyarat or null => NeedPriority.Tinggi,
        JpmFit.MasihMemenuhiSyarat => NeedPriority.Sedang,
        _ => NeedPriority.Rendah,
    };

    public static bool IsClassroom(DevelopmentForm form) => form <= DevelopmentForm.Penataran;

    /// <summary>Verification and validation of the needs inventory: Identified → Verified → Validated, or Rejected before validation.</summary>
    public static bool CanMove(NeedStatus from, NeedStatus to) => (from, to) switch
    {
        (NeedStatus.Identified, NeedStatus.Verified) => true,
        (NeedStatus.Verified, NeedStatus.Validated) => true,
        (NeedStatus.Identified or NeedStatus.Verified, NeedStatus.Rejected) => true,
        _ => false,
    };

    /// <summary>Plans: draft → submitted → approved → completed, or rejected (with a reason) when submitted; a rejected plan can be revised as a draft.</summary>
    public static bool CanMove(PlanStatus from, PlanStatus to) => (from, to) switch
    {
        (PlanStatus.Draft, PlanStatus.Submitted) => true,
        (PlanStatus.Submitted, PlanStatus.Approved) => true,
        (PlanStatus.Submitted, PlanStatus.Rejected) => true,
        (PlanStatus.Rejected, PlanStatus.Draft) => true,
        (PlanStatus.Approved, PlanStatus.Completed) => true,
        _ => false,
    };

    public static bool IsEditable(PlanStatus status) => status is PlanStatus.Draft;
}
