using System.Net;
using System.Text;
using AsnApi.Contracts;
using static AsnApi.IntegrationTests.ExportFiles;

namespace AsnApi.IntegrationTests;

/// <summary>The needs inventory as CSV: the list's filters and scope, Excel's Indonesian format, nothing of another tenant.</summary>
[Collection(ApiCollection.Name)]
public class NeedsExportTests(ApiFactory api)
{
    private const int Year = 2037;

    private static async Task<(HttpResponseMessage Response, List<string[]> Rows)> Export(HttpClient client, string query)
    {
        var response = await client.GetAsync($"/api/v1/development-needs/export?{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Tahun;NIP;Nama;Unit;Kode Kompetensi;Kompetensi;Level Standar;Level Asesmen;Kesenjangan;Prioritas;Status;Ditinjau oleh;Ditinjau pada (UTC);Alasan Penolakan", lines[0]);
        return (response, lines.Skip(1).Select(l => l.Split(';')).ToList());
    }


    [Fact]
    public async Task The_export_holds_exactly_the_filtered_list_in_its_order_as_Excel_opens_it()
    {
        var admin = await api.As("admin@tpi");
        await (await admin.Post("/api/v1/development-needs/generate", new GenerateNeedsRequest { Year = Year })).Read<GenerateNeedsResponse>();
        var dinkes = (await admin.Get<Paged<UnitResponse>>("/api/v1/units?q=Dinas Kesehatan")).Items.Single(u => u.Code == "DINKES");

        foreach (var filter in new[] { $"year={Year}&priority=Tinggi", $"year={Year}&underUnitId={dinkes.Id}&status=Identified&sort=-gap,employee", $"year={Year}&priority=Rendah&sort=competency" })
        {
            var list = await admin.Get<Paged<DevelopmentNeedResponse>>($"/api/v1/development-needs?{filter}&pageSize=500");
            Assert.InRange(list.Total ?? 0, 1, 499);
            var (response, rows) = await Export(admin, filter);
            Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
            Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
            Assert.EndsWith(".csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
            Assert.Equal(list.Items.Select(n => (Grouped(n.Nip), n.CompetencyCode, n.Gap.ToString(), n.Priority.ToString())),
                rows.Select(r => (r[1], r[4], r[8], r[9])));
            Assert.All(rows, r => Assert.Equal(Year.ToString(), r[0]));
        }
        var (_, identified) = await Export(admin, $"year={Year}&status=Identified&priority=Sedang");
        Assert.All(identified, r => Assert.Equal(("Teridentifikasi", "Sedang"), (r[10], r[9])));
    }

    [Fact]
    public async Task A_unit_head_exports_only_their_sub_tree_and_another_tenant_gets_nothing()
    {
        var admin = await api.As("admin@tpi");
        await (await admin.Post("/api/v1/development-needs/generate", new GenerateNeedsRequest { Year = Year })).Read<GenerateNeedsResponse>();
        var head = await api.As("kadinkes@tpi");
        var headList = await head.Get<Paged<DevelopmentNeedResponse>>($"/api/v1/development-needs?year={Year}&pageSize=500");
        var (_, headRows) = await Export(head, $"year={Year}");
        Assert.Equal(headList.Total, headRows.Count);
        Assert.Equal(headList.Items.Select(n => Grouped(n.Nip)).ToHashSet(), headRows.Select(r => r[1]).ToHashSet());
        var (_, all) = await Export(admin, $"year={Year}");
        Assert.True(all.Count > headRows.Count);

        var jmb = await api.As("admin@jmb");
        var tpiNips = all.Select(r => r[1]).ToHashSet();
        var (_, ownRows) = await Export(jmb, "");
        Assert.DoesNotContain(ownRows, r => tpiNips.Contains(r[1]));
        var tpiEmployee = (await admin.Get<Paged<DevelopmentNeedResponse>>($"/api/v1/development-needs?year={Year}&pageSize=1")).Items[0].EmployeeId;
        Assert.Empty((await Export(jmb, $"employeeId={tpiEmployee}")).Rows);
    }

    [Fact]
    public async Task Text_that_Excel_would_run_as_a_formula_or_that_holds_a_separator_is_defused_and_quoted()
    {
        var admin = await api.As("admin@tpi");
        const int year = 2038;
        await (await admin.Post("/api/v1/development-needs/generate", new GenerateNeedsRequest { Year = year })).Read<GenerateNeedsResponse>();
        var need = (await admin.Get<Paged<DevelopmentNeedResponse>>($"/api/v1/development-needs?year={year}&pageSize=1")).Items[0];
        await (await admin.Post("/api/v1/development-needs/review", new ReviewNeedsRequest
        {
            NeedIds = [need.Id], Action = NeedReviewAction.Reject, Reason = "=HYPERLINK(\"http://contoh.test\";\"klik\")",
        })).Read<ReviewNeedsResponse>();
        var response = await admin.GetAsync($"/api/v1/development-needs/export?year={year}&status=Rejected");
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
        var line = text.Split("\r\n").Single(l => l.StartsWith($"{year};{Grouped(need.Nip)};"));
        Assert.EndsWith(";\"'=HYPERLINK(\"\"http://contoh.test\"\";\"\"klik\"\")\"", line);
        Assert.Contains(";Ditolak;admin@tpi;", line);
        Assert.Matches(@";\d{2}/\d{2}/\d{4} \d{2}:\d{2};", line);
    }

    [Fact]
    public async Task Bad_filters_answer_a_problem_not_a_truncated_file()
    {
        var admin = await api.As("admin@tpi");
        await (await admin.GetAsync("/api/v1/development-needs/export?sort=salary")).Problem((HttpStatusCode)422, "sort");
        await (await admin.GetAsync("/api/v1/development-needs/export?status=Lost")).Problem(HttpStatusCode.BadRequest);
        await (await api.Anonymous().GetAsync("/api/v1/development-needs/export")).Problem(HttpStatusCode.Unauthorized);
    }
}
