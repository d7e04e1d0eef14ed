using System.Globalization;
using System.Text.RegularExpressions;

namespace AsnApi.Domain;

/// <summary>
/// Cell values as Indonesian spreadsheets hold them: day-first dates, decimal commas, NIPs typed with spaces,
/// and the damage Excel does to an 18-digit number. Pure, so the rules are unit-tested apart from any file format.
/// </summary>
public static partial class ImportValues
{
    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy", "dd-MM-yyyy", "d-M-yyyy", "yyyy-MM-dd", "dd.MM.yyyy"];

    /// <summary>dd/MM/yyyy, dd-MM-yyyy, dd.MM.yyyy or yyyy-MM-dd; never month-first, which an Indonesian file does not use.</summary>
    public static bool TryDate(string value, out DateOnly date) =>
        DateOnly.TryParseExact(value.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>A decimal with a comma or a point as its separator (3,5 or 3.5); thousands separators are refused rather than guessed.</summary>
    public static bool TryDecimal(string value, out decimal number)
    {
        var v = value.Trim();
        if (v.Count(c => c is ',' or '.') > 1) { number = 0; return false; }
        return decimal.TryParse(v.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number);
    }

    /// <summary>
    /// True when the NIP cell holds what Excel shows for an 18-digit number formatted as a number (1.98609E+17, 1,98609E+17):
    /// the last digits are already lost, so the row must be fixed in the spreadsheet, not here.
    /// </summary>
    public static bool IsScientificNumber(string value) => Scientific().IsMatch(value.Trim());

    [GeneratedRegex(@"^[0-9]+([.,][0-9]+)?[eE]\+?[0-9]+$")]
    private static partial Regex Scientific();

    /// <summary>A header as people type it (Kode Unit, kode_unit, unitCode) folded to one form: lower case, letters and digits only.</summary>
    public static string HeaderKey(string header) =>
        new(header.Trim().ToLowerInvariant().Where(char.IsLetterOrDigit).ToArray());
}
