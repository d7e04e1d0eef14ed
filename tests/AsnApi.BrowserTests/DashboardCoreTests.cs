using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using AsnApi.Contracts;
using Microsoft.Playwright;

using static AsnApi.BrowserTests.PageChecks;

namespace AsnApi.BrowserTests;

/// <summary>
/// The dashboard as its users meet it: problems in words next to what caused them, the plan flow on its own page,
/// only the buttons a role may use, lists that keep their place in the address, and the profile's wording.
/// </summary>
[Collection(DashboardCollection.Name)]
public class DashboardCoreTests(DashboardHost host)
{

    private static async Task AssertNoSidewaysScroll(IPage page, string where) =>
        Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1"), $"{where} scrolls sideways at {page.ViewportSize!.Width} px");

    private static async Task AssertNoObjectText(IPage page) =>
        Assert.DoesNotContain("[object Object]", await page.Locator("body").InnerTextAsync());

    /// <summary>An employee (in the caller's scope) whose position has a standard, who has been assessed, and who has no plan yet.</summary>
    private static async Task<CompetencyProfileResponse> AssessedWithoutPlan(HttpClient api, Func<CompetencyProfileResponse, bool>? also = null)
    {
        var employees = await api.GetFromJsonAsync<Paged<EmployeeResponse>>("/api/v1/employees?pageSize=200&active=true", Json);
        foreach (var e in employees!.Items.Where(e => e.PositionId is not null))
        {
            var profile = await api.GetFromJsonAsync<CompetencyProfileResponse>($"/api/v1/employees/{e.Id}/competency-profile", Json);
            if (profile is not { HasStandard: true, Jpm: not null } || !(also?.Invoke(profile) ?? true)) continue;
            var plans = await api.GetFromJsonAsync<Paged<DevelopmentPlanResponse>>($"/api/v1/development-plans?employeeId={e.Id}", Json);
            if (plans!.Total == 0) return profile;
        }
        throw new InvalidOperationException("The demo data has no such employee");
    }

