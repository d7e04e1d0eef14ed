using System.Globalization;
using System.Net;
using System.Text;
using AsnApi.Contracts;
using ExcelDataReader;
using static AsnApi.IntegrationTests.ExportFiles;

namespace AsnApi.IntegrationTests;

/// <summary>
/// The IKM report and complaints as files: the same figures and rows as their JSON endpoints (period, filters, sort,
/// scope), Excel's Indonesian CSV read with a real CSV parser (quoted line breaks), XLSX read back with ExcelDataReader,
/// reporter contacts only for the roles that see them, an audited export when they are in it, hostile text defused.
/// Its own database and clock: every figure here is in 2041–2042, far from the demo data.
/// </summary>
public class ExportFeedbackTests(ClockedApiFactory api) : IClassFixture<ClockedApiFactory>
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private static string Day(DateOnly d) => d.ToString("dd/MM/yyyy", Inv);
    private static string Time(DateTimeOffset? t) => t?.UtcDateTime.ToString("dd/MM/yyyy HH:mm", Inv) ?? "";
    private static string YesNo(bool? b) => b is null ? "" : b.Value ? "Ya" : "Tidak";
    /// <summary>What Excel would run as a formula gets a leading apostrophe in the CSV.</summary>
    private static string Defused(string? text) => text is null ? "" : text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    private static decimal? Round(decimal? v, int d) => v is { } x ? Math.Round(x, d, MidpointRounding.AwayFromZero) : null;

    /// <summary>A CSV number as Excel in Indonesia reads it: decimal comma, no thousands separator.</summary>
    private static decimal? Number(string cell)
    {
        if (cell == "") return null;
        Assert.DoesNotContain(".", cell);
        return decimal.Parse(cell.Replace(',', '.'), Inv);
    }

    private static readonly string[] IkmHeader =
    [
        "Unit Layanan", "Slug", "Unit Kerja", "Periode Awal", "Periode Akhir", "Responden", "Populasi Periode", "Sampel Diperlukan", "Sampel Memadai",
        .. Enumerable.Range(1, 9).Select(i => $"NRR U{i}"), .. Enumerable.Range(1, 9).Select(i => $"NRR Tertimbang U{i}"), "IKM", "Mutu", "Kinerja", "Unsur Terlemah",
    ];

    /// <summary>Each CSV line against the report's service unit (or the combined figure, last), field by field.</summary>
    private static void AssertIkmRows(TenantIkmResponse report, List<string[]> csv)
    {
        Assert.Equal(IkmHeader, csv[0]);
        Assert.Equal(report.ServiceUnits.Count + 2, csv.Count);
        var expected = report.ServiceUnits.Select(u => (u.ServiceUnitName, u.Slug, u.UnitName, u.RespondentCount, u.PopulationInPeriod, u.RequiredSample, u.SampleSufficient,
                u.Unsur, u.Ikm, u.Grade, u.GradeLabel, u.WeakestUnsur))
            .Append(($"Gabungan ({report.Combined.ServiceUnitCount} unit layanan)", "", "", report.Combined.RespondentCount, report.Combined.PopulationInPeriod,
                report.Combined.RequiredSample, report.Combined.SampleSufficient, report.Combined.Unsur, report.Combined.Ikm, report.Combined.Grade, report.Combined.GradeLabel,
                report.Combined.WeakestUnsur)).ToList();
        foreach (var (e, row) in expected.Zip(csv.Skip(1)))
        {
            Assert.Equal((e.Item1, e.Item2, e.Item3, Day(report.From), Day(report.To)), (row[0], row[1], row[2], row[3], row[4]));
            Assert.Equal((e.Item4.ToString(Inv), e.Item5.ToString(Inv), e.Item6.ToString(Inv), YesNo(e.Item7)), (row[5], row[6], row[7], row[8]));
            Assert.Equal(e.Item8.Select(u => Round(u.Nrr, 4)), row[9..18].Select(Number));
            Assert.Equal(e.Item8.Select(u => Round(u.Nrr / 9m, 4)), row[18..27].Select(Number));
            Assert.Equal((Round(e.Item9, 2), e.Item10?.ToString() ?? "", e.Item11 ?? ""), (Number(row[27]), row[28], row[29]));
            Assert.Equal(e.Item12 is { } w ? $"{w.Code} {w.Name}" : "", row[30]);
        }
    }

    private async Task<(ServiceUnitResponse Health, ServiceUnitResponse Civil)> SurveyedUnits(HttpClient admin)
    {
        var rng = new Random(41);
        var health = await ServiceUnitTests.Create(admin, ServiceUnitTests.Body(await ServiceUnitTests.UnitByCode(admin, "DINKES"), population: 300));
        var civil = await ServiceUnitTests.Create(admin, ServiceUnitTests.Body(await ServiceUnitTests.UnitByCode(admin, "DUKCAPIL"), population: 2000));
        foreach (var (unit, count, low) in new[] { (health, 140, 1), (civil, 45, 3) })
        {
            var forms = Enumerable.Range(0, count).Select(i => SurveyTests.Paper(new DateOnly(2041, 1, 2).AddDays(i % 150),
                Enumerable.Range(0, 9).Select(_ => rng.Next(low, 5)).ToArray())).ToList();
            await (await admin.Post($"/api/v1/service-units/{unit.Id}/survey-responses", new PaperSurveyBatchRequest { Responses = forms })).Read<PaperSurveyBatchResponse>();
        }
        return (health, civil);
    }

    [Fact]
    public async Task The_IKM_export_holds_the_reports_figures_for_the_same_period_scope_and_sub_tree()
    {
        api.Clock.SetWib(2041, 6, 20, 10);
        var admin = await api.As("admin@tpi");
        var (health, civil) = await SurveyedUnits(admin);
        const string period = "from=2041-01-01&to=2041-06-20";

        var report = await admin.Get<TenantIkmResponse>($"/api/v1/ikm?{period}");
        var csv = await Csv(admin, $"/api/v1/ikm/export?{period}");
        AssertIkmRows(report, csv);
        // The two surveyed units are there with real figures: decimal commas, one sample enough and one not.
        var healthRow = csv.Single(r => r[1] == health.Slug);
        Assert.Equal(("140", "Ya"), (healthRow[5], healthRow[8]));
        Assert.Contains(",", healthRow[9]);
        Assert.Equal(("45", "Tidak"), csv.Single(r => r[1] == civil.Slug) is var c ? (c[5], c[8]) : default);
        Assert.Equal("01/01/2041", healthRow[3]);
        Assert.StartsWith("Gabungan", csv[^1][0]);

        var xlsx = await Xlsx(admin, $"/api/v1/ikm/export?{period}&format=Xlsx");
        Assert.Equal(IkmHeader, xlsx[0].Select(v => (string)v!));
        Assert.Equal(csv.Count, xlsx.Count);
        var healthXlsx = xlsx.Single(r => (r[1] as string) == health.Slug);
        var healthReport = report.ServiceUnits.Single(u => u.Slug == health.Slug);
        Assert.Equal(new DateTime(2041, 1, 1), healthXlsx[3]);
        Assert.Equal(140d, Convert.ToDouble(healthXlsx[5], Inv));
        for (var i = 0; i < 9; i++)
        {
            Assert.Equal((double)Round(healthReport.Unsur[i].Nrr, 4)!.Value, Convert.ToDouble(healthXlsx[9 + i], Inv), 10);
            Assert.Equal((double)Round(healthReport.Unsur[i].Nrr / 9m, 4)!.Value, Convert.ToDouble(healthXlsx[18 + i], Inv), 10);
        }
        Assert.Equal((double)Round(healthReport.Ikm, 2)!.Value, Convert.ToDouble(healthXlsx[27], Inv), 10);
        Assert.Equal((healthReport.Grade.ToString(), healthReport.GradeLabel), ((string)healthXlsx[28]!, (string)healthXlsx[29]!));
        Assert.Equal("Ya", healthXlsx[8]);

        // A sub-tree, and a unit head (their own sub-tree only), each equal to their report.
        var civilUnit = await ServiceUnitTests.UnitByCode(admin, "DUKCAPIL");
        AssertIkmRows(await admin.Get<TenantIkmResponse>($"/api/v1/ikm?underUnitId={civilUnit}&{period}"), await Csv(admin, $"/api/v1/ikm/export?underUnitId={civilUnit}&{period}"));
        var head = await api.As("kadinkes@tpi");
        var headReport = await head.Get<TenantIkmResponse>($"/api/v1/ikm?{period}");
        var headCsv = await Csv(head, $"/api/v1/ikm/export?{period}");
        AssertIkmRows(headReport, headCsv);
        Assert.Contains(headCsv, r => r[1] == health.Slug);
        Assert.DoesNotContain(headCsv, r => r[1] == civil.Slug);
        AssertIkmRows(await (await api.As("viewer@tpi")).Get<TenantIkmResponse>($"/api/v1/ikm?{period}"), await Csv(await api.As("viewer@tpi"), $"/api/v1/ikm/export?{period}"));

        // Default period: the report's own (the twelve months up to today).
        AssertIkmRows(await admin.Get<TenantIkmResponse>("/api/v1/ikm"), await Csv(admin, "/api/v1/ikm/export"));
    }

    [Fact]
    public async Task Bad_IKM_export_parameters_answer_a_problem_before_any_byte()
    {
        var admin = await api.As("admin@tpi");
        await (await admin.GetAsync("/api/v1/ikm/export?from=2041-06-01&to=2041-01-01")).Problem((HttpStatusCode)422, "from");
        await (await admin.GetAsync("/api/v1/ikm/export?from=1999-12-31&to=2000-01-31")).Problem((HttpStatusCode)422, "from");
        await (await admin.GetAsync("/api/v1/ikm/export?from=2000-01-01&to=2041-01-31")).Problem((HttpStatusCode)422, "to");
        await (await admin.GetAsync("/api/v1/ikm/export?format=Pdf")).Problem(HttpStatusCode.BadRequest, "format");
        await (await admin.GetAsync("/api/v1/ikm/export?from=kemarin")).Problem(HttpStatusCode.BadRequest, "from");
        await (await admin.GetAsync("/api/v1/ikm/export?underUnitId=bukan-guid")).Problem(HttpStatusCode.BadRequest, "underUnitId");
        await (await api.Anonymous().GetAsync("/api/v1/ikm/export")).Problem(HttpStatusCode.Unauthorized);
        await (await (await api.As("nasional")).GetAsync("/api/v1/ikm/export")).Problem(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_refused_export_answers_a_problem_in_JSON_even_to_a_client_that_accepts_only_the_file()
    {
        // The dashboard's generated client sends Accept: text/csv to an export; a 401 or 403 decided before the endpoint
        // ran came back as the plain text "Status Code: 403; Forbidden", which the page could only call an unknown error.
        foreach (var (client, url, status) in new[]
        {
            (await api.As("nasional"), "/api/v1/complaints/export", HttpStatusCode.Forbidden), (await api.As("nasional"), "/api/v1/ikm/export", HttpStatusCode.Forbidden),
            (api.Anonymous(), "/api/v1/complaints/export", HttpStatusCode.Unauthorized), (await api.As("admin@tpi"), "/api/v1/complaints/export?category=" + new string('k', 101), (HttpStatusCode)422),
        })
        {
            var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Accept.ParseAdd("text/csv");
            var response = await client.SendAsync(request);
            var problem = await response.Problem(status);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.False(string.IsNullOrEmpty((string?)problem["title"]));
        }
    }

    private static async Task<ComplaintResponse> Create(HttpClient admin, Guid serviceUnitId, ComplaintType type, ComplaintChannel channel, string category, string text = "Antrean lama.") =>
        await ComplaintTests.Create(admin, Body(serviceUnitId, type, channel, category, text));

    private static ComplaintRequest Body(Guid serviceUnitId, ComplaintType type, ComplaintChannel channel, string category, string text,
        string reporterName = "Siti Rahma", string reporterContact = "0812-3456-7890") => new()
        {
            Channel = channel, Type = type, ServiceUnitId = serviceUnitId, Category = category, Text = text,
            ExternalReference = "LAPOR-" + Guid.NewGuid().ToString("N")[..8], ReporterName = reporterName, ReporterContact = reporterContact,
        };

    private static async Task<ComplaintResponse> Step(HttpClient c, ComplaintResponse complaint, string action, string? response = null) =>
        await (await c.PostIfMatch($"/api/v1/complaints/{complaint.Id}/{action}", complaint.Version, new ComplaintTransitionRequest { Response = response })).Read<ComplaintResponse>();

    private static readonly string[] ComplaintHeader =
    [
        "Kode Lacak", "Diterima (UTC)", "Tanggal Diterima (WIB)", "Unit Layanan", "Jenis", "Kategori", "Saluran", "Status", "Rujukan Eksternal",
        "Batas Tanggapan Pertama", "Tanggapan Pertama (UTC)", "Tanggapan Pertama Tepat Waktu", "Batas Penyelesaian", "Pemeriksaan Lapangan",
        "Diverifikasi (UTC)", "Diproses (UTC)", "Diselesaikan (UTC)", "Ditutup (UTC)", "Ditolak (UTC)", "Penyelesaian Tepat Waktu", "Terlambat", "Dieskalasi",
        "Petugas Langkah Terakhir", "Isi Pengaduan", "Nama Pelapor", "Kontak Pelapor",
    ];

    private static readonly Dictionary<ComplaintStatus, string> StatusLabels = new()
    {
        [ComplaintStatus.Received] = "Diterima", [ComplaintStatus.Verified] = "Diverifikasi", [ComplaintStatus.InProgress] = "Diproses",
        [ComplaintStatus.Resolved] = "Selesai", [ComplaintStatus.Closed] = "Ditutup", [ComplaintStatus.Rejected] = "Ditolak",
    };

    /// <summary>The file against the list with the same query (every page), row by row; the step times against each complaint's history.</summary>
    private static async Task AssertComplaintRows(HttpClient client, string query, List<string[]> csv, bool withReporter)
    {
        var list = await client.Get<Paged<ComplaintResponse>>($"/api/v1/complaints?pageSize=200&{query}");
        Assert.True(list.Total < 200);
        Assert.Equal(ComplaintHeader, csv[0]);
        Assert.Equal(list.Items.Select(i => i.TrackingCode), csv.Skip(1).Select(r => r[0]));
        foreach (var (item, row) in list.Items.Zip(csv.Skip(1)))
        {
            Assert.Equal((Time(item.ReceivedAt), item.ServiceUnitName, Defused(item.Category), StatusLabels[item.Status], Defused(item.ExternalReference)),
                (row[1], row[3], row[5], row[7], row[8]));
            Assert.Equal((Day(item.FirstResponseDue), Time(item.FirstResponseAt), Day(item.ResolutionDue), YesNo(item.NeedsFieldCheck)), (row[9], row[10], row[12], row[13]));
            Assert.Equal((YesNo(item.Overdue), YesNo(item.Escalated)), (row[20], row[21]));
            Assert.Equal(withReporter ? (Defused(item.ReporterName), Defused(item.ReporterContact)) : ("", ""), (row[24], row[25]));
            Assert.Equal(Defused(item.Text), row[23]);
            var one = await client.Get<ComplaintResponse>($"/api/v1/complaints/{item.Id}");
            string At(ComplaintStatus s) => Time(one.History.SingleOrDefault(h => h.Status == s)?.At);
            Assert.Equal((At(ComplaintStatus.Verified), At(ComplaintStatus.InProgress), At(ComplaintStatus.Resolved), At(ComplaintStatus.Closed), At(ComplaintStatus.Rejected)),
                (row[14], row[15], row[16], row[17], row[18]));
            Assert.Equal(one.History[^1].By, row[22]);
        }
    }

    [Fact]
    public async Task The_complaints_export_holds_the_lists_rows_in_its_order_with_deadlines_steps_and_the_reporter_only_for_roles_that_see_it()
    {
        api.Clock.SetWib(2042, 3, 3, 9); // a Monday
        var admin = await api.As("admin@tpi");
        var health = await ServiceUnitTests.Create(admin, ServiceUnitTests.Body(await ServiceUnitTests.UnitByCode(admin, "DINKES")));
        var civil = await ServiceUnitTests.Create(admin, ServiceUnitTests.Body(await ServiceUnitTests.UnitByCode(admin, "DUKCAPIL")));
        var a = await Create(admin, health.Id, ComplaintType.Pengaduan, ComplaintChannel.WalkIn, "Antrean");
        var b = await Create(admin, civil.Id, ComplaintType.Aspirasi, ComplaintChannel.SpanLapor, "Biaya");
        var c = await Create(admin, civil.Id, ComplaintType.PermintaanInformasi, ComplaintChannel.Sms, "Antrean");
        api.Clock.SetWib(2042, 3, 4, 10);
        a = await Step(admin, a, "verify", "Diterima, akan diperiksa.");
        a = await Step(admin, a, "start");
        b = await Step(admin, b, "reject", "Bukan wewenang unit ini.");
        var d = await Create(admin, health.Id, ComplaintType.Pengaduan, ComplaintChannel.Web, "Sikap petugas");
        api.Clock.SetWib(2042, 3, 6, 11);
        a = await Step(admin, a, "resolve", "Sudah ditangani.");
        a = await Step(admin, a, "close");
        // Two weeks later: c and d were never answered (overdue, escalated); a was resolved on time, b rejected on its second day.
        api.Clock.SetWib(2042, 3, 20, 9);

        var filters = new[]
        {
            "from=2042-03-01&to=2042-03-31", "from=2042-03-01&status=Received", "from=2042-03-01&overdue=true&sort=serviceUnit", "from=2042-03-01&overdue=false",
            "from=2042-03-01&type=Aspirasi", "from=2042-03-01&category=Antrean&sort=-resolutionDue", "from=2042-03-01&channel=Sms", $"serviceUnitId={health.Id}&sort=status",
            $"underUnitId={await ServiceUnitTests.UnitByCode(admin, "DUKCAPIL")}&from=2042-03-01", "from=2042-03-04&to=2042-03-04&sort=receivedAt", "", "sort=firstResponseDue",
        };
        foreach (var f in filters)
            await AssertComplaintRows(admin, f, await Csv(admin, $"/api/v1/complaints/export?{f}"), withReporter: true);

        var rows = (await Csv(admin, "/api/v1/complaints/export?from=2042-03-01&to=2042-03-31")).Skip(1).ToDictionary(r => r[0]);
        Assert.Equal(4, rows.Count);
        var ra = rows[a.TrackingCode];
        Assert.Equal(("Pengaduan", "Datang langsung", "Ditutup", "Ya", "Ya", "Tidak", "Tidak"), (ra[4], ra[6], ra[7], ra[11], ra[19], ra[20], ra[21]));
        Assert.Equal(("04/03/2042 03:00", "06/03/2042 04:00"), (ra[14], ra[16]));
        Assert.Equal("03/03/2042", ra[2]);
        var rb = rows[b.TrackingCode];
        Assert.Equal(("Aspirasi", "SP4N-LAPOR!", "Ditolak", "Ya", "04/03/2042 03:00", "Ya"), (rb[4], rb[6], rb[7], rb[11], rb[18], rb[19]));
        var rc = rows[c.TrackingCode];
        Assert.Equal(("Permintaan Informasi", "SMS", "Diterima", "", "", "Ya", "Ya"), (rc[4], rc[6], rc[7], rc[11], rc[19], rc[20], rc[21]));
        Assert.Equal(("Antrean lama.", "Siti Rahma", "0812-3456-7890"), (rc[23], rc[24], rc[25]));
        Assert.Equal("Situs web", rows[d.TrackingCode][6]);

        // A viewer gets the same rows with the reporter columns present and empty.
        var viewer = await api.As("viewer@tpi");
        var viewerCsv = await Csv(viewer, "/api/v1/complaints/export?from=2042-03-01&to=2042-03-31");
        await AssertComplaintRows(viewer, "from=2042-03-01&to=2042-03-31", viewerCsv, withReporter: false);
        Assert.Equal(rows.Keys.Order(), viewerCsv.Skip(1).Select(r => r[0]).Order());
        Assert.All(viewerCsv.Skip(1), r => Assert.Equal(("", ""), (r[24], r[25])));
        var viewerXlsx = await Xlsx(viewer, "/api/v1/complaints/export?from=2042-03-01&to=2042-03-31&format=Xlsx");
        Assert.Equal(ComplaintHeader, viewerXlsx[0].Select(v => (string)v!));
        Assert.All(viewerXlsx.Skip(1), r => Assert.True(r[24] is null && r[25] is null));

        // The head of Dinas Kesehatan: their sub-tree only, with its reporters.
        var head = await api.As("kadinkes@tpi");
        var headCsv = await Csv(head, "/api/v1/complaints/export?from=2042-03-01&to=2042-03-31");
        await AssertComplaintRows(head, "from=2042-03-01&to=2042-03-31", headCsv, withReporter: true);
        Assert.Equal(new[] { a.TrackingCode, d.TrackingCode }.Order(), headCsv.Skip(1).Select(r => r[0]).Order());
        Assert.All(headCsv.Skip(1), r => Assert.Equal("0812-3456-7890", r[25]));

        var xlsx = await Xlsx(admin, "/api/v1/complaints/export?from=2042-03-01&to=2042-03-31&format=Xlsx");
        var xa = xlsx.Single(r => (string?)r[0] == a.TrackingCode);
        Assert.Equal((new DateTime(2042, 3, 3), new DateTime(2042, 3, 4, 3, 0, 0), "Ditutup", "Siti Rahma"), (xa[2], xa[14], xa[7], xa[24]));
    }

    [Fact]
    public async Task An_export_with_reporter_contacts_is_audited_and_one_without_is_not()
    {
        var admin = await api.As("admin@tpi");
        async Task<List<AuditEntryResponse>> Exports() =>
            (await admin.Get<Paged<AuditEntryResponse>>("/api/v1/audit?entityType=Export&pageSize=200")).Items.Where(e => e.EntityId == "Complaints").ToList();
        var before = await Exports();

        await Csv(admin, "/api/v1/complaints/export?category=Antrean&format=Csv");
        await Xlsx(await api.As("kadinkes@tpi"), "/api/v1/complaints/export?format=Xlsx");
        await Csv(await api.As("viewer@tpi"), "/api/v1/complaints/export");
        await (await admin.GetAsync("/api/v1/complaints/export?from=2042-02-01&to=2042-01-01")).Problem((HttpStatusCode)422, "to");
        await (await admin.GetAsync("/api/v1/complaints/export?sort=reporterName")).Problem((HttpStatusCode)422, "sort");

        var added = (await Exports()).ExceptBy(before.Select(e => e.Id), e => e.Id).ToList();
        Assert.Equal(new[] { "admin@tpi", "kadinkes@tpi" }, added.Select(e => e.Actor).Order());
        Assert.All(added, e => Assert.Equal("RecordExport", e.Action));
        Assert.Contains("Antrean", added.Single(e => e.Actor == "admin@tpi").Data);
        Assert.Contains("Xlsx", added.Single(e => e.Actor == "kadinkes@tpi").Data);
    }

    [Fact]
    public async Task Hostile_complaint_text_round_trips_as_text_in_CSV_and_XLSX()
    {
        api.Clock.SetWib(2042, 8, 5, 9);
        var admin = await api.As("admin@tpi");
        var unit = await ServiceUnitTests.Create(admin, ServiceUnitTests.Body(await ServiceUnitTests.UnitByCode(admin, "DUKCAPIL")));
        const string text = "=cmd|' /C calc'!A0\r\n\"dikutip\"; titik-koma\nbaris ketiga\rdan keempat";
        var body = Body(unit.Id, ComplaintType.Pengaduan, ComplaintChannel.WalkIn, "+SUM(1;2)", text, "@HYPERLINK(\"http://x\")", "-1+1");
        var hostile = await ComplaintTests.Create(admin, body);
        Assert.Equal(text, hostile.Text);
        api.Clock.SetWib(2042, 8, 5, 10);
        var plain = await Create(admin, unit.Id, ComplaintType.Aspirasi, ComplaintChannel.Web, "Lain");

        var csv = await Csv(admin, $"/api/v1/complaints/export?serviceUnitId={unit.Id}&sort=receivedAt");
        Assert.Equal([hostile.TrackingCode, plain.TrackingCode], csv.Skip(1).Select(r => r[0]));
        var row = csv[1];
        // Formula text gets a leading apostrophe; quotes, semicolons and line breaks stay inside the quoted cell.
        Assert.Equal(("'" + text, "'+SUM(1;2)", "'@HYPERLINK(\"http://x\")", "'-1+1"), (row[23], row[5], row[24], row[25]));
        Assert.Equal("Antrean lama.", csv[2][23]);

        var xlsx = await Xlsx(admin, $"/api/v1/complaints/export?serviceUnitId={unit.Id}&sort=receivedAt&format=Xlsx");
        Assert.Equal(3, xlsx.Count);
        // XLSX cells are text, never formulas: the text comes back exactly, line breaks included.
        Assert.Equal((text, "+SUM(1;2)", "@HYPERLINK(\"http://x\")", "-1+1"), ((string)xlsx[1][23]!, (string)xlsx[1][5]!, (string)xlsx[1][24]!, (string)xlsx[1][25]!));
        Assert.Equal("Antrean lama.", xlsx[2][23]);
    }

    [Fact]
    public async Task Bad_complaint_export_parameters_answer_a_problem_and_another_tenant_gets_nothing()
    {
        var admin = await api.As("admin@tpi");
        await (await admin.GetAsync("/api/v1/complaints/export?format=Pdf")).Problem(HttpStatusCode.BadRequest, "format");
        await (await admin.GetAsync("/api/v1/complaints/export?status=Baru")).Problem(HttpStatusCode.BadRequest, "status");
        await (await admin.GetAsync("/api/v1/complaints/export?status=0")).Problem(HttpStatusCode.BadRequest, "status");
        await (await admin.GetAsync($"/api/v1/complaints/export?category={new string('k', 101)}")).Problem((HttpStatusCode)422, "category");
        await (await admin.GetAsync("/api/v1/complaints/export?overdue=mungkin")).Problem(HttpStatusCode.BadRequest, "overdue");
        await (await api.Anonymous().GetAsync("/api/v1/complaints/export")).Problem(HttpStatusCode.Unauthorized);

        var unit = await ServiceUnitTests.Create(admin, ServiceUnitTests.Body(await ServiceUnitTests.UnitByCode(admin, "DINKES")));
        var tpi = await ComplaintTests.Create(admin, ComplaintTests.Body(unit.Id));
        var jmb = await api.As("admin@jmb");
        Assert.Single(await Csv(jmb, $"/api/v1/complaints/export?serviceUnitId={unit.Id}"));
        Assert.Single(await Csv(jmb, $"/api/v1/complaints/export?underUnitId={unit.UnitId}"));
        Assert.DoesNotContain(tpi.TrackingCode, string.Join("\n", (await Csv(jmb, "/api/v1/complaints/export")).Select(r => string.Join(";", r))));
        Assert.DoesNotContain((await Csv(jmb, "/api/v1/ikm/export")).Skip(1), r => r[1] == unit.Slug);
        Assert.Single(await Csv(jmb, "/api/v1/complaints/export?category=%27%20OR%201%3D1--"));
    }
}
