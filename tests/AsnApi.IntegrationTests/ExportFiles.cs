using System.Net;
using System.Text;
using ExcelDataReader;

namespace AsnApi.IntegrationTests;

/// <summary>
/// Reading an export back as a person's spreadsheet would: the CSV by RFC 4180 with ';' (quoted fields may hold ';',
/// doubled quotes and line breaks) after its BOM, the XLSX through ExcelDataReader; each checks the status, the media
/// type and the attachment's file name first. Shared by every export test.
/// </summary>
internal static class ExportFiles
{
    /// <summary>A NIP as the exports group it, so that Excel keeps it as text: <c>19860926 201505 1 001</c>.</summary>
    public static string Grouped(string nip) => $"{nip[..8]} {nip[8..14]} {nip[14]} {nip[15..]}";

    public static List<string[]> ParseCsv(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"' && cell.Length == 0) quoted = true;
            else if (c == ';') { row.Add(cell.ToString()); cell.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') { row.Add(cell.ToString()); cell.Clear(); rows.Add([.. row]); row.Clear(); i++; }
            else Assert.False(c is '"' or '\r' or '\n', $"Unquoted {(int)c} in row {rows.Count + 1}");
            if (!quoted && c is not ('"' or ';' or '\r' or '\n')) cell.Append(c);
        }
        Assert.False(quoted, "The file ends inside a quoted field.");
        Assert.True(row.Count == 0 && cell.Length == 0, "The last row has no line end.");
        return rows;
    }

    public static async Task<List<string[]>> Csv(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var rows = ParseCsv(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
        Assert.All(rows, r => Assert.Equal(rows[0].Length, r.Length));
        return rows;
    }

    public static async Task<List<object?[]>> Xlsx(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".xlsx", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var reader = ExcelReaderFactory.CreateOpenXmlReader(stream);
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }
}
