namespace AsnApi.Features.Imports;

/// <summary>
/// What the XLSX template's second sheet says about each column, keyed by the column's name in
/// <see cref="ImportColumn"/> (the same definitions the CSV template and the import read): format and allowed values.
/// </summary>
public static class ImportTemplateNotes
{
    private const string Date = "Tanggal: dd/MM/yyyy, dd-MM-yyyy atau yyyy-MM-dd (atau sel bertipe tanggal).";

    private static readonly Dictionary<string, string> Notes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["nip"] = "NIP 18 digit; spasi boleh. Format kolom sebagai Teks agar Excel tidak mengubahnya menjadi 1,98609E+17.",
        ["name"] = "Teks, paling banyak 200 karakter.",
        ["employmentType"] = "Pns atau Pppk.",
        ["sex"] = "Male/Female, atau L/P, Laki-laki/Perempuan.",
        ["birthDate"] = Date,
        ["rank"] = "Golongan/ruang, misalnya III/a (PNS) atau IX (PPPK).",
        ["positionCode"] = "Kode jabatan yang sudah ada di tenant.",
        ["unitCode"] = "Kode unit yang sudah ada di tenant.",
        ["code"] = "Kode unik dalam tenant (huruf, angka, titik, tanda hubung).",
        ["parentCode"] = "Kode unit induk: unit yang sudah ada atau yang ada di baris sebelumnya. Kosong untuk unit puncak.",
        ["type"] = "Struktural, Fungsional atau Pelaksana.",
        ["managerialLevel"] = "Untuk jabatan struktural: tingkat eselon (lihat dokumentasi jabatan).",
        ["competencyCode"] = "Kode kompetensi dari kamus kompetensi, misalnya M.1.",
        ["requiredLevel"] = "Angka 1 sampai 5.",
        ["level"] = "Angka 1 sampai 5.",
        ["assessedOn"] = Date + " Tidak boleh di masa depan.",
        ["method"] = "AssessmentCenter (atau ac), dan metode lain sesuai nama enum API.",
        ["assessor"] = "Teks, opsional.",
        ["note"] = "Teks, opsional.",
        ["programCode"] = "Kode program pelatihan yang sudah ada.",
        ["session"] = "Nama angkatan dalam program itu (berstatus Berlangsung atau Selesai). Kosong: kegiatan eksternal dengan Tanggal.",
        ["date"] = Date + " Wajib bila Angkatan kosong.",
        ["preTestScore"] = "Angka 0 sampai 100 (koma desimal boleh); hanya dengan Angkatan.",
        ["postTestScore"] = "Angka 0 sampai 100 (koma desimal boleh); hanya dengan Angkatan.",
        ["serviceUnit"] = "Slug unit layanan, misalnya dukcapil.",
        ["submissionId"] = "UUID formulir; baris dengan ID yang sama tidak diimpor dua kali.",
        ["respondedOn"] = Date,
        ["serviceType"] = "Salah satu jenis layanan unit itu.",
        ["ageBand"] = "Kelompok usia sesuai nama enum API.",
        ["education"] = "Pendidikan terakhir sesuai nama enum API.",
        ["occupation"] = "Pekerjaan sesuai nama enum API.",
        ["suggestion"] = "Teks, paling banyak 1.000 karakter.",
    };

    public static string Of(ImportColumn c) =>
        Notes.TryGetValue(c.Name, out var note) ? note
        : c.Name.Length == 2 && c.Name[0] == 'u' ? "Nilai unsur survei: 1, 2, 3 atau 4."
        : "Teks.";
}
