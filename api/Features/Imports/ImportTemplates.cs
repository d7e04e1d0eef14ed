namespace AsnApi.Features.Imports;

/// <summary>
/// Templates as Excel in Indonesia opens them: UTF-8 with a BOM, semicolons, Indonesian headers (the import reads
/// English ones as well), and a NIP grouped with spaces so that Excel keeps it as text.
/// </summary>
public static class ImportTemplates
{
    public static string Csv(ImportKind kind) =>
        "\uFEFF" + string.Join(';', kind.Columns.Select(c => Cell(c.Indonesian))) + "\r\n" + string.Join(';', kind.Columns.Select(c => Cell(c.Example))) + "\r\n";

    /// <summary>
    /// The XLSX template: the headers and the example row on "Data" (every cell text, so a NIP stays a NIP), and on
    /// "Petunjuk" one row per column: header, English name, required or not, format and allowed values, other names.
    /// </summary>
    public static async Task WriteXlsx(ImportKind kind, Stream output, CancellationToken ct)
    {
        await using var book = new Shared.XlsxWriter(output);
        book.BeginSheet("Data");
        book.Row(kind.Columns.Select(c => (object?)c.Indonesian), header: true);
        book.Row(kind.Columns.Select(c => (object?)c.Example));
        book.EndSheet();
        book.BeginSheet("Petunjuk");
        book.Row(["Kolom", "Nama (Inggris)", "Wajib", "Format dan nilai yang diterima", "Contoh", "Judul lain yang dikenali"], header: true);
        foreach (var c in kind.Columns)
            book.Row([c.Indonesian, c.Name, c.Required ? "Ya" : "Tidak", ImportTemplateNotes.Of(c), c.Example, string.Join(", ", c.Aliases)]);
        book.EndSheet();
        await book.Complete(ct);
    }

    private static string Cell(string value) => value.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
}
