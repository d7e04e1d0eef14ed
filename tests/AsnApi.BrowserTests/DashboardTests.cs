using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using AsnApi.Contracts;
using Microsoft.Playwright;

using static AsnApi.BrowserTests.PageChecks;

namespace AsnApi.BrowserTests;

[Collection(DashboardCollection.Name)]
public class DashboardTests(DashboardHost host)
{
    [SkippableFact]
    public async Task Admin_signs_in_searches_an_employee_and_opens_the_detail()
    {
        Skip.If(host.Unavailable is not null, "Browser tests skipped: " + host.Unavailable);
        var login = await host.Browser!.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
        await login.GotoAsync(host.BaseUrl + "/");
        await login.GetByTestId("login-username").WaitForAsync();
        Assert.Equal("id", await login.Locator("html").GetAttributeAsync("lang"));
        await Shot(login, "01-login");

        var page = await host.SignedIn("admin@tpi");
        await page.GetByTestId("employee-row").First.WaitForAsync(); // the list the sign-in lands on
        Assert.Contains("Tanjungpinang", await page.GetByTestId("tenant-name").InnerTextAsync());
        await Shot(page, "02-employees");

        // Search by the start of a NIP that is on screen, as an HR officer would.
        var firstRow = page.GetByTestId("employee-row").First;
        var nip = (await firstRow.Locator("td").First.InnerTextAsync()).Trim();
        var name = (await firstRow.Locator("td").Nth(1).InnerTextAsync()).Trim();
        await page.GetByTestId("employee-search").FillAsync(nip[..14]);
        await page.WaitForFunctionAsync($"() => [...document.querySelectorAll('[data-testid=employee-row]')].every(r => r.innerText.includes('{nip[..14]}'))");
        await Shot(page, "03-search");

        await page.GetByTestId("employee-row").Filter(new LocatorFilterOptions { HasText = nip }).ClickAsync();
        var detail = page.GetByTestId("employee-detail");
        await detail.WaitForAsync();
        Assert.Equal(nip, (await page.GetByTestId("employee-detail-nip").InnerTextAsync()).Trim());
        Assert.Contains(name, await detail.InnerTextAsync());
        await page.GetByTestId("competency-profile").WaitForAsync();
        await Shot(page, "04-employee-detail");
    }

    [SkippableFact]
    public async Task The_dashboard_works_on_a_360px_phone_and_in_english()
    {
        var page = await host.SignedIn("admin@tpi", "/", 360, 780);
        await page.GetByTestId("employee-row").First.WaitForAsync(); // the list the sign-in lands on
        await Shot(page, "05-phone-employees");
        await page.GetByTestId("language").SelectOptionAsync("en");
        await page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Civil servants" }).WaitForAsync();
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");
        Assert.False(overflow, "the page scrolls sideways at 360 px");
        await Shot(page, "06-phone-english");
        await page.GetByTestId("language").SelectOptionAsync("id");
    }

    [SkippableFact]
    public async Task Entering_an_assessment_changes_the_radar_and_the_jpm_and_a_plan_is_approved()
    {
        var page = await host.SignedIn("admin@tpi");
        await page.GetByTestId("employee-row").First.WaitForAsync(); // the list the sign-in lands on
        var api = await host.ApiAs("admin@tpi");
        // Someone never assessed, whose position has a standard.
        var unassessed = await api.GetFromJsonAsync<Paged<UnassessedEmployee>>("/api/v1/competency-analytics/unassessed?years=20&pageSize=50", Json);
        var target = unassessed!.Items.First(e => e.LastAssessedOn is null && e.PositionName is not null);

        await page.GotoAsync($"{host.BaseUrl}/pegawai/{target.Id}");
        await page.GetByTestId("competency-profile").WaitForAsync();
        var before = (await page.GetByTestId("jpm-value").InnerTextAsync()).Trim();
        Assert.Equal("Belum dinilai", before);
        await Shot(page, "07-profile-before");

        await page.GetByTestId("assessment-open").ClickAsync();
        foreach (var code in new[] { "M.1", "M.2", "M.3", "M.4", "M.5", "M.6", "M.7", "M.8", "SK.1" })
            await page.GetByTestId($"level-{code}").SelectOptionAsync("3");
        await Shot(page, "08-assessment-form");
        await page.GetByTestId("assessment-save").ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('[data-testid=jpm-value]')?.innerText.trim() !== 'Belum dinilai'");
        var after = (await page.GetByTestId("jpm-value").InnerTextAsync()).Trim();
        Assert.Matches(@"^\d+,\d\d$", after); // id-ID decimals
        await page.GetByTestId("assessment-history").Locator("tbody tr").First.WaitForAsync(); // the history refetches after the profile
        Assert.Equal(1, await page.GetByTestId("assessment-history").Locator("tbody tr").CountAsync());
        Assert.True(await page.GetByTestId("profile-radar").Locator("svg path").CountAsync() > 2, "the radar should draw the assessed levels");
        await Shot(page, "09-profile-after");

        // Draft the plan from the gaps on the same page and submit it; with separation of duties its author
        // cannot approve it, so the admin approves the plan the Dinas Kesehatan head submitted (demo data).
        await page.GetByTestId("plan-open").ClickAsync();
        var form = page.GetByTestId("plan-form");
        await form.GetByLabel("Judul").FillAsync("Rencana uji peramban");
        await form.GetByLabel("Kegiatan").First.FillAsync("Pelatihan pelayanan prima");
        await Shot(page, "10-plan-form");
        await page.GetByTestId("plan-submit").ClickAsync();
        await page.GetByText("Rencana tersimpan (Diajukan).").WaitForAsync();
        var submitted = await api.GetFromJsonAsync<Paged<DevelopmentPlanResponse>>($"/api/v1/development-plans?employeeId={target.Id}", Json);
        var plan = submitted!.Items.Single();
        Assert.Equal((DevelopmentPlanStatus.Submitted, "Rencana uji peramban"), (plan.Status, plan.Title));

        var waiting = await api.GetFromJsonAsync<Paged<DevelopmentPlanResponse>>("/api/v1/development-plans?status=Submitted&pageSize=100", Json);
        var byHead = waiting!.Items.Single(p => p.CreatedBy == "kadinkes@tpi");
        await page.GotoAsync($"{host.BaseUrl}/rencana");
        await page.GetByTestId("plan-row").Filter(new LocatorFilterOptions { HasText = "Rencana uji peramban" }).WaitForAsync();
        var row = page.GetByTestId("plan-row").Filter(new LocatorFilterOptions { HasText = byHead.EmployeeName });
        await Shot(page, "11-plans-submitted");
        await row.GetByTestId("plan-approve").ClickAsync();
        await page.GetByRole(AriaRole.Status).WaitForAsync();
        var approved = await api.GetFromJsonAsync<DevelopmentPlanResponse>($"/api/v1/development-plans/{byHead.Id}", Json);
        Assert.Equal(DevelopmentPlanStatus.Approved, approved!.Status);
        Assert.Equal("admin@tpi", approved.DecidedBy);
        await Shot(page, "12-plan-approved");
    }