    [SkippableFact]
    public async Task A_422_a_409_a_412_and_a_403_are_shown_as_words_with_field_errors_next_to_their_inputs()
    {
        var page = await host.SignedIn("admin@tpi", "/masuk");
        var admin = await host.ApiAs("admin@tpi");
        var profile = await AssessedWithoutPlan(admin);

        // 422: a plan item with 0 JP. The server's message sits under the JP input of that item, the alert says what happened.
        await page.GotoAsync($"{host.BaseUrl}/pegawai/{profile.EmployeeId}");
        await page.GetByTestId("plan-open").ClickAsync();
        var firstItem = page.GetByTestId("plan-item").First;
        var jp = firstItem.GetByTestId("plan-item-jp");
        await jp.FillAsync("0");
        await page.GetByTestId("plan-save").ClickAsync();
        var problem = page.GetByTestId("plan-form").GetByTestId("problem");
        await problem.WaitForAsync();
        Assert.Equal("422", await problem.GetAttributeAsync("data-status"));
        Assert.Equal("Data tidak valid", (await problem.Locator(".problem-title").InnerTextAsync()).Trim());
        Assert.Equal("Periksa kolom yang ditandai.", (await problem.Locator(".problem-detail").First.InnerTextAsync()).Trim());
        var jpError = page.GetByTestId("field-error-items[0].plannedJp");
        Assert.Equal("JP rencana 1 sampai 1000.", (await jpError.InnerTextAsync()).Trim());
        Assert.Equal("true", await jp.GetAttributeAsync("aria-invalid"));
        Assert.Equal(await jpError.GetAttributeAsync("id"), await jp.GetAttributeAsync("aria-describedby"));
        Assert.Equal(0, await page.GetByRole(AriaRole.Status).CountAsync()); // no success box beside the error
        await AssertNoObjectText(page);
        await Shot(page, "20-problem-422-plan");
        var plans = await admin.GetFromJsonAsync<Paged<DevelopmentPlanResponse>>($"/api/v1/development-plans?employeeId={profile.EmployeeId}", Json);
        Assert.Equal(0, plans!.Total); // nothing was written

        // 409: a technical competency may not take a code of the national dictionary.
        await page.GotoAsync($"{host.BaseUrl}/kompetensi");
        await page.GetByTestId("competency-new").ClickAsync();
        await page.GetByTestId("competency-code").FillAsync("M.1");
        await page.GetByTestId("competency-name").FillAsync("Integritas versi daerah");
        await page.GetByTestId("competency-save").ClickAsync();
        problem = page.GetByTestId("competency-form").GetByTestId("problem");
        await problem.WaitForAsync();
        Assert.Equal("Konflik data", (await problem.Locator(".problem-title").InnerTextAsync()).Trim());
        Assert.Equal("Kode M.1 dipakai kamus kompetensi nasional.", (await problem.Locator(".problem-detail").First.InnerTextAsync()).Trim());
        Assert.Equal("Kode M.1 dipakai kamus kompetensi nasional.", (await page.GetByTestId("field-error-code").InnerTextAsync()).Trim());
        Assert.Equal("true", await page.GetByTestId("competency-code").GetAttributeAsync("aria-invalid"));
        await AssertNoObjectText(page);
        await Shot(page, "21-problem-409-competency");

        // The same form saves a tenant competency with two of its five levels described; the others say so.
        var code = "T.UJI." + Guid.NewGuid().ToString("N")[..4].ToUpperInvariant();
        await page.GetByTestId("competency-code").FillAsync(code);
        await page.GetByTestId("competency-level-1").FillAsync("Memahami dasar-dasar pengujian.");
        await page.GetByTestId("competency-level-3").FillAsync("Menyusun rencana pengujian unit kerja.");
        await page.GetByTestId("competency-save").ClickAsync();
        Assert.Equal($"Kompetensi {code} tersimpan.", (await page.GetByTestId("competency-saved").InnerTextAsync()).Trim());
        var detail = page.GetByTestId("competency-detail");
        await detail.WaitForAsync();
        var levels = await detail.Locator("ol.levels li").AllInnerTextsAsync();
        Assert.Equal(["Memahami dasar-dasar pengujian.", "Level ini belum dideskripsikan.", "Menyusun rencana pengujian unit kerja.", "Level ini belum dideskripsikan.", "Level ini belum dideskripsikan."],
            levels.Select(l => l.Trim()));
        Assert.Equal("Belum ada uraian kompetensi.", (await page.GetByTestId("no-description").InnerTextAsync()).Trim());

        // 412: someone else changes it while the form is open; saving the stale copy is refused, and says what to do.
        await page.GetByTestId("competency-edit").ClickAsync();
        var created = (await admin.GetFromJsonAsync<Paged<CompetencyResponse>>($"/api/v1/competencies?q={code}", Json))!.Items.Single();
        var meanwhile = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/competencies/{created.Id}")
        {
            Content = JsonContent.Create(new CompetencyRequest { Code = code, Name = "Diubah orang lain" }, options: Json),
        };
        meanwhile.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue($"\"{created.Version}\""));
        (await admin.SendAsync(meanwhile)).EnsureSuccessStatusCode();
        await page.GetByTestId("competency-name").FillAsync("Pengujian perangkat lunak");
        await page.GetByTestId("competency-save").ClickAsync();
        problem = page.GetByTestId("competency-form").GetByTestId("problem");
        await problem.WaitForAsync();
        Assert.Equal("Data sudah diubah", (await problem.Locator(".problem-title").InnerTextAsync()).Trim());
        Assert.False(string.IsNullOrWhiteSpace(await problem.Locator(".problem-detail").First.InnerTextAsync())); // the server's explanation
        var after = await admin.GetFromJsonAsync<CompetencyResponse>($"/api/v1/competencies/{created.Id}", Json);
        Assert.Equal("Diubah orang lain", after!.Name); // the other person's change stands
        await Shot(page, "22-problem-412-competency");

