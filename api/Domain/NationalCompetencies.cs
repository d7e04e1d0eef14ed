namespace AsnApi.Domain;

/// <summary>
/// The national competency dictionary of PermenPAN-RB 38/2017: the eight managerial competencies and
/// the socio-cultural Perekat Bangsa, each with its five levels (summarised). Shared by every tenant
/// and read-only to them. The ids are fixed so that every database, and every integrator, agrees.
/// </summary>
public static class NationalCompetencies
{
    public sealed record Entry(Guid Id, string Code, string Name, string Kind, string Description, string[] Levels);

    public static readonly Entry[] All =
    [
        new(new("6a1f0001-0000-4000-8000-000000000001"), "M.1", "Integritas", "Manajerial",
            "Konsisten berperilaku selaras dengan nilai, norma dan/atau etika organisasi, dan jujur dalam hubungan dengan manajemen, rekan kerja, bawahan langsung, dan pemangku kepentingan.",
            ["Mampu bertindak sesuai nilai, norma, etika organisasi dalam kapasitas pribadi.",
             "Mampu mengingatkan dan mengajak rekan kerja untuk bertindak sesuai nilai, norma, dan etika organisasi.",
             "Mampu memastikan dan menanamkan keyakinan bersama agar anggota yang dipimpin bertindak sesuai nilai, norma, dan etika organisasi.",
             "Mampu menciptakan situasi kerja yang membuat rekan kerja berperilaku sesuai nilai, norma, dan etika organisasi dalam segala situasi.",
             "Mampu menjadi teladan dan agen perubahan dalam membangun budaya integritas organisasi."]),
        new(new("6a1f0001-0000-4000-8000-000000000002"), "M.2", "Kerjasama", "Manajerial",
            "Kemampuan menjalin, membina, mempertahankan hubungan kerja yang efektif, memiliki komitmen saling membantu dalam penyelesaian tugas.",
            ["Berpartisipasi dalam kelompok kerja.",
             "Menumbuhkan tim kerja yang partisipatif dan efektif.",
             "Efektif membangun tim kerja untuk peningkatan kinerja organisasi.",
             "Membangun komitmen tim dan sinergi lintas unit kerja.",
             "Menciptakan situasi kerja sama yang konsisten dan baik antar instansi."]),
        new(new("6a1f0001-0000-4000-8000-000000000003"), "M.3", "Komunikasi", "Manajerial",
            "Kemampuan menerangkan pandangan dan gagasan secara jelas, sistematis disertai argumentasi yang logis, dengan cara yang sesuai baik lisan maupun tertulis.",
            ["Menyampaikan informasi dengan jelas, lengkap, dan mudah dipahami.",
             "Aktif menjalankan komunikasi secara formal dan informal; bersedia mendengarkan orang lain.",
             "Berkomunikasi secara asertif, terampil berkomunikasi lisan dan tertulis untuk menyampaikan informasi yang sensitif.",
             "Mampu mengemukakan pemikiran multidimensi secara lisan dan tertulis untuk mendorong kesepakatan.",
             "Menggagas sistem komunikasi yang terbuka secara strategis untuk mencari solusi dan meningkatkan kinerja."]),
        new(new("6a1f0001-0000-4000-8000-000000000004"), "M.4", "Orientasi pada Hasil", "Manajerial",
            "Kemampuan mempertahankan komitmen pribadi yang tinggi untuk menyelesaikan tugas, dapat diandalkan, bertanggung jawab, mampu mengidentifikasi risiko dan peluang.",
            ["Bertanggung jawab untuk memenuhi standar kerja.",
             "Berupaya meningkatkan hasil kerja pribadi yang lebih tinggi dari standar yang ditetapkan.",
             "Menetapkan target kerja yang menantang bagi unit kerja dan memberi apresiasi atas pencapaiannya.",
             "Mendorong unit kerja mencapai target yang ditetapkan atau melebihi hasil kerja sebelumnya.",
             "Menciptakan budaya kerja berorientasi hasil di tingkat instansi."]),
        new(new("6a1f0001-0000-4000-8000-000000000005"), "M.5", "Pelayanan Publik", "Manajerial",
            "Kemampuan melaksanakan tugas pemerintahan, pembangunan dan kegiatan pemenuhan kebutuhan pelayanan publik secara profesional, transparan, mengikuti standar pelayanan yang objektif, netral, dan tidak memihak.",
            ["Menjalankan pelayanan sesuai standar.",
             "Mampu mensupervisi dan mengatasi masalah pelayanan publik dengan objektif.",
             "Mampu memanfaatkan kekuatan kelompok dan memperbaiki standar pelayanan publik.",
             "Mampu memonitor, mengevaluasi, dan mengembangkan pelayanan publik yang inovatif.",
             "Mampu menciptakan kebijakan pelayanan publik yang menjamin akuntabilitas dan kepuasan masyarakat."]),
        new(new("6a1f0001-0000-4000-8000-000000000006"), "M.6", "Pengembangan Diri dan Orang Lain", "Manajerial",
            "Kemampuan untuk meningkatkan pengetahuan dan menyempurnakan keterampilan diri; menginspirasi orang lain untuk mengembangkan dan menyempurnakan pengetahuan dan keterampilan.",
            ["Pengembangan diri: mempelajari hal baru untuk meningkatkan kemampuan.",
             "Meningkatkan kemampuan bawahan dengan memberikan contoh dan penjelasan.",
             "Memberikan umpan balik, membimbing, dan mengembangkan kompetensi bawahan.",
             "Menyusun program pengembangan jangka panjang untuk mendorong pembelajaran.",
             "Menciptakan situasi yang mendorong organisasi pembelajar."]),
        new(new("6a1f0001-0000-4000-8000-000000000007"), "M.7", "Mengelola Perubahan", "Manajerial",
            "Kemampuan dalam menyesuaikan diri dengan situasi yang baru atau berubah dan tidak bergantung secara berlebihan pada metode dan proses lama.",
            ["Menyadari perubahan dan mengikuti perubahan sesuai arahan.",
             "Proaktif beradaptasi mengikuti perubahan.",
             "Membantu orang lain mengikuti perubahan dan mengantisipasi dampaknya.",
             "Memimpin perubahan pada unit kerja.",
             "Mengelola perubahan yang berdampak luas pada instansi."]),
        new(new("6a1f0001-0000-4000-8000-000000000008"), "M.8", "Pengambilan Keputusan", "Manajerial",
            "Kemampuan membuat keputusan yang baik secara tepat waktu dan dengan keyakinan diri setelah mempertimbangkan prinsip kehati-hatian.",
            ["Mengumpulkan informasi untuk bertindak sesuai kewenangan.",
             "Menganalisis masalah secara mendalam.",
             "Membandingkan berbagai alternatif dan menyeimbangkan risiko keberhasilan dalam implementasi.",
             "Menyelesaikan masalah yang mengandung risiko tinggi, mengantisipasi dampak keputusan.",
             "Menghasilkan solusi dan keputusan strategis bagi instansi."]),
        new(new("6a1f0001-0000-4000-8000-000000000009"), "SK.1", "Perekat Bangsa", "SosialKultural",
            "Kemampuan dalam mempromosikan sikap toleransi, keterbukaan, peka terhadap perbedaan individu/kelompok masyarakat; mampu menjadi perpanjangan tangan pemerintah dalam mempersatukan masyarakat.",
            ["Peka memahami dan menerima kemajemukan.",
             "Aktif mengembangkan sikap saling menghargai, menekankan persamaan dan persatuan.",
             "Mempromosikan dan mengembangkan sikap toleransi dan persatuan.",
             "Mendayagunakan perbedaan secara konstruktif dan kreatif untuk meningkatkan efektivitas organisasi.",
             "Wakil pemerintah untuk membangun hubungan sosial psikologis dengan masyarakat."]),
    ];

    public static Guid IdOf(string code) => All.Single(e => e.Code == code).Id;
}