    [SkippableFact]
    public async Task The_analytics_page_shows_the_distribution_and_the_heatmap()
    {
        var page = await host.SignedIn("admin@tpi");
        await page.GetByTestId("employee-row").First.WaitForAsync(); // the list the sign-in lands on
        await page.GotoAsync($"{host.BaseUrl}/analitik");
        await page.GetByTestId("heatmap").WaitForAsync();
        await page.GetByTestId("jpm-distribution").Locator("svg").WaitForAsync();
        Assert.True(await page.GetByTestId("heatmap").Locator("tbody tr").CountAsync() > 3);
        await Shot(page, "13-analytics");
        await page.GotoAsync($"{host.BaseUrl}/kompetensi");
        await page.GetByText("Integritas").First.ClickAsync();
        await page.GetByTestId("competency-detail").WaitForAsync();
        await Shot(page, "14-dictionary");
    }

    [SkippableFact]
    public async Task A_position_standard_is_edited_in_the_standard_editor()
    {
        var page = await host.SignedIn("admin@tpi");
        await page.GetByTestId("employee-row").First.WaitForAsync(); // the list the sign-in lands on
        await page.GotoAsync($"{host.BaseUrl}/jabatan");
        await page.GetByTestId("position-search").FillAsync("Kepala Seksi Hukum");
        var row = page.GetByTestId("position-row").Filter(new LocatorFilterOptions { HasText = "Kepala Seksi Hukum" });
        await row.ClickAsync();
        var editor = page.GetByTestId("standard-editor");
        await editor.WaitForAsync();
        Assert.Equal("2", await page.GetByTestId("required-M.1").InputValueAsync()); // Pengawas default
        await page.GetByTestId("required-M.3").SelectOptionAsync("4");
        await page.GetByTestId("standard-save").ClickAsync();
        var status = page.GetByTestId("standard-editor").GetByRole(AriaRole.Status);
        await status.WaitForAsync();
        await Shot(page, "15-standard-editor");
        Assert.Equal("Standar tersimpan.", (await status.InnerTextAsync()).Trim());

        var api = await host.ApiAs("admin@tpi");
        var positions = await api.GetFromJsonAsync<Paged<PositionResponse>>("/api/v1/positions?q=Kepala Seksi Hukum", Json);
        var standard = await api.GetFromJsonAsync<PositionStandardResponse>($"/api/v1/positions/{positions!.Items.Single().Id}/standard", Json);
        Assert.Equal(4, standard!.Items.Single(i => i.Code == "M.3").RequiredLevel);
        Assert.Equal(2, standard.Items.Single(i => i.Code == "M.1").RequiredLevel);
    }

    [SkippableFact]
    public async Task Needs_are_generated_from_gaps_then_verified_and_validated()
    {
        var page = await host.SignedIn("admin@tpi");
        await page.GetByTestId("employee-row").First.WaitForAsync(); // the list the sign-in lands on
        await page.GotoAsync($"{host.BaseUrl}/kebutuhan");
        await page.GetByTestId("needs-generate").ClickAsync();
        await page.GetByRole(AriaRole.Status).Filter(new LocatorFilterOptions { HasText = "Inventaris disusun" }).WaitForAsync();
        var first = page.GetByTestId("need-row").First;
        var employee = (await first.Locator("td").Nth(1).InnerTextAsync()).Split('\n')[0].Trim();
        await first.GetByRole(AriaRole.Checkbox).CheckAsync();
        await Shot(page, "16-needs");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Verifikasi (1)" }).ClickAsync();
        await page.GetByText("1 kebutuhan kini Terverifikasi.").WaitForAsync();

        var api = await host.ApiAs("admin@tpi");
        var verified = await api.GetFromJsonAsync<Paged<DevelopmentNeedResponse>>($"/api/v1/development-needs?year={DateTime.UtcNow.Year}&status=Verified", Json);
        var need = Assert.Single(verified!.Items);
        Assert.Equal(employee, need.EmployeeName);
        Assert.Equal("admin@tpi", need.ReviewedBy);
    }
}
