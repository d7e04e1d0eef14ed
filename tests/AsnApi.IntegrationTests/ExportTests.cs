using System.Net;
using System.Text;
using AsnApi.Contracts;
using ExcelDataReader;
using static AsnApi.IntegrationTests.ExportFiles;

namespace AsnApi.IntegrationTests;

/// <summary>
/// The /export endpoints on the shared writer: the list's filters and scope, masked NIPs where the list masks, Excel's
/// Indonesian CSV, and XLSX read back with ExcelDataReader; nothing of another tenant; the employee export audited.
/// </summary>
[Collection(ApiCollection.Name)]
public class ExportTests(ApiFactory api)
{

    [Fact]
    public async Task The_employee_export_holds_the_filtered_list_in_its_order_in_CSV_and_XLSX()
    {
        var admin = await api.As("admin@tpi");
        var dinkes = (await admin.Get<Paged<UnitResponse>>("/api/v1/units?q=Dinas Kesehatan")).Items.Single(u => u.Code == "DINKES");
        foreach (var filter in new[] { $"underUnitId={dinkes.Id}&sort=-nip", "employmentType=Pppk&active=true", "q=a&sort=unit" })
        {
            var list = await admin.Get<Paged<EmployeeResponse>>($"/api/v1/employees?{filter}&pageSize=500");
            Assert.InRange(list.Total ?? 0, 1, 499);
            var csv = await Csv(admin, $"/api/v1/employees/export?{filter}");
            Assert.Equal("NIP;Nama;Jenis Kepegawaian;Jenis Kelamin;Tanggal Lahir;Golongan;Jabatan;Jenis Jabatan;Unit;Aktif;Diperbarui (UTC)", string.Join(';', csv[0]));
            Assert.Equal(list.Items.Select(e => (Grouped(e.Nip), e.BirthDate?.ToString("dd/MM/yyyy") ?? "", e.IsActive ? "Ya" : "Tidak")),
                csv.Skip(1).Select(r => (r[0], r[4], r[9])));

            var xlsx = await Xlsx(admin, $"/api/v1/employees/export?{filter}&format=Xlsx");
            Assert.Equal("NIP", xlsx[0][0]);
            Assert.Equal(list.Items.Select(e => (Grouped(e.Nip), e.Name, (DateTime?)e.BirthDate?.ToDateTime(TimeOnly.MinValue))),
                xlsx.Skip(1).Select(r => ((string)r[0]!, (string)r[1]!, r[4] as DateTime?)));
        }
        var pppk = await Csv(admin, "/api/v1/employees/export?employmentType=Pppk");
        Assert.All(pppk.Skip(1), r => Assert.Equal("PPPK", r[2]));
    }

    [Fact]
    public async Task A_viewer_gets_masked_NIPs_without_birth_dates_and_a_unit_head_only_their_sub_tree()
    {
        var admin = await api.As("admin@tpi");
        var all = await Csv(admin, "/api/v1/employees/export");
        var viewer = await Csv(await api.As("viewer@tpi"), "/api/v1/employees/export");
        Assert.Equal(all.Count, viewer.Count);
        Assert.All(viewer.Skip(1), r => Assert.Matches(@"^\*{8} \d{6} \d \d{3}$", r[0]));
        Assert.All(viewer.Skip(1), r => Assert.Equal("", r[4]));
        Assert.Contains(all.Skip(1), r => r[4] != "");
        var viewerXlsx = await Xlsx(await api.As("viewer@tpi"), "/api/v1/employees/export?format=Xlsx");
        Assert.All(viewerXlsx.Skip(1), r => Assert.StartsWith("******** ", (string)r[0]!));

        var head = await api.As("kadinkes@tpi");
        var headList = await head.Get<Paged<EmployeeResponse>>("/api/v1/employees?pageSize=500");
        var headCsv = await Csv(head, "/api/v1/employees/export");
        Assert.Equal(headList.Total, headCsv.Count - 1);
        Assert.True(all.Count > headCsv.Count);
    }

    [Fact]
    public async Task Another_tenant_exports_its_own_list_and_nothing_by_a_unit_of_another()
    {
        var admin = await api.As("admin@tpi");
        var someone = (await admin.Get<Paged<EmployeeResponse>>("/api/v1/employees?pageSize=1")).Items[0];
        var jmb = await api.As("admin@jmb");
        // NIPs are unique per tenant only (another test gives a jmb employee a tpi NIP), so compare with jmb's own list.
        var own = await jmb.Get<Paged<EmployeeResponse>>("/api/v1/employees?pageSize=500");
        var rows = (await Csv(jmb, "/api/v1/employees/export")).Skip(1).ToList();
        Assert.Equal(own.Total, rows.Count);
        if (own.Total <= 500) Assert.Equal(own.Items.Select(e => Grouped(e.Nip)).Order(), rows.Select(r => r[0]).Order());
        Assert.Single(await Csv(jmb, $"/api/v1/employees/export?unitId={someone.UnitId}"));
        Assert.Single(await Csv(jmb, $"/api/v1/employees/export?underUnitId={someone.UnitId}"));
    }

