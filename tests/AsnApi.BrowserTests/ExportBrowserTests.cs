using System.Net.Http.Json;
using System.Text;
using AsnApi.Contracts;
using Microsoft.Playwright;

using static AsnApi.BrowserTests.PageChecks;

namespace AsnApi.BrowserTests;

/// <summary>
/// The export buttons of the competency profiles page (new), the needs page and the JP page, as jmb's people use them
/// (read only): each Excel button downloads an XLSX of the filter, each CSV the list's rows; the profiles table is the
/// API's, masked for a viewer and scoped for a unit head; a 422 (a bad sort in the address) and a 403 (the national
/// viewer) in words. axe on each; screenshots at 1366 and 360 px.
/// </summary>
[Collection(DashboardCollection.Name)]
public class ExportBrowserTests(DashboardHost host)
{
    private const string Admin = "admin@jmb";
    private static int Year => DateTime.UtcNow.Year;

    /// <summary>The file behind a download button: its name and bytes.</summary>
    private static async Task<(string Name, byte[] Bytes)> Download(IPage page, string testId)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId(testId).ClickAsync());
        return (download.SuggestedFilename, await File.ReadAllBytesAsync((await download.PathAsync())!));
    }

    private static string[] CsvLines(byte[] bytes)
    {
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>An XLSX is a zip: it starts with PK.</summary>
    private static void AssertXlsx((string Name, byte[] Bytes) file, string prefix)
    {
        Assert.StartsWith(prefix, file.Name);
        Assert.EndsWith(".xlsx", file.Name);
        Assert.Equal("PK"u8.ToArray(), file.Bytes[..2]);
    }

    private static async Task AssertFitsPhone(IPage phone, string path)
    {
        var (scroll, inner) = (await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), await phone.EvaluateAsync<int>("() => window.innerWidth"));
        Assert.True(scroll <= inner, $"{path} is {scroll} px wide at {inner} px");
    }

    [SkippableFact]
    public async Task The_profiles_page_shows_the_APIs_rows_filters_by_gaps_and_downloads_CSV_and_Excel()
    {
        var api = await host.ApiAs(Admin);
        var page = await host.SignedIn(Admin, "/kompetensi/profil");
        var first = (await api.GetFromJsonAsync<Paged<CompetencyProfileRow>>("/api/v1/competency-profiles?pageSize=25", Json))!;
        await page.GetByTestId("profiles-row").First.WaitForAsync();
        Assert.Equal(first.Items.Count, await page.GetByTestId("profiles-row").CountAsync());
        Assert.Contains(first.Items[0].Name, await Text(page.GetByTestId("profiles-row").First));
        // The menu lights "Profil & Kesenjangan", not the dictionary it is under.
        Assert.Equal("page", await page.Locator("nav a[href='/kompetensi/profil']").GetAttributeAsync("aria-current"));
        Assert.Equal(1, await page.Locator("nav a.active").CountAsync());
        Assert.Null(await page.Locator("nav a[href='/kompetensi']").GetAttributeAsync("aria-current"));

        await page.GetByTestId("profiles-gaps").ClickAsync();
        await page.WaitForURLAsync(u => u.Contains("gaps=1"));
        var gaps = (await api.GetFromJsonAsync<Paged<CompetencyProfileRow>>("/api/v1/competency-profiles?onlyGaps=true&pageSize=25", Json))!;
        Assert.True(gaps.Total > 0, "the demo data should have gaps");
        await page.WaitForFunctionAsync($"() => [...document.querySelectorAll('[data-testid=profiles-gap]')].length === {gaps.Items.Count} && [...document.querySelectorAll('[data-testid=profiles-gap]')].every(c => Number(c.innerText) > 0)");
        await AssertAccessible(page);
        await Shot(page, "export-01-profiles-gaps");

        var csv = CsvLines((await Download(page, "profiles-export-csv")).Bytes);
        Assert.StartsWith("NIP;Nama;Unit;Jabatan;Kode Kompetensi", csv[0]);
        Assert.Equal(gaps.Total, csv.Length - 1);
        Assert.All(csv.Skip(1), l => Assert.True(int.Parse(l.Split(';')[9]) > 0));
        AssertXlsx(await Download(page, "profiles-export-xlsx"), "profil-kompetensi-");

        // A sort the API does not know, put in the address by hand: a 422 in words, not a blank table.
        await page.GotoAsync(host.BaseUrl + "/kompetensi/profil?sort=gaji");
        await AssertProblem(page.Locator("main"), 422, "Data tidak valid");
        await Shot(page, "export-02-profiles-422");

        var phone = await host.SignedIn(Admin, "/kompetensi/profil?gaps=1", 360, 780);
        await phone.GetByTestId("profiles-row").First.WaitForAsync();
        await AssertFitsPhone(phone, "/kompetensi/profil");
        await Shot(phone, "export-03-profiles-phone");
    }

    [SkippableFact]
    public async Task A_viewer_sees_masked_NIPs_a_unit_head_their_sub_tree_and_the_national_viewer_a_403()
    {
        var viewer = await host.SignedIn("viewer@jmb", "/kompetensi/profil");
        await viewer.GetByTestId("profiles-row").First.WaitForAsync();
        Assert.StartsWith("******** ", await Text(viewer.GetByTestId("profiles-row").First.Locator(".mono.nowrap")));
        var csv = CsvLines((await Download(viewer, "profiles-export-csv")).Bytes);
        Assert.All(csv.Skip(1), l => Assert.StartsWith("******** ", l));
        await AssertAccessible(viewer);
        await Shot(viewer, "export-04-profiles-viewer");

        var headApi = await host.ApiAs("kadinkes@jmb");
        var headRows = (await headApi.GetFromJsonAsync<Paged<CompetencyProfileRow>>("/api/v1/competency-profiles?pageSize=25", Json))!;
        var admin = await host.ApiAs(Admin);
        var all = (await admin.GetFromJsonAsync<Paged<CompetencyProfileRow>>("/api/v1/competency-profiles?pageSize=1", Json))!;
        Assert.True(headRows.Total < all.Total);
        var head = await host.SignedIn("kadinkes@jmb", "/kompetensi/profil", 360, 780);
        await head.GetByTestId("profiles-row").First.WaitForAsync();
        Assert.Contains(headRows.Items[0].Name, await Text(head.GetByTestId("profiles-row").First));
        var headCsv = CsvLines((await Download(head, "profiles-export-csv")).Bytes);
        Assert.Equal(headRows.Total, headCsv.Length - 1);
        await AssertFitsPhone(head, "/kompetensi/profil");
        await Shot(head, "export-05-profiles-unit-head-phone");

        var national = await host.SignedIn("nasional", "/kompetensi/profil");
        await AssertProblem(national.Locator("main"), 403, "Tidak diizinkan");
        await Shot(national, "export-06-profiles-national-403");
    }

    [SkippableFact]
    public async Task The_needs_and_JP_pages_download_Excel_and_the_JP_page_lists_every_employee()
    {
        var page = await host.SignedIn(Admin, $"/kebutuhan?year={Year}&status=");
        await page.GetByTestId("needs-export-xlsx").WaitForAsync();
        AssertXlsx(await Download(page, "needs-export-xlsx"), "kebutuhan-pengembangan-");
        await Shot(page, "export-07-needs-buttons");

        var api = await host.ApiAs(Admin);
        await page.GotoAsync(host.BaseUrl + "/capaian-jp");
        var everyone = (await api.GetFromJsonAsync<Paged<JpEmployeeSummary>>($"/api/v1/jp-ledger/employees?year={Year}&pageSize=20", Json))!;
        await page.GetByTestId("jp-employees-row").First.WaitForAsync();
        Assert.Equal(everyone.Items.Count, await page.GetByTestId("jp-employees-row").CountAsync());
        Assert.Contains(everyone.Items[0].Name, await Text(page.GetByTestId("jp-employees-row").First));
        AssertXlsx(await Download(page, "jp-export-xlsx"), $"jp-di-bawah-target-{Year}");

        await page.GetByTestId("jp-employees-reached").SelectOptionAsync("ya");
        await page.WaitForURLAsync(u => u.Contains("reached=ya"));
        var reached = (await api.GetFromJsonAsync<Paged<JpEmployeeSummary>>($"/api/v1/jp-ledger/employees?year={Year}&reached=true&pageSize=20", Json))!;
        Assert.True(reached.Total > 0, "the demo data should have people at the target");
        await page.WaitForFunctionAsync($"() => [...document.querySelectorAll('[data-testid=jp-employees-row]')].length === {reached.Items.Count} && document.querySelector('[data-testid=jp-employees-row]').innerText.includes({System.Text.Json.JsonSerializer.Serialize(reached.Items[0].Name)})");
        var csv = CsvLines((await Download(page, "jp-employees-export-csv")).Bytes);
        Assert.StartsWith("Tahun;NIP;Nama;Unit;Jabatan;Jenis Jabatan;Jenis Kepegawaian;Target JP;JP Diperoleh;JP Klasikal;JP Nonklasikal;Sisa JP;Mencapai Target", csv[0]);
        Assert.Equal(reached.Total, csv.Length - 1);
        Assert.All(csv.Skip(1), l => Assert.EndsWith(";Ya", l));
        AssertXlsx(await Download(page, "jp-employees-export-xlsx"), $"capaian-jp-pegawai-{Year}");
        await AssertAccessible(page);
        await Shot(page, "export-08-jp-employees");

        var phone = await host.SignedIn(Admin, "/capaian-jp", 360, 780);
        await phone.GetByTestId("jp-employees-row").First.WaitForAsync();
        await AssertFitsPhone(phone, "/capaian-jp");
        await Shot(phone, "export-09-jp-employees-phone");
    }
}
