using System.Net.Http.Json;
using AsnApi.Contracts;
using Microsoft.Playwright;

using static AsnApi.BrowserTests.PageChecks;

namespace AsnApi.BrowserTests;

/// <summary>
/// Complaints as citizens and a region's staff meet them (tenant jmb, so other walks' complaints stay apart): a complaint
/// sent from a 360-px phone without signing in (after a 422), tracked by its code, then verified, started (after a 412
/// for a step someone else took first) and resolved by the admin, after a 422 for a rejection without a reason, and the
/// tracking page shows the answer; a lost answer retried with the same submission id and a 409 when the text changed
/// meanwhile; the board per role (deadline colours with words, filters in the address, the reporter only where the API
/// sends it, no buttons for a viewer), a 403 for the national viewer, the statistics and the deadline settings.
/// </summary>
[Collection(DashboardCollection.Name)]
public class ComplaintsBrowserTests(DashboardHost host)
{
    private const string Tenant = "jmb";
    private const string Admin = "admin@jmb";

    private static async Task AssertFitsWidth(IPage page, string what)
    {
        var (scroll, inner) = (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), await page.EvaluateAsync<int>("() => window.innerWidth"));
        Assert.True(scroll <= inner, $"{what} is {scroll} px wide at {inner} px");
    }

    private async Task<PublicComplaintForm> Form() =>
        (await new HttpClient { BaseAddress = new Uri(host.BaseUrl) }.GetFromJsonAsync<PublicComplaintForm>($"/api/v1/public/{Tenant}/complaint-form", Json))!;

    /// <summary>Fills the public form as a citizen does, for the service unit named.</summary>
    private static async Task FillPublicForm(IPage page, string unitName, string text, string? name = null, string? contact = null)
    {
        await page.GetByTestId("pc-serviceUnitSlug").SelectOptionAsync(new SelectOptionValue { Label = unitName });
        await page.GetByTestId("pc-type-Pengaduan").CheckAsync();
        await page.GetByTestId("pc-category").FillAsync("Antrean");
        await page.GetByTestId("pc-text").FillAsync(text);
        if (name is not null) await page.GetByTestId("pc-reporterName").FillAsync(name);
        if (contact is not null) await page.GetByTestId("pc-reporterContact").FillAsync(contact);
    }

    [SkippableFact]
    public async Task A_complaint_sent_from_a_phone_is_tracked_and_answered_by_the_admin()
    {
        var unit = (await Form()).ServiceUnits.Single(u => u.Slug == "dukcapil");

        // A citizen on a 360-px phone, not signed in.
        var phone = await host.NewPage(360, 780);
        await phone.GotoAsync($"{host.BaseUrl}/pengaduan/{Tenant}");
        await phone.GetByTestId("public-complaint-form").WaitForAsync();
        Assert.Equal("Pemerintah Provinsi Jambi", await Text(phone.GetByTestId("public-tenant")));
        Assert.Contains("hanya dilihat admin instansi dan kepala unit", await Text(phone.GetByTestId("contact-note")));
        Assert.Equal(0, await phone.GetByTestId("menu-toggle").CountAsync()); // no dashboard chrome
        await AssertFitsWidth(phone, "/pengaduan");
        var submit = await phone.GetByTestId("pc-submit").BoundingBoxAsync();
        Assert.True(submit!.Height >= 44, $"the send button is {submit.Height} px high: too small to tap");
        await Shot(phone, "complaints-01-public-form-360");
        await AssertAccessible(phone);

        // Sent empty: the API's 422 in Indonesian, each message under its input.
        await phone.GetByTestId("pc-submit").ClickAsync();
        await AssertProblem(phone.Locator("main"), 422, "Data tidak valid");
        Assert.False(string.IsNullOrWhiteSpace(await Text(phone.GetByTestId("field-error-serviceUnitSlug"))));
        Assert.False(string.IsNullOrWhiteSpace(await Text(phone.GetByTestId("field-error-text"))));
        Assert.Equal("true", await phone.GetByTestId("pc-text").GetAttributeAsync("aria-invalid"));
        await Shot(phone, "complaints-02-public-422-360");

        var text = "Antrean KTP-el di loket 3 tidak bergerak dua jam (uji peramban " + Guid.NewGuid().ToString("N")[..6] + ").";
        await FillPublicForm(phone, unit.Name, text, "Siti Warga", "0812-5555-0101");
        await phone.GetByTestId("pc-submit").ClickAsync();
        var code = await Text(phone.GetByTestId("tracking-code"));
        Assert.Matches("^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{10}$", code);
        await phone.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new BrowserContextGrantPermissionsOptions { Origin = host.BaseUrl });
        await phone.GetByTestId("copy-code").ClickAsync();
        Assert.Equal("Kode disalin.", await Text(phone.GetByTestId("copy-result")));
        Assert.Equal(code, await phone.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        await AssertFitsWidth(phone, "the receipt");
        await Shot(phone, "complaints-03-public-receipt-360");

        // The tracking page, still without signing in.
        await phone.GetByTestId("track-this").ClickAsync();
        await phone.GetByTestId("tracked").WaitForAsync();
        Assert.Equal("Diterima", await Text(phone.GetByTestId("tracked").GetByTestId("status-badge")));
        Assert.DoesNotContain("Siti Warga", await Text(phone.Locator("main")));
        await AssertFitsWidth(phone, "/lacak");
        await Shot(phone, "complaints-04-tracking-received-360");
        await AssertAccessible(phone);

        // The admin finds it on the board, with the reporter (admins see it).
        var admin = await host.SignedIn(Admin, "/umpan-balik/pengaduan?status=Received");
        var card = admin.Locator($"[data-testid=complaint-card][data-code='{code}']");
        await card.WaitForAsync();
        Assert.Equal("Siti Warga · 0812-5555-0101", await Text(card.GetByTestId("reporter")));
        Assert.Equal("onTime", await card.GetByTestId("deadline-badge").GetAttributeAsync("data-state"));
        await card.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = code }).ClickAsync();
        await admin.GetByTestId("timeline").WaitForAsync();
        Assert.Equal(text, await Text(admin.GetByTestId("complaint-text")));
        Assert.Equal("0812-5555-0101", await Text(admin.GetByTestId("reporter-contact")));
        var id = admin.Url.Split('/').Last();

        // A rejection without a reason: the API's 422 under the text box, nothing changed.
        await admin.GetByTestId("step-reject").ClickAsync();
        await admin.GetByTestId("step-send").ClickAsync();
        await AssertProblem(admin.GetByTestId("steps"), 422, "Data tidak valid");
        Assert.Equal("Alasan penolakan wajib diisi: pelapor membacanya.", await Text(admin.GetByTestId("field-error-response")));
        await Shot(admin, "complaints-05-reject-without-reason-422");
        await AssertAccessible(admin);

        // Verify with a first response.
        await admin.GetByTestId("step-verify").ClickAsync();
        await admin.GetByTestId("step-response").FillAsync("Terima kasih, pengaduan Anda kami teruskan ke kepala bidang pendaftaran.");
        await admin.GetByTestId("step-send").ClickAsync();
        Assert.Equal("Pengaduan diverifikasi.", await Text(admin.GetByTestId("step-done")));
        Assert.Equal("Terverifikasi", await Text(admin.GetByTestId("complaint-badges").GetByTestId("status-badge")));

        // Someone else starts it first (the same step through the API, at the version the page holds): the page's start is stale, a 412 with a reload.
        var api = await host.ApiAs(Admin);
        var current = (await api.GetFromJsonAsync<ComplaintResponse>($"/api/v1/complaints/{id}", Json))!;
        (await api.SendAsync(WithIfMatch(HttpMethod.Post, $"/api/v1/complaints/{id}/start", new ComplaintTransitionRequest(), current.Version))).EnsureSuccessStatusCode();
        await admin.GetByTestId("step-start").ClickAsync();
        await admin.GetByTestId("step-send").ClickAsync();
        await AssertProblem(admin.GetByTestId("steps"), 412, "Data sudah diubah");
        await Shot(admin, "complaints-06-stale-step-412");
        await admin.GetByTestId("reload").ClickAsync();
        await admin.Locator("[data-testid=complaint-badges] [data-status=InProgress]").WaitForAsync();
        Assert.Equal(0, await admin.GetByTestId("problem").CountAsync());

        // Resolve with the answer the reporter reads.
        var answer = "Loket 3 sudah ditambah petugas; antrean KTP-el kini dilayani sampai pukul 15.00.";
        await admin.GetByTestId("step-resolve").ClickAsync();
        await admin.GetByTestId("step-response").FillAsync(answer);
        await admin.GetByTestId("step-send").ClickAsync();
        Assert.Equal("Pengaduan diselesaikan.", await Text(admin.GetByTestId("step-done")));
        Assert.Equal(["Received", "Verified", "InProgress", "Resolved"],
            await admin.GetByTestId("timeline-event").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.status)"));
        Assert.Contains(answer, await Text(admin.GetByTestId("timeline")));
        Assert.Contains("oleh admin@jmb", await Text(admin.GetByTestId("timeline")));
        Assert.Equal(["close"], await admin.Locator("[data-testid^=step-]:is(button)").EvaluateAllAsync<string[]>("els => els.filter(e => e.dataset.testid !== 'step-done').map(e => e.dataset.testid.slice(5))"));
        await Shot(admin, "complaints-07-resolved-1366");
        await AssertAccessible(admin);

        // The citizen reloads the tracking page: resolved, with both answers, and still no staff names.
        await phone.ReloadAsync();
        await phone.Locator("[data-testid=tracked] [data-testid=status-badge][data-status=Resolved]").WaitForAsync();
        var responses = await phone.GetByTestId("track-response").AllInnerTextsAsync();
        Assert.Contains(responses, r => r.Contains(answer));
        Assert.Contains(responses, r => r.Contains("kami teruskan ke kepala bidang"));
        Assert.DoesNotContain("admin@jmb", await Text(phone.Locator("main")));
        await Shot(phone, "complaints-08-tracking-resolved-360");

        // A code typed in lower case with spaces still finds it; an unknown one says so in words.
        await phone.GotoAsync($"{host.BaseUrl}/lacak/{Tenant}");
        await phone.GetByTestId("track-code").FillAsync(" " + code.ToLowerInvariant()[..5] + " " + code.ToLowerInvariant()[5..]);
        await phone.GetByTestId("track-submit").ClickAsync();
        await phone.Locator("[data-testid=tracked] [data-testid=status-badge][data-status=Resolved]").WaitForAsync();
        await phone.GetByTestId("track-code").FillAsync("ABCDEFGHJK");
        await phone.GetByTestId("track-submit").ClickAsync();
        Assert.Equal("Kode lacak tidak ditemukan. Periksa kembali kodenya (10 huruf dan angka).", await Text(phone.GetByTestId("track-not-found")));
        await Shot(phone, "complaints-09-tracking-unknown-360");
        await phone.Context.CloseAsync();
        await admin.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task A_lost_answer_is_retried_with_the_same_submission_and_a_changed_complaint_is_a_409_until_sent_as_new()
    {
        var unit = (await Form()).ServiceUnits.Single(u => u.Slug == "perizinan");
        var phone = await host.NewPage(360, 780);
        await phone.GotoAsync($"{host.BaseUrl}/pengaduan/{Tenant}?layanan=perizinan");
        await phone.GetByTestId("public-complaint-form").WaitForAsync();
        // The QR code's ?layanan= chose the service unit already.
        Assert.Equal("perizinan", await phone.GetByTestId("pc-serviceUnitSlug").InputValueAsync());
        var text = "Berkas izin usaha saya hilang di loket (uji peramban " + Guid.NewGuid().ToString("N")[..6] + ").";
        await FillPublicForm(phone, unit.Name, text);

        // The server stores it, but the phone never hears back.
        var stored = new List<int>();
        await phone.RouteAsync("**/api/v1/public/*/complaints", async route =>
        {
            var response = await route.FetchAsync();
            stored.Add(response.Status);
            await route.AbortAsync("connectionreset");
        });
        await phone.GetByTestId("pc-submit").ClickAsync();
        await phone.GetByTestId("retry-kept").WaitForAsync();
        Assert.Equal([201], stored);
        await Shot(phone, "complaints-10-public-lost-answer-360");
        await phone.UnrouteAsync("**/api/v1/public/*/complaints");

        // The person edits the text and sends again: the same submission id with another complaint is a 409, said in words.
        await phone.GetByTestId("pc-text").FillAsync(text + " Mohon dicek.");
        await phone.GetByTestId("pc-submit").ClickAsync();
        // Wait for the new answer: the lost one's box stays until the retry's answer replaces it.
        await phone.Locator("[data-testid=problem][data-status='409']").WaitForAsync();
        await AssertProblem(phone.Locator("main"), 409, "Pengaduan ini sudah terkirim");
        Assert.DoesNotContain("UUID", await Text(phone.GetByTestId("problem")));
        await phone.GetByTestId("changed-after-sent").WaitForAsync();
        await AssertFitsWidth(phone, "the 409");
        await Shot(phone, "complaints-11-public-409-360");
        await phone.GetByTestId("send-as-new").ClickAsync();
        var code = await Text(phone.GetByTestId("tracking-code"));

        // Two complaints in all: the first (stored while the answer was lost) and the new one; never the first twice.
        var api = await host.ApiAs(Admin);
        var su = (await api.GetFromJsonAsync<Paged<ServiceUnitResponse>>("/api/v1/service-units?q=perizinan&pageSize=5", Json))!.Items.Single(s => s.Slug == "perizinan");
        var mine = (await api.GetFromJsonAsync<Paged<ComplaintResponse>>($"/api/v1/complaints?serviceUnitId={su.Id}&status=Received&pageSize=100", Json))!.Items
            .Where(c => c.Text.StartsWith(text[..40], StringComparison.Ordinal)).ToList();
        Assert.Equal(2, mine.Count);
        Assert.Contains(mine, c => c.TrackingCode == code && c.Text == text + " Mohon dicek.");
        Assert.Contains(mine, c => c.Text == text);
        await phone.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task The_board_colours_deadlines_keeps_filters_and_shows_each_role_what_the_API_allows()
    {
        var api = await host.ApiAs(Admin);
        // Admin, 1366 px: the demo's overdue complaints are red and say so in words.
        var admin = await host.SignedIn(Admin, "/umpan-balik/pengaduan");
        await admin.GetByTestId("complaint-card").First.WaitForAsync();
        Assert.True(await admin.Locator("#main-nav").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Pengaduan" }).IsVisibleAsync());
        await admin.GetByTestId("filter-overdue").SelectOptionAsync("true");
        await admin.WaitForURLAsync(url => url.Contains("overdue=true"));
        await admin.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var expected = (await api.GetFromJsonAsync<Paged<ComplaintResponse>>("/api/v1/complaints?overdue=true&pageSize=20", Json))!;
        Assert.True(expected.Total > 0, "the demo data has overdue complaints");
        var cards = admin.GetByTestId("complaint-card");
        Assert.Equal(expected.Items.Select(c => c.TrackingCode), await cards.EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.code)"));
        foreach (var state in await admin.GetByTestId("deadline-badge").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.state)"))
            Assert.Contains(state, new[] { "overdue", "escalated" });
        Assert.All(await cards.EvaluateAllAsync<string[]>("els => els.map(e => e.className)"), c => Assert.Contains("bad", c));
        Assert.StartsWith("Terlambat", await Text(admin.GetByTestId("deadline-badge").First));
        // The filters live in the address: a reload shows the same list.
        await admin.GetByTestId("filter-channel").SelectOptionAsync("WalkIn");
        await admin.WaitForURLAsync(url => url.Contains("channel=WalkIn") && url.Contains("overdue=true"));
        await admin.ReloadAsync();
        await admin.GetByTestId("filter-channel").WaitForAsync();
        Assert.Equal(("WalkIn", "true"), (await admin.GetByTestId("filter-channel").InputValueAsync(), await admin.GetByTestId("filter-overdue").InputValueAsync()));
        await admin.GotoAsync($"{host.BaseUrl}/umpan-balik/pengaduan");
        await cards.First.WaitForAsync();
        Assert.True(await admin.GetByTestId("reporter").CountAsync() > 0, "an admin sees the reporters");
        await Shot(admin, "complaints-12-board-admin-1366");
        await AssertAccessible(admin);

        // Staff record a LAPOR! ticket: a 422 first (no service unit, no text), then the complaint page.
        await admin.GetByTestId("complaint-new").ClickAsync();
        await admin.GetByTestId("complaint-channel").SelectOptionAsync("SpanLapor");
        await admin.GetByTestId("complaint-save").ClickAsync();
        await AssertProblem(admin.GetByTestId("complaint-form"), 422, "Data tidak valid");
        Assert.False(string.IsNullOrWhiteSpace(await Text(admin.GetByTestId("field-error-serviceUnitId"))));
        await Shot(admin, "complaints-13-create-422");
        var ticket = "LAPOR-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        await admin.GetByTestId("complaint-externalReference").FillAsync(ticket);
        await admin.GetByTestId("complaint-serviceUnitId").SelectOptionAsync(new SelectOptionValue { Label = "Puskesmas Kota" });
        await admin.GetByTestId("complaint-category").FillAsync("Sikap petugas");
        await admin.GetByTestId("complaint-text").FillAsync("Petugas pendaftaran membentak pasien lansia (tiket LAPOR!).");
        await admin.GetByTestId("complaint-reporterName").FillAsync("Pelapor LAPOR");
        await admin.GetByTestId("complaint-save").ClickAsync();
        await admin.GetByTestId("timeline").WaitForAsync();
        Assert.Contains(ticket, await Text(admin.Locator("main")));
        Assert.Equal("SP4N-LAPOR!", await Text(admin.Locator("dt:has-text('Saluran') + dd")));

        // Statistics: the API's figures, per service unit.
        await admin.GotoAsync($"{host.BaseUrl}/umpan-balik/pengaduan/statistik");
        await admin.GetByTestId("compliance-row").First.WaitForAsync();
        var stats = (await api.GetFromJsonAsync<ComplaintStatsResponse>("/api/v1/complaints/stats", Json))!;
        Assert.Equal(stats.ServiceUnits.Select(u => u.ServiceUnitName), await admin.GetByTestId("compliance-row").Locator("td:first-child").AllInnerTextsAsync());
        Assert.Equal(stats.ServiceUnits.Count, await admin.GetByTestId("compliance-row").CountAsync());
        await admin.GetByTestId("compliance-chart").Locator("svg").WaitForAsync();
        await admin.GetByTestId("type-chart").Locator("svg").WaitForAsync();
        Assert.Contains(stats.MedianHoursToResolution is { } h ? h.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture).Replace('.', ',') + " jam" : "belum ada data",
            await Text(admin.GetByTestId("median-resolution")));
        await Shot(admin, "complaints-14-stats-1366");
        await AssertAccessible(admin);

        // Deadline settings: a 422 under its field, then a save that reads back.
        await admin.GotoAsync($"{host.BaseUrl}/pengaturan");
        var settings = admin.GetByTestId("complaint-deadlines-form");
        await settings.WaitForAsync();
        await admin.GetByTestId("settings-fieldCheckDays").FillAsync("61");
        await admin.GetByTestId("complaint-deadlines-save").ClickAsync();
        await AssertProblem(settings, 422, "Data tidak valid");
        Assert.False(string.IsNullOrWhiteSpace(await Text(settings.GetByTestId("field-error-fieldCheckDays"))));
        await Shot(admin, "complaints-15-settings-422");
        await admin.GetByTestId("settings-fieldCheckDays").FillAsync("14");
        await admin.GetByTestId("complaint-deadlines-save").ClickAsync();
        await admin.GetByTestId("complaint-deadlines-saved").WaitForAsync();
        await admin.Context.CloseAsync();

        // Admin at 360 px: the board's cards and the folded filters fit the phone.
        var adminPhone = await host.SignedIn(Admin, "/umpan-balik/pengaduan", 360, 780);
        await adminPhone.GetByTestId("complaint-card").First.WaitForAsync();
        Assert.Null(await adminPhone.GetByTestId("filter-fold").GetAttributeAsync("open"));
        await AssertFitsWidth(adminPhone, "the board at 360 px");
        await Shot(adminPhone, "complaints-15b-board-admin-360");
        await adminPhone.Context.CloseAsync();

        // Unit head: their sub-tree's complaints, each with the reporter exactly when the API sends it; no buttons; at 1366 and 360 px.
        var headApi = await host.ApiAs("kadinkes@jmb");
        var headList = (await headApi.GetFromJsonAsync<Paged<ComplaintResponse>>("/api/v1/complaints?pageSize=20", Json))!;
        Assert.True(headList.Total > 0, "the demo's Puskesmas Kota is in Dinas Kesehatan's sub-tree");
        foreach (var (width, height) in new[] { (1366, 900), (360, 780) })
        {
            var head = await host.SignedIn("kadinkes@jmb", "/umpan-balik/pengaduan", width, height);
            await head.GetByTestId("complaint-card").First.WaitForAsync();
            Assert.Equal(headList.Items.Select(c => c.TrackingCode), await head.GetByTestId("complaint-card").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.code)"));
            Assert.Equal(headList.Items.Count(c => c.ReporterName is not null || c.ReporterContact is not null), await head.GetByTestId("reporter").CountAsync());
            Assert.Equal(0, await head.GetByTestId("complaint-new").CountAsync());
            await AssertFitsWidth(head, $"the unit head's board at {width} px");
            await Shot(head, $"complaints-16-board-unit-head-{width}");
            await head.GetByTestId("complaint-card").First.GetByRole(AriaRole.Link).ClickAsync();
            await head.GetByTestId("timeline").WaitForAsync();
            Assert.Equal(0, await head.GetByTestId("steps").CountAsync());
            await Shot(head, $"complaints-16-unit-head-complaint-{width}");
            await head.Context.CloseAsync();
        }

        // Viewer: the same board without the reporter (the API sends null) and without a button, at 1366 and 360.
        foreach (var (width, height) in new[] { (1366, 900), (360, 780) })
        {
            var viewer = await host.SignedIn("viewer@jmb", "/umpan-balik/pengaduan", width, height);
            await viewer.GetByTestId("complaint-card").First.WaitForAsync();
            Assert.Equal(0, await viewer.GetByTestId("reporter").CountAsync());
            Assert.Equal(0, await viewer.GetByTestId("complaint-new").CountAsync());
            await AssertFitsWidth(viewer, $"the board at {width} px");
            await Shot(viewer, $"complaints-17-board-viewer-{width}");
            await viewer.GetByTestId("complaint-card").First.GetByRole(AriaRole.Link).ClickAsync();
            await viewer.GetByTestId("timeline").WaitForAsync();
            Assert.Equal(0, await viewer.GetByTestId("steps").CountAsync());
            Assert.Equal(0, await viewer.GetByTestId("reporter-contact").CountAsync());
            Assert.Contains("Kontak pelapor hanya terlihat", await Text(viewer.Locator("main")));
            await AssertFitsWidth(viewer, $"a complaint at {width} px");
            await Shot(viewer, $"complaints-18-complaint-viewer-{width}");
            await viewer.Context.CloseAsync();
        }

        // The national viewer has no tenant's complaints: the API's 403 in words.
        var national = await host.SignedIn("nasional");
        await national.GotoAsync($"{host.BaseUrl}/umpan-balik/pengaduan");
        await AssertProblem(national.Locator("main"), 403, "Tidak diizinkan");
        await Shot(national, "complaints-19-national-403");
        await national.Context.CloseAsync();
    }
}
