using System.Globalization;
using AsnApi.Contracts;

namespace AsnApi.Domain;

/// <summary>
/// The civil servant's national ID (Nomor Induk Pegawai). A PNS NIP is
/// birth date (8) + TMT CPNS month (6) + sex (1) + serial (3). PPPK numbers are also
/// 18 digits but their inner layout is not settled, so only the leading birth date is checked.
/// </summary>
public sealed record Nip(string Value, DateOnly BirthDate, int? AppointmentYear, int? AppointmentMonth, Sex? Sex, int? Serial)
{
    public const int Length = 18;

    /// <summary>Removes the spaces people type between the groups (19860926 201505 1 001).</summary>
    public static string Normalize(string? input) =>
        new((input ?? "").Where(c => !char.IsWhiteSpace(c)).ToArray());

    /// <summary>
    /// 198609262015051001 → 19860926 201505 1 001, as on official documents (a masked NIP keeps its asterisks);
    /// anything not 18 characters long is returned as it is.
    /// </summary>
    public static string Grouped(string nip) => nip.Length == Length ? $"{nip[..8]} {nip[8..14]} {nip[14]} {nip[15..]}" : nip;

    public static NipResult Parse(string? input, EmploymentType type)
    {
        var value = Normalize(input);
        if (value.Length == 0) return NipResult.Fail("NIP wajib diisi.");
        if (value.Length != Length || !value.All(char.IsAsciiDigit))
            return NipResult.Fail("NIP harus 18 digit angka.");

        if (!TryDate(value[..8], out var birth))
            return NipResult.Fail("Digit 1–8 NIP harus tanggal lahir yang valid (YYYYMMDD).");

        if (type == EmploymentType.Pppk)
            return NipResult.Ok(new Nip(value, birth, null, null, null, null));

        var year = int.Parse(value[8..12], CultureInfo.InvariantCulture);
        var month = int.Parse(value[12..14], CultureInfo.InvariantCulture);
        if (year < 1900 || month is < 1 or > 12)
            return NipResult.Fail("Digit 9–14 NIP harus bulan TMT CPNS yang valid (YYYYMM).");
        if (new DateOnly(year, month, 1) <= new DateOnly(birth.Year, birth.Month, 1))
            return NipResult.Fail("TMT CPNS pada NIP harus setelah tanggal lahir.");

        Sex? sex = value[14] switch { '1' => Contracts.Sex.Male, '2' => Contracts.Sex.Female, _ => null };
        if (sex is null) return NipResult.Fail("Digit 15 NIP (jenis kelamin) harus 1 (laki-laki) atau 2 (perempuan).");

        var serial = int.Parse(value[15..], CultureInfo.InvariantCulture);
        if (serial == 0) return NipResult.Fail("Nomor urut NIP (digit 16–18) dimulai dari 001.");

        return NipResult.Ok(new Nip(value, birth, year, month, sex, serial));
    }

    private static bool TryDate(string yyyymmdd, out DateOnly date) =>
        DateOnly.TryParseExact(yyyymmdd, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
        && date.Year >= 1900;
}

public sealed record NipResult(Nip? Nip, string? Error)
{
    public bool IsValid => Nip is not null;
    public static NipResult Ok(Nip nip) => new(nip, null);
    public static NipResult Fail(string error) => new(null, error);
}