    [Fact]
    public async Task An_employee_export_is_audited_with_its_filters()
    {
        var admin = await api.As("admin@tpi");
        await Csv(admin, "/api/v1/employees/export?employmentType=Pppk&format=Csv");
        var audit = await admin.Get<Paged<AuditEntryResponse>>("/api/v1/audit?entityType=Export&pageSize=50");
        Assert.Contains(audit.Items, a => a.Action == "RecordExport" && a.EntityId == "Employees" && a.Actor == "admin@tpi");
    }

    [Fact]
    public async Task The_needs_and_JP_exports_come_as_XLSX_with_the_CSV_rows()
    {
        var admin = await api.As("admin@tpi");
        const int year = 2039;
        await (await admin.Post("/api/v1/development-needs/generate", new GenerateNeedsRequest { Year = year })).Read<GenerateNeedsResponse>();
        var csv = await Csv(admin, $"/api/v1/development-needs/export?year={year}&priority=Tinggi");
        var xlsx = await Xlsx(admin, $"/api/v1/development-needs/export?year={year}&priority=Tinggi&format=Xlsx");
        Assert.True(csv.Count > 1);
        Assert.Equal(csv.Select(r => r[0]), xlsx.Select(r => Convert.ToString(r[0], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(csv.Select(r => (r[1], r[4])), xlsx.Select(r => ((string)r[1]!, (string)r[4]!)));

        var jpCsv = await Csv(admin, "/api/v1/jp-ledger/below-target/export?year=2025");
        var jpXlsx = await Xlsx(admin, "/api/v1/jp-ledger/below-target/export?year=2025&format=Xlsx");
        Assert.Equal(jpCsv.Select(r => (r[1], r[8])), jpXlsx.Select(r => ((string)r[1]!, Convert.ToString(r[8], System.Globalization.CultureInfo.InvariantCulture)!)));
    }

    [Fact]
    public async Task Bad_export_parameters_answer_a_problem()
    {
        var admin = await api.As("admin@tpi");
        await (await admin.GetAsync("/api/v1/employees/export?format=pdf")).Problem(HttpStatusCode.BadRequest, "format");
        await (await admin.GetAsync("/api/v1/employees/export?sort=salary")).Problem((HttpStatusCode)422, "sort");
        await (await admin.GetAsync($"/api/v1/employees/export?q={new string('a', 101)}")).Problem((HttpStatusCode)422, "q");
        await (await api.Anonymous().GetAsync("/api/v1/employees/export")).Problem(HttpStatusCode.Unauthorized);
    }
}

/// <summary>The XLSX templates: the CSV template's headers and example on "Data", a described column per row on "Petunjuk", and they import as a dry run.</summary>
[Collection(ApiCollection.Name)]
public class XlsxTemplateTests(ApiFactory api)
{
    [Fact]
    public async Task Each_kind_has_an_XLSX_template_with_the_CSV_headers_and_a_sheet_describing_every_column()
    {
        var admin = await api.As("admin@tpi");
        foreach (var kind in new[] { "employees", "units", "positions", "position-standards", "assessments", "training-records", "survey-responses" })
        {
            var csv = (await (await admin.GetAsync($"/api/v1/imports/templates/{kind}.csv")).Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n");
            var response = await admin.GetAsync($"/api/v1/imports/templates/{kind}.xlsx");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
            using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
            using var reader = ExcelReaderFactory.CreateOpenXmlReader(stream);
            var data = new List<string[]>();
            while (reader.Read()) data.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i)?.ToString() ?? "").ToArray());
            Assert.Equal("Data", reader.Name);
            Assert.Equal(csv[0].Split(';'), data[0]);
            Assert.Equal(2, data.Count);
            Assert.True(reader.NextResult());
            Assert.Equal("Petunjuk", reader.Name);
            var notes = new List<string[]>();
            while (reader.Read()) notes.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i)?.ToString() ?? "").ToArray());
            Assert.Equal(["Kolom", "Nama (Inggris)", "Wajib", "Format dan nilai yang diterima", "Contoh", "Judul lain yang dikenali"], notes[0]);
            Assert.Equal(data[0], notes.Skip(1).Select(n => n[0]));
            Assert.All(notes.Skip(1), n => Assert.Contains(n[2], new[] { "Ya", "Tidak" }));
            Assert.All(notes.Skip(1), n => Assert.False(string.IsNullOrWhiteSpace(n[3])));
        }
        await (await admin.GetAsync("/api/v1/imports/templates/salaries.xlsx")).Problem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_employee_XLSX_template_imports_as_a_dry_run()
    {
        var admin = await api.As("admin@tpi");
        var bytes = await (await admin.GetAsync("/api/v1/imports/templates/employees.xlsx")).Content.ReadAsByteArrayAsync();
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var response = await admin.PostAsync("/api/v1/imports/employees?dryRun=true", content);
        var report = await response.Read<ImportReport>();
        Assert.Equal((1, 0), (report.Rows, report.Errors.Count(e => e.Row == 1)));
    }
}
