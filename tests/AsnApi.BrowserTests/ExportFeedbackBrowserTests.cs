using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using AsnApi.Contracts;
using Microsoft.Playwright;

using static AsnApi.BrowserTests.PageChecks;

namespace AsnApi.BrowserTests;

/// <summary>
/// The export buttons of the IKM overview and the complaints board (tenant pgk, whose demo data no other walk changes):
/// each button downloads the file of the page's own filters, equal to what the API answers those filters for the same
/// person; admin, unit head and viewer at 1366 and 360 px; a 422 for a period the wrong way round and the national
/// viewer's 403, in words beside the buttons. Exports are reads: there is no 409 to provoke.
/// </summary>
[Collection(DashboardCollection.Name)]
public class ExportFeedbackBrowserTests(DashboardHost host)
{
    private static async Task AssertFitsWidth(IPage page, string what)
    {
        var (scroll, inner) = (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), await page.EvaluateAsync<int>("() => window.innerWidth"));
        Assert.True(scroll <= inner, $"{what} is {scroll} px wide at {inner} px");
    }

    /// <summary>Clicks a button and reads the file the browser saved.</summary>
    private static async Task<(string Name, byte[] Bytes)> Download(IPage page, string testId)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId(testId).ClickAsync());
        return (download.SuggestedFilename, await File.ReadAllBytesAsync((await download.PathAsync())!));
    }

    /// <summary>The CSV as Excel reads it: BOM, then ';'-separated rows, quoted cells that may hold line breaks.</summary>
    private static List<string[]> Csv((string Name, byte[] Bytes) file)
    {
        Assert.EndsWith(".csv", file.Name);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, file.Bytes[..3]);
        var text = Encoding.UTF8.GetString(file.Bytes, 3, file.Bytes.Length - 3);
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
            else if (c == '"') quoted = true;
            else if (c == ';') { row.Add(cell.ToString()); cell.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') { row.Add(cell.ToString()); cell.Clear(); rows.Add([.. row]); row.Clear(); i++; }
            else cell.Append(c);
        }
        return rows;
    }

    private static void AssertXlsx((string Name, byte[] Bytes) file)
    {
        Assert.EndsWith(".xlsx", file.Name);
        Assert.Equal("PK"u8.ToArray(), file.Bytes[..2]);
    }

    private static string Ikm(decimal? v) => v is { } x ? Math.Round(x, 2, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture).Replace('.', ',') : "";

    /// <summary>The file's service-unit rows (the combined row last) against the API's report for the same person and filters.</summary>
    private async Task AssertIkmFile(string user, string query, List<string[]> csv)
    {
        var response = await (await host.ApiAs(user)).GetAsync($"/api/v1/ikm?{query}");
        Assert.True(response.IsSuccessStatusCode, $"{user} {query}: {await response.Content.ReadAsStringAsync()}");
        var report = (await response.Content.ReadFromJsonAsync<TenantIkmResponse>(Json))!;
        Assert.Equal("Unit Layanan", csv[0][0]);
        Assert.Equal(report.ServiceUnits.Select(s => (s.ServiceUnitName, s.RespondentCount.ToString(CultureInfo.InvariantCulture), Ikm(s.Ikm)))
            .Append(($"Gabungan ({report.Combined.ServiceUnitCount} unit layanan)", report.Combined.RespondentCount.ToString(CultureInfo.InvariantCulture), Ikm(report.Combined.Ikm))),
            csv.Skip(1).Select(r => (r[0], r[5], r[27])));
    }

    [SkippableFact]
    public async Task The_IKM_overview_downloads_its_report_for_the_pages_period_and_sub_tree_in_every_role()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)); // WIB, as the page's default period
        var (from, to) = ($"{today.Year}-01-01", today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var page = await host.SignedIn("admin@pgk", $"/umpan-balik?from={from}&to={to}");
        await page.GetByTestId("ikm-row").First.WaitForAsync();
        Assert.Equal((from, to), (await page.GetByTestId("ikm-from").InputValueAsync(), await page.GetByTestId("ikm-to").InputValueAsync()));
        var csv = Csv(await Download(page, "ikm-export-csv"));
        await AssertIkmFile("admin@pgk", $"from={from}&to={to}", csv);
        Assert.Contains(csv, r => r[8] == "Tidak"); // the demo's Puskesmas: the sample check is in the file too
        AssertXlsx(await Download(page, "ikm-export-xlsx"));
        await AssertAccessible(page);
        await Shot(page, "export-feedback-01-ikm-admin-1366");

        // A sub-tree chosen on the page goes into the file.
        // The units arrive after the report: wait for the first real option before choosing it.
        var option = page.Locator("[data-testid=ikm-unit] option").Nth(1);
        await option.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        var unit = (await option.GetAttributeAsync("value"))!;
        Assert.False(string.IsNullOrEmpty(unit));
        await page.GetByTestId("ikm-unit").SelectOptionAsync(unit);
        await page.WaitForURLAsync(u => u.Contains("unit=" + unit));
        await AssertIkmFile("admin@pgk", $"underUnitId={unit}&from={from}&to={to}", Csv(await Download(page, "ikm-export-csv")));

        // A period the wrong way round: the report's 422 and the download's, in words beside the buttons.
        await page.GotoAsync($"{host.BaseUrl}/umpan-balik?from=2026-12-31&to=2026-01-01");
        await page.GetByTestId("ikm-export-csv").ClickAsync();
        await AssertProblemBox(page.Locator(".actions").GetByTestId("problem"), 422, "Data tidak valid");
        await page.Locator("main [data-testid=problem]").Nth(1).WaitForAsync(); // the report's own, with the fields marked
        await Shot(page, "export-feedback-02-ikm-422");
        await page.Context.CloseAsync();

        foreach (var (user, width) in new[] { ("admin@pgk", 360), ("kadinkes@pgk", 1366), ("kadinkes@pgk", 360), ("viewer@pgk", 1366), ("viewer@pgk", 360) })
        {
            var p = await host.SignedIn(user, $"/umpan-balik?from={from}&to={to}", width, width == 360 ? 780 : 900);
            await p.GetByTestId("ikm-row").First.WaitForAsync();
            await AssertIkmFile(user, $"from={from}&to={to}", Csv(await Download(p, "ikm-export-csv")));
            await AssertFitsWidth(p, $"the IKM overview of {user} at {width} px");
            await Shot(p, $"export-feedback-03-ikm-{user.Split('@')[0]}-{width}");
            await p.Context.CloseAsync();
        }
    }

    private static string Defused(string? text) => text is null ? "" : text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    /// <summary>The file against the list the API gives this person for the same filters: codes in order, status and reporter.</summary>
    private async Task AssertComplaintFile(string user, string query, List<string[]> csv, bool withReporter)
    {
        var list = (await (await host.ApiAs(user)).GetFromJsonAsync<Paged<ComplaintResponse>>($"/api/v1/complaints?pageSize=200&{query}", Json))!;
        Assert.Equal("Kode Lacak", csv[0][0]);
        Assert.Equal(list.Items.Select(c => c.TrackingCode), csv.Skip(1).Select(r => r[0]));
        Assert.Equal(list.Items.Select(c => (c.Overdue ? "Ya" : "Tidak", withReporter ? Defused(c.ReporterContact) : "")), csv.Skip(1).Select(r => (r[20], r[25])));
        if (withReporter) Assert.Contains(csv.Skip(1), r => r[25] != "");
        else Assert.All(csv.Skip(1), r => Assert.Equal(("", ""), (r[24], r[25])));
    }

    [SkippableFact]
    public async Task The_complaints_board_downloads_its_filtered_list_with_the_reporter_only_for_roles_that_see_it()
    {
        var page = await host.SignedIn("admin@pgk", "/umpan-balik/pengaduan?overdue=true&sort=resolutionDue");
        await page.GetByTestId("complaint-card").First.WaitForAsync();
        var csv = Csv(await Download(page, "complaints-export-csv"));
        Assert.True(csv.Count > 1);
        await AssertComplaintFile("admin@pgk", "overdue=true&sort=resolutionDue", csv, withReporter: true);
        Assert.All(csv.Skip(1), r => Assert.Equal("Ya", r[20]));
        AssertXlsx(await Download(page, "complaints-export-xlsx"));
        Assert.Equal(0, await page.GetByTestId("export-reporter-note").CountAsync());
        await AssertAccessible(page);
        await Shot(page, "export-feedback-04-complaints-admin-1366");
        await page.Context.CloseAsync();

        foreach (var (user, width, reporter) in new[] { ("admin@pgk", 360, true), ("kadinkes@pgk", 1366, true), ("kadinkes@pgk", 360, true), ("viewer@pgk", 1366, false), ("viewer@pgk", 360, false) })
        {
            var p = await host.SignedIn(user, "/umpan-balik/pengaduan", width, width == 360 ? 780 : 900);
            await p.GetByTestId("complaint-cards").WaitForAsync();
            await AssertComplaintFile(user, "", Csv(await Download(p, "complaints-export-csv")), reporter);
            Assert.Equal(reporter ? 0 : 1, await p.GetByTestId("export-reporter-note").CountAsync());
            await AssertFitsWidth(p, $"the complaints board of {user} at {width} px");
            await Shot(p, $"export-feedback-05-complaints-{user.Split('@')[0]}-{width}");
            if (width == 360) await p.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(DashboardHost.Screenshots, $"export-feedback-05-complaints-{user.Split('@')[0]}-360-top.png") });
            await p.Context.CloseAsync();
        }

        // A category longer than the API takes, typed into the address: the 422 beside the buttons.
        var bad = await host.SignedIn("admin@pgk", $"/umpan-balik/pengaduan?category={new string('k', 101)}");
        await bad.GetByTestId("complaints-export-csv").ClickAsync();
        await AssertProblemBox(bad.Locator(".actions").GetByTestId("problem"), 422, "Data tidak valid");
        await bad.Locator("main [data-testid=problem]").Nth(1).WaitForAsync();
        await Shot(bad, "export-feedback-06-complaints-422");
        await bad.Context.CloseAsync();

        // The national viewer has no tenant's complaints: the download's 403 in words too.
        var national = await host.SignedIn("nasional", "/umpan-balik/pengaduan");
        await national.GetByTestId("complaints-export-csv").ClickAsync();
        await AssertProblemBox(national.Locator(".actions").GetByTestId("problem"), 403, "Tidak diizinkan");
        await national.Locator("main [data-testid=problem]").Nth(1).WaitForAsync();
        Assert.Equal(0, await national.GetByTestId("export-reporter-note").CountAsync());
        await Shot(national, "export-feedback-07-complaints-national-403");
        await national.Context.CloseAsync();
    }
}
