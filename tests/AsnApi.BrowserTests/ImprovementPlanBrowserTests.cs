using System.Net.Http.Json;
using AsnApi.Contracts;
using Microsoft.Playwright;

using static AsnApi.BrowserTests.PageChecks;

namespace AsnApi.BrowserTests;

/// <summary>
/// The improvement loop as jmb's people use it (no other browser test changes jmb): from the mapping page to Puskesmas
/// Kota's improvement plan (the demo's weakest unit), its figures against the API, drafting plan items after a 422 on
/// the year and the second click that adds nothing; the mapping edited after a 422 and a 412, its effect on the plan;
/// a viewer without buttons and with masked NIPs, a unit head drafting in their sub-tree. axe; 1366 and 360 px.
/// </summary>
[Collection(DashboardCollection.Name)]
public class ImprovementPlanBrowserTests(DashboardHost host)
{
    private const string Mapping = "/umpan-balik/pemetaan-kompetensi";

    private static async Task AssertNoSidewaysScroll(IPage page)
    {
        var (scroll, inner) = (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), await page.EvaluateAsync<int>("() => window.innerWidth"));
        Assert.True(scroll <= inner, $"{page.Url} is {scroll} px wide at {inner} px");
    }

    private async Task<(HttpClient Api, ServiceUnitResponse Unit, string Path)> Puskesmas(string user = "admin@jmb")
    {
        var api = await host.ApiAs(user);
        var unit = (await api.GetFromJsonAsync<Paged<ServiceUnitResponse>>("/api/v1/service-units?q=puskesmas-kota&pageSize=1", Json))!.Items[0];
        return (api, unit, $"/umpan-balik/unit-layanan/{unit.Id}/rencana-perbaikan");
    }

    [SkippableFact]
    public async Task An_admin_opens_the_plan_from_the_mapping_drafts_plan_items_and_maps_a_category()
    {
        Skip.If(host.Unavailable is not null, "Browser tests skipped: " + host.Unavailable);
        var (api, unit, path) = await Puskesmas();
        var expected = (await api.GetFromJsonAsync<ImprovementPlanResponse>($"/api/v1/service-units/{unit.Id}/improvement-plan", Json))!;
        var page = await host.SignedIn("admin@jmb", "/");

        // From the menu to the mapping, and from there to the weakest unit's plan.
        await page.Locator("#main-nav").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Pemetaan ke kompetensi" }).ClickAsync();
        await page.GetByTestId("mapping-form").WaitForAsync();
        Assert.Equal("Pemetaan bawaan", await Text(page.GetByTestId("mapping-state")));
        var chips = await page.GetByTestId("mapping-unsur-U7").GetByTestId("mapping-chip").AllInnerTextsAsync();
        Assert.Equal(["Pelayanan Publik", "Integritas", "Komunikasi"], chips.Select(c => c.Replace("×", "").Trim()));
        await AssertAccessible(page);
        await Shot(page, "improvement-01-mapping");
        await page.GetByTestId("improvement-link").Filter(new LocatorFilterOptions { HasText = "Puskesmas Kota" }).ClickAsync();
        await page.GetByTestId("plan-staff-row").First.WaitForAsync();
        Assert.Equal(host.BaseUrl + path, page.Url);

        // What the page says is what the API says: the weak unsur, the unmapped categories, the ranked competencies, staff and programs.
        Assert.Equal(expected.WeakUnsur.Count, await page.GetByTestId("plan-weak-row").CountAsync());
        Assert.StartsWith(expected.WeakUnsur[0].Code, await Text(page.GetByTestId("plan-weak-row").First));
        var categories = await page.GetByTestId("plan-category-row").AllInnerTextsAsync();
        Assert.Contains(categories, c => c.Contains("Sikap petugas") && c.Contains("Belum dipetakan"));
        Assert.Equal(expected.Competencies.Select(c => c.Name), (await page.GetByTestId("plan-competency").Locator("strong").AllInnerTextsAsync()).Select(s => s.Trim()));
        Assert.Equal(expected.Staff.Count, await page.GetByTestId("plan-staff-row").CountAsync());
        Assert.Equal(expected.Programs.Select(p => p.Title), (await page.GetByTestId("plan-program").Locator("strong").AllInnerTextsAsync()).Select(s => s.Trim()));
        Assert.Contains(expected.Competencies[0].Reason, await Text(page.GetByTestId("plan-competency").First));
        await AssertAccessible(page);
        await Shot(page, "improvement-02-plan");

        // A year out of range: the confirmation, then a 422 under the input, nothing drafted.
        var draft = page.GetByTestId("plan-draft");
        await page.GetByTestId("plan-draft-year").FillAsync("1999");
        await page.GetByTestId("plan-draft-button").ClickAsync();
        await page.GetByTestId("plan-draft-confirm").ClickAsync();
        await AssertProblem(draft, 422, "Data tidak valid");
        Assert.Equal("Tahun 2000 sampai 2100.", await Text(page.GetByTestId("field-error-year")));
        await Shot(page, "improvement-03-draft-422");

        var year = DateTime.UtcNow.Year;
        await page.GetByTestId("plan-draft-year").FillAsync(year.ToString());
        await page.GetByTestId("plan-draft-button").ClickAsync();
        Assert.Contains($"tahun {year} untuk {expected.Staff.Count} pegawai", await Text(draft.Locator(".confirm")));
        await page.GetByTestId("plan-draft-confirm").ClickAsync();
        var summary = await Text(page.GetByTestId("plan-draft-summary"));
        var items = expected.Staff.Sum(s => s.Gaps.Count);
        Assert.Matches($@"^\d+ kegiatan ditambahkan \(\d+ rencana baru\); \d+ dilewati\.$", summary);
        var created = await page.GetByTestId("plan-draft-created").Locator("li").CountAsync();
        Assert.True(created > 0 && created <= items, summary);
        await Shot(page, "improvement-04-drafted");
        // Drafted items are in the employees' draft plans: the first link opens one.
        var planLink = page.GetByTestId("plan-draft-created").GetByRole(AriaRole.Link).First;
        var planHref = await planLink.GetAttributeAsync("href");
        Assert.StartsWith("/rencana/", planHref);

        // The second click adds nothing and says why.
        await page.GetByTestId("plan-draft-button").ClickAsync();
        await page.GetByTestId("plan-draft-confirm").ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('[data-testid=plan-draft-summary]')?.innerText.startsWith('0 kegiatan')");
        Assert.Contains("sudah memuat kegiatan untuk kompetensi ini", await Text(page.GetByTestId("plan-draft-skipped")));
        await Shot(page, "improvement-05-second-click");

        // The mapping: a category with a competency, after a 422 on its text and a 412 from a change made meanwhile.
        await page.GotoAsync(host.BaseUrl + Mapping);
        var form = page.GetByTestId("mapping-form");
        await form.WaitForAsync();
        await page.GetByTestId("mapping-add-category").ClickAsync();
        await page.GetByTestId("mapping-category-0").FillAsync(new string('k', 101));
        await page.GetByTestId("mapping-category").First.GetByTestId("mapping-add").SelectOptionAsync(new SelectOptionValue { Label = "M.3 Komunikasi" });
        await page.GetByTestId("mapping-save").ClickAsync();
        await AssertProblem(form, 422, "Data tidak valid");
        Assert.Equal("Kategori paling panjang 100 karakter.", await Text(page.GetByTestId("field-error-categories[0].category")));
        await Shot(page, "improvement-06-mapping-422");

        var version = (await api.GetFromJsonAsync<CompetencyMappingResponse>("/api/v1/settings/competency-mapping", Json))!.Version;
        (await api.SendAsync(WithIfMatch(HttpMethod.Put, "/api/v1/settings/competency-mapping", new CompetencyMappingRequest
        {
            Unsur = [new() { Code = "U7", CompetencyIds = [AsnApi.Domain.NationalCompetencies.IdOf("M.5")] }],
        }, version))).EnsureSuccessStatusCode();
        await page.GetByTestId("mapping-category-0").FillAsync("Sikap petugas");
        await page.GetByTestId("mapping-save").ClickAsync();
        // The 422's box stays until the answer to this save arrives: wait for the new status, then read it.
        await page.WaitForFunctionAsync("() => document.querySelector('[data-testid=mapping-form] [data-testid=problem]')?.dataset.status === '412'");
        await AssertProblem(form, 412, "Data sudah diubah");
        await Shot(page, "improvement-07-mapping-412");
        await page.GetByTestId("mapping-reload").ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('[data-testid=mapping-state]')?.innerText.startsWith('Pemetaan instansi')");
        await page.GetByTestId("mapping-add-category").ClickAsync();
        await page.GetByTestId("mapping-category-0").FillAsync("Sikap petugas");
        await page.GetByTestId("mapping-category").First.GetByTestId("mapping-add").SelectOptionAsync(new SelectOptionValue { Label = "M.3 Komunikasi" });
        await page.GetByTestId("mapping-save").ClickAsync();
        Assert.Equal("Pemetaan tersimpan.", await Text(page.GetByTestId("mapping-saved")));
        var saved = (await api.GetFromJsonAsync<CompetencyMappingResponse>("/api/v1/settings/competency-mapping", Json))!;
        Assert.Equal(("Sikap petugas", "Komunikasi"), (saved.Categories.Single().Category, saved.Categories.Single().Competencies.Single().Name));
        await AssertAccessible(page);
        await Shot(page, "improvement-08-mapping-saved");

        // The plan now counts the category as mapped.
        await page.GotoAsync(host.BaseUrl + path);
        await page.GetByTestId("plan-category-row").Filter(new LocatorFilterOptions { HasText = "Sikap petugas" }).Filter(new LocatorFilterOptions { HasText = "Dipetakan" }).WaitForAsync();

        // Back to the default, after a confirmation.
        await page.GotoAsync(host.BaseUrl + Mapping);
        await page.GetByTestId("mapping-reset").ClickAsync();
        await page.GetByTestId("mapping-reset-confirm").ClickAsync();
        Assert.Equal("Pemetaan kembali ke bawaan.", await Text(page.GetByTestId("mapping-saved")));
        Assert.Equal("Pemetaan bawaan", await Text(page.GetByTestId("mapping-state")));
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task A_viewer_reads_without_buttons_and_a_unit_head_sees_their_sub_tree_on_a_phone()
    {
        Skip.If(host.Unavailable is not null, "Browser tests skipped: " + host.Unavailable);
        var (_, _, path) = await Puskesmas();

        var viewer = await host.SignedIn("viewer@jmb", path);
        await viewer.GetByTestId("plan-staff-row").First.WaitForAsync();
        Assert.Equal(0, await viewer.GetByTestId("plan-draft").CountAsync());
        Assert.StartsWith("********", await Text(viewer.GetByTestId("plan-staff-nip").First));
        await AssertAccessible(viewer);
        await Shot(viewer, "improvement-09-viewer");
        await viewer.GotoAsync(host.BaseUrl + Mapping);
        await viewer.GetByTestId("mapping-form").WaitForAsync();
        Assert.Equal(0, await viewer.GetByTestId("mapping-save").CountAsync());
        Assert.Equal(0, await viewer.GetByTestId("mapping-add").CountAsync());
        await viewer.Context.CloseAsync();

        // A unit head of Dinas Kesehatan on a phone: the plan of a puskesmas of their sub-tree, with the draft button.
        foreach (var (user, name) in new[] { ("kadinkes@jmb", "head"), ("admin@jmb", "admin"), ("viewer@jmb", "viewer") })
        {
            var phone = await host.SignedIn(user, path, 360, 780);
            await phone.GetByTestId("plan-staff-row").First.WaitForAsync();
            await phone.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await AssertNoSidewaysScroll(phone);
            Assert.Equal(user == "viewer@jmb" ? 0 : 1, await phone.GetByTestId("plan-draft").CountAsync());
            await Shot(phone, $"improvement-10-phone-{name}");
            await phone.GotoAsync(host.BaseUrl + Mapping);
            await phone.GetByTestId("mapping-form").WaitForAsync();
            await phone.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await AssertNoSidewaysScroll(phone);
            await Shot(phone, $"improvement-11-phone-mapping-{name}");
            await phone.Context.CloseAsync();
        }
    }

    [SkippableFact]
    public async Task An_unknown_service_unit_is_a_not_found_page()
    {
        Skip.If(host.Unavailable is not null, "Browser tests skipped: " + host.Unavailable);
        var page = await host.SignedIn("admin@jmb", $"/umpan-balik/unit-layanan/{Guid.NewGuid()}/rencana-perbaikan");
        await page.GetByTestId("not-found").WaitForAsync();
        await page.Context.CloseAsync();
    }
}
