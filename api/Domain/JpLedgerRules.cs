using AsnApi.Contracts;

namespace AsnApi.Domain;

/// <summary>The words the JP ledger and the recommendations show: form names as BKPSDM staff say them, and why a program is recommended.</summary>
public static class JpLedgerRules
{
    /// <summary>Longest sensible JP of one external activity: a full-time month of courses is about 200 JP; 500 leaves room, 10,000 would be a typo.</summary>
    public const int MaxActivityJp = 500;

    public static string FormLabel(DevelopmentActivityForm form) => form switch
    {
        DevelopmentActivityForm.PelatihanKepemimpinanNasionalI => "Pelatihan Kepemimpinan Nasional Tingkat I",
        DevelopmentActivityForm.PelatihanKepemimpinanNasionalII => "Pelatihan Kepemimpinan Nasional Tingkat II",
        DevelopmentActivityForm.PelatihanKepemimpinanAdministrator => "Pelatihan Kepemimpinan Administrator",
        DevelopmentActivityForm.PelatihanKepemimpinanPengawas => "Pelatihan Kepemimpinan Pengawas",
        DevelopmentActivityForm.PelatihanFungsional => "Pelatihan Fungsional",
        DevelopmentActivityForm.PelatihanTeknis => "Pelatihan Teknis",
        DevelopmentActivityForm.Seminar => "Seminar",
        DevelopmentActivityForm.Workshop => "Lokakarya",
        DevelopmentActivityForm.Kursus => "Kursus",
        DevelopmentActivityForm.Penataran => "Penataran",
        DevelopmentActivityForm.Coaching => "Coaching",
        DevelopmentActivityForm.Mentoring => "Mentoring",
        DevelopmentActivityForm.ELearning => "E-learning",
        DevelopmentActivityForm.PelatihanJarakJauh => "Pelatihan Jarak Jauh",
        DevelopmentActivityForm.Magang => "Magang",
        DevelopmentActivityForm.StudiBanding => "Studi Banding",
        DevelopmentActivityForm.PertukaranPegawai => "Pertukaran Pegawai",
        DevelopmentActivityForm.Detasering => "Detasering",
        DevelopmentActivityForm.BelajarMandiri => "Belajar Mandiri",
        DevelopmentActivityForm.KomunitasBelajar => "Komunitas Belajar",
        _ => throw new ArgumentOutOfRangeException(nameof(form), form, null),
    };

    /// <summary>"gap 2 pada Pelayanan Publik; gap 1 pada Komunikasi": the largest gap first, then by name.</summary>
    public static string Reason(IEnumerable<(string Competency, int Gap)> gaps) =>
        string.Join("; ", gaps.Where(g => g.Gap > 0).OrderByDescending(g => g.Gap).ThenBy(g => g.Competency, StringComparer.Ordinal).Select(g => $"gap {g.Gap} pada {g.Competency}"));
}
