using System.Net.Http.Json;
using System.Text;
using AsnApi.Contracts;
using Microsoft.Playwright;

using static AsnApi.BrowserTests.PageChecks;

namespace AsnApi.BrowserTests;

/// <summary>
/// The import page as jmb's admin uses it: download a template, upload a units file with one bad row, read the dry
/// run's table (row, column, message), upload the fixed file, import it; the employee list's export buttons; a viewer
/// has no import menu and a 403 in words. axe; screenshots at 1366 and 360 px.
/// </summary>
[Collection(DashboardCollection.Name)]
public class ImportBrowserTests(DashboardHost host)
{
    private static FilePayload Csv(string text) => new() { Name = "unit.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(text) };

    [SkippableFact]
    public async Task An_admin_downloads_a_template_sees_the_bad_row_fixes_it_and_imports()
    {
        var page = await host.SignedIn("admin@jmb", "/impor");
        await page.GetByTestId("import-kind").SelectOptionAsync("units");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("import-template-csv").ClickAsync());
        Assert.Equal("templat-units.csv", download.SuggestedFilename.Replace("\"", ""), ignoreCase: true);
        var template = Encoding.UTF8.GetString(await File.ReadAllBytesAsync((await download.PathAsync())!)).TrimStart('\uFEFF');
        Assert.StartsWith("Kode Unit;Nama Unit;Kode Unit Induk", template);
        var xlsx = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("import-template-xlsx").ClickAsync());
        Assert.EndsWith(".xlsx", xlsx.SuggestedFilename);

        var admin = await host.ApiAs("admin@jmb");
        var parent = (await admin.GetFromJsonAsync<Paged<UnitResponse>>("/api/v1/units?pageSize=1", Json))!.Items[0];
        var code = "LAYAR" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        await page.GetByTestId("import-file").SetInputFilesAsync(Csv($"Kode Unit;Nama Unit;Kode Unit Induk\r\n{code};Bagian Layar;{parent.Code}\r\n{code}2;;{parent.Code}\r\n"));
        await page.GetByTestId("import-check").ClickAsync();
        var errors = page.GetByTestId("import-dry-run-errors");
        await errors.WaitForAsync();
        Assert.Contains("1 ditolak", await Text(page.GetByTestId("import-dry-run-counts")));
        var cells = errors.Locator("tbody tr").First.Locator("td");
        Assert.Equal("3", await Text(cells.Nth(0)));
        Assert.Equal("Nama unit wajib diisi.", await Text(cells.Nth(2))); // in the dashboard's language, whatever the browser's
        Assert.True(await page.GetByTestId("import-confirm").IsDisabledAsync());
        await AssertAccessible(page);
        await Shot(page, "import-01-dry-run-rejected");

        await page.GetByTestId("import-file").SetInputFilesAsync(Csv($"Kode Unit;Nama Unit;Kode Unit Induk\r\n{code};Bagian Layar;{parent.Code}\r\n{code}2;Bagian Layar Dua;{parent.Code}\r\n"));
        await page.GetByTestId("import-check").ClickAsync();
        await page.GetByTestId("import-dry-run-counts").Filter(new LocatorFilterOptions { HasText = "2 baru" }).WaitForAsync();
        await page.GetByTestId("import-confirm").ClickAsync();
        Assert.Equal("Impor selesai.", await Text(page.GetByTestId("import-done")));
        Assert.Contains("2 baru", await Text(page.GetByTestId("import-result-counts")));
        var units = (await admin.GetFromJsonAsync<Paged<UnitResponse>>("/api/v1/units?pageSize=500", Json))!.Items;
        Assert.Equal(2, units.Count(u => u.Code.StartsWith(code, StringComparison.Ordinal)));
        // An import in the request is in the history too, not only background jobs (the dry runs above are not).
        var listed = page.GetByTestId("import-history").Locator("tbody tr").Filter(new LocatorFilterOptions { HasText = "2 baru" }).First;
        await listed.WaitForAsync();
        Assert.Contains("Selesai", await Text(listed));
        await AssertAccessible(page);
        await Shot(page, "import-02-imported");

        var phone = await host.SignedIn("admin@jmb", "/impor", 360, 780);
        await phone.GetByTestId("import-kind").WaitForAsync();
        var (scroll, inner) = (await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), await phone.EvaluateAsync<int>("() => window.innerWidth"));
        Assert.True(scroll <= inner, $"/impor is {scroll} px wide at {inner} px");
        await Shot(phone, "import-03-phone");
    }

    [SkippableFact]
    public async Task The_employee_list_downloads_its_export_and_a_viewer_has_no_import_page()
    {
        var page = await host.SignedIn("admin@jmb", "/pegawai");
        await page.GetByTestId("employee-row").First.WaitForAsync();
        var csv = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("employees-export-csv").ClickAsync());
        Assert.EndsWith(".csv", csv.SuggestedFilename);
        var lines = Encoding.UTF8.GetString(await File.ReadAllBytesAsync((await csv.PathAsync())!)).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("NIP;Nama;", lines[0]);
        var admin = await host.ApiAs("admin@jmb");
        Assert.Equal((await admin.GetFromJsonAsync<Paged<EmployeeResponse>>("/api/v1/employees?pageSize=1", Json))!.Total, lines.Length - 1);
        var xlsx = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("employees-export-xlsx").ClickAsync());
        Assert.EndsWith(".xlsx", xlsx.SuggestedFilename);

        var viewer = await host.SignedIn("viewer@jmb", "/impor");
        Assert.Equal(0, await viewer.Locator("nav a[href='/impor']").CountAsync());
        await AssertProblem(viewer.Locator("main"), 403, "Tidak diizinkan");
        await Shot(viewer, "import-04-viewer-403");
    }
}
