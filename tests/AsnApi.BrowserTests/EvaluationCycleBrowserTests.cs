using System.Globalization;
using System.Net.Http.Json;
using AsnApi.Contracts;
using Microsoft.Playwright;

using static AsnApi.BrowserTests.PageChecks;

namespace AsnApi.BrowserTests;

/// <summary>
/// Evaluation cycles as jmb's people use them (the other browser tests change tpi, pgk and amq): the landing page with
/// the demo's cycles, a cycle opened with a 422 first, its live indicators against the API's, a finding with an action
/// (422, then saved, then started), the cycle closed after a confirmation and shown as a snapshot, a 409 when the
/// cycle was closed behind the page's back, a 403 for the national viewer, the unit head's and viewer's pages.
/// axe on each; screenshots at 1366 and 360 px.
/// </summary>
[Collection(DashboardCollection.Name)]
public class EvaluationCycleBrowserTests(DashboardHost host)
{
    private const string Admin = "admin@jmb";
    private static int Year => DateTime.UtcNow.Year;

    private static async Task AssertNoSidewaysScroll(IPage page, string what)
    {
        var (scroll, inner) = (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), await page.EvaluateAsync<int>("() => window.innerWidth"));
        Assert.True(scroll <= inner, $"{what} is {scroll} px wide at {inner} px");
    }

    /// <summary>An indicator's figure as the page prints it (one decimal and " %" for shares, two decimals for the IKM, Indonesian separators).</summary>
    private static string Figure(EvaluationIndicator i) => i.Value is not { } v ? "Tidak ada data"
        : i.Unit == "%" ? v.ToString("#,0.0", CultureInfo.GetCultureInfo("id-ID")) + " %" : v.ToString(i.Unit == "indeks" ? "#,0.00" : "#,0", CultureInfo.GetCultureInfo("id-ID"));

    [SkippableFact]
    public async Task A_cycle_is_opened_given_a_finding_with_an_action_and_closed_as_a_snapshot()
    {
        var api = await host.ApiAs(Admin);
        var page = await host.SignedIn(Admin, "/evaluasi");
        await page.GetByTestId("cycle-row").First.WaitForAsync();
        Assert.True(await page.Locator("#main-nav").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Evaluasi" }).IsVisibleAsync());
        Assert.Equal(3, await page.GetByTestId("evaluation-links").GetByRole(AriaRole.Link).CountAsync());
        Assert.Contains($"Evaluasi Tahunan {Year - 1}", await Text(page.GetByTestId("cycle-table")));
        await AssertAccessible(page);
        await Shot(page, "evaluation-01-cycles");

        // 422: the period ends before it starts; the message sits under its input and nothing is created.
        var name = $"Evaluasi Uji {Guid.NewGuid().ToString("N")[..6]}";
        await page.GetByTestId("cycle-new").ClickAsync();
        await page.GetByTestId("cycle-name").FillAsync(name);
        await page.GetByTestId("cycle-periodFrom").FillAsync($"{Year}-07-01");
        await page.GetByTestId("cycle-periodTo").FillAsync($"{Year}-06-30");
        await page.GetByTestId("cycle-save").ClickAsync();
        await AssertProblemBox(page.GetByTestId("cycle-problem"), 422, "Data tidak valid");
        Assert.Equal("Akhir periode tidak boleh sebelum awal periode.", await Text(page.GetByTestId("field-error-periodTo")));
        Assert.Equal("true", await page.GetByTestId("cycle-periodTo").GetAttributeAsync("aria-invalid"));
        await AssertAccessible(page);
        await Shot(page, "evaluation-02-cycle-422");
        Assert.Empty((await api.GetFromJsonAsync<Paged<EvaluationCycleResponse>>($"/api/v1/evaluation-cycles?q={Uri.EscapeDataString(name)}", Json))!.Items);

        // Corrected: the cycle opens on its own page with live figures, the API's, and the comparison with last year's closed cycle.
        await page.GetByTestId("cycle-periodTo").FillAsync($"{Year}-12-31");
        // The API's answer is read first, so a refusal fails with its problem rather than as a page that never moved.
        var created = await page.RunAndWaitForResponseAsync(() => page.GetByTestId("cycle-save").ClickAsync(),
            r => r.Request.Method == "POST" && new Uri(r.Url).AbsolutePath.TrimEnd('/') == "/api/v1/evaluation-cycles", new PageRunAndWaitForResponseOptions { Timeout = 30_000 });
        Assert.True(created.Status == 201, $"{created.Status}: {await created.TextAsync()}");
        await page.WaitForURLAsync(u => u.Contains("/evaluasi/siklus/"), new PageWaitForURLOptions { Timeout = 30_000 });
        var id = Guid.Parse(page.Url.Split('/').Last());
        await page.GetByTestId("indicator").First.WaitForAsync();
        Assert.Equal("false", await page.GetByTestId("indicators-kind").GetAttributeAsync("data-snapshot"));
        Assert.StartsWith("Angka langsung", await Text(page.GetByTestId("indicators-kind")));
        var live = (await api.GetFromJsonAsync<EvaluationIndicatorsResponse>($"/api/v1/evaluation-cycles/{id}/indicators", Json))!;
        Assert.Equal(live.Indicators.Count, await page.GetByTestId("indicator").CountAsync());
        foreach (var i in live.Indicators)
            Assert.Equal(Figure(i), await Text(page.Locator($"[data-testid=indicator][data-code={i.Code}] [data-testid=indicator-value]")));
        await page.GetByTestId("comparison-row").First.WaitForAsync();
        Assert.Contains($"Evaluasi Tahunan {Year - 1}", await Text(page.GetByTestId("comparison")));
        Assert.Equal(live.Indicators.Count, await page.GetByTestId("comparison-row").CountAsync());

        // A finding on the JP indicator, then an action: 422 without its owner, then saved, then started.
        await page.GetByTestId("finding-new").ClickAsync();
        await page.GetByTestId("finding-title").FillAsync("Capaian 20 JP belum merata");
        await page.GetByTestId("finding-description").FillAsync("Sebagian besar pegawai belum mencapai 20 JP.");
        await page.GetByTestId("finding-indicatorCode").SelectOptionAsync("JP_TARGET");
        await page.GetByTestId("finding-severity").SelectOptionAsync("High");
        await page.GetByTestId("finding-save").ClickAsync();
        Assert.Equal("Temuan tersimpan.", await Text(page.GetByTestId("finding-done")));
        var finding = page.GetByTestId("finding").Filter(new LocatorFilterOptions { HasText = "Capaian 20 JP belum merata" });
        await finding.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Lihat angka" }).WaitForAsync();
        await finding.GetByTestId("action-new").ClickAsync();
        await finding.GetByTestId("action-title").FillAsync("Sosialisasi e-learning ke seluruh OPD");
        await finding.GetByTestId("action-dueDate").FillAsync($"{Year + 1}-03-31");
        await finding.GetByTestId("action-save").ClickAsync();
        await AssertProblemBox(finding.GetByTestId("action-form-problem"), 422, "Data tidak valid");
        Assert.Equal("Isi penanggung jawab: pegawai atau nama.", await Text(finding.GetByTestId("field-error-ownerName")));
        await AssertAccessible(page);
        await Shot(page, "evaluation-03-action-422");
        await finding.GetByTestId("action-ownerName").FillAsync("Subbag Kepegawaian BKPSDM");
        await finding.GetByTestId("action-save").ClickAsync();
        Assert.Equal("Tindak lanjut tersimpan.", await Text(finding.GetByTestId("action-done")));
        var action = finding.GetByTestId("action").Filter(new LocatorFilterOptions { HasText = "Sosialisasi e-learning" });
        Assert.Equal("Belum dimulai", await Text(action.GetByTestId("action-status")));
        await action.GetByTestId("action-InProgress").ClickAsync();
        await page.Locator("[data-testid=action][data-status=InProgress]").WaitForAsync();
        Assert.Equal("Sedang dikerjakan", await Text(action.GetByTestId("action-status")));
        Assert.Equal("Status tindak lanjut: Sedang dikerjakan.", await Text(finding.GetByTestId("action-done")));
        await Shot(page, "evaluation-04-finding-action");

        // Closed after a confirmation: the figures become the snapshot, labelled so, and findings can no longer be added.
        await page.GetByTestId("cycle-close").ClickAsync();
        Assert.Contains("tidak dapat dibuka kembali", await Text(page.GetByTestId("cycle-close-confirm")));
        await Shot(page, "evaluation-05-close-confirm");
        await page.GetByTestId("cycle-close-yes").ClickAsync();
        Assert.Equal("Siklus ditutup; indikator tersimpan sebagai potret.", await Text(page.GetByTestId("cycle-done")));
        await page.Locator("[data-testid=indicators-kind][data-snapshot=true]").WaitForAsync();
        Assert.StartsWith("Potret saat siklus ditutup", await Text(page.GetByTestId("indicators-kind")));
        Assert.Equal("Ditutup", await Text(page.GetByTestId("cycle-status")));
        Assert.Equal(0, await page.GetByTestId("finding-new").CountAsync());
        var cycle = (await api.GetFromJsonAsync<EvaluationCycleResponse>($"/api/v1/evaluation-cycles/{id}", Json))!;
        Assert.Equal((EvaluationCycleStatus.Closed, 1, 1), (cycle.Status, cycle.FindingCount, cycle.OpenActionCount));
        await AssertAccessible(page);
        await Shot(page, "evaluation-06-closed");

        // At 360 px: the closed cycle's page reads without sideways scrolling.
        var phone = await host.SignedIn(Admin, $"/evaluasi/siklus/{id}", 360, 780);
        await phone.GetByTestId("action").First.WaitForAsync();
        await phone.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await AssertNoSidewaysScroll(phone, "the cycle page");
        await Shot(phone, "evaluation-07-cycle-phone");
        await phone.GotoAsync(host.BaseUrl + "/evaluasi");
        await phone.GetByTestId("cycle-row").First.WaitForAsync();
        await AssertNoSidewaysScroll(phone, "the cycles page");
        await Shot(phone, "evaluation-08-cycles-phone");
        await phone.Context.CloseAsync();
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task A_cycle_closed_meanwhile_refuses_a_finding_with_409_and_roles_see_what_they_may()
    {
        var api = await host.ApiAs(Admin);
        var created = await api.PostAsJsonAsync("/api/v1/evaluation-cycles", new EvaluationCycleRequest
        {
            Name = $"Evaluasi Semester {Guid.NewGuid().ToString("N")[..6]}", PeriodFrom = new DateOnly(Year, 1, 1), PeriodTo = new DateOnly(Year, 6, 30),
        }, Json);
        var cycle = (await created.Content.ReadFromJsonAsync<EvaluationCycleResponse>(Json))!;
        var page = await host.SignedIn(Admin, $"/evaluasi/siklus/{cycle.Id}");
        await page.GetByTestId("finding-new").ClickAsync();
        // Someone else closes it while the form is open.
        (await api.SendAsync(WithIfMatch(HttpMethod.Post, $"/api/v1/evaluation-cycles/{cycle.Id}/close", null, cycle.Version))).EnsureSuccessStatusCode();
        await page.GetByTestId("finding-title").FillAsync("Terlambat");
        await page.GetByTestId("finding-save").ClickAsync();
        await AssertProblemBox(page.GetByTestId("finding-problem"), 409, "Konflik data");
        Assert.Equal("closed", await page.GetByTestId("problem-reason").GetAttributeAsync("data-reason"));
        Assert.StartsWith("Orang lain sudah menutup siklus ini", await Text(page.GetByTestId("problem-reason")));
        // The page read the cycle again: it shows it closed, with its snapshot, while the problem stays in view.
        await page.Locator("[data-testid=indicators-kind][data-snapshot=true]").WaitForAsync();
        Assert.Equal("Ditutup", await Text(page.GetByTestId("cycle-status")));
        await AssertAccessible(page);
        await Shot(page, "evaluation-09-finding-409");
        await page.Context.CloseAsync();

        // 403: the national viewer has no tenant to evaluate; the page says so in words.
        var national = await host.SignedIn("nasional", "/evaluasi");
        await AssertProblem(national.Locator("main"), 403, "Tidak diizinkan");
        await Shot(national, "evaluation-10-national-403");
        await national.Context.CloseAsync();

        // The unit head sees the Dinas Kesehatan cycle only and may add findings there; the viewer reads without buttons.
        var head = await host.SignedIn("kadinkes@jmb", "/evaluasi");
        await head.GetByTestId("cycle-row").First.WaitForAsync();
        Assert.Equal(1, await head.GetByTestId("cycle-row").CountAsync());
        Assert.Contains("Dinas Kesehatan", await Text(head.GetByTestId("cycle-row")));
        await head.GetByTestId("cycle-new").ClickAsync();
        Assert.Equal(0, await head.GetByTestId("cycle-unitId").Locator("option", new LocatorLocatorOptions { HasText = "Seluruh pemerintah daerah" }).CountAsync());
        await AssertAccessible(head);
        await Shot(head, "evaluation-11-unit-head");
        await head.Context.CloseAsync();

        var viewer = await host.SignedIn("viewer@jmb", $"/evaluasi/siklus/{cycle.Id}", 360, 780);
        await viewer.GetByTestId("indicator").First.WaitForAsync();
        Assert.Equal(0, await viewer.GetByTestId("finding-new").CountAsync());
        Assert.Equal(0, await viewer.GetByTestId("cycle-close").CountAsync());
        await AssertNoSidewaysScroll(viewer, "the viewer's cycle page");
        await Shot(viewer, "evaluation-12-viewer-phone");
        await viewer.Context.CloseAsync();
    }
}
