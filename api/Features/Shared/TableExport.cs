using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace AsnApi.Features.Shared;

/// <summary>The file an export endpoint writes: <c>?format=Csv</c> (the default) or <c>?format=Xlsx</c>.</summary>
public enum ExportFormat { Csv, Xlsx }

/// <summary>One column of an export: its Indonesian header and the cell of a row (text, a number, a date or a UTC time).</summary>
public sealed record ExportColumn<T>(string Header, Func<T, object?> Value);

/// <summary>
/// The one writer behind every <c>/export</c> endpoint. Rows are written as they come from the database, so a file
/// of 100,000 rows never sits in memory. CSV as Excel set to Indonesian opens it: UTF-8 with a BOM, semicolons,
/// day-first dates, decimal commas, formula text defused. XLSX is written as a stream too (inline strings, no
/// shared-string table), flushed to the response every few hundred rows.
/// </summary>
public static class TableExport
{
    public const string XlsxMediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>
    /// The first row is read before anything is written, so a bad filter (or a role that may not see the data) still
    /// answers a problem instead of a truncated file.
    /// </summary>
    public static async Task<IResult> Write<T>(HttpContext http, string fileName, ExportFormat? format, IReadOnlyList<ExportColumn<T>> columns,
        IAsyncEnumerable<T> rows, CancellationToken ct)
    {
        var e = rows.GetAsyncEnumerator(ct);
        try
        {
            var any = await e.MoveNextAsync();
            var xlsx = format == ExportFormat.Xlsx;
            http.Response.ContentType = xlsx ? XlsxMediaType : "text/csv; charset=utf-8";
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}.{(xlsx ? "xlsx" : "csv")}\"";
            if (xlsx)
            {
                await using var book = new XlsxWriter(http.Response.Body);
                book.BeginSheet("Data");
                book.Row(columns.Select(c => (object?)c.Header), header: true);
                for (; any; any = await e.MoveNextAsync())
                {
                    var row = e.Current;
                    book.Row(columns.Select(c => c.Value(row)));
                    await book.FlushIfFull(ct);
                }
                book.EndSheet();
                await book.Complete(ct);
            }
            else
            {
                await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 16 * 1024) { NewLine = "\r\n" };
                await writer.WriteLineAsync(string.Join(';', columns.Select(c => Cell(c.Header))));
                for (; any; any = await e.MoveNextAsync())
                {
                    var row = e.Current;
                    await writer.WriteLineAsync(string.Join(';', columns.Select(c => CsvValue(c.Value(row)))));
                }
                await writer.FlushAsync(ct);
            }
        }
        finally { await e.DisposeAsync(); }
        return Results.Empty;
    }

    /// <summary>A value as Excel in Indonesia reads it: dd/MM/yyyy, decimal comma, times in UTC.</summary>
    public static string CsvValue(object? value) => value switch
    {
        null => "",
        string s => Cell(s),
        DateOnly d => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.UtcDateTime.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture),
        decimal m => m.ToString(CultureInfo.InvariantCulture).Replace('.', ','),
        double f => f.ToString("0.####", CultureInfo.InvariantCulture).Replace('.', ','),
        bool b => b ? "Ya" : "Tidak",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => Cell(value.ToString()),
    };

    /// <summary>Quotes what would break the row, and defuses text that Excel would run as a formula.</summary>
    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        return value.IndexOfAny([';', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}

/// <summary>
/// A minimal streaming XLSX (SpreadsheetML) writer: sheets of inline-string, number and date cells. The zip is built on
/// a buffer that is emptied into the response asynchronously (Kestrel refuses synchronous writes), so only a few
/// hundred rows are ever held. Cells are never formulas: text stays text.
/// </summary>
public sealed class XlsxWriter(Stream output) : IAsyncDisposable
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private readonly Buffer _buffer = new();
    private ZipArchive? _zip;
    private StreamWriter? _sheet;
    private readonly List<string> _sheets = [];
    private int _row, _pending;

    private ZipArchive Zip => _zip ??= new ZipArchive(_buffer, ZipArchiveMode.Create, leaveOpen: true);

    public void BeginSheet(string name)
    {
        _sheets.Add(name);
        _row = 0;
        var entry = Zip.CreateEntry($"xl/worksheets/sheet{_sheets.Count}.xml", CompressionLevel.Fastest);
        _sheet = new StreamWriter(entry.Open(), new UTF8Encoding(false), 16 * 1024);
        _sheet.Write($"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{Main}"><sheetData>""");
    }

    public void Row(IEnumerable<object?> cells, bool header = false)
    {
        var w = _sheet ?? throw new InvalidOperationException("No sheet.");
        _row++;
        w.Write($"<row r=\"{_row}\">");
        foreach (var value in cells)
        {
            switch (value)
            {
                case null: w.Write("<c/>"); break;
                case string s: w.Write(header ? "<c t=\"inlineStr\" s=\"3\"><is><t xml:space=\"preserve\">" : "<c t=\"inlineStr\"><is><t xml:space=\"preserve\">"); w.Write(Escape(s)); w.Write("</t></is></c>"); break;
                case bool b: w.Write($"<c t=\"inlineStr\"><is><t>{(b ? "Ya" : "Tidak")}</t></is></c>"); break;
                case DateOnly d: w.Write($"<c s=\"1\"><v>{d.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture)}</v></c>"); break;
                case DateTime d: w.Write($"<c s=\"1\"><v>{d.ToOADate().ToString(CultureInfo.InvariantCulture)}</v></c>"); break;
                case DateTimeOffset t: w.Write($"<c s=\"2\"><v>{t.UtcDateTime.ToOADate().ToString(CultureInfo.InvariantCulture)}</v></c>"); break;
                case Enum en: w.Write("<c t=\"inlineStr\"><is><t>"); w.Write(Escape(en.ToString())); w.Write("</t></is></c>"); break;
                case IFormattable n: w.Write($"<c><v>{n.ToString(null, CultureInfo.InvariantCulture)}</v></c>"); break;
                default: w.Write("<c t=\"inlineStr\"><is><t xml:space=\"preserve\">"); w.Write(Escape(value.ToString() ?? "")); w.Write("</t></is></c>"); break;
            }
        }
        w.Write("</row>");
        _pending++;
    }

    /// <summary>Sends what the zip has compressed so far once enough rows have gone in.</summary>
    public async Task FlushIfFull(CancellationToken ct)
    {
        if (_pending < 500) return;
        _pending = 0;
        _sheet!.Flush();
        await _buffer.DrainTo(output, ct);
    }

    public void EndSheet()
    {
        _sheet!.Write("</sheetData></worksheet>");
        _sheet.Dispose();
        _sheet = null;
    }

    /// <summary>The workbook parts that name the sheets, then the zip's directory.</summary>
    public async Task Complete(CancellationToken ct)
    {
        Part("[Content_Types].xml", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>{string.Concat(_sheets.Select((_, i) => $"<Override PartName=\"/xl/worksheets/sheet{i + 1}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"))}</Types>""");
        Part("_rels/.rels", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{Rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
        Part("xl/workbook.xml", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="{Main}" xmlns:r="{Rel}"><sheets>{string.Concat(_sheets.Select((s, i) => $"<sheet name=\"{Escape(s)}\" sheetId=\"{i + 1}\" r:id=\"rId{i + 1}\"/>"))}</sheets></workbook>""");
        Part("xl/_rels/workbook.xml.rels", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{string.Concat(_sheets.Select((_, i) => $"<Relationship Id=\"rId{i + 1}\" Type=\"{Rel}/worksheet\" Target=\"worksheets/sheet{i + 1}.xml\"/>"))}<Relationship Id="rId{_sheets.Count + 1}" Type="{Rel}/styles" Target="styles.xml"/></Relationships>""");
        Part("xl/styles.xml", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="{Main}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy hh:mm"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs></styleSheet>""");
        Zip.Dispose();
        _zip = null;
        await _buffer.DrainTo(output, ct);
        await output.FlushAsync(ct);
    }

    private void Part(string name, string xml)
    {
        using var s = Zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        var bytes = Encoding.UTF8.GetBytes(xml);
        s.Write(bytes);
    }

    /// <summary>
    /// XML text without the control characters XML 1.0 cannot hold. A carriage return goes as a character reference:
    /// a reader normalises a literal CR LF to LF, so a multi-line text would not come back as it was written.
    /// </summary>
    private static string Escape(string s)
    {
        var b = new StringBuilder(s.Length);
        foreach (var ch in s)
        {
            if (ch < 0x20 && ch is not ('\t' or '\n' or '\r')) continue;
            b.Append(ch switch { '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", '"' => "&quot;", '\r' => "&#13;", _ => ch.ToString() });
        }
        return b.ToString();
    }

    public ValueTask DisposeAsync()
    {
        _sheet?.Dispose();
        _zip?.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>A write-only, non-seekable stream the zip writes into synchronously and the writer empties asynchronously.</summary>
    private sealed class Buffer : Stream
    {
        private readonly MemoryStream _bytes = new();
        private long _written;

        public async Task DrainTo(Stream output, CancellationToken ct)
        {
            if (_bytes.Length == 0) return;
            await output.WriteAsync(_bytes.GetBuffer().AsMemory(0, (int)_bytes.Length), ct);
            _bytes.SetLength(0);
        }

        public override void Write(byte[] buffer, int offset, int count) { _bytes.Write(buffer, offset, count); _written += count; }
        public override void Write(ReadOnlySpan<byte> buffer) { _bytes.Write(buffer); _written += buffer.Length; }
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _written; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
