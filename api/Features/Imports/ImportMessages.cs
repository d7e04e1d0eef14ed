using System.Text.RegularExpressions;
using FluentValidation.Results;

namespace AsnApi.Features.Imports;

/// <summary>
/// The English of every message an import row can get from the single-record validators it passes through, and from
/// the NIP and text checks they share. A message catalogue keyed by the Indonesian text, as gettext keys by msgid:
/// <c>{0}</c>, <c>{1}</c>… stand for what a message carries (a number, a date, a list of choices) and reappear in the
/// English. FluentValidation's own rules used without a message of ours are keyed by their error code and written in
/// both languages from the rule's values, so neither language shows a property name of the code. A message missing
/// here stays Indonesian; ImportMessagesTests walks the validators so that none is missing.
/// </summary>
public static class ImportMessages
{
    private static readonly (string Id, string En)[] Catalogue =
    [
        // Employees (EmployeeRequestValidator, Nip.Parse)
        ("Nama wajib diisi.", "The name is required."),
        ("Jenis kepegawaian (Pns/Pppk) wajib diisi.", "The employment type (Pns/Pppk) is required."),
        ("Tanggal lahir tidak sesuai dengan NIP ({0}).", "The birth date does not match the NIP ({0})."),
        ("Jenis kelamin tidak sesuai dengan digit ke-15 NIP ({0}).", "The sex does not match the 15th digit of the NIP ({0})."),
        ("Jenis kelamin wajib diisi untuk PPPK (NIP PPPK tidak memuatnya).", "The sex is required for PPPK (a PPPK NIP does not hold it)."),
        ("Golongan PNS berbentuk I/a sampai IV/e.", "A PNS rank is I/a to IV/e."),
        ("Golongan PPPK berbentuk I sampai XVII.", "A PPPK grade is I to XVII."),
        ("Unit kerja wajib diisi bila jabatan tidak diisi.", "The unit is required when no position is given."),
        ("NIP wajib diisi.", "The NIP is required."),
        ("NIP harus 18 digit angka.", "A NIP has 18 digits."),
        ("Digit 1–8 NIP harus tanggal lahir yang valid (YYYYMMDD).", "Digits 1–8 of a NIP must be a valid birth date (YYYYMMDD)."),
        ("Digit 9–14 NIP harus bulan TMT CPNS yang valid (YYYYMM).", "Digits 9–14 of a NIP must be a valid CPNS start month (YYYYMM)."),
        ("TMT CPNS pada NIP harus setelah tanggal lahir.", "The CPNS start in the NIP must come after the birth date."),
        ("Digit 15 NIP (jenis kelamin) harus 1 (laki-laki) atau 2 (perempuan).", "Digit 15 of a NIP (sex) must be 1 (male) or 2 (female)."),
        ("Nomor urut NIP (digit 16–18) dimulai dari 001.", "The serial number of a NIP (digits 16–18) starts at 001."),
        // Units and positions (UnitRequestValidator, PositionRequestValidator)
        ("Kode unit wajib diisi.", "The unit code is required."),
        ("Nama unit wajib diisi.", "The unit name is required."),
        ("Kode jabatan wajib diisi.", "The position code is required."),
        ("Nama jabatan wajib diisi.", "The position name is required."),
        ("Jenis jabatan wajib diisi.", "The position type is required."),
        ("Unit kerja wajib diisi.", "The unit is required."),
        ("Level manajerial wajib diisi untuk jabatan fungsional.", "The managerial level is required for a functional position."),
        ("Level manajerial {0} sampai {1}.", "The managerial level is {0} to {1}."),
        // Training records (EnrollmentUpdateRequestValidator, ExternalActivityRequestValidator)
        ("Nilai pre-test {0} sampai {1}.", "The pre-test score is {0} to {1}."),
        ("Nilai post-test {0} sampai {1}.", "The post-test score is {0} to {1}."),
        ("Paling banyak {0} hari.", "At most {0} days."),
        ("Kehadiran tidak boleh kosong (null).", "An attendance entry cannot be null."),
        ("Tanggal wajib diisi.", "The date is required."),
        ("Hadir atau tidak wajib diisi.", "Present or not is required."),
        ("Satu tanggal hanya boleh dicatat sekali.", "A day can be recorded only once."),
        ("Nama kegiatan wajib diisi.", "The activity's title is required."),
        ("Nama kegiatan paling panjang {0} karakter.", "The activity's title has at most {0} characters."),
        ("Bentuk pengembangan wajib diisi.", "The development form is required."),
        ("Tanggal kegiatan wajib diisi.", "The activity date is required."),
        ("Tanggal kegiatan tidak boleh di masa depan.", "The activity date cannot be in the future."),
        ("Tanggal kegiatan tidak masuk akal.", "The activity date is not plausible."),
        ("JP wajib diisi.", "The JP is required."),
        ("JP {0} sampai {1}.", "JP {0} to {1}."),
        ("Penyelenggara paling panjang {0} karakter.", "The organiser has at most {0} characters."),
        ("Bukti paling panjang {0} karakter.", "The evidence has at most {0} characters."),
        // Survey responses (PaperSurveyResponseValidator, SurveyAnswerRules)
        ("Nilai survei wajib diisi: 9 nilai, satu untuk setiap unsur (U1–U9).", "The survey scores are required: 9 scores, one for each element (U1–U9)."),
        ("Isi tepat 9 nilai, satu untuk setiap unsur, urut U1 sampai U9.", "Give exactly 9 scores, one for each element, U1 to U9 in order."),
        ("Nilai 1 (tidak baik) sampai 4 (sangat baik).", "A score from 1 (poor) to 4 (very good)."),
        ("Jenis layanan wajib dipilih.", "The service type is required."),
        ("Jenis layanan paling panjang {0} karakter.", "The service type has at most {0} characters."),
        ("Saran paling panjang {0} karakter.", "The suggestion has at most {0} characters."),
        ("Tanggal pengisian wajib diisi.", "The date of the form is required."),
        ("Tanggal pengisian antara 1 Januari 2000 dan hari ini.", "The date of the form lies between 1 January 2000 and today."),
        ("Jenis layanan tidak tersedia di unit layanan ini. Pilihan: {0}.", "This service unit does not offer that service type. Choices: {0}."),
        // Text hygiene (RequestText), for every cell
        ("Teks tidak boleh memuat karakter kontrol.", "Text cannot contain control characters."),
        ("Teks tidak boleh memuat karakter kontrol (termasuk baris baru dan tab).", "Text cannot contain control characters (line breaks and tabs included)."),
        ("Teks tidak boleh memuat karakter pengubah arah tulisan (bidi).", "Text cannot contain bidirectional override characters."),
        ("Teks tidak boleh memuat karakter tanpa lebar (zero-width).", "Text cannot contain zero-width characters."),
    ];

