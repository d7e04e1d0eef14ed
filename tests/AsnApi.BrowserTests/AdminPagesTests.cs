using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using AsnApi.Contracts;
using Microsoft.Playwright;

using static AsnApi.BrowserTests.PageChecks;

namespace AsnApi.BrowserTests;

/// <summary>
/// The tenant admin's pages: settings, API keys, the audit log, retiring a technical competency and copying a standard.
/// Each is walked as admin@pgk (the other browser tests change tpi), seen failing (422, 409, 412, 403) in the words a
/// person reads, checked by axe, and shot at 1366 and 360 px.
/// </summary>
[Collection(DashboardCollection.Name)]
public class AdminPagesTests(DashboardHost host)
{
    private const string Admin = "admin@pgk";

    /// <summary>The same page on a 360 px phone: it must not scroll sideways; a screenshot to look at.</summary>
    private async Task Phone(string path, string ready, string shot, Func<IPage, Task>? then = null)
    {
        var phone = await host.SignedIn(Admin, path, 360, 780, clipboard: true);
        await phone.Locator(ready).First.WaitForAsync();
        if (then is not null) await then(phone);
        await phone.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var (scroll, inner) = (await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), await phone.EvaluateAsync<int>("() => window.innerWidth"));
        Assert.True(scroll <= inner, $"{path} is {scroll} px wide at {inner} px");
        await Shot(phone, shot);
        await phone.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Settings_show_threshold_errors_next_to_their_fields_save_and_offer_a_reload_after_a_412()
    {
        var api = await host.ApiAs(Admin);
        var before = (await api.GetFromJsonAsync<CompetencySettingsDto>("/api/v1/settings/competency", Json))!;
        var page = await host.SignedIn(Admin, "/pengaturan", clipboard: true);
        var form = page.GetByTestId("settings-form");
        await form.WaitForAsync();
        Assert.Equal(before.JpmMemenuhiSyarat, decimal.Parse(await page.GetByTestId("settings-jpmMemenuhiSyarat").InputValueAsync(), System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(await page.Locator("#main-nav").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Pengaturan" }).IsVisibleAsync());

        // 422: MMS not below MS, and a heatmap minimum of 0. Each message under its own input; nothing saved.
        await page.GetByTestId("settings-jpmMasihMemenuhiSyarat").FillAsync("85");
        await page.GetByTestId("settings-heatmapMinimumCount").FillAsync("0");
        await page.GetByTestId("settings-save").ClickAsync();
        await AssertProblem(form, 422, "Data tidak valid");
        Assert.Equal("Ambang MMS harus di bawah ambang MS.", await Text(page.GetByTestId("field-error-jpmMasihMemenuhiSyarat")));
        Assert.Equal("Jumlah minimum heatmap 1 sampai 100.", await Text(page.GetByTestId("field-error-heatmapMinimumCount")));
        Assert.Equal("true", await page.GetByTestId("settings-jpmMasihMemenuhiSyarat").GetAttributeAsync("aria-invalid"));
        Assert.Equal(0, await page.GetByTestId("settings-saved").CountAsync());
        Assert.Equal(before.Version, (await api.GetFromJsonAsync<CompetencySettingsDto>("/api/v1/settings/competency", Json))!.Version);
        await AssertAccessible(page);
        await Shot(page, "admin-01-settings-422");

        // Corrected, it saves, and the server holds what was typed.
        await page.GetByTestId("settings-jpmMasihMemenuhiSyarat").FillAsync("70");
        await page.GetByTestId("settings-heatmapMinimumCount").FillAsync("4");
        await page.GetByTestId("settings-save").ClickAsync();
        Assert.Equal("Pengaturan tersimpan.", await Text(page.GetByTestId("settings-saved")));
        var saved = (await api.GetFromJsonAsync<CompetencySettingsDto>("/api/v1/settings/competency", Json))!;
        Assert.Equal((70m, 4, 80m, before.Version + 1), (saved.JpmMasihMemenuhiSyarat, saved.HeatmapMinimumCount, saved.JpmMemenuhiSyarat, saved.Version));

        // 412: another admin changes Optimal meanwhile; saving the stale form is refused and a reload shows their value.
        var theirs = new CompetencySettingsDto { JpmMemenuhiSyarat = 80, JpmMasihMemenuhiSyarat = 70, JpmOptimal = 92, JpmCukupOptimal = 78, HeatmapMinimumCount = 4 };
        (await api.SendAsync(WithIfMatch(HttpMethod.Put, "/api/v1/settings/competency", theirs, saved.Version))).EnsureSuccessStatusCode();
        await page.GetByTestId("settings-jpmOptimal").FillAsync("91");
        await page.GetByTestId("settings-save").ClickAsync();
        await AssertProblem(form, 412, "Data sudah diubah");
        await Shot(page, "admin-02-settings-412");
        await page.GetByTestId("settings-reload").ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('[data-testid=settings-jpmOptimal]').value === '92'");
        Assert.Equal(0, await page.GetByTestId("problem").CountAsync());
        Assert.Equal(92m, (await api.GetFromJsonAsync<CompetencySettingsDto>("/api/v1/settings/competency", Json))!.JpmOptimal);

        await Phone("/pengaturan", "[data-testid=settings-form]", "admin-03-settings-phone");
    }

    [SkippableFact]
    public async Task An_api_key_is_created_with_its_secret_shown_once_copied_and_revoked_after_a_confirmation()
    {
        var page = await host.SignedIn(Admin, "/kunci-api", clipboard: true);
        await page.GetByTestId("api-key-new").ClickAsync();
        var form = page.GetByTestId("api-key-form");

        // 422: no name and no scope, each said under its input.
        await page.GetByTestId("api-key-scope-Read").UncheckAsync();
        await page.GetByTestId("api-key-save").ClickAsync();
        await AssertProblem(form, 422, "Data tidak valid");
        Assert.Equal("Nama kunci wajib diisi.", await Text(page.GetByTestId("field-error-name")));
        Assert.Equal("Pilih minimal satu cakupan: read, write, import.", await Text(page.GetByTestId("field-error-scopes")));

        var name = "sinkron SIASN " + Guid.NewGuid().ToString("N")[..6];
        var expiry = DateOnly.FromDateTime(DateTime.Now).AddDays(30);
        await page.GetByTestId("api-key-name").FillAsync(name);
        await page.GetByTestId("api-key-scope-Read").CheckAsync();
        await page.GetByTestId("api-key-expires").FillAsync(expiry.ToString("yyyy-MM-dd"));
        await page.GetByTestId("api-key-save").ClickAsync();

        // The secret, once, with a warning a person cannot miss, and a copy button that puts exactly it on the clipboard.
        var card = page.GetByTestId("api-key-secret-card");
        await card.WaitForAsync();
        Assert.Equal("Simpan rahasia ini sekarang. Rahasia ini tidak akan ditampilkan lagi dan tidak dapat dipulihkan; jika hilang, cabut kunci ini dan buat yang baru.",
            await Text(page.GetByTestId("api-key-warning")));
        var secret = await page.GetByTestId("api-key-secret").InputValueAsync();
        Assert.StartsWith("asn_", secret);
        await page.GetByTestId("api-key-copy").ClickAsync();
        Assert.Equal("Rahasia disalin ke papan klip.", await Text(page.GetByTestId("api-key-copied")));
        Assert.Equal(secret, await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        await AssertAccessible(page);
        await Shot(page, "admin-04-api-key-secret");

        // The key works for a script, read-only.
        using var script = new HttpClient { BaseAddress = new Uri(host.BaseUrl) };
        script.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", secret);
        Assert.Equal(HttpStatusCode.OK, (await script.GetAsync("/api/v1/employees?pageSize=1")).StatusCode);

        // Once dismissed, the secret is nowhere on the page; the list shows the key by name and prefix only.
        await page.GetByTestId("api-key-done").ClickAsync();
        Assert.DoesNotContain(secret, await page.Locator("body").InnerTextAsync());
        var row = page.GetByTestId("api-key-row").Filter(new LocatorFilterOptions { HasText = name });
        Assert.Equal("Aktif", await Text(row.GetByTestId("api-key-status")));
        Assert.Contains("Baca", await row.InnerTextAsync());

        // Revoking asks first, says what it means, then the key is refused at once.
        await row.GetByTestId("api-key-revoke").ClickAsync();
        Assert.StartsWith($"Cabut kunci \"{name}\"? Skrip yang memakainya langsung ditolak.", await Text(row.GetByTestId("api-key-confirm").Locator("p").First));
        await Shot(page, "admin-05-api-key-revoke-confirm");
        await row.GetByTestId("api-key-revoke-confirm").ClickAsync();
        await page.WaitForFunctionAsync($"() => [...document.querySelectorAll('[data-testid=api-key-row]')].some(r => r.innerText.includes({JsonSerializer.Serialize(name)}) && r.innerText.includes('Dicabut'))");
        Assert.Equal(HttpStatusCode.Unauthorized, (await script.GetAsync("/api/v1/employees?pageSize=1")).StatusCode);
        await Shot(page, "admin-06-api-keys");

        await Phone("/kunci-api", "[data-testid=api-key-row]", "admin-07-api-keys-phone");
    }

    [SkippableFact]
    public async Task Other_roles_see_no_admin_menu_and_a_403_in_words_when_they_follow_a_link()
    {
        var viewer = await host.SignedIn("viewer@pgk", "/kunci-api", clipboard: true);
        await AssertProblem(viewer.Locator("main"), 403, "Tidak diizinkan");
        Assert.False(string.IsNullOrWhiteSpace(await Text(viewer.GetByTestId("problem").Locator(".problem-detail").First)));
        var menu = await viewer.Locator("#main-nav").GetByRole(AriaRole.Link).AllInnerTextsAsync();
        Assert.DoesNotContain("Kunci API", menu);
        Assert.DoesNotContain("Jejak Audit", menu);
        Assert.DoesNotContain("Pengaturan", menu);
        Assert.DoesNotContain("[object Object]", await viewer.Locator("body").InnerTextAsync());
        await Shot(viewer, "admin-08-viewer-403");
        await viewer.GotoAsync(host.BaseUrl + "/audit");
        await AssertProblem(viewer.Locator("main"), 403, "Tidak diizinkan");
        // The settings may be read by every role of the tenant (the API allows it), but only an admin gets a save button.
        await viewer.GotoAsync(host.BaseUrl + "/pengaturan");
        await viewer.GetByTestId("settings-form").WaitForAsync();
        Assert.Equal(0, await viewer.GetByTestId("settings-save").CountAsync());
        await viewer.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task A_technical_competency_is_refused_as_invalid_or_duplicate_then_retired_after_a_412_and_national_ones_stay_read_only()
    {
        var api = await host.ApiAs(Admin);
        var page = await host.SignedIn(Admin, "/kompetensi", clipboard: true);

        // National: read-only, and said so.
        await page.GetByTestId("competency-row").Filter(new LocatorFilterOptions { HasText = "M.1" }).First.ClickAsync();
        var detail = page.GetByTestId("competency-detail");
        Assert.Equal("Kompetensi nasional berlaku untuk semua instansi dan tidak dapat diubah.", await Text(detail.GetByTestId("competency-national-note")));
        Assert.Equal(0, await detail.GetByTestId("competency-edit").CountAsync());
        Assert.Equal(0, await detail.GetByTestId("competency-retire").CountAsync());

        // 422: a name is required.
        var code = "T.ADM." + Guid.NewGuid().ToString("N")[..4].ToUpperInvariant();
        await page.GetByTestId("competency-new").ClickAsync();
        var form = page.GetByTestId("competency-form");
        await page.GetByTestId("competency-code").FillAsync(code);
        await page.GetByTestId("competency-save").ClickAsync();
        await AssertProblem(form, 422, "Data tidak valid");
        Assert.Equal("Nama kompetensi wajib diisi.", await Text(page.GetByTestId("field-error-name")));
        await page.GetByTestId("competency-name").FillAsync("Pengelolaan Pengaduan Masyarakat");
        await page.GetByTestId("competency-level-1").FillAsync("Mencatat pengaduan sesuai prosedur.");
        await page.GetByTestId("competency-level-2").FillAsync("Menindaklanjuti pengaduan dalam batas waktu layanan.");
        await page.GetByTestId("competency-save").ClickAsync();
        Assert.Equal($"Kompetensi {code} tersimpan.", await Text(page.GetByTestId("competency-saved")));

        // 409: the same code again, said under the code input.
        await page.GetByTestId("competency-new").ClickAsync();
        await page.GetByTestId("competency-code").FillAsync(code);
        await page.GetByTestId("competency-name").FillAsync("Kembaran");
        await page.GetByTestId("competency-save").ClickAsync();
        await AssertProblem(form, 409, "Konflik data");
        Assert.Equal($"Kode {code} sudah dipakai kompetensi lain di instansi ini.", await Text(page.GetByTestId("field-error-code")));
        await AssertAccessible(page);
        await Shot(page, "admin-09-competency-409");
        await form.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Batal" }).ClickAsync();

        // 412: retiring a copy someone else changed meanwhile is refused; after the reload, the retirement goes through.
        // The saved competency is still the open one.
        await detail.GetByText(code).First.WaitForAsync();
        await detail.GetByTestId("competency-retire").WaitForAsync();
        var created = (await api.GetFromJsonAsync<Paged<CompetencyResponse>>($"/api/v1/competencies?q={code}", Json))!.Items.Single();
        (await api.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/v1/competencies/{created.Id}", new CompetencyRequest { Code = code, Name = "Pengelolaan Pengaduan (diubah)" }, created.Version))).EnsureSuccessStatusCode();
        await detail.GetByTestId("competency-retire").ClickAsync();
        Assert.StartsWith($"Pensiunkan {code}? Riwayat penilaiannya tetap ada", await Text(detail.GetByTestId("competency-retire-confirm").Locator("p").First));
        await detail.GetByTestId("competency-retire-yes").ClickAsync();
        await AssertProblem(detail, 412, "Data sudah diubah");
        Assert.True((await api.GetFromJsonAsync<CompetencyResponse>($"/api/v1/competencies/{created.Id}", Json))!.IsActive);
        await Shot(page, "admin-10-competency-retire-412");
        await detail.GetByTestId("competency-reload").ClickAsync();
        await detail.GetByText("Pengelolaan Pengaduan (diubah)").WaitForAsync();
        await detail.GetByTestId("competency-retire").ClickAsync();
        await detail.GetByTestId("competency-retire-yes").ClickAsync();
        await detail.Locator("h2 .badge", new LocatorLocatorOptions { HasText = "Dipensiunkan" }).WaitForAsync();
        Assert.Equal(0, await detail.GetByTestId("competency-retire").CountAsync());
        Assert.False((await api.GetFromJsonAsync<CompetencyResponse>($"/api/v1/competencies/{created.Id}", Json))!.IsActive);

        // The list of active competencies no longer holds it; the retired ones do, marked.
        await page.WaitForFunctionAsync($"() => ![...document.querySelectorAll('[data-testid=competency-row]')].some(r => r.innerText.includes('{code}'))");
        await page.GetByTestId("competency-active").SelectOptionAsync("false");
        var retired = page.GetByTestId("competency-row").Filter(new LocatorFilterOptions { HasText = code });
        Assert.Equal("Dipensiunkan", await Text(retired.GetByTestId("competency-retired")));
        await Shot(page, "admin-11-competency-retired");

        await Phone($"/kompetensi?open={created.Id}&active=", "[data-testid=competency-detail]", "admin-12-competency-phone");
    }

    [SkippableFact]
    public async Task A_standard_is_copied_to_positions_picked_by_search_after_a_confirmation_with_the_result_per_position()
    {
        var api = await host.ApiAs(Admin);
        var positions = (await api.GetFromJsonAsync<Paged<PositionResponse>>("/api/v1/positions?active=true&type=Pelaksana&pageSize=50&sort=code", Json))!.Items;
        var source = positions[0];
        var targets = positions.Skip(1).Take(2).ToList();
        var standard = (await api.GetFromJsonAsync<PositionStandardResponse>($"/api/v1/positions/{source.Id}/standard", Json))!;
        Assert.NotEmpty(standard.Items);

        var page = await host.SignedIn(Admin, $"/jabatan?position={source.Id}", clipboard: true);
        await page.GetByTestId("standard-editor").WaitForAsync();
        await page.GetByTestId("copy-open").ClickAsync();
        var panel = page.GetByTestId("copy-standard");
        foreach (var target in targets)
        {
            await page.GetByTestId("copy-search").FillAsync(target.Code);
            var match = panel.GetByTestId("copy-matches").Locator("li").Filter(new LocatorFilterOptions { HasText = target.Code + " " });
            await match.GetByTestId("copy-match").CheckAsync();
        }
        // The source itself is never offered as a target.
        await page.GetByTestId("copy-search").FillAsync(source.Code);
        Assert.Equal("Tidak ada jabatan lain yang cocok.", await Text(panel.GetByTestId("copy-none")));
        Assert.Equal(0, await panel.GetByTestId("copy-matches").Locator("li").Filter(new LocatorFilterOptions { HasText = source.Code + " " }).CountAsync());
        Assert.Equal("Jabatan tujuan dipilih: 2", await Text(panel.Locator("h4")));
        await AssertAccessible(page);
        await Shot(page, "admin-13-copy-pick");

        await page.GetByTestId("copy-next").ClickAsync();
        Assert.Equal($"Standar {standard.PositionName} ({standard.Items.Count} kompetensi) akan menggantikan standar 2 jabatan berikut. Lanjutkan?",
            await Text(panel.GetByTestId("copy-confirm").Locator("p").First));
        await page.GetByTestId("copy-yes").ClickAsync();
        Assert.Equal($"Standar disalin ke 2 jabatan, masing-masing {standard.Items.Count} kompetensi.", await Text(page.GetByTestId("copy-done")));
        var rows = panel.GetByTestId("copy-result-row");
        Assert.Equal(2, await rows.CountAsync());
        foreach (var target in targets)
        {
            var line = await Text(rows.Filter(new LocatorFilterOptions { HasText = target.Code + " " }));
            Assert.Contains($"Disalin ({standard.Items.Count} kompetensi)", line);
            var copied = (await api.GetFromJsonAsync<PositionStandardResponse>($"/api/v1/positions/{target.Id}/standard", Json))!;
            Assert.Equal(standard.Items.Select(i => (i.CompetencyId, i.RequiredLevel)).Order(), copied.Items.Select(i => (i.CompetencyId, i.RequiredLevel)).Order());
        }
        await Shot(page, "admin-14-copy-result");

        // Copying again onto a position that now has this very standard skips it, and says so.
        await panel.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Salin ke jabatan lain lagi" }).ClickAsync();
        await page.GetByTestId("copy-search").FillAsync(targets[0].Code);
        await panel.GetByTestId("copy-matches").Locator("li").Filter(new LocatorFilterOptions { HasText = targets[0].Code + " " }).GetByTestId("copy-match").CheckAsync();
        await page.GetByTestId("copy-next").ClickAsync();
        await page.GetByTestId("copy-yes").ClickAsync();
        Assert.Equal("1 jabatan dilewati karena standarnya sudah sama.", await Text(page.GetByTestId("copy-done")));
        Assert.Contains("Dilewati: standarnya sudah sama", await Text(panel.GetByTestId("copy-result-row")));
        await Shot(page, "admin-14b-copy-skipped");

        await Phone($"/jabatan?position={source.Id}", "[data-testid=standard-editor]", "admin-15-copy-phone", async phone =>
        {
            await phone.GetByTestId("copy-open").ClickAsync();
            await phone.GetByTestId("copy-search").FillAsync(targets[0].Code);
            // The matches of that code only (the list before the search shows every position).
            await phone.WaitForFunctionAsync($"() => {{ const li = [...document.querySelectorAll('[data-testid=copy-matches] li')]; return li.length > 0 && li.every(l => l.innerText.includes('{targets[0].Code}')); }}");
            await phone.GetByTestId("copy-match").First.CheckAsync();
            await phone.GetByTestId("copy-standard").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(DashboardHost.Screenshots, "admin-15-copy-phone-panel.png") });
        });
    }

    [SkippableFact]
    public async Task The_audit_log_filters_by_actor_type_record_and_days_in_the_address_and_says_when_a_range_is_backwards()
    {
        var api = await host.ApiAs(Admin);
        var key = (await (await api.PostAsJsonAsync("/api/v1/api-keys", new CreateApiKeyRequest { Name = "audit " + Guid.NewGuid().ToString("N")[..6], Scopes = [ApiKeyScope.Read] }, Json))
            .Content.ReadFromJsonAsync<CreatedApiKeyResponse>(Json))!;
        (await api.PostAsync($"/api/v1/api-keys/{key.Key.Id}/revoke", null)).EnsureSuccessStatusCode();
        var expected = (await api.GetFromJsonAsync<Paged<AuditEntryResponse>>($"/api/v1/audit?actor={Admin}&entityType=ApiKey&pageSize=25", Json))!;
        Assert.True(expected.Total >= 2);

        var page = await host.SignedIn(Admin, "/audit", clipboard: true);
        await page.GetByTestId("audit-row").First.WaitForAsync();
        await page.GetByTestId("audit-actor").FillAsync(Admin);
        await page.GetByTestId("audit-entity-type").FillAsync("ApiKey");
        await page.WaitForURLAsync(u => u.Contains("actor=admin%40pgk") && u.Contains("entityType=ApiKey"));
        await page.WaitForFunctionAsync($"() => document.querySelectorAll('[data-testid=audit-row]').length === {expected.Items.Count} && [...document.querySelectorAll('[data-testid=audit-row]')].every(r => r.innerText.includes('Kunci API') && r.innerText.includes('{Admin}'))");
        Assert.Contains("Cabut kunci API", await Text(page.GetByTestId("audit-row").First)); // newest first, the command in words

        // A range that ends before it starts: the server's words under the "to" date.
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await page.GetByTestId("audit-from").FillAsync(today.ToString("yyyy-MM-dd"));
        await page.GetByTestId("audit-to").FillAsync(today.AddDays(-1).ToString("yyyy-MM-dd"));
        await AssertProblem(page.Locator("main"), 422, "Data tidak valid");
        Assert.Equal("Tanggal akhir tidak boleh sebelum tanggal awal.", await Text(page.GetByTestId("field-error-to")));
        Assert.Equal("true", await page.GetByTestId("audit-to").GetAttributeAsync("aria-invalid"));
        await Shot(page, "admin-16-audit-422");
        await page.GetByTestId("audit-to").FillAsync(today.ToString("yyyy-MM-dd"));
        await page.GetByTestId("audit-row").First.WaitForAsync();

        // Reload keeps every filter; one click on a record id narrows to that record's history.
        await page.ReloadAsync();
        await page.GetByTestId("audit-row").First.WaitForAsync();
        Assert.Equal((Admin, "ApiKey", today.ToString("yyyy-MM-dd")), (await page.GetByTestId("audit-actor").InputValueAsync(), await page.GetByTestId("audit-entity-type").InputValueAsync(), await page.GetByTestId("audit-to").InputValueAsync()));
        await page.GetByTestId("audit-row").First.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = key.Key.Id.ToString() }).ClickAsync();
        await page.WaitForURLAsync(u => u.Contains($"entityId={key.Key.Id}"));
        await page.WaitForFunctionAsync("() => document.querySelectorAll('[data-testid=audit-row]').length === 2");
        await page.GetByTestId("audit-row").First.Locator("summary").ClickAsync();
        Assert.Contains(key.Key.Id.ToString(), await Text(page.GetByTestId("audit-row").First.Locator("pre")));
        await AssertAccessible(page);
        await Shot(page, "admin-17-audit");

        await Phone($"/audit?actor={Admin}", "[data-testid=audit-row]", "admin-18-audit-phone");
    }
}
