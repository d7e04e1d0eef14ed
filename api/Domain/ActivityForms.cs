using AsnApi.Contracts;

namespace AsnApi.Domain;

/// <summary>The Indonesian names of the forms of competency development (PP 17/2020, PermenPAN-RB 38/2017), as a catalogue shows them.</summary>
public static class ActivityForms
{
    public static string Label(DevelopmentActivityForm form) => form switch
    {
        DevelopmentActivityForm.PelatihanKepemimpinanNasionalI => "Pelatihan Kepemimpinan Nasional Tingkat I",
        DevelopmentActivityForm.PelatihanKepemimpinanNasionalII => "Pelatihan Kepemimpinan Nasional Tingkat II",
        DevelopmentActivityForm.PelatihanKepemimpinanAdministrator => "Pelatihan Kepemimpinan Administrator",
        DevelopmentActivityForm.PelatihanKepemimpinanPengawas => "Pelatihan Kepemimpinan Pengawas",
        DevelopmentActivityForm.PelatihanFungsional => "Pelatihan Fungsional",
        DevelopmentActivityForm.PelatihanTeknis => "Pelatihan Teknis",
        DevelopmentActivityForm.Seminar => "Seminar/Konferensi/Sarasehan",
        DevelopmentActivityForm.Workshop => "Lokakarya (Workshop)",
        DevelopmentActivityForm.Kursus => "Kursus",
        DevelopmentActivityForm.Penataran => "Penataran",
        DevelopmentActivityForm.Coaching => "Coaching",
        DevelopmentActivityForm.Mentoring => "Mentoring",
        DevelopmentActivityForm.ELearning => "E-Learning",
        DevelopmentActivityForm.PelatihanJarakJauh => "Pelatihan Jarak Jauh",
        DevelopmentActivityForm.Magang => "Magang/Praktik Kerja",
        DevelopmentActivityForm.StudiBanding => "Studi Banding (Benchmarking)",
        DevelopmentActivityForm.PertukaranPegawai => "Pertukaran Pegawai",
        DevelopmentActivityForm.Detasering => "Detasering (Secondment)",
        DevelopmentActivityForm.BelajarMandiri => "Belajar Mandiri (Self Development)",
        DevelopmentActivityForm.KomunitasBelajar => "Komunitas Belajar (Community of Practice)",
        _ => throw new ArgumentOutOfRangeException(nameof(form), form, null),
    };
}