    /// <summary>FluentValidation's rules used without a message of ours, by error code: (Indonesian, English) with the rule's placeholders.</summary>
    private static readonly Dictionary<string, (string Id, string En)> ByCode = new()
    {
        ["MaximumLengthValidator"] = ("Paling banyak {MaxLength} karakter.", "At most {MaxLength} characters."),
        ["LengthValidator"] = ("Panjang {MinLength} sampai {MaxLength} karakter.", "{MinLength} to {MaxLength} characters."),
        ["NotEmptyValidator"] = ("Wajib diisi.", "Required."),
        ["NotNullValidator"] = ("Wajib diisi.", "Required."),
        ["EnumValidator"] = ("Nilai tidak dikenal.", "The value is not known."),
        ["InclusiveBetweenValidator"] = ("Nilai {From} sampai {To}.", "A value from {From} to {To}."),
        ["PredicateValidator"] = ("Nilai tidak memenuhi ketentuan.", "The value does not meet the rule."),
    };

    private static readonly (Regex Id, string En)[] Patterns = Catalogue.Select(m => (Template(m.Id), m.En)).ToArray();

    private static Regex Template(string id)
    {
        var pattern = Regex.Replace(Regex.Escape(id), @"\\\{(\d)}", m => $"(?<p{m.Groups[1].Value}>.+?)");
        return new Regex("^" + pattern + "$", RegexOptions.CultureInvariant | RegexOptions.Singleline);
    }

    /// <summary>A validator's failure in the caller's language, without the code's property names.</summary>
    public static string Of(ValidationFailure failure, ImportText text)
    {
        if (Translate(failure.ErrorMessage, english: true) is { } known) return text.English ? known : failure.ErrorMessage;
        if (failure.ErrorCode is { } code && ByCode.TryGetValue(code, out var rule))
            return Fill(text.English ? rule.En : rule.Id, failure.FormattedMessagePlaceholderValues);
        return failure.ErrorMessage;
    }

    /// <summary>An Indonesian message of the catalogue in the caller's language (as it is when it has no entry).</summary>
    public static string Of(string indonesian, ImportText text) => text.English ? Translate(indonesian, english: true) ?? indonesian : indonesian;

    /// <summary>The English of a catalogued message, or null when the catalogue does not know it.</summary>
    public static string? Translate(string indonesian, bool english)
    {
        foreach (var (id, en) in Patterns)
        {
            var m = id.Match(indonesian);
            if (!m.Success) continue;
            var result = en;
            for (var i = 0; i < 10 && m.Groups[$"p{i}"] is { Success: true } g; i++) result = result.Replace("{" + i + "}", g.Value);
            return english ? result : indonesian;
        }
        return null;
    }

    /// <summary>Whether the catalogue has the message, or the error code of a rule without a message of ours.</summary>
    public static bool Knows(string message) => Translate(message, english: true) is not null;

    public static bool KnowsCode(string code) => ByCode.ContainsKey(code);

    private static string Fill(string template, IDictionary<string, object>? values) =>
        values is null ? template : Regex.Replace(template, @"\{(\w+)}", m => values.TryGetValue(m.Groups[1].Value, out var v) ? Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? "" : m.Value);
}
