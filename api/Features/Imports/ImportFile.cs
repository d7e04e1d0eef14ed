using System.IO.Compression;
using System.Text;
using System.Text.Json;
using AsnApi.Infrastructure.Http;
using ExcelDataReader;
using Sylvan.Data.Csv;

namespace AsnApi.Features.Imports;

/// <summary>A file reduced to what every kind reads: its header cells and its rows of text cells, each with its number in the file.</summary>
public sealed record ImportTable(IReadOnlyList<string> Headers, IReadOnlyList<ImportTable.Row> Rows)
{
    public sealed record Row(int Number, string?[] Cells);
}

/// <summary>
/// Rows known by their count and produced anew by each enumeration (from a file's bytes), never all held at once.
/// Read in order only: every kind plans its rows in one pass.
/// </summary>
public sealed class StreamedRows<T>(int count, Func<IEnumerable<T>> rows) : IReadOnlyList<T>
{
    public int Count => count;
    public T this[int index] => throw new NotSupportedException("Streamed rows are read in order.");
    public IEnumerator<T> GetEnumerator() => rows().GetEnumerator();
    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>
/// Reads a CSV, XLSX or JSON body into an <see cref="ImportTable"/>, enforcing the limits before the rows reach a kind.
/// Everything a client can get wrong about the file itself ends here as a 4xx; rows are judged by the kinds.
/// </summary>
public static class ImportFile
{
    public const long MaxBytes = 10 * 1024 * 1024;
    /// <summary>The rows <see cref="Read"/> takes for a direct import; the endpoint reads with the job limit and sends files above the job threshold to a job.</summary>
    public const int MaxRows = 5_000;
    public const int MaxColumns = ImportFileLimits.MaxColumns;
    /// <summary>The uncompressed size an XLSX may unpack to: a few megabytes of zip can otherwise expand to gigabytes.</summary>
    public const long MaxXlsxUncompressedBytes = 100 * 1024 * 1024;
    public const int MaxXlsxEntries = 200;
    public const string XlsxMediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static ImportFile() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static async Task<ImportTable> Read(HttpRequest request, string? sheet, ImportText t, CancellationToken ct)
    {
        var (bytes, format) = await Body(request, t, ct);
        return Parse(bytes, format, sheet, t, MaxRows);
    }

    /// <summary>The rows of a body already read (a job reads its stored file again); more than <paramref name="maxRows"/> data rows is a 413.</summary>
    public static ImportTable Parse(byte[] bytes, string format, string? sheet, ImportText t, int maxRows)
    {
        if (bytes.Length == 0) throw Bad(t.T("File kosong.", "The file is empty."));
        var table = format switch
        {
            "xlsx" => Xlsx(bytes, sheet, t, maxRows),
            "json" => Json(bytes, t, maxRows),
            _ => Csv(bytes, t, maxRows),
        };
        if (table.Headers.Count == 0) throw Bad(t.T("File tidak memuat baris judul kolom.", "The file has no header row."));
        if (table.Rows.Count == 0) throw Bad(t.T("File hanya memuat judul kolom, tanpa baris data.", "The file has a header but no data rows."));
        return table;
    }

