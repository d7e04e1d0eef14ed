namespace AsnApi.Features.Imports;

/// <summary>
/// Templates as Excel in Indonesia opens them: UTF-8 with a BOM, semicolons, Indonesian headers (the import reads
/// English ones as well), and a NIP grouped with spaces so that Excel keeps it as text.
/// </summary>
public static class ImportTemplates
{
    public static string Csv(ImportKind kind) =>
        "\uFEFF" + string.Join(';', kind.Columns.Select(c => Cell(c.Indonesian))) + "\r\n" + string.Join(';', kind.Columns.Select(c => Cell(c.Example))) + "\r\n";

    private static string Cell(string value) => value.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
}