        // The national viewer lands on the per-tenant summary, the only thing the role may read; the menu offers nothing else.
        var national = await host.SignedIn("nasional", "/masuk");
        await national.GetByTestId("national-summary").WaitForAsync();
        Assert.Equal(4, await national.GetByTestId("national-summary").Locator("tbody tr").CountAsync());
        Assert.Equal(["Ringkasan nasional"], (await national.GetByRole(AriaRole.Navigation, new PageGetByRoleOptions { Name = "Navigasi utama" }).GetByRole(AriaRole.Link).AllInnerTextsAsync()).Select(l => l.Trim()));
        await Shot(national, "23a-national-summary");
        // 403: following a link to the employee list anyway, the page explains the refusal instead of printing an object.
        await national.GotoAsync($"{host.BaseUrl}/pegawai");
        problem = national.GetByTestId("problem");
        await problem.WaitForAsync();
        Assert.Equal("403", await problem.GetAttributeAsync("data-status"));
        Assert.Equal("Tidak diizinkan", (await problem.Locator(".problem-title").InnerTextAsync()).Trim());
        Assert.False(string.IsNullOrWhiteSpace(await problem.Locator(".problem-detail").First.InnerTextAsync()));
        await AssertNoObjectText(national);
        await Shot(national, "23-problem-403-national");

