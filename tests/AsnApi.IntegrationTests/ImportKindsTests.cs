using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using AsnApi.Contracts;
using static AsnApi.IntegrationTests.ExportFiles;

namespace AsnApi.IntegrationTests;

/// <summary>POST /api/v1/imports/{kind}: files as HR units have them (CSV, XLSX, JSON), dry runs, modes, idempotent re-runs.</summary>
[Collection(ApiCollection.Name)]
public class ImportKindsTests(ApiFactory api)
{
    internal static HttpContent Csv(string text, Encoding? encoding = null, bool bom = false)
    {
        var bytes = (encoding ?? new UTF8Encoding(false)).GetBytes(text);
        if (bom) bytes = [0xEF, 0xBB, 0xBF, .. bytes];
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return content;
    }

    /// <summary>A minimal XLSX as Excel lays it out (inline strings), built here so the tests need no spreadsheet library.</summary>
    internal static byte[] Xlsx(params (string Name, string[][] Rows)[] sheets)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Put(string path, string xml)
            {
                using var w = new StreamWriter(zip.CreateEntry(path).Open(), new UTF8Encoding(false));
                w.Write(xml);
            }
            var overrides = string.Concat(sheets.Select((_, i) => $"<Override PartName=\"/xl/worksheets/sheet{i + 1}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"));
            Put("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>" + overrides + "</Types>");
            Put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            Put("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                + string.Concat(sheets.Select((s, i) => $"<sheet name=\"{s.Name}\" sheetId=\"{i + 1}\" r:id=\"rId{i + 1}\"/>")) + "</sheets></workbook>");
            Put("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + string.Concat(sheets.Select((_, i) => $"<Relationship Id=\"rId{i + 1}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet{i + 1}.xml\"/>")) + "</Relationships>");
            for (var i = 0; i < sheets.Length; i++)
            {
                // A cell written "#123" is a number cell, as Excel stores a NIP typed into a General column.
                var rows = sheets[i].Rows.Select((r, ri) => $"<row r=\"{ri + 1}\">" + string.Concat(r.Select((c, ci) => c.StartsWith('#')
                    ? $"<c r=\"{(char)('A' + ci)}{ri + 1}\"><v>{c[1..]}</v></c>"
                    : $"<c r=\"{(char)('A' + ci)}{ri + 1}\" t=\"inlineStr\"><is><t>{System.Security.SecurityElement.Escape(c)}</t></is></c>")) + "</row>");
                Put($"xl/worksheets/sheet{i + 1}.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + string.Concat(rows) + "</sheetData></worksheet>");
            }
        }
        return ms.ToArray();
    }

    internal static HttpContent XlsxContent(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return content;
    }


    private async Task<int> Count(HttpClient c, string nip) => (await c.Get<Paged<EmployeeResponse>>($"/api/v1/employees?q={nip}")).Items.Count;

    [Fact]
    public async Task Semicolon_day_first_csv_with_bom_and_indonesian_headers_dry_runs_then_inserts_then_is_unchanged()
    {
        var admin = await api.As("admin@amq");
        var (nip1, birth1) = TestData.NewNip();
        var (nip2, _) = TestData.NewNip(Sex.Female);
        // Headers in Indonesian, in another order than the template; a quoted name holding the delimiter.
        var csv = "Nama;NIP;Jenis Kepegawaian;Tanggal Lahir;Golongan;Kode Jabatan\r\n"
            + $"\"Rahayu; Siti\";{Grouped(nip1)};PNS;{birth1:dd/MM/yyyy};III/a;PLK-DUKCAPIL-DAFDUK\r\n"
            + $"Dewi Lestari;{nip2};pns;;II/c;PLK-DUKCAPIL-DAFDUK\r\n";

        var dry = await (await admin.PostAsync("/api/v1/imports/employees?dryRun=true", Csv(csv, bom: true))).Read<ImportReport>();
        Assert.Equal((2, 2, 0, 0, 0, true, false), (dry.Rows, dry.Inserted, dry.Updated, dry.Unchanged, dry.Rejected, dry.DryRun, dry.Written));
        Assert.Equal(0, await Count(admin, nip1));

        var done = await (await admin.PostAsync("/api/v1/imports/employees", Csv(csv, bom: true))).Read<ImportReport>();
        Assert.Equal((2, 0, true), (done.Inserted, done.Rejected, done.Written));
        var one = (await admin.Get<Paged<EmployeeResponse>>($"/api/v1/employees?q={nip1}")).Items.Single();
        Assert.Equal(("Rahayu; Siti", birth1, "III/a", "Pelaksana Pelayanan Pendaftaran Penduduk"), (one.Name, one.BirthDate, one.Rank, one.PositionName));
        Assert.Equal(Sex.Female, (await admin.Get<Paged<EmployeeResponse>>($"/api/v1/employees?q={nip2}")).Items.Single().Sex);

        var again = await (await admin.PostAsync("/api/v1/imports/employees", Csv(csv, bom: true))).Read<ImportReport>();
        Assert.Equal((0, 0, 2), (again.Inserted, again.Updated, again.Unchanged));
        Assert.Equal(one.Version, (await admin.Get<EmployeeResponse>($"/api/v1/employees/{one.Id}")).Version);

        var changed = await (await admin.PostAsync("/api/v1/imports/employees", Csv(csv.Replace("III/a", "III/b"), bom: true))).Read<ImportReport>();
        Assert.Equal((0, 1, 1), (changed.Inserted, changed.Updated, changed.Unchanged));
        Assert.Equal("III/b", (await admin.Get<EmployeeResponse>($"/api/v1/employees/{one.Id}")).Rank);

        var audit = await admin.Get<Paged<AuditEntryResponse>>("/api/v1/audit?pageSize=1");
        Assert.Equal("RunImport", audit.Items[0].Action);
        Assert.Contains("\"updated\":1", audit.Items[0].Data);
    }

    [Fact]
    public async Task Windows_1252_comma_csv_with_english_headers_and_a_quoted_line_break()
    {
        var admin = await api.As("admin@amq");
        var (nip1, birth1) = TestData.NewNip();
        var (nip2, _) = TestData.NewNip();
        var csv = "positionCode,employmentType,nip,name,birthDate\r\n"
            + $"PLK-DUKCAPIL-DAFDUK,Pns,{nip1},José Ramos-Horta,{birth1:yyyy-MM-dd}\r\n"
            + $"PLK-DUKCAPIL-DAFDUK,Pns,{nip2},\"Dua\r\nBaris\",\r\n";
        var report = await (await admin.PostAsync("/api/v1/imports/employees?mode=valid-only", Csv(csv, Encoding.Latin1))).Read<ImportReport>();
        Assert.Equal((1, 1, true), (report.Inserted, report.Rejected, report.Written));
        var error = Assert.Single(report.Errors);
        Assert.Equal((3, "name"), (error.Row, error.Column));
        Assert.Equal("José Ramos-Horta", (await admin.Get<Paged<EmployeeResponse>>($"/api/v1/employees?q={nip1}")).Items.Single().Name);
        Assert.Equal(0, await Count(admin, nip2));
    }

    [Fact]
    public async Task Atomic_mode_writes_nothing_when_one_row_is_bad_and_valid_only_writes_the_rest_with_english_messages()
    {
        var admin = await api.As("admin@amq");
        var (good, _) = TestData.NewNip();
        var (dup, _) = TestData.NewNip();
        var csv = "nip;name;employmentType;positionCode\n"
            + $"{good};Baik;Pns;PLK-DUKCAPIL-DAFDUK\n"
            + "123;NIP salah;Pns;PLK-DUKCAPIL-DAFDUK\n"
            + $"{dup};Kode salah;Pns;TIDAK-ADA\n"
            + $"{dup};Ganda;Pns;PLK-DUKCAPIL-DAFDUK\n"
            + "1.98609E+17;Excel;Pns;PLK-DUKCAPIL-DAFDUK\n"
            + $"{TestData.NewNip().Nip};Jenis salah;Honorer;PLK-DUKCAPIL-DAFDUK\n";
        var problem = await (await admin.PostAsync("/api/v1/imports/employees", Csv(csv)))
            .Problem((HttpStatusCode)422, "rows[3].nip", "rows[4].positionCode", "rows[5].nip", "rows[6].nip", "rows[7].employmentType");
        Assert.Contains("Teks", (string)problem["errors"]!["rows[6].nip"]![0]!);
        Assert.Equal(5, (int)problem["report"]!["rejected"]!);
        Assert.Equal(0, await Count(admin, good));

        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/imports/employees?mode=valid-only") { Content = Csv(csv) };
        request.Headers.AcceptLanguage.ParseAdd("en");
        var report = await (await admin.SendAsync(request)).Read<ImportReport>();
        Assert.Equal((6, 1, 5, true), (report.Rows, report.Inserted, report.Rejected, report.Written));
        Assert.Contains(report.Errors, e => e is { Row: 4, Column: "positionCode" } && e.Message.Contains("not found"));
        Assert.Contains(report.Errors, e => e is { Row: 6, Column: "nip" } && e.Message.Contains("Format the NIP column as Text"));
        Assert.Equal(1, await Count(admin, good));
    }

    [Fact]
    public async Task Header_problems_refuse_the_file_unknown_columns_are_reported_not_ignored()
    {
        var admin = await api.As("admin@amq");
        var nip = TestData.NewNip().Nip;
        var csv = $"nip;name;employmentType;positionCode;Catatan\n{nip};Nama;Pns;PLK-DUKCAPIL-DAFDUK;x\n";
        var dry = await (await admin.PostAsync("/api/v1/imports/employees?dryRun=true&mode=valid-only", Csv(csv))).Read<ImportReport>();
        Assert.Equal(["Catatan"], dry.UnknownColumns);
        Assert.Equal((1, 0), (dry.Rejected, dry.Inserted));
        await (await admin.PostAsync("/api/v1/imports/employees?mode=valid-only", Csv(csv))).Problem((HttpStatusCode)422, "rows[1].Catatan");
        await (await admin.PostAsync("/api/v1/imports/employees", Csv($"nip;NIP;name;employmentType\n{nip};{nip};a;Pns\n"))).Problem((HttpStatusCode)422, "rows[1].NIP");
        await (await admin.PostAsync("/api/v1/imports/employees", Csv($"nip;employmentType\n{nip};Pns\n"))).Problem((HttpStatusCode)422, "rows[1].name");
        Assert.Equal(0, await Count(admin, nip));
    }

    [Fact]
    public async Task Json_arrays_import_every_kind_the_same_way()
    {
        var admin = await api.As("admin@amq");
        var suffix = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var units = new JsonArray(
            new JsonObject { ["code"] = $"U-{suffix}", ["name"] = "Unit Impor", ["parentCode"] = "DUKCAPIL" },
            new JsonObject { ["code"] = $"U-{suffix}-1", ["name"] = "Sub Unit Impor", ["parentCode"] = $"U-{suffix}" });
        var u = await (await admin.Post("/api/v1/imports/units", units)).Read<ImportReport>();
        Assert.Equal((2, 0), (u.Inserted, u.Rejected));
        var sub = (await admin.Get<Paged<UnitResponse>>($"/api/v1/units?q=U-{suffix}-1")).Items.Single();
        var root = (await admin.Get<Paged<UnitResponse>>("/api/v1/units?q=DUKCAPIL&pageSize=100")).Items.Single(x => x.Code == "DUKCAPIL");
        Assert.Equal(("Unit Impor", root.Depth + 2), (sub.ParentName, sub.Depth));
        Assert.StartsWith(root.Path, sub.Path);

        var positions = new JsonArray(new JsonObject { ["code"] = $"P-{suffix}", ["name"] = "Analis Impor", ["type"] = "Fungsional", ["managerialLevel"] = 3, ["unitCode"] = $"U-{suffix}-1" });
        var p = await (await admin.Post("/api/v1/imports/positions", positions)).Read<ImportReport>();
        Assert.Equal(1, p.Inserted);

        var nip = TestData.NewNip().Nip;
        var employees = new { rows = new[] { new EmployeeImportRow { Nip = nip, Name = "Lewat JSON", EmploymentType = EmploymentType.Pns, PositionCode = $"P-{suffix}" } } };
        var e = await (await admin.Post("/api/v1/imports/employees", employees)).Read<ImportReport>();
        Assert.Equal(1, e.Inserted);
        Assert.Equal("Sub Unit Impor", (await admin.Get<Paged<EmployeeResponse>>($"/api/v1/employees?q={nip}")).Items.Single().UnitName);

        // The same files again: nothing to do.
        Assert.Equal(2, (await (await admin.Post("/api/v1/imports/units", units)).Read<ImportReport>()).Unchanged);
        Assert.Equal(1, (await (await admin.Post("/api/v1/imports/positions", positions)).Read<ImportReport>()).Unchanged);
        Assert.Equal(1, (await (await admin.Post("/api/v1/imports/employees", employees)).Read<ImportReport>()).Unchanged);
    }

    [Fact]
    public async Task Units_and_positions_from_csv_rename_by_code_and_refuse_moves()
    {
        var admin = await api.As("admin@amq");
        var s = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var units = $"Kode Unit;Nama Unit;Kode Unit Induk\nA-{s};Bagian A;DUKCAPIL\nB-{s};Bagian B;A-{s}\nC-{s};Bagian C;TIDAK-ADA\n";
        await (await admin.PostAsync("/api/v1/imports/units", Csv(units))).Problem((HttpStatusCode)422, "rows[4].parentCode");
        Assert.Empty((await admin.Get<Paged<UnitResponse>>($"/api/v1/units?q=A-{s}")).Items);
        var ok = await (await admin.PostAsync("/api/v1/imports/units?mode=valid-only", Csv(units))).Read<ImportReport>();
        Assert.Equal((2, 1), (ok.Inserted, ok.Rejected));

        var renamed = await (await admin.PostAsync("/api/v1/imports/units", Csv($"kode;nama;induk\nA-{s};Bagian A Baru;DUKCAPIL\nB-{s};Bagian B;A-{s}\n"))).Read<ImportReport>();
        Assert.Equal((1, 1), (renamed.Updated, renamed.Unchanged));
        Assert.Equal("Bagian A Baru", (await admin.Get<Paged<UnitResponse>>($"/api/v1/units?q=A-{s}")).Items.First(u => u.Code == $"A-{s}").Name);
        await (await admin.PostAsync("/api/v1/imports/units", Csv($"kode;nama;induk\nB-{s};Bagian B;DUKCAPIL\n"))).Problem((HttpStatusCode)422, "rows[2].parentCode");

        var positions = $"Kode Jabatan;Nama Jabatan;Jenis Jabatan;Level Manajerial;Kode Unit\nJ-{s};Pranata Impor;Fungsional;2,0;B-{s}\nK-{s};Pengawas Impor;Pengawas;;A-{s}\n";
        var p = await (await admin.PostAsync("/api/v1/imports/positions", Csv(positions))).Read<ImportReport>();
        Assert.Equal(2, p.Inserted);
        var j = (await admin.Get<Paged<PositionResponse>>($"/api/v1/positions?q=J-{s}")).Items.Single();
        Assert.Equal((2, PositionType.Fungsional, "Bagian B"), (j.ManagerialLevel, j.Type, j.UnitName));
        Assert.Equal(2, (await (await admin.PostAsync("/api/v1/imports/positions", Csv(positions))).Read<ImportReport>()).Unchanged);
        await (await admin.PostAsync("/api/v1/imports/positions", Csv(positions.Replace("2,0", "2,5")))).Problem((HttpStatusCode)422, "rows[2].managerialLevel");
    }

    [Fact]
    public async Task Xlsx_employees_by_media_type_multipart_and_named_sheet()
    {
        var admin = await api.As("admin@amq");
        var (nip1, _) = TestData.NewNip();
        var (nip2, _) = TestData.NewNip();
        string[] header = ["NIP", "Nama", "Jenis Kepegawaian", "Kode Jabatan"];
        var book = Xlsx(("Petunjuk", [["Isi lembar Pegawai"]]), ("Pegawai", [header, [Grouped(nip1), "Dari Excel", "Pns", "PLK-DUKCAPIL-DAFDUK"]]));
        // Without ?sheet= the first sheet is read: here the instructions, a header without rows.
        await (await admin.PostAsync("/api/v1/imports/employees?dryRun=true", XlsxContent(book))).Problem(HttpStatusCode.BadRequest, "file");
        var sheet = await (await admin.PostAsync("/api/v1/imports/employees?sheet=Pegawai", XlsxContent(book))).Read<ImportReport>();
        Assert.Equal(1, sheet.Inserted);
        Assert.Equal("Dari Excel", (await admin.Get<Paged<EmployeeResponse>>($"/api/v1/employees?q={nip1}")).Items.Single().Name);
        await (await admin.PostAsync("/api/v1/imports/employees?sheet=Tidak", XlsxContent(book))).Problem((HttpStatusCode)422, "file");

        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Xlsx(("Sheet1", [header, [nip2, "Lewat Formulir", "Pns", "PLK-DUKCAPIL-DAFDUK"], [nip1, "Dari Excel", "Pns", "PLK-DUKCAPIL-DAFDUK"]])));
        form.Add(file, "file", "pegawai.xlsx");
        var multi = await (await admin.PostAsync("/api/v1/imports/employees", form)).Read<ImportReport>();
        Assert.Equal((1, 1), (multi.Inserted, multi.Unchanged));
        Assert.Equal(1, await Count(admin, nip2));

        // A NIP stored as a number has lost its last digits: refused with the fix, like Excel's 1.98609E+17 in a CSV.
        var (nip3, _) = TestData.NewNip();
        var numeric = Xlsx(("Sheet1", [header, ["#" + nip3, "Angka", "Pns", "PLK-DUKCAPIL-DAFDUK"]]));
        var refused = await (await admin.PostAsync("/api/v1/imports/employees", XlsxContent(numeric))).Problem((HttpStatusCode)422, "rows[2].nip");
        Assert.Contains("Teks", (string)refused["errors"]!["rows[2].nip"]![0]!);
        Assert.Equal(0, await Count(admin, nip3));
    }

    [Fact]
    public async Task Malformed_files_each_get_a_clear_4xx_and_nothing_is_written()
    {
        var admin = await api.As("admin@amq");
        var (nip, _) = TestData.NewNip();
        var good = $"nip;name;employmentType;positionCode\n{nip};Malformed;Pns;PLK-DUKCAPIL-DAFDUK\n";
        await (await admin.PostAsync("/api/v1/imports/employees", Csv(""))).Problem(HttpStatusCode.BadRequest, "file");
        await (await admin.PostAsync("/api/v1/imports/employees", Csv("nip;name;employmentType\n"))).Problem(HttpStatusCode.BadRequest, "file");
        var binary = new ByteArrayContent([0x00, 0x01, 0xFF, 0xD8, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00]);
        binary.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        await (await admin.PostAsync("/api/v1/imports/employees", binary)).Problem(HttpStatusCode.BadRequest, "file");
        var book = Xlsx(("Sheet1", [["nip", "name", "employmentType", "positionCode"], [nip, "Malformed", "Pns", "PLK-DUKCAPIL-DAFDUK"]]));
        await (await admin.PostAsync("/api/v1/imports/employees", XlsxContent(book[..(book.Length / 2)]))).Problem(HttpStatusCode.BadRequest, "file");
        await (await admin.PostAsync("/api/v1/imports/employees", Csv(Encoding.UTF8.GetString(book)))).Problem(HttpStatusCode.BadRequest, "file");
        await (await admin.PostAsync("/api/v1/imports/employees", Csv(good + good.Split('\n')[1] + "\n"))).Problem((HttpStatusCode)422, "rows[3].nip");
        var wide = string.Join(';', Enumerable.Range(0, 10_000).Select(i => "k" + i)) + "\n" + string.Join(';', Enumerable.Range(0, 10_000).Select(_ => "x")) + "\n";
        var tooWide = await (await admin.PostAsync("/api/v1/imports/employees", Csv(wide))).Problem(HttpStatusCode.RequestEntityTooLarge, "file");
        Assert.Contains("50", (string)tooWide["detail"]!);
        // Above the job threshold (5,000 rows) a file becomes a background job (ImportJobTests); above a job's limit it is a 413.
        var rows = "nip;name;employmentType\n" + string.Concat(Enumerable.Range(0, 200_001).Select(i => $"{i};x;Pns\n"));
        Assert.Contains("200000", (string)(await (await admin.PostAsync("/api/v1/imports/employees", Csv(rows))).Problem(HttpStatusCode.RequestEntityTooLarge, "file"))["detail"]!);
        var json = new StringContent("[1,2]", Encoding.UTF8, "application/json");
        await (await admin.PostAsync("/api/v1/imports/employees", json)).Problem(HttpStatusCode.BadRequest, "file");
        var xml = new StringContent("<a/>", Encoding.UTF8, "application/xml");
        await (await admin.PostAsync("/api/v1/imports/employees", xml)).Problem(HttpStatusCode.UnsupportedMediaType, "file");
        await (await admin.PostAsync("/api/v1/imports/employees?mode=sometimes", Csv(good))).Problem(HttpStatusCode.BadRequest, "mode");
        await (await admin.PostAsync("/api/v1/imports/surveys", Csv(good))).Problem(HttpStatusCode.NotFound);
        Assert.Equal(0, await Count(admin, nip));
    }

    [Fact]
    public async Task A_decompression_bomb_is_refused_before_it_is_unpacked()
    {
        var admin = await api.As("admin@amq");
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var s = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 101; i++) s.Write(zeros);
        }
        var problem = await (await admin.PostAsync("/api/v1/imports/employees", XlsxContent(ms.ToArray()))).Problem(HttpStatusCode.RequestEntityTooLarge, "file");
        Assert.Contains("100 MB", (string)problem["detail"]!);
    }

    /// <summary>A bomb whose directory lies about its sizes (a tiny declared length, 101 MB of zeros inside) is refused too, before the reader unpacks it.</summary>
    [Fact]
    public async Task A_decompression_bomb_that_lies_about_its_size_is_refused()
    {
        var admin = await api.As("admin@amq");
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var s = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 101; i++) s.Write(zeros);
        }
        var bytes = ms.ToArray();
        // Declare 1,000 bytes unpacked in the local header (offset 22) and the central directory (offset 24).
        var lied = 0;
        for (var i = 0; i + 4 <= bytes.Length; i++)
        {
            var signature = BitConverter.ToUInt32(bytes, i);
            var at = signature == 0x04034b50 ? i + 22 : signature == 0x02014b50 ? i + 24 : -1;
            if (at < 0) continue;
            BitConverter.GetBytes(1000u).CopyTo(bytes, at);
            lied++;
        }
        Assert.Equal(2, lied);
        var response = await admin.PostAsync("/api/v1/imports/employees", XlsxContent(bytes));
        Assert.True(response.StatusCode is HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    [Fact]
    public async Task Importing_needs_an_admin_or_a_key_with_the_import_scope_and_templates_list_the_headers()
    {
        var admin = await api.As("admin@amq");
        var nip = TestData.NewNip().Nip;
        var csv = $"nip;name;employmentType;positionCode\n{nip};Lewat Kunci;Pns;PLK-DUKCAPIL-DAFDUK\n";
        await (await (await api.As("viewer@amq")).PostAsync("/api/v1/imports/employees", Csv(csv))).Problem(HttpStatusCode.Forbidden);
        var writer = await (await admin.Post("/api/v1/api-keys", new CreateApiKeyRequest { Name = "tulis", Scopes = [ApiKeyScope.Write] })).Read<CreatedApiKeyResponse>(HttpStatusCode.Created);
        await (await api.WithApiKey(writer.Secret).PostAsync("/api/v1/imports/employees", Csv(csv))).Problem(HttpStatusCode.Forbidden);
        var importer = await (await admin.Post("/api/v1/api-keys", new CreateApiKeyRequest { Name = "impor", Scopes = [ApiKeyScope.Import] })).Read<CreatedApiKeyResponse>(HttpStatusCode.Created);
        Assert.Equal(1, (await (await api.WithApiKey(importer.Secret).PostAsync("/api/v1/imports/employees", Csv(csv))).Read<ImportReport>()).Inserted);

        foreach (var kind in new[] { "employees", "units", "positions", "position-standards", "assessments", "training-records", "survey-responses" })
        {
            var response = await admin.GetAsync($"/api/v1/imports/templates/{kind}.csv");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
            var template = await response.Content.ReadAsByteArrayAsync();
            // The template itself imports cleanly as a dry run: its headers and example are what the import reads.
            var dry = await (await admin.PostAsync($"/api/v1/imports/{kind}?dryRun=true", new ByteArrayContent(template) { Headers = { ContentType = new("text/csv") } })).Read<ImportReport>();
            Assert.Equal((1, 0), (dry.Rows, dry.UnknownColumns.Count));
        }
        Assert.Contains("NIP;Nama;Jenis Kepegawaian", await admin.GetStringAsync("/api/v1/imports/templates/employees.csv"));
        await (await admin.GetAsync("/api/v1/imports/templates/surveys.csv")).Problem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_import_never_touches_another_tenants_rows_even_with_their_nips_and_codes()
    {
        var tpi = await api.As("admin@tpi");
        var jmb = await api.As("admin@jmb");
        var victim = (await tpi.Get<Paged<EmployeeResponse>>("/api/v1/employees?pageSize=1&active=true&sort=-name")).Items.Single();
        var unit = (await tpi.Get<Paged<UnitResponse>>("/api/v1/units?pageSize=1&q=DUKCAPIL-DAFDUK")).Items.Single();
        var csv = $"nip;name;employmentType;sex;positionCode\n{victim.Nip};Bukan Milik TPI;{victim.EmploymentType};{victim.Sex};PLK-DUKCAPIL-DAFDUK\n";
        var report = await (await jmb.PostAsync("/api/v1/imports/employees", Csv(csv))).Read<ImportReport>();
        Assert.Equal(0, report.Rejected);
        Assert.Equal("Bukan Milik TPI", (await jmb.Get<Paged<EmployeeResponse>>($"/api/v1/employees?q={victim.Nip}")).Items.Single().Name);
        var after = await tpi.Get<EmployeeResponse>($"/api/v1/employees/{victim.Id}");
        Assert.Equal((victim.Name, victim.Version), (after.Name, after.Version));

        // A parent code that exists only as tpi's own unit is not found in jmb... nor renamed by jmb's file.
        var units = $"code;name;parentCode\n{unit.Code};{unit.Name};\n";
        await jmb.PostAsync("/api/v1/imports/units?mode=valid-only", Csv(units));
        Assert.Equal(unit.Version, (await tpi.Get<UnitResponse>($"/api/v1/units/{unit.Id}")).Version);
    }

    [Fact]
    public async Task Position_standards_by_codes_add_and_update_levels_and_start_a_standard_with_the_national_defaults()
    {
        var admin = await api.As("admin@amq");
        var s = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        Assert.Equal(1, (await (await admin.PostAsync("/api/v1/imports/positions", Csv($"code;name;type;unitCode\nS-{s};Penata Standar;Pelaksana;DUKCAPIL\n"))).Read<ImportReport>()).Inserted);
        var position = (await admin.Get<Paged<PositionResponse>>($"/api/v1/positions?q=S-{s}")).Items.Single();
        var csv = $"Kode Jabatan;Kode Kompetensi;Level\nS-{s};M.1;4\nS-{s};M.2;3\n";
        var dry = await (await admin.PostAsync("/api/v1/imports/position-standards?dryRun=true", Csv(csv))).Read<ImportReport>();
        Assert.Equal((2, false), (dry.Inserted, dry.Written));
        Assert.Empty((await admin.Get<PositionStandardResponse>($"/api/v1/positions/{position.Id}/standard")).Items);

        Assert.Equal(2, (await (await admin.PostAsync("/api/v1/imports/position-standards", Csv(csv))).Read<ImportReport>()).Inserted);
        var standard = await admin.Get<PositionStandardResponse>($"/api/v1/positions/{position.Id}/standard");
        Assert.Equal((4, 3), (standard.Items.Single(i => i.Code == "M.1").RequiredLevel, standard.Items.Single(i => i.Code == "M.2").RequiredLevel));
        // The other national competencies are there at the position's managerial level, as PUT would add them.
        Assert.All(standard.Items.Where(i => i.Code is not "M.1" and not "M.2"), i => Assert.Equal(position.ManagerialLevel, i.RequiredLevel));
        Assert.True(standard.Items.Count > 2);

        var again = await (await admin.PostAsync("/api/v1/imports/position-standards", Csv(csv.Replace("M.2;3", "M.2;2")))).Read<ImportReport>();
        Assert.Equal((0, 1, 1), (again.Inserted, again.Updated, again.Unchanged));
        await (await admin.PostAsync("/api/v1/imports/position-standards", Csv($"Kode Jabatan;Kode Kompetensi;Level\nS-{s};M.1;6\nS-{s};NOPE;2\nNOPE;M.1;2\nS-{s};M.2;2\nS-{s};M.2;3\n")))
            .Problem((HttpStatusCode)422, "rows[2].requiredLevel", "rows[3].competencyCode", "rows[4].positionCode", "rows[6].competencyCode");
        Assert.Equal(2, (await admin.Get<PositionStandardResponse>($"/api/v1/positions/{position.Id}/standard")).Items.Single(i => i.Code == "M.2").RequiredLevel);
    }

    [Fact]
    public async Task Assessments_group_rows_by_nip_date_and_method_and_a_rerun_is_unchanged()
    {
        var admin = await api.As("admin@amq");
        var (nip, _) = TestData.NewNip();
        await (await admin.PostAsync("/api/v1/imports/employees", Csv($"nip;name;employmentType;positionCode\n{nip};Dinilai Impor;Pns;PLK-DUKCAPIL-DAFDUK\n"))).Read<ImportReport>();
        var employee = (await admin.Get<Paged<EmployeeResponse>>($"/api/v1/employees?q={nip}")).Items.Single();
        var csv = "NIP;Tanggal Penilaian;Metode;Kode Kompetensi;Level;Penilai\n"
            + $"{Grouped(nip)};15/03/2025;AssessmentCenter;M.1;3;Tim AC\n"
            + $"{nip};15-03-2025;ac;M.2;4;Tim AC\n"
            + $"{nip};2025-04-01;Portfolio;M.1;9;\n"
            + $"{nip};2025-04-01;Portfolio;M.3;2;\n";
        await (await admin.PostAsync("/api/v1/imports/assessments", Csv(csv))).Problem((HttpStatusCode)422, "rows[4].level", "rows[5].nip");
        Assert.Empty((await admin.Get<Paged<AssessmentResponse>>($"/api/v1/assessments?employeeId={employee.Id}")).Items);

        var report = await (await admin.PostAsync("/api/v1/imports/assessments?mode=valid-only", Csv(csv))).Read<ImportReport>();
        Assert.Equal((2, 2), (report.Inserted, report.Rejected));
        var assessment = (await admin.Get<Paged<AssessmentResponse>>($"/api/v1/assessments?employeeId={employee.Id}")).Items.Single();
        Assert.Equal((new DateOnly(2025, 3, 15), AssessmentMethod.AssessmentCenter, "Tim AC", 2), (assessment.AssessedOn, assessment.Method, assessment.Assessor, assessment.ResultCount));
        var profile = await admin.Get<CompetencyProfileResponse>($"/api/v1/employees/{employee.Id}/competency-profile");
        Assert.Equal(4, profile.Items.Single(i => i.Code == "M.2").AssessedLevel);

        var again = await (await admin.PostAsync("/api/v1/imports/assessments?mode=valid-only", Csv(csv))).Read<ImportReport>();
        Assert.Equal((0, 2, 2), (again.Inserted, again.Unchanged, again.Rejected));
        // The same key with other results is history that an import does not rewrite.
        await (await admin.PostAsync("/api/v1/imports/assessments", Csv($"nip;assessedOn;method;competencyCode;level\n{nip};15/03/2025;AssessmentCenter;M.1;5\n")))
            .Problem((HttpStatusCode)422, "rows[2].level");
        Assert.Single((await admin.Get<Paged<AssessmentResponse>>($"/api/v1/assessments?employeeId={employee.Id}")).Items);
    }
}
