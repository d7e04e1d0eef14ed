using System.Net;
using System.Net.Http.Json;
using AsnApi.Contracts;
using Microsoft.Playwright;

using static AsnApi.BrowserTests.PageChecks;

namespace AsnApi.BrowserTests;

/// <summary>
/// The SKP page as jmb's people use it (the other browser tests change tpi, pgk and amq): an appraisal entered with the
/// predicate changing as the ratings are picked, its 422 and 409, a correction with If-Match and its 412 and reload, the
/// distribution moving, a viewer without write controls and with masked NIPs, a unit head's form, the national viewer's
/// 403. axe on each; screenshots at 1366 and 360 px.
/// </summary>
[Collection(DashboardCollection.Name)]
public class AppraisalBrowserTests(DashboardHost host)
{
    private async Task Phone(string user, string shot)
    {
        var phone = await host.SignedIn(user, "/evaluasi/skp", 360, 780);
        await phone.GetByTestId("skp-distribution").WaitForAsync();
        await phone.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var (scroll, inner) = (await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), await phone.EvaluateAsync<int>("() => window.innerWidth"));
        Assert.True(scroll <= inner, $"/evaluasi/skp is {scroll} px wide at {inner} px");
        await Shot(phone, shot);
        await phone.Context.CloseAsync();
    }

    private static async Task Pick(ILocator scope, string group, SkpRating rating) => await scope.GetByTestId($"skp-{group}-{rating}").CheckAsync();

    [SkippableFact]
    public async Task An_appraisal_is_entered_with_the_predicate_following_the_ratings_then_corrected()
    {
        var api = await host.ApiAs("admin@jmb");
        var period = (await api.GetFromJsonAsync<Paged<AppraisalPeriodResponse>>($"/api/v1/appraisal-periods?year={DateTime.UtcNow.Year}", Json))!.Items.Single();
        var before = (await api.GetFromJsonAsync<AppraisalDistributionResponse>($"/api/v1/performance-appraisals/distribution?periodId={period.Id}", Json))!;
        var appraised = (await api.GetFromJsonAsync<Paged<PerformanceAppraisalResponse>>($"/api/v1/performance-appraisals?periodId={period.Id}&pageSize=500", Json))!.Items.Select(a => a.EmployeeId).ToHashSet();
        var employee = (await api.GetFromJsonAsync<Paged<EmployeeResponse>>("/api/v1/employees?active=true&pageSize=100&sort=-name", Json))!.Items.First(e => !appraised.Contains(e.Id));

        var page = await host.SignedIn("admin@jmb", "/evaluasi/skp");
        var entry = page.GetByTestId("skp-entry");
        await page.GetByTestId("skp-distribution").WaitForAsync();
        Assert.Equal(before.Appraised.ToString(), await Text(page.GetByTestId("skp-appraised")));

        // 422: nothing chosen; the messages sit under the rating groups.
        await page.GetByTestId("skp-save").ClickAsync();
        await AssertProblemBox(page.GetByTestId("skp-problem"), 422, "Data tidak valid");
        Assert.Contains("Penilaian hasil kerja wajib diisi.", await Text(entry.GetByTestId("skp-resultsRating")));
        await Shot(page, "skp-422");

        await page.GetByTestId("skp-search").FillAsync(employee.Name);
        await page.GetByTestId("skp-choose").First.ClickAsync();
        Assert.Contains(employee.Name, await Text(page.GetByTestId("skp-chosen")));
        Assert.Equal("Pilih kedua penilaian untuk melihat predikat.", await Text(page.GetByTestId("skp-preview")));
        await Pick(entry, "resultsRating", SkpRating.DiAtasEkspektasi);
        await Pick(entry, "behaviourRating", SkpRating.DiAtasEkspektasi);
        Assert.Equal("Sangat Baik", await Text(page.GetByTestId("skp-preview-badge")));
        await Pick(entry, "behaviourRating", SkpRating.DiBawahEkspektasi);
        Assert.Equal("Kurang/Misconduct", await Text(page.GetByTestId("skp-preview-badge")));
        await Pick(entry, "resultsRating", SkpRating.DiBawahEkspektasi);
        Assert.Equal("Sangat Kurang", await Text(page.GetByTestId("skp-preview-badge")));
        await Pick(entry, "resultsRating", SkpRating.SesuaiEkspektasi);
        Assert.Equal("Kurang/Misconduct", await Text(page.GetByTestId("skp-preview-badge")));
        await Shot(page, "skp-entry-preview");
        await page.GetByTestId("skp-save").ClickAsync();
        Assert.Equal($"Penilaian {employee.Name} tersimpan: Kurang/Misconduct.", await Text(page.GetByTestId("skp-saved")));
        await page.WaitForFunctionAsync($"() => document.querySelector('[data-testid=skp-appraised]')?.innerText === '{before.Appraised + 1}'");
        var row = page.Locator($"[data-testid=skp-row][data-employee=\"{employee.Name}\"]");
        Assert.Equal("Kurang/Misconduct", await Text(row.GetByTestId("skp-row-predicate")));

        // 409: the same employee and period again.
        await page.GetByTestId("skp-search").FillAsync(employee.Name);
        await page.GetByTestId("skp-choose").First.ClickAsync();
        await Pick(entry, "resultsRating", SkpRating.DiAtasEkspektasi);
        await Pick(entry, "behaviourRating", SkpRating.SesuaiEkspektasi);
        await page.GetByTestId("skp-save").ClickAsync();
        await AssertProblemBox(page.GetByTestId("skp-problem"), 409, "Konflik data");
        Assert.Contains($"sudah dinilai untuk periode {period.Name} (predikat Kurang/Misconduct)", await Text(page.GetByTestId("skp-problem")));
        await Shot(page, "skp-409");

        // A correction: Baik once behaviour meets expectations.
        await row.GetByTestId("skp-correct").ClickAsync();
        var fix = page.GetByTestId("skp-correction");
        await Pick(fix, "fixBehaviour", SkpRating.SesuaiEkspektasi);
        Assert.Equal("Baik", await Text(fix.GetByTestId("skp-preview-badge")));
        await fix.GetByTestId("skp-fix-save").ClickAsync();
        Assert.Equal("Koreksi tersimpan: Baik.", await Text(fix.GetByTestId("skp-fix-saved")));
        await page.WaitForFunctionAsync($"() => document.querySelector('[data-testid=skp-row][data-employee=\"{employee.Name}\"] [data-testid=skp-row-predicate]')?.innerText === 'Baik'");

        // 412: someone else corrects it meanwhile; the page says so and reloads the latest version.
        var saved = (await api.GetFromJsonAsync<Paged<PerformanceAppraisalResponse>>($"/api/v1/performance-appraisals?periodId={period.Id}&employeeId={employee.Id}", Json))!.Items.Single();
        var other = await api.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/v1/performance-appraisals/{saved.Id}",
            new PerformanceAppraisalUpdateRequest { ResultsRating = SkpRating.DiAtasEkspektasi, BehaviourRating = SkpRating.DiAtasEkspektasi, Notes = "Dikoreksi atasan." }, saved.Version));
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        await Pick(fix, "fixResults", SkpRating.DiBawahEkspektasi);
        await fix.GetByTestId("skp-fix-save").ClickAsync();
        await AssertProblemBox(fix.GetByTestId("skp-fix-problem"), 412, "Data sudah diubah");
        await Shot(page, "skp-412");
        await fix.GetByTestId("skp-reload").ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('[data-testid=skp-correction] [data-testid=skp-preview-badge]')?.innerText === 'Sangat Baik'");
        Assert.Equal("Dikoreksi atasan.", await fix.GetByTestId("skp-fix-notes").InputValueAsync());
        await Pick(fix, "fixResults", SkpRating.SesuaiEkspektasi);
        await fix.GetByTestId("skp-fix-save").ClickAsync();
        Assert.Equal("Koreksi tersimpan: Baik.", await Text(fix.GetByTestId("skp-fix-saved")));
        await AssertAccessible(page);
        await Shot(page, "skp-admin-1366");
        await page.Context.CloseAsync();
        await Phone("admin@jmb", "skp-admin-360");
    }

    [SkippableFact]
    public async Task Viewers_read_with_masked_nips_unit_heads_get_the_form_and_the_national_viewer_a_403()
    {
        var api = await host.ApiAs("admin@jmb");
        var last = (await api.GetFromJsonAsync<Paged<AppraisalPeriodResponse>>($"/api/v1/appraisal-periods?year={DateTime.UtcNow.Year - 1}", Json))!.Items.Single();
        var expected = (await api.GetFromJsonAsync<AppraisalDistributionResponse>($"/api/v1/performance-appraisals/distribution?periodId={last.Id}", Json))!;

        var viewer = await host.SignedIn("viewer@jmb", $"/evaluasi/skp?period={last.Id}");
        await viewer.GetByTestId("skp-row").First.WaitForAsync();
        Assert.Equal(expected.Appraised.ToString("#,0", System.Globalization.CultureInfo.GetCultureInfo("id-ID")), await Text(viewer.GetByTestId("skp-appraised")));
        foreach (var p in expected.Predicates)
            Assert.Equal(p.Count.ToString(), await Text(viewer.Locator($"[data-testid=skp-distribution-row][data-predicate={p.Predicate}] [data-testid=skp-distribution-count]")));
        Assert.Equal(0, await viewer.GetByTestId("skp-entry").CountAsync());
        Assert.Equal(0, await viewer.GetByTestId("skp-correct").CountAsync());
        await viewer.GetByTestId("skp-read-only").WaitForAsync();
        Assert.Contains("********", await Text(viewer.GetByTestId("skp-row").First));
        // A filter lives in the address: Baik only, after a reload.
        await viewer.GetByTestId("skp-predicate-filter").SelectOptionAsync("Baik");
        await viewer.ReloadAsync();
        await viewer.GetByTestId("skp-row").First.WaitForAsync();
        Assert.All(await viewer.GetByTestId("skp-row-predicate").AllInnerTextsAsync(), p => Assert.Equal("Baik", p.Trim()));
        await AssertAccessible(viewer);
        await Shot(viewer, "skp-viewer-1366");
        await viewer.Context.CloseAsync();
        await Phone("viewer@jmb", "skp-viewer-360");

        var head = await host.SignedIn("kadinkes@jmb", $"/evaluasi/skp?period={last.Id}");
        await head.GetByTestId("skp-entry").WaitForAsync();
        await head.GetByTestId("skp-row").First.WaitForAsync();
        var headList = (await (await host.ApiAs("kadinkes@jmb")).GetFromJsonAsync<Paged<PerformanceAppraisalResponse>>($"/api/v1/performance-appraisals?periodId={last.Id}&pageSize=1", Json))!;
        await head.WaitForFunctionAsync($"() => document.querySelectorAll('[data-testid=skp-row]').length === {Math.Min(20, headList.Total!.Value)}");
        await AssertAccessible(head);
        await Shot(head, "skp-unit-head-1366");
        await head.Context.CloseAsync();
        await Phone("kadinkes@jmb", "skp-unit-head-360");

        var national = await host.SignedIn("nasional", "/evaluasi/skp");
        await AssertProblem(national.Locator("main"), 403, "Tidak diizinkan");
        await Shot(national, "skp-403");
        await national.Context.CloseAsync();
    }
}