        // In English the status is said in English; the server's own explanation is kept.
        await page.GetByTestId("language").SelectOptionAsync("en");
        await page.GetByTestId("competency-save").ClickAsync();
        await page.GetByTestId("competency-form").GetByText("Changed by someone else").WaitForAsync();
        await page.GetByTestId("language").SelectOptionAsync("id");
    }

    [SkippableFact]
    public async Task A_plan_is_drafted_edited_submitted_rejected_revised_approved_and_completed_on_its_page()
    {
        var head = await host.SignedIn("kadinkes@tpi", "/masuk");
        var headApi = await host.ApiAs("kadinkes@tpi");
        var profile = await AssessedWithoutPlan(headApi);

        // The unit head drafts a plan from the profile and opens it from the saved message.
        await head.GotoAsync($"{host.BaseUrl}/pegawai/{profile.EmployeeId}");
        await head.GetByTestId("plan-open").ClickAsync();
        await head.GetByTestId("plan-form").GetByLabel("Judul").FillAsync("Rencana alur lengkap");
        var item = head.GetByTestId("plan-item").First;
        await item.GetByTestId("plan-item-form").SelectOptionAsync("PelatihanTeknis");
        await item.GetByTestId("plan-item-activity").FillAsync("Pelatihan teknis pelayanan");
        await item.GetByTestId("plan-item-jp").FillAsync("24");
        await head.GetByTestId("plan-save").ClickAsync();
        Assert.StartsWith("Rencana tersimpan (Draf).", (await head.GetByTestId("plan-saved").InnerTextAsync()).Trim());
        await head.GetByTestId("plan-saved-link").ClickAsync();
        await head.GetByTestId("plan-detail").WaitForAsync();
        await Badge(head, "Draf");
        Assert.Contains("Disusun oleh kadinkes@tpi", await head.GetByTestId("plan-history").InnerTextAsync());
        var rows = head.GetByTestId("plan-items").Locator("tbody tr");
        Assert.Contains("Pelatihan teknis", await rows.First.InnerTextAsync());
        Assert.Contains("klasikal", await rows.First.InnerTextAsync());
        Assert.Matches(@"Porsi klasikal:\s*\d+\s?%", await head.GetByTestId("classroom-share").InnerTextAsync());
        var planId = head.Url.Split('/').Last();
        await Shot(head, "24-plan-draft");

        // Only a draft can be edited; the edit sends the version it read.
        await head.GetByTestId("plan-edit").ClickAsync();
        await head.GetByTestId("plan-form").GetByLabel("Judul").FillAsync("Rencana alur lengkap (revisi judul)");
        await head.GetByTestId("plan-save").ClickAsync();
        await Done(head, "Draf tersimpan.");
        Assert.Equal("Rencana alur lengkap (revisi judul)", (await head.Locator("h1").InnerTextAsync()).Trim());

        await head.GetByTestId("plan-submit").ClickAsync();
        await Done(head, "Rencana diajukan.");
        await Badge(head, "Diajukan");
        Assert.Equal(0, await head.GetByTestId("plan-edit").CountAsync());

        // The admin follows a link to the plan while signed out: after signing in, the plan is what opens.
        var admin = await host.NewPage();
        await admin.GotoAsync($"{host.BaseUrl}/rencana/{planId}");
        await admin.WaitForURLAsync(new Regex("/masuk\\?kembali="));
        // Demo data is on in this host (Development), so the page may print the demo password.
        Assert.Equal("Akun demo: admin@tpi / Demo#2026", (await admin.GetByTestId("login-demo-hint").InnerTextAsync()).Trim());
        await SignIn(admin, "admin@tpi");
        await admin.GetByTestId("plan-detail").WaitForAsync();
        Assert.EndsWith($"/rencana/{planId}", admin.Url);

        // Rejected with a reason, which the unit head reads before revising.
        await admin.GetByTestId("plan-reject").ClickAsync();
        await admin.GetByTestId("reject-reason").FillAsync("Tambahkan kegiatan coaching.");
        await admin.GetByTestId("reject-confirm").ClickAsync();
        await Done(admin, "Rencana ditolak.");
        await Badge(admin, "Ditolak");
        Assert.Contains("Tambahkan kegiatan coaching.", await admin.GetByTestId("plan-reason").InnerTextAsync());
        await Shot(admin, "25-plan-rejected");

        await head.ReloadAsync();
        await Badge(head, "Ditolak");
        await head.GetByTestId("plan-revise").ClickAsync();
        await Badge(head, "Draf");
        await head.GetByTestId("plan-submit").ClickAsync();
        await Badge(head, "Diajukan");

        // The admin's page still shows the rejected plan: revising it now is refused as stale (412), not applied twice.
        await admin.GetByTestId("plan-revise").ClickAsync();
        var stale = admin.GetByTestId("problem");
        await stale.WaitForAsync();
        Assert.Equal("412", await stale.GetAttributeAsync("data-status"));
        Assert.Equal("Data sudah diubah", (await stale.Locator(".problem-title").InnerTextAsync()).Trim());
        await Shot(admin, "25b-plan-stale");
        await admin.GetByTestId("plan-reload").ClickAsync();
        await Badge(admin, "Diajukan");
        Assert.Equal(0, await admin.GetByTestId("problem").CountAsync());
        await admin.GetByTestId("plan-approve").ClickAsync();
        await Badge(admin, "Disetujui");
        Assert.Contains("Disetujui oleh admin@tpi", await admin.GetByTestId("plan-history").InnerTextAsync());
        await admin.GetByTestId("plan-complete").ClickAsync();
        await Badge(admin, "Selesai");
        Assert.Equal(0, await admin.GetByTestId("plan-actions").CountAsync()); // nothing follows a completed plan
        await Shot(admin, "26-plan-completed");
        await admin.GetByTestId("language").SelectOptionAsync("en");
        await Badge(admin, "Completed");
        await Done(admin, "Plan completed."); // the message follows the language too
        Assert.Contains("Approved by admin@tpi", await admin.GetByTestId("plan-history").InnerTextAsync());
        await Shot(admin, "26b-plan-completed-english");
        await admin.GetByTestId("language").SelectOptionAsync("id");

        var plan = await (await host.ApiAs("admin@tpi")).GetFromJsonAsync<DevelopmentPlanResponse>($"/api/v1/development-plans/{planId}", Json);
        Assert.Equal((DevelopmentPlanStatus.Completed, "Rencana alur lengkap (revisi judul)", 24), (plan!.Status, plan.Title, plan.Items![0].PlannedJp));

        // The plans list links to it and keeps its filter in the address.
        await admin.GotoAsync($"{host.BaseUrl}/rencana?status=Completed");
        await admin.GetByTestId("plan-link").Filter(new LocatorFilterOptions { HasText = "revisi judul" }).ClickAsync();
        await admin.WaitForURLAsync($"**/rencana/{planId}");

        // The same page on a phone: no sideways scrolling of the page.
        var phone = await host.SignedIn("admin@tpi", "/masuk", 360, 780);
        await phone.GotoAsync($"{host.BaseUrl}/rencana/{planId}");
        await phone.GetByTestId("plan-detail").WaitForAsync();
        await AssertNoSidewaysScroll(phone, "the plan page");
        await Shot(phone, "27-phone-plan");
    }

    /// <summary>Waits (Playwright's retrying assertion) until the plan's badge reads the status, after the call returns.</summary>
    private static Task Badge(IPage page, string status) => Assertions.Expect(page.GetByTestId("plan-status-badge")).ToHaveTextAsync(status);

    private static Task Done(IPage page, string text) => Assertions.Expect(page.GetByTestId("plan-done")).ToHaveTextAsync(text);

    [SkippableFact]
    public async Task A_viewer_sees_no_write_buttons_and_a_unit_head_no_validate()
    {
        var viewer = await host.SignedIn("viewer@tpi", "/masuk");
        var adminApi = await host.ApiAs("admin@tpi");
        var profile = await AssessedWithoutPlan(adminApi);
        await viewer.GotoAsync($"{host.BaseUrl}/pegawai/{profile.EmployeeId}");
        await viewer.GetByTestId("competency-profile").WaitForAsync();
        Assert.Equal(0, await viewer.GetByTestId("assessment-open").CountAsync());
        Assert.Equal(0, await viewer.GetByTestId("plan-open").CountAsync());

        await viewer.GotoAsync($"{host.BaseUrl}/jabatan");
        await viewer.GetByTestId("position-row").First.ClickAsync();
        await viewer.GetByTestId("standard-editor").WaitForAsync();
        Assert.Equal(0, await viewer.GetByTestId("standard-save").CountAsync());
        Assert.Equal(0, await viewer.GetByTestId("standard-editor").Locator("select").CountAsync());

        await viewer.GotoAsync($"{host.BaseUrl}/kompetensi");
        await viewer.GetByTestId("competency-row").First.WaitForAsync();
        Assert.Equal(0, await viewer.GetByTestId("competency-new").CountAsync());

        await viewer.GotoAsync($"{host.BaseUrl}/kebutuhan");
        await viewer.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Kebutuhan Pengembangan (AKPK)" }).WaitForAsync();
        await viewer.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Equal(0, await viewer.GetByRole(AriaRole.Checkbox).CountAsync());
        Assert.Equal(0, await viewer.GetByTestId("needs-generate").CountAsync());
        Assert.Equal(0, await viewer.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Verifikasi" }).CountAsync());

        var plans = await adminApi.GetFromJsonAsync<Paged<DevelopmentPlanResponse>>("/api/v1/development-plans?pageSize=1", Json);
        if (plans!.Items.Count > 0)
        {
            await viewer.GotoAsync($"{host.BaseUrl}/rencana/{plans.Items[0].Id}");
            await viewer.GetByTestId("plan-detail").WaitForAsync();
            Assert.Equal(0, await viewer.GetByTestId("plan-actions").CountAsync());
        }
        await Shot(viewer, "28-viewer-plan");

        // A unit head verifies needs in their sub-tree, but validation is BKPSDM's: no such button.
        var head = await host.SignedIn("kadinkes@tpi", "/masuk");
        await head.GotoAsync($"{host.BaseUrl}/kebutuhan");
        await head.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Verifikasi" }).WaitForAsync();
        Assert.Equal(0, await head.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Validasi" }).CountAsync());
        Assert.Equal(0, await head.GetByTestId("needs-generate").CountAsync());
    }

    [SkippableFact]
    public async Task Filters_sort_and_page_survive_reload_back_and_a_new_tab()
    {
        var page = await host.SignedIn("admin@tpi", "/masuk");
        await page.GotoAsync($"{host.BaseUrl}/pegawai");
        await page.GetByTestId("employee-row").First.WaitForAsync();
        await page.GetByTestId("employee-search").FillAsync("a");
        await page.WaitForURLAsync(new Regex("q=a"));
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "NIP" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("sort=nip"));
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Berikutnya" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("page=2"));
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var firstOnPage2 = (await page.GetByTestId("employee-row").First.Locator("td").First.InnerTextAsync()).Trim();
        var listUrl = page.Url;

        await page.ReloadAsync();
        await page.GetByTestId("employee-row").First.WaitForAsync();
        Assert.Equal("a", await page.GetByTestId("employee-search").InputValueAsync());
        Assert.Contains("Halaman 2 dari", await page.Locator(".pager").InnerTextAsync());
        Assert.Equal(firstOnPage2, (await page.GetByTestId("employee-row").First.Locator("td").First.InnerTextAsync()).Trim());

        await page.GetByTestId("employee-row").First.ClickAsync();
        await page.GetByTestId("employee-detail").WaitForAsync();
        await page.GoBackAsync();
        await page.GetByTestId("employee-row").First.WaitForAsync();
        Assert.Equal(listUrl, page.Url);
        Assert.Equal(firstOnPage2, (await page.GetByTestId("employee-row").First.Locator("td").First.InnerTextAsync()).Trim());

        // A link shared with a colleague (a new tab, signed in separately) shows the same list.
        var other = await host.SignedIn("admin@tpi", "/masuk");
        await other.GotoAsync(listUrl);
        await other.GetByTestId("employee-row").First.WaitForAsync();
        Assert.Equal(firstOnPage2, (await other.GetByTestId("employee-row").First.Locator("td").First.InnerTextAsync()).Trim());

        // Positions keep the selected position, so a link opens its standard.
        await other.GotoAsync($"{host.BaseUrl}/jabatan?q=Kepala&type=Pengawas");
        await other.GetByTestId("position-row").First.ClickAsync();
        await other.WaitForURLAsync(new Regex("position="));
        var positionUrl = other.Url;
        await other.ReloadAsync();
        await other.GetByTestId("standard-editor").WaitForAsync();
        Assert.Equal(positionUrl, other.Url);
        Assert.Equal("Kepala", await other.GetByTestId("position-search").InputValueAsync());
    }

    /// <summary>
    /// The rules of one plan per employee and year (409) and separation of duties (403) come with the "seams" part of
    /// issue 6. Until the API has them this test says so and is skipped; once merged it runs. The probe: a second plan
    /// for an employee and year, which an API without the rule accepts (and this test then leaves aside).
    /// </summary>
    [SkippableFact]
    public async Task A_second_plan_is_a_409_linking_the_existing_one_and_approving_ones_own_plan_a_403_with_the_reason()
    {
        Skip.If(host.Unavailable is not null, "Browser tests skipped: " + host.Unavailable);
        var headApi = await host.ApiAs("kadinkes@tpi");
        var profile = await AssessedWithoutPlan(headApi);
        var year = DateTime.UtcNow.Year;
        DevelopmentPlanRequest Plan(string title) => new()
        {
            EmployeeId = profile.EmployeeId, Year = year, Title = title,
            Items = [new PlanItemRequest { CompetencyId = profile.Items[0].CompetencyId, TargetLevel = 3, Form = DevelopmentActivityForm.Mentoring, ActivityName = "Mentoring", PlannedJp = 8, DueDate = new DateOnly(year, 12, 1) }],
        };
        var first = await (await headApi.PostAsJsonAsync("/api/v1/development-plans", Plan("Rencana pertama"), Json)).Content.ReadFromJsonAsync<DevelopmentPlanResponse>(Json);
        var probe = await headApi.PostAsJsonAsync("/api/v1/development-plans", Plan("Rencana kedua"), Json);
        Skip.If(probe.IsSuccessStatusCode, "this API still accepts a second plan per employee and year (the rule arrives with the seams part of issue 6)");

        // The unit head drafts a second plan in the browser: refused, with the server's reason and the way to the first.
        var head = await host.SignedIn("kadinkes@tpi", "/masuk");
        await head.GotoAsync($"{host.BaseUrl}/pegawai/{profile.EmployeeId}");
        await head.GetByTestId("plan-open").ClickAsync();
        foreach (var activity in await head.GetByTestId("plan-item-activity").AllAsync())
            await activity.FillAsync("Mentoring pelayanan");
        await head.GetByTestId("plan-save").ClickAsync();
        var problem = head.GetByTestId("plan-form").GetByTestId("problem");
        await problem.WaitForAsync();
        Assert.Equal("409", await problem.GetAttributeAsync("data-status"));
        Assert.Equal("Konflik data", (await problem.Locator(".problem-title").InnerTextAsync()).Trim());
        Assert.StartsWith($"Pegawai ini sudah memiliki rencana pengembangan tahun {year}", (await problem.Locator(".problem-detail").First.InnerTextAsync()).Trim());
        await AssertNoObjectText(head);
        await Shot(head, "36-problem-409-second-plan");
        await head.GetByTestId("existing-plan-link").ClickAsync();
        await head.WaitForURLAsync($"**/rencana/{first!.Id}");

        // The unit head submits it and tries to approve it too: separation of duties, in the server's words.
        await head.GetByTestId("plan-submit").ClickAsync();
        await Badge(head, "Diajukan");
        await head.GetByTestId("plan-approve").ClickAsync();
        problem = head.GetByTestId("problem");
        await problem.WaitForAsync();
        Assert.Equal("403", await problem.GetAttributeAsync("data-status"));
        Assert.Equal("Tidak diizinkan", (await problem.Locator(".problem-title").InnerTextAsync()).Trim());
        Assert.Contains("pemisahan tugas", await problem.Locator(".problem-detail").First.InnerTextAsync());
        await Badge(head, "Diajukan");
        await Shot(head, "37-problem-403-separation-of-duties");
    }

    [SkippableFact]
    public async Task The_list_pages_and_the_dictionary_do_not_scroll_sideways_on_a_360px_phone()
    {
        var phone = await host.SignedIn("admin@tpi", "/masuk", 360, 780);
        foreach (var (path, ready, name) in new[]
        {
            ("/unit", "unit-row", "32-phone-units"), ("/jabatan?q=Kepala", "position-row", "33-phone-positions"),
            ("/kompetensi", "competency-row", "34-phone-dictionary"), ("/rencana?status=", "plan-status", "35-phone-plans"),
        })
        {
            await phone.GotoAsync(host.BaseUrl + path);
            await phone.GetByTestId(ready).First.WaitForAsync();
            if (ready == "position-row")
            {
                await phone.GetByTestId(ready).First.ClickAsync();
                await phone.GetByTestId("standard-editor").WaitForAsync();
            }
            if (ready == "competency-row")
            {
                await phone.GetByTestId(ready).First.ClickAsync();
                await phone.GetByTestId("competency-detail").WaitForAsync();
                await phone.GetByTestId("competency-new").ClickAsync();
            }
            await AssertNoSidewaysScroll(phone, path);
            await Shot(phone, name);
        }
    }

    [SkippableFact]
    public async Task The_profile_says_surplus_and_never_assessed_in_words_with_indonesian_formats()
    {
        // Someone never assessed gets a partial assessment: one competency above its standard, two on it, the rest never measured.
        var admin = await host.ApiAs("admin@tpi");
        var unassessed = await admin.GetFromJsonAsync<Paged<UnassessedEmployee>>("/api/v1/competency-analytics/unassessed?years=20&pageSize=200", Json);
        var target = unassessed!.Items.Last(e => e.LastAssessedOn is null && e.PositionName is not null);
        var before = await admin.GetFromJsonAsync<CompetencyProfileResponse>($"/api/v1/employees/{target.Id}/competency-profile", Json);
        var raised = before!.Items.First(i => i.RequiredLevel <= 4);
        var onStandard = before.Items.Where(i => i != raised).Take(2).Select(i => new AssessmentResultRequest { CompetencyId = i.CompetencyId, Level = i.RequiredLevel });
        (await admin.PostAsJsonAsync("/api/v1/assessments", new AssessmentRequest
        {
            EmployeeId = target.Id, AssessedOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-3), Method = AssessmentMethod.Portfolio,
            Results = [new AssessmentResultRequest { CompetencyId = raised.CompetencyId, Level = raised.RequiredLevel + 1 }, .. onStandard],
        }, Json)).EnsureSuccessStatusCode();
        var profile = (await admin.GetFromJsonAsync<CompetencyProfileResponse>($"/api/v1/employees/{target.Id}/competency-profile", Json))!;
        var surplus = profile.Items.Single(i => i.CompetencyId == raised.CompetencyId);
        var never = profile.Items.First(i => i.AssessedLevel is null);
        Assert.Equal(-1, surplus.Gap);

        var page = await host.SignedIn("admin@tpi", "/masuk");
        await page.GotoAsync($"{host.BaseUrl}/pegawai/{profile.EmployeeId}");
        await page.GetByTestId("competency-profile").WaitForAsync();
        Assert.Equal("+1 di atas standar", (await page.GetByTestId($"profile-row-{surplus.Code}").GetByTestId("gap").InnerTextAsync()).Trim());
        Assert.Contains("Belum dinilai", await page.GetByTestId($"profile-row-{never.Code}").InnerTextAsync());
        Assert.Contains(never.Code, await page.GetByTestId("radar-missing").InnerTextAsync());
        Assert.Matches(@"^\d+,\d\d$", (await page.GetByTestId("jpm-value").InnerTextAsync()).Trim());
        Assert.Matches(@"^\d{8} \d{6} \d \d{3}$", (await page.GetByTestId("employee-detail-nip").InnerTextAsync()).Trim());
        Assert.DoesNotMatch(@"\d{4}-\d{2}-\d{2}", await page.GetByTestId("employee-detail").InnerTextAsync()); // no ISO dates
        await page.GetByTestId("profile-radar").Locator("svg").WaitForAsync();
        Assert.Equal("sesuai standar", (await page.GetByTestId("gap").Nth(profile.Items.ToList().FindIndex(i => i.Gap == 0)).InnerTextAsync()).Trim());
        // The radar's axes are the three measured competencies; the never-assessed ones are named under it, not drawn as 0.
        var axes = await page.GetByTestId("profile-radar").Locator("svg text").AllTextContentsAsync();
        Assert.DoesNotContain(never.Code, axes);
        Assert.Contains(surplus.Code, axes);
        await page.GetByTestId("profile-radar").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(DashboardHost.Screenshots, "29-radar.png") });
        await Shot(page, "30-profile-surplus");

        var phone = await host.SignedIn("admin@tpi", "/masuk", 360, 780);
        await phone.GotoAsync($"{host.BaseUrl}/pegawai/{profile.EmployeeId}");
        await phone.GetByTestId("competency-profile").WaitForAsync();
        await AssertNoSidewaysScroll(phone, "the employee page");
        await Shot(phone, "31-phone-profile");

        // A missing employee is a page that says so, once.
        await page.GotoAsync($"{host.BaseUrl}/pegawai/{Guid.NewGuid()}");
        await page.GetByTestId("not-found").WaitForAsync();
        Assert.Equal(1, await page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Data tidak ditemukan" }).CountAsync());
        Assert.Equal(0, await page.GetByTestId("problem").CountAsync());
    }
}