    internal static async Task<(byte[] Bytes, string Format)> Body(HttpRequest request, ImportText t, CancellationToken ct)
    {
        var type = request.ContentType ?? "";
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            var file = form.Files.Count == 1 ? form.Files[0] : throw Bad(t.T("Kirim tepat satu file dalam formulir (multipart).", "Send exactly one file in the multipart form."));
            if (file.Length > MaxBytes) throw TooLarge(t.T($"File melebihi batas {MaxBytes / 1024 / 1024} MB.", $"The file exceeds the {MaxBytes / 1024 / 1024} MB limit."));
            using var ms = new MemoryStream();
            await file.CopyToAsync(ms, ct);
            var bytes = ms.ToArray();
            var name = file.FileName ?? "";
            var format = name.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || (file.ContentType ?? "").StartsWith(XlsxMediaType, StringComparison.OrdinalIgnoreCase) ? "xlsx"
                : name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || (file.ContentType ?? "").Contains("json", StringComparison.OrdinalIgnoreCase) ? "json" : "csv";
            return (bytes, format);
        }
        string fmt;
        if (type.StartsWith(XlsxMediaType, StringComparison.OrdinalIgnoreCase)) fmt = "xlsx";
        else if (type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)) fmt = "json";
        else if (type.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase) || type.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase)) fmt = "csv";
        else throw new ImportFileException(StatusCodes.Status415UnsupportedMediaType, t.T("Jenis isi harus text/csv, XLSX, application/json atau multipart/form-data.",
            "Content-Type must be text/csv, XLSX, application/json or multipart/form-data."));
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBytes) throw TooLarge(t.T($"File melebihi batas {MaxBytes / 1024 / 1024} MB.", $"The file exceeds the {MaxBytes / 1024 / 1024} MB limit."));
            buffer.Write(chunk, 0, read);
        }
        return (buffer.ToArray(), fmt);
    }

    /// <summary>
    /// A CSV is checked and counted in one pass that keeps nothing, and its rows are read again from the bytes each time
    /// they are enumerated (<see cref="StreamedRows{T}"/>): a 100,000-row job never holds the whole table, only the rows'
    /// plans, and the request that queues it only counts.
    /// </summary>
    private static ImportTable Csv(byte[] bytes, ImportText t, int maxRows)
    {
        if (bytes.Length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4)
            throw Bad(t.T("File ini XLSX (atau arsip zip), bukan CSV: kirim dengan Content-Type XLSX atau sebagai file .xlsx.",
                "This file is an XLSX (or zip archive), not CSV: send it with the XLSX Content-Type or as an .xlsx file."));
        var open = Opener(bytes, t);
        var headers = new List<string>();
        var count = 0;
        foreach (var (_, _) in CsvRows(open, t, maxRows, headers, keep: false)) count++;
        return new(headers, new StreamedRows<ImportTable.Row>(count, () => CsvRows(open, t, int.MaxValue, null, keep: true).Select(r => r.Row!)));
    }

    /// <summary>The data rows (blank ones skipped) with their numbers in the file; the cells only when <paramref name="keep"/>.</summary>
    private static IEnumerable<(int Number, ImportTable.Row? Row)> CsvRows(Func<TextReader> open, ImportText t, int maxRows, List<string>? headers, bool keep)
    {
        CsvDataReader reader;
        try { reader = CsvDataReader.Create(open(), new CsvDataReaderOptions { HasHeaders = true, MaxBufferSize = 4 * 1024 * 1024 }); }
        catch (CsvFormatException e) { throw Unreadable(e, t); }
        using (reader)
        {
            if (reader.FieldCount > MaxColumns) throw TooManyColumns(reader.FieldCount, t);
            if (headers is not null) for (var i = 0; i < reader.FieldCount; i++) headers.Add(reader.GetName(i));
            var width = reader.FieldCount;
            var number = 1;
            var rows = 0;
            while (true)
            {
                try { if (!reader.Read()) break; }
                catch (CsvFormatException e) { throw Unreadable(e, t); }
                number++;
                if (reader.RowFieldCount > MaxColumns) throw TooManyColumns(reader.RowFieldCount, t);
                var blank = true;
                for (var i = 0; i < reader.RowFieldCount && blank; i++) blank = reader.GetFieldSpan(i).IsWhiteSpace();
                if (blank) continue;
                if (++rows > maxRows) throw TooManyRows(t, maxRows);
                if (!keep) { yield return (number, null); continue; }
                var cells = new string?[Math.Max(reader.RowFieldCount, width)];
                for (var i = 0; i < reader.RowFieldCount; i++) cells[i] = reader.GetString(i);
                yield return (number, new(number, cells));
            }
        }
    }

    private static ImportFileException Unreadable(CsvFormatException e, ImportText t) =>
        Bad(t.T($"CSV tidak dapat dibaca (baris {e.RowNumber}): tanda kutip tidak seimbang atau baris terlalu panjang.",
            $"The CSV cannot be read (row {e.RowNumber}): unbalanced quotes or an overlong row."));

    /// <summary>
    /// How to read the bytes as text, decided once: UTF-8 (a BOM is dropped) when they are valid UTF-8, otherwise
    /// Windows-1252, which is what Excel on Windows saves as "CSV"; UTF-16 by its BOM. Read as a stream, not decoded
    /// into one string (twice the file's size). A NUL character means a binary file.
    /// </summary>
    private static Func<TextReader> Opener(byte[] bytes, ImportText t)
    {
        if (bytes.Length >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF))
        {
            var text = Decode(bytes, t);
            if (text.Contains('\0')) throw Bad(t.T("File ini berkas biner, bukan CSV.", "This is a binary file, not CSV."));
            return () => new StringReader(text);
        }
        if (bytes.AsSpan().IndexOf((byte)0) >= 0) throw Bad(t.T("File ini berkas biner, bukan CSV.", "This is a binary file, not CSV."));
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var encoding = System.Text.Unicode.Utf8.IsValid(bytes.AsSpan(start)) ? new UTF8Encoding(false) : Encoding.GetEncoding(1252);
        return () => new StreamReader(new MemoryStream(bytes, start, bytes.Length - start, writable: false), encoding, detectEncodingFromByteOrderMarks: false);
    }

    /// <summary>UTF-8 (a BOM is dropped) when the bytes are valid UTF-8, otherwise Windows-1252, which is what Excel on Windows saves as "CSV".</summary>
    internal static string Decode(byte[] bytes, ImportText t)
    {
        if (bytes.Length >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF))
            return new StreamReader(new MemoryStream(bytes), detectEncodingFromByteOrderMarks: true).ReadToEnd();
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try { return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, start, bytes.Length - start); }
        catch (DecoderFallbackException) { return Encoding.GetEncoding(1252).GetString(bytes); }
    }

    private static ImportTable Xlsx(byte[] bytes, string? sheet, ImportText t, int maxRows)
    {
        var broken = Bad(t.T("File XLSX rusak atau terpotong; simpan ulang dari Excel lalu kirim lagi.", "The XLSX file is damaged or truncated; save it again from Excel and resend."));
        // The archive is checked before the reader inflates anything: first its directory, then what its parts really unpack to.
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxXlsxEntries) throw TooLarge(t.T($"XLSX memuat lebih dari {MaxXlsxEntries} bagian.", $"The XLSX has more than {MaxXlsxEntries} parts."));
            var total = zip.Entries.Sum(e => e.Length);
            if (total > MaxXlsxUncompressedBytes || zip.Entries.Any(e => e.CompressedLength > 0 && e.Length / e.CompressedLength > 1_000))
                throw TooLarge(t.T($"Isi XLSX setelah dibuka melebihi batas {MaxXlsxUncompressedBytes / 1024 / 1024} MB.",
                    $"The XLSX unpacks to more than the {MaxXlsxUncompressedBytes / 1024 / 1024} MB limit."));
            // The declared sizes can lie (they are just numbers in the directory): inflate every part once, counting the
            // bytes that really come out, and stop at the limit, before the reader (which has no such limit) sees the file.
            long unpacked = 0;
            var buffer = new byte[81_920];
            foreach (var entry in zip.Entries)
            {
                using var part = entry.Open();
                for (int n; (n = part.Read(buffer)) > 0;)
                    if ((unpacked += n) > MaxXlsxUncompressedBytes)
                        throw TooLarge(t.T($"Isi XLSX setelah dibuka melebihi batas {MaxXlsxUncompressedBytes / 1024 / 1024} MB.",
                            $"The XLSX unpacks to more than the {MaxXlsxUncompressedBytes / 1024 / 1024} MB limit."));
            }
        }
        catch (InvalidDataException) { throw broken; }

        try
        {
            using var reader = ExcelReaderFactory.CreateOpenXmlReader(new MemoryStream(bytes));
            if (!string.IsNullOrWhiteSpace(sheet))
            {
                while (!string.Equals(reader.Name, sheet.Trim(), StringComparison.OrdinalIgnoreCase))
                    if (!reader.NextResult()) throw new ImportFileException(StatusCodes.Status422UnprocessableEntity, t.T($"Lembar (sheet) '{sheet}' tidak ada di file.", $"Sheet '{sheet}' is not in the file."));
            }
            if (reader.FieldCount > MaxColumns) throw TooManyColumns(reader.FieldCount, t);
            var headers = new List<string>();
            var rows = new List<ImportTable.Row>();
            var number = 0;
            while (reader.Read())
            {
                number++;
                var cells = new string?[reader.FieldCount];
                for (var i = 0; i < reader.FieldCount; i++) cells[i] = Cell(reader.GetValue(i));
                if (headers.Count == 0)
                {
                    if (cells.All(string.IsNullOrWhiteSpace)) continue;
                    var last = Array.FindLastIndex(cells, c => !string.IsNullOrWhiteSpace(c));
                    headers.AddRange(cells.Take(last + 1).Select(c => c ?? ""));
                    continue;
                }
                if (cells.All(string.IsNullOrWhiteSpace)) continue;
                rows.Add(new(number, cells));
                if (rows.Count > maxRows) throw TooManyRows(t, maxRows);
            }
            return new(headers, rows);
        }
        catch (Exception e) when (e is InvalidDataException or System.Xml.XmlException or ExcelDataReader.Exceptions.ExcelReaderException or IOException)
        {
            throw broken;
        }
    }

    /// <summary>A date cell comes as a DateTime and becomes yyyy-MM-dd; a number keeps its digits (an 18-digit NIP stored as a number has already lost some: the kind says so).</summary>
    private static string? Cell(object? value) => value switch
    {
        null => null,
        DateTime d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        double n when Math.Abs(n) >= 1e15 => n.ToString("0.#####E+0", System.Globalization.CultureInfo.InvariantCulture),
        double n => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>The array the employee import takes (bare, or as its <c>rows</c>): each property a column, so JSON passes the same checks as a file.</summary>
    private static ImportTable Json(byte[] bytes, ImportText t, int maxRows)
    {
        JsonDocument doc;
        try { doc = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 8 }); }
        catch (JsonException) { throw Bad(t.T("JSON tidak valid.", "The JSON is not valid.")); }
        using (doc)
        {
            var array = doc.RootElement;
            if (array.ValueKind == JsonValueKind.Object && array.TryGetProperty("rows", out var rows)) array = rows;
            if (array.ValueKind != JsonValueKind.Array) throw Bad(t.T("JSON harus berupa larik (array) baris, atau objek dengan properti rows.", "The JSON must be an array of rows, or an object with a rows property."));
            if (array.GetArrayLength() > maxRows) throw TooManyRows(t, maxRows);
            var headers = new List<string>();
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            var items = new List<Dictionary<int, string?>>();
            foreach (var item in array.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object) throw Bad(t.T("Setiap baris JSON harus berupa objek.", "Every JSON row must be an object."));
                var cells = new Dictionary<int, string?>();
                foreach (var p in item.EnumerateObject())
                {
                    if (!index.TryGetValue(p.Name, out var col))
                    {
                        if (headers.Count >= MaxColumns) throw TooManyColumns(headers.Count + 1, t);
                        index[p.Name] = col = headers.Count;
                        headers.Add(p.Name);
                    }
                    cells[col] = p.Value.ValueKind switch
                    {
                        JsonValueKind.Null => null,
                        JsonValueKind.String => p.Value.GetString(),
                        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => p.Value.GetRawText(),
                        _ => throw Bad(t.T($"Nilai {p.Name} harus teks atau angka.", $"The value of {p.Name} must be text or a number.")),
                    };
                }
                items.Add(cells);
            }
            var table = items.Select((c, i) => new ImportTable.Row(i + 1, Enumerable.Range(0, headers.Count).Select(k => c.GetValueOrDefault(k)).ToArray())).ToList();
            return new(headers, table);
        }
    }

    private static ImportFileException Bad(string message) => new(StatusCodes.Status400BadRequest, message);
    private static ImportFileException TooLarge(string message) => new(StatusCodes.Status413PayloadTooLarge, message);
    private static ImportFileException TooManyRows(ImportText t, int maxRows) =>
        TooLarge(t.T($"File memuat lebih dari {maxRows} baris data (batas satu impor).", $"The file has more than {maxRows} data rows (the limit of one import)."));
    private static ImportFileException TooManyColumns(int count, ImportText t) =>
        TooLarge(t.T($"File memuat {count} kolom; batasnya {MaxColumns}.", $"The file has {count} columns; the limit is {MaxColumns}."));
}
