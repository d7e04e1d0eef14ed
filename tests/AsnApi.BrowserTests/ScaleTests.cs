using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using AsnApi.Contracts;
using Microsoft.Playwright;

using static AsnApi.BrowserTests.PageChecks;

namespace AsnApi.BrowserTests;

/// <summary>The dashboard at scale and on a phone: every page at 360 px, the heatmap and its drill-down, axe, the needs inventory.</summary>
[Collection(DashboardCollection.Name)]
public class ScaleTests(DashboardHost host)
{
    private static async Task AssertNoSidewaysScroll(IPage page, string what)
    {
        var (scroll, inner) = (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), await page.EvaluateAsync<int>("() => window.innerWidth"));
        if (scroll <= inner) return;
        // Name the widest culprits, so a failure says where to look.
        var wide = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
              .filter(e => !e.closest('.table-wrap') || e.classList.contains('table-wrap'))
              .slice(0, 8).map(e => `${e.tagName.toLowerCase()}.${e.className} right=${Math.round(e.getBoundingClientRect().right)}`)
            """);
        Assert.Fail($"{what}: the page is {scroll} px wide at a {inner} px viewport: {string.Join("; ", wide)}");
    }

    [SkippableFact]
    public async Task Every_page_works_on_a_360px_phone_without_scrolling_sideways()
    {
        Skip.If(host.Unavailable is not null, "Browser tests skipped: " + host.Unavailable);
        var login = await host.Browser!.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 360, Height = 780 } });
        await login.GotoAsync(host.BaseUrl + "/masuk");
        await login.GetByTestId("login-username").WaitForAsync();
        await AssertNoSidewaysScroll(login, "/masuk");
        await Shot(login, "phone-00-login");

        var page = await host.SignedIn("admin@tpi", "/", 360, 780);
        await page.GetByTestId("employee-row").First.WaitForAsync(); // the list the sign-in lands on
        var api = await host.ApiAs("admin@tpi");
        var employee = (await api.GetFromJsonAsync<Paged<EmployeeResponse>>("/api/v1/employees?pageSize=1&sort=name", Json))!.Items[0];
        var plan = await (await api.PostAsJsonAsync("/api/v1/development-plans", new DevelopmentPlanRequest
        {
            EmployeeId = employee.Id, Year = DateTime.UtcNow.Year + 2, Title = "Rencana pengembangan kompetensi untuk layar ponsel",
            Items = [new PlanItemRequest { CompetencyId = AsnApi.Domain.NationalCompetencies.IdOf("M.1"), TargetLevel = 3, Form = DevelopmentActivityForm.PelatihanKepemimpinanAdministrator, ActivityName = "Pelatihan Kepemimpinan Administrator angkatan II", PlannedJp = 40, DueDate = new DateOnly(DateTime.UtcNow.Year + 2, 11, 30) }],
        }, Json)).Content.ReadFromJsonAsync<DevelopmentPlanResponse>(Json);
        var complaint = (await api.GetFromJsonAsync<Paged<ComplaintResponse>>("/api/v1/complaints?pageSize=1", Json))!.Items[0];
        // A demo session with participants: the roster is the widest table of the training pages.
        var session = (await api.GetFromJsonAsync<Paged<TrainingSessionResponse>>("/api/v1/training-sessions?status=Finished&pageSize=1", Json))!.Items[0];
        var needsYear = DateTime.UtcNow.Year + 2;
        var puskesmas = (await api.GetFromJsonAsync<Paged<ServiceUnitResponse>>("/api/v1/service-units?q=puskesmas-kota&pageSize=1", Json))!.Items[0];
        var serviceUnit = (await api.GetFromJsonAsync<Paged<ServiceUnitResponse>>("/api/v1/service-units?q=dukcapil", Json))!.Items.First(s => s.Slug == "dukcapil");
        // The demo's closed tenant-wide evaluation cycle: indicators, comparison and findings with actions.
        var cycle = (await api.GetFromJsonAsync<Paged<EvaluationCycleResponse>>("/api/v1/evaluation-cycles?status=Closed&tenantWide=true&pageSize=1", Json))!.Items[0];
        (await api.PostAsJsonAsync("/api/v1/development-needs/generate", new GenerateNeedsRequest { Year = needsYear }, Json)).EnsureSuccessStatusCode();

        // The menu is folded: one button, expanded on demand, closed by Esc.
        var toggle = page.GetByTestId("menu-toggle");
        Assert.Equal("false", await toggle.GetAttributeAsync("aria-expanded"));
        Assert.False(await page.Locator("#main-nav").IsVisibleAsync());
        await toggle.ClickAsync();
        Assert.Equal("true", await toggle.GetAttributeAsync("aria-expanded"));
        Assert.True(await page.Locator("#main-nav").IsVisibleAsync());
        await Shot(page, "phone-01-menu-open");
        await page.Keyboard.PressAsync("Escape");
        Assert.Equal("false", await toggle.GetAttributeAsync("aria-expanded"));
        Assert.False(await page.Locator("#main-nav").IsVisibleAsync());

        var pages = new (string Path, string Ready)[]
        {
            // Complaints: the public form and tracking page (no menu there), then the staff's pages; the menu check below needs a dashboard page last.
            ("/pengaduan/tpi", "[data-testid=public-complaint-form]"), ($"/lacak/tpi/{complaint.TrackingCode}", "[data-testid=track-event]"),
            ("/umpan-balik/pengaduan", "[data-testid=complaint-card]"), ($"/umpan-balik/pengaduan/{complaint.Id}", "[data-testid=timeline-event]"),
            ("/umpan-balik/pengaduan/statistik", "[data-testid=compliance-row]"),
            ("/pegawai", "[data-testid=employee-row]"), ($"/pegawai/{employee.Id}", "[data-testid=competency-profile]"), ("/unit", "main table tbody tr"),
            ("/jabatan", "[data-testid=position-row]"), ("/kompetensi", "main table tbody tr"), ("/kompetensi/profil", "[data-testid=profiles-row]"), ("/analitik", "[data-testid=heatmap]"),
            ($"/kebutuhan?year={needsYear}&status=", "[data-testid=need-row]"), ("/rencana", "main h1"), ($"/rencana/{plan!.Id}", "[data-testid=plan-detail]"), ("/pelatihan", "[data-testid=program-row]"),
            ("/angkatan", "[data-testid=session-row]"), ($"/angkatan/{session.Id}", "[data-testid=roster-row]"), ("/mitra-pelatihan", "[data-testid=partner-row]"),
            ("/capaian-jp", "[data-testid=jp-below-row]"), ("/evaluasi/tindak-lanjut", "[data-testid=follow-up-row]"), ("/pengaturan", "[data-testid=settings-form]"), ("/kunci-api", "main h1"), ("/audit", "[data-testid=audit-row]"),
            ("/umpan-balik/pemetaan-kompetensi", "[data-testid=mapping-form]"), ($"/umpan-balik/unit-layanan/{puskesmas.Id}/rencana-perbaikan", "[data-testid=plan-staff-row]"),
            ("/survei/tpi/dukcapil", "[data-testid=survey-form]"), ("/umpan-balik", "[data-testid=ikm-row]"), ("/umpan-balik/unit-layanan", "[data-testid=su-row]"),
            ($"/umpan-balik/unit-layanan/{serviceUnit.Id}", "[data-testid=su-radar]"), ($"/umpan-balik/unit-layanan/{serviceUnit.Id}/poster", "[data-testid=poster-qr]"),
            ("/evaluasi/skp", "[data-testid=skp-distribution]"), ("/evaluasi/efektivitas", "[data-testid=eff-row]"), ("/evaluasi/efektivitas/kuesioner", "[data-testid=template]"),
            ("/evaluasi", "[data-testid=cycle-row]"), ($"/evaluasi/siklus/{cycle.Id}", "[data-testid=action]"),
            ("/impor", "[data-testid=import-kind]"),
        };
        var n = 2;
        foreach (var (path, ready) in pages)
        {
            await page.GotoAsync(host.BaseUrl + path);
            await page.Locator(ready).First.WaitForAsync();
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await AssertNoSidewaysScroll(page, path);
            await Shot(page, $"phone-{n:00}-{path.Split('/', '?')[1]}");
            // What a person sees first, at the phone's own height.
            await page.Locator(ready).First.ScrollIntoViewIfNeededAsync();
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(DashboardHost.Screenshots, $"phone-{n++:00}-{path.Split('/', '?')[1]}-screen.png") });
        }
        // The menu still navigates.
        await page.GetByTestId("menu-toggle").ClickAsync();
        await page.Locator("#main-nav").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Kebutuhan (AKPK)" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Kebutuhan Pengembangan (AKPK)" }).WaitForAsync();
        Assert.False(await page.Locator("#main-nav").IsVisibleAsync());
    }

    [SkippableFact]
    public async Task The_heatmap_rolls_up_explains_itself_and_drills_down_to_employees()
    {
        var page = await host.SignedIn("admin@tpi");
        await page.GetByTestId("employee-row").First.WaitForAsync(); // the list the sign-in lands on
        await page.GotoAsync($"{host.BaseUrl}/analitik");
        var heatmap = page.GetByTestId("heatmap");
        await heatmap.WaitForAsync();
        var region = page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "Peta panas unit × kompetensi, dapat digeser" });
        Assert.Equal("0", await region.GetAttributeAsync("tabindex"));
        Assert.Contains("·", await page.GetByTestId("heatmap-legend").InnerTextAsync());
        Assert.Contains("Kurang dari 3 pegawai", await page.GetByTestId("heatmap-legend").InnerTextAsync());

        var api = await host.ApiAs("admin@tpi");
        var data = (await api.GetFromJsonAsync<HeatmapResponse>("/api/v1/competency-analytics/heatmap", Json))!;
        var root = data.Headcounts.MinBy(h => h.Depth)!;
        Assert.Contains($"{root.Assessed} dari {root.Employees} pegawai dinilai", await heatmap.Locator("tbody tr").First.InnerTextAsync());

        var biggest = data.Cells.Where(c => !c.BelowMinimum).MaxBy(c => c.Employees)!;
        var unit = data.Units.Single(u => u.Id == biggest.UnitId).Name;
        var competency = data.Competencies.Single(c => c.Id == biggest.CompetencyId).Name;
        var cell = page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = $"{unit}, {competency}:", Exact = false }).First;
        await cell.ClickAsync();
        var drill = page.GetByTestId("heatmap-drill");
        await drill.GetByTestId("drill-row").First.WaitForAsync();
        Assert.Contains($"{biggest.Employees} data", await drill.InnerTextAsync());
        Assert.Equal(Math.Min(20, biggest.Employees), await drill.GetByTestId("drill-row").CountAsync());
        await Shot(page, "heatmap-01-drill");
        var first = drill.GetByTestId("drill-row").First.GetByRole(AriaRole.Link);
        var name = (await first.InnerTextAsync()).Trim();
        await first.ClickAsync();
        await page.GetByTestId("employee-detail").WaitForAsync();
        Assert.Contains(name, await page.GetByTestId("employee-detail").InnerTextAsync());

        // Per unit instead of the sub-tree.
        await page.GoBackAsync();
        await page.GetByTestId("heatmap-rollup").SelectOptionAsync("Self");
        await page.WaitForURLAsync(u => u.Contains("rollup=Self"));
        var self = (await api.GetFromJsonAsync<HeatmapResponse>("/api/v1/competency-analytics/heatmap?rollup=Self", Json))!;
        await page.WaitForFunctionAsync($"() => document.querySelectorAll('[data-testid=heatmap] tbody tr').length === {self.Units.Count}");
        await Shot(page, "heatmap-02-self");
    }

    /// <summary>axe-core (from client/node_modules) against the analytics page: no serious or critical violation.</summary>
    [SkippableFact]
    public async Task The_analytics_page_has_no_serious_accessibility_violations()
    {
        var axe = Path.Combine(DashboardHost.RepoRoot(), "client", "node_modules", "axe-core", "axe.min.js");
        Skip.IfNot(File.Exists(axe), "axe-core is not installed (client/node_modules); building the API with Node.js installs it");
        var page = await host.SignedIn("admin@tpi");
        await page.GetByTestId("employee-row").First.WaitForAsync(); // the list the sign-in lands on
        await page.GotoAsync($"{host.BaseUrl}/analitik");
        await page.GetByTestId("heatmap").WaitForAsync();
        await page.GetByTestId("jpm-distribution").Locator("svg").WaitForAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        // Evaluated through the DevTools protocol, so the page's Content-Security-Policy stays as it is served
        // (a <script> tag would be refused by it).
        await page.EvaluateAsync(await File.ReadAllTextAsync(axe) + "\n;undefined");
        var result = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const r = await axe.run(document, { resultTypes: ['violations'] });
              return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, targets: v.nodes.slice(0, 5).map(n => n.target.join(' ')) }));
            }
            """);
        var violations = result.EnumerateArray().Select(v => v.ToString()).ToList();
        Assert.True(violations.Count == 0, "axe: " + string.Join("\n", violations));
    }

    [SkippableFact]
    public async Task The_needs_inventory_filters_selects_a_page_keeps_the_view_in_the_url_and_exports_csv()
    {
        var api = await host.ApiAs("admin@tpi");
        var year = DateTime.UtcNow.Year + 1;
        await api.PostAsJsonAsync("/api/v1/development-needs/generate", new GenerateNeedsRequest { Year = year }, Json);
        var page = await host.SignedIn("admin@tpi");
        await page.GetByTestId("employee-row").First.WaitForAsync(); // the list the sign-in lands on
        await page.GotoAsync($"{host.BaseUrl}/kebutuhan?year={year}");
        await page.GetByTestId("need-row").First.WaitForAsync();
        await page.GetByTestId("needs-priority").SelectOptionAsync("Tinggi");
        await page.WaitForURLAsync(u => u.Contains("priority=Tinggi"));
        var expected = (await api.GetFromJsonAsync<Paged<DevelopmentNeedResponse>>($"/api/v1/development-needs?year={year}&status=Identified&priority=Tinggi&pageSize=25", Json))!;
        Assert.True(expected.Total > 25, "the demo data should give more than one page of high-priority needs");
        await page.WaitForFunctionAsync($"() => [...document.querySelectorAll('[data-testid=need-row]')].length === 25 && [...document.querySelectorAll('[data-testid=need-row]')].every(r => r.innerText.includes('Tinggi'))");

        await page.GetByTestId("needs-select-all").CheckAsync();
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Verifikasi (25)" }).WaitForAsync();
        await Shot(page, "needs-01-selected");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Berikutnya" }).ClickAsync();
        await page.WaitForURLAsync(u => u.Contains("page=2"));
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Verifikasi (0)" }).WaitForAsync();

        // Reload keeps the view.
        await page.ReloadAsync();
        Assert.Equal("Tinggi", await page.GetByTestId("needs-priority").InputValueAsync());
        await page.GetByTestId("need-row").First.WaitForAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("needs-export-csv").ClickAsync());
        Assert.EndsWith(".csv", download.SuggestedFilename);
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Tahun;NIP;Nama;Unit", lines[0]);
        Assert.Equal(expected.Total, lines.Length - 1);
        Assert.All(lines.Skip(1), l => Assert.Equal("Tinggi", l.Split(';')[9]));
    }
}
