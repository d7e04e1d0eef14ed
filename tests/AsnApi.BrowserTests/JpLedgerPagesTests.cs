using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using AsnApi.Contracts;
using Microsoft.Playwright;

using static AsnApi.BrowserTests.PageChecks;

namespace AsnApi.BrowserTests;

/// <summary>
/// The JP ledger pages as amq's people use them (the other browser tests change tpi and pgk): the Capaian JP page
/// against the API's own figures and its CSV, an external activity added on the employee page moving this year's JP
/// and the ledger, its 422s and 412 in the words a person reads, a viewer's masked NIPs and missing buttons, and the
/// JP targets on the settings page. axe on each; screenshots at 1366 and 360 px.
/// </summary>
[Collection(DashboardCollection.Name)]
public class JpLedgerPagesTests(DashboardHost host)
{
    private const string Admin = "admin@amq";
    private const string Viewer = "viewer@amq";
    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");
    private static int Year => DateTime.UtcNow.Year;

    /// <summary>A whole number as the page prints it in Indonesian (1.234).</summary>
    private static string Number(int n) => n.ToString("#,0", Indonesian);

    private async Task Phone(string user, string path, string ready, string shot)
    {
        var phone = await host.SignedIn(user, path, 360, 780);
        await phone.Locator(ready).First.WaitForAsync();
        await phone.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var (scroll, inner) = (await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), await phone.EvaluateAsync<int>("() => window.innerWidth"));
        Assert.True(scroll <= inner, $"{path} is {scroll} px wide at {inner} px");
        await Shot(phone, shot);
        await phone.Context.CloseAsync();
    }

    /// <summary>The figures on the page are the API's: counted, reached, below, total JP, the JP of each form, the below-target rows.</summary>
    private static async Task AssertFigures(IPage page, JpLedgerSummaryResponse expected, Paged<JpBelowTargetEmployee> below)
    {
        await page.WaitForFunctionAsync($"() => document.querySelector('[data-testid=jp-counted]')?.innerText === '{Number(expected.EmployeesCounted)}'");
        Assert.Equal(Number(expected.ReachedTarget), await Text(page.GetByTestId("jp-reached")));
        Assert.Equal(Number(expected.BelowTarget), await Text(page.GetByTestId("jp-below-count")));
        Assert.Equal(Number(expected.TotalJp), await Text(page.GetByTestId("jp-total")));
        var forms = expected.ByForm.Where(f => f.Jp > 0).ToList();
        Assert.Equal(forms.Count, await page.GetByTestId("jp-by-form-row").CountAsync());
        foreach (var f in forms)
            Assert.Equal(Number(f.Jp), await Text(page.Locator($"[data-testid=jp-by-form-row][data-form={f.Form}] [data-testid=jp-form-jp]")));
        await page.WaitForFunctionAsync($"() => document.querySelectorAll('[data-testid=jp-below-row]').length === {below.Items.Count}");
        var rows = page.GetByTestId("jp-below-row");
        for (var i = 0; i < below.Items.Count; i++)
        {
            Assert.Contains(below.Items[i].Name, await Text(rows.Nth(i)));
            Assert.Equal(below.Items[i].RemainingJp.ToString(CultureInfo.InvariantCulture), await Text(rows.Nth(i).GetByTestId("jp-below-remaining")));
        }
    }

    [SkippableFact]
    public async Task The_ledger_page_shows_the_api_figures_for_its_filters_and_exports_the_below_target_list()
    {
        var api = await host.ApiAs(Admin);
        var summary = (await api.GetFromJsonAsync<JpLedgerSummaryResponse>($"/api/v1/jp-ledger?year={Year}", Json))!;
        var below = (await api.GetFromJsonAsync<Paged<JpBelowTargetEmployee>>($"/api/v1/jp-ledger/below-target?year={Year}&pageSize=20", Json))!;
        Assert.True(summary.ReachedTarget > 0 && summary.BelowTarget > 0, "the demo data should put some employees above and some below the target");

        var page = await host.SignedIn(Admin, "/capaian-jp");
        await page.GetByTestId("jp-summary").WaitForAsync();
        Assert.True(await page.Locator("#main-nav").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Capaian JP" }).IsVisibleAsync());
        await AssertFigures(page, summary, below);
        Assert.Equal($"Target: PNS {summary.TargetJpPns} JP, PPPK {summary.TargetJpPppk} JP", await Text(page.GetByTestId("jp-targets")));
        await page.GetByTestId("jp-by-form-chart").Locator("svg").WaitForAsync();
        await AssertAccessible(page);
        await Shot(page, "jp-01-ledger");

        // A sub-tree: the unit goes into the address, and the figures are the API's for that sub-tree.
        var units = (await api.GetFromJsonAsync<Paged<UnitResponse>>("/api/v1/units?pageSize=100&q=Dinas%20Kesehatan", Json))!;
        var dinkes = units.Items.Single(u => u.Name == "Dinas Kesehatan");
        await page.GetByTestId("jp-unit").SelectOptionAsync(dinkes.Id.ToString());
        await page.WaitForURLAsync(u => u.Contains($"unit={dinkes.Id}"));
        var scoped = (await api.GetFromJsonAsync<JpLedgerSummaryResponse>($"/api/v1/jp-ledger?year={Year}&underUnitId={dinkes.Id}", Json))!;
        var scopedBelow = (await api.GetFromJsonAsync<Paged<JpBelowTargetEmployee>>($"/api/v1/jp-ledger/below-target?year={Year}&underUnitId={dinkes.Id}&pageSize=20", Json))!;
        Assert.True(scoped.EmployeesCounted < summary.EmployeesCounted);
        await AssertFigures(page, scoped, scopedBelow);

        // Sorted by earned JP, ascending: the address keeps it over a reload, and the rows are the API's.
        await page.GetByTestId("jp-below").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Diperoleh", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(u => u.Contains("sort=earned"));
        await page.ReloadAsync();
        await page.GetByTestId("jp-summary").WaitForAsync();
        var byEarned = (await api.GetFromJsonAsync<Paged<JpBelowTargetEmployee>>($"/api/v1/jp-ledger/below-target?year={Year}&underUnitId={dinkes.Id}&sort=earned&pageSize=20", Json))!;
        await AssertFigures(page, scoped, byEarned);
        Assert.Equal(dinkes.Id.ToString(), await page.GetByTestId("jp-unit").InputValueAsync());

        // The CSV is the whole list of the filter, every page, in the needs export's format.
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("jp-export-csv").ClickAsync());
        Assert.Equal($"jp-di-bawah-target-{Year}.csv", download.SuggestedFilename);
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Tahun;NIP;Nama;Unit;Jabatan;Jenis Kepegawaian;Target JP;JP Diperoleh;Sisa JP", lines[0]);
        Assert.Equal(scopedBelow.Total, lines.Length - 1);
        Assert.Equal(byEarned.Items[0].Name, lines[1].Split(';')[2]);
        await Shot(page, "jp-02-ledger-subtree");

        await Phone(Admin, $"/capaian-jp?unit={dinkes.Id}", "[data-testid=jp-below-row]", "jp-03-ledger-phone");
    }

    [SkippableFact]
    public async Task An_external_activity_added_on_the_employee_page_moves_this_years_jp_and_the_ledger_with_422_and_412_in_words()
    {
        var api = await host.ApiAs(Admin);
        var below = (await api.GetFromJsonAsync<Paged<JpBelowTargetEmployee>>($"/api/v1/jp-ledger/below-target?year={Year}&sort=-earned&pageSize=1", Json))!;
        var employee = below.Items[0];
        var before = (await api.GetFromJsonAsync<EmployeeJpLedgerResponse>($"/api/v1/employees/{employee.EmployeeId}/jp-ledger?year={Year}", Json))!;
        var tenantBefore = (await api.GetFromJsonAsync<JpLedgerSummaryResponse>($"/api/v1/jp-ledger?year={Year}", Json))!;

        var page = await host.SignedIn(Admin, $"/pegawai/{employee.EmployeeId}");
        var jp = page.GetByTestId("employee-jp");
        await jp.GetByTestId("employee-jp-earned").WaitForAsync();
        Assert.Equal($"{before.EarnedJp} dari {before.TargetJp} JP", await Text(page.GetByTestId("employee-jp-earned")));
        Assert.Equal($"Kurang {before.RemainingJp} JP", await Text(page.GetByTestId("employee-jp-remaining")));
        Assert.Equal(before.Entries.Count, await page.GetByTestId("employee-jp-entry").CountAsync());
        await page.GetByTestId("recommendations").WaitForAsync();

        // 422: JP 0, then a date a month ahead; each message under its input, nothing written.
        var card = page.GetByTestId("external-activities");
        await page.GetByTestId("activity-new").ClickAsync();
        var title = $"Seminar Pelayanan Publik {Guid.NewGuid().ToString("N")[..6]}";
        await page.GetByTestId("activity-title").FillAsync(title);
        await page.GetByTestId("activity-jp").FillAsync("0");
        await page.GetByTestId("activity-save").ClickAsync();
        await AssertProblem(card, 422, "Data tidak valid");
        Assert.Equal("JP 1 sampai 500.", await Text(page.GetByTestId("field-error-jp")));
        Assert.Equal("true", await page.GetByTestId("activity-jp").GetAttributeAsync("aria-invalid"));
        await AssertAccessible(page);
        await Shot(page, "jp-04-activity-422");
        await page.GetByTestId("activity-jp").FillAsync("3");
        await page.GetByTestId("activity-date").FillAsync(DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByTestId("activity-save").ClickAsync();
        await page.GetByTestId("field-error-activityDate").WaitForAsync();
        Assert.Equal("Tanggal kegiatan tidak boleh di masa depan.", await Text(page.GetByTestId("field-error-activityDate")));
        Assert.Equal(0, await page.GetByTestId("field-error-jp").CountAsync());
        Assert.Equal(before.EarnedJp, (await api.GetFromJsonAsync<EmployeeJpLedgerResponse>($"/api/v1/employees/{employee.EmployeeId}/jp-ledger?year={Year}", Json))!.EarnedJp);

        // Corrected: saved, this year's JP and the history move by 3, and so does the tenant's ledger.
        await page.GetByTestId("activity-date").FillAsync(DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByTestId("activity-organizer").FillAsync("BPSDM Provinsi Maluku");
        await page.GetByTestId("activity-save").ClickAsync();
        Assert.Equal("Kegiatan tersimpan.", await Text(page.GetByTestId("activity-saved")));
        await page.WaitForFunctionAsync($"() => document.querySelector('[data-testid=employee-jp-earned]')?.innerText.trim() === '{before.EarnedJp + 3} dari {before.TargetJp} JP'");
        var after = (await api.GetFromJsonAsync<EmployeeJpLedgerResponse>($"/api/v1/employees/{employee.EmployeeId}/jp-ledger?year={Year}", Json))!;
        Assert.Equal(before.EarnedJp + 3, after.EarnedJp);
        Assert.Equal(before.Entries.Count + 1, await page.GetByTestId("employee-jp-entry").CountAsync());
        Assert.Contains(title, await Text(page.GetByTestId("employee-jp-history")));
        var tenantAfter = (await api.GetFromJsonAsync<JpLedgerSummaryResponse>($"/api/v1/jp-ledger?year={Year}", Json))!;
        Assert.Equal(tenantBefore.TotalJp + 3, tenantAfter.TotalJp);
        await Shot(page, "jp-05-activity-saved");

        // 412: another admin renames the activity while this page has it open; saving the stale copy is refused, a reload shows theirs.
        var activity = (await api.GetFromJsonAsync<Paged<ExternalActivityResponse>>($"/api/v1/employees/{employee.EmployeeId}/external-activities?year={Year}&pageSize=100", Json))!
            .Items.Single(a => a.Title == title);
        var row = page.GetByTestId("activity-row").Filter(new LocatorFilterOptions { HasText = title });
        await row.GetByTestId("activity-edit").ClickAsync();
        var theirs = new ExternalActivityRequest { Title = title + " (revisi)", Form = DevelopmentActivityForm.Seminar, ActivityDate = activity.ActivityDate, Jp = 4 };
        (await api.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/v1/employees/{employee.EmployeeId}/external-activities/{activity.Id}", theirs, activity.Version))).EnsureSuccessStatusCode();
        await page.GetByTestId("activity-jp").FillAsync("5");
        await page.GetByTestId("activity-save").ClickAsync();
        await AssertProblem(card, 412, "Data sudah diubah");
        await Shot(page, "jp-06-activity-412");
        await page.GetByTestId("activity-reload").ClickAsync();
        await page.GetByTestId("activity-row").Filter(new LocatorFilterOptions { HasText = title + " (revisi)" }).WaitForAsync();
        Assert.Equal(0, await page.GetByTestId("activity-form").CountAsync());
        await page.WaitForFunctionAsync($"() => document.querySelector('[data-testid=employee-jp-earned]')?.innerText.trim() === '{before.EarnedJp + 4} dari {before.TargetJp} JP'");

        // Deleted after a confirmation: the JP go back to where they were.
        await page.GetByTestId("activity-row").Filter(new LocatorFilterOptions { HasText = title }).GetByTestId("activity-delete").ClickAsync();
        Assert.Contains("JP-nya (4) ditarik", await Text(page.GetByTestId("activity-delete-confirm")));
        await page.GetByTestId("activity-delete-yes").ClickAsync();
        Assert.Equal("Kegiatan dihapus.", await Text(page.GetByTestId("activity-saved")));
        await page.WaitForFunctionAsync($"() => document.querySelector('[data-testid=employee-jp-earned]')?.innerText.trim() === '{before.EarnedJp} dari {before.TargetJp} JP'");
        Assert.Equal(before.EarnedJp, (await api.GetFromJsonAsync<EmployeeJpLedgerResponse>($"/api/v1/employees/{employee.EmployeeId}/jp-ledger?year={Year}", Json))!.EarnedJp);

        // The audit log names what happened to the activity in Indonesian: added, changed (by the other admin), deleted.
        await page.GotoAsync($"{host.BaseUrl}/audit?entityType=ExternalActivity&entityId={activity.Id}");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('[data-testid=audit-row]').length === 3");
        var actions = string.Join("\n", await page.GetByTestId("audit-row").AllInnerTextsAsync());
        foreach (var words in new[] { "Tambah kegiatan eksternal", "Ubah kegiatan eksternal", "Hapus kegiatan eksternal", "Kegiatan eksternal" }) Assert.Contains(words, actions);

        await Phone(Admin, $"/pegawai/{employee.EmployeeId}", "[data-testid=employee-jp-earned]", "jp-07-employee-phone");
    }

    [SkippableFact]
    public async Task A_viewer_sees_masked_nips_and_no_activity_buttons()
    {
        var page = await host.SignedIn(Viewer, "/capaian-jp");
        var nips = page.GetByTestId("jp-below-nip");
        await nips.First.WaitForAsync();
        foreach (var nip in await nips.AllInnerTextsAsync()) Assert.StartsWith("********", nip.Trim());
        await AssertAccessible(page);

        var api = await host.ApiAs(Admin);
        var employee = (await api.GetFromJsonAsync<Paged<JpBelowTargetEmployee>>($"/api/v1/jp-ledger/below-target?year={Year}&pageSize=1", Json))!.Items[0];
        await api.PostAsJsonAsync($"/api/v1/employees/{employee.EmployeeId}/external-activities",
            new ExternalActivityRequest { Title = "E-learning Pelayanan Prima", Form = DevelopmentActivityForm.ELearning, ActivityDate = DateOnly.FromDateTime(DateTime.UtcNow), Jp = 2 }, Json);
        await page.GotoAsync($"{host.BaseUrl}/pegawai/{employee.EmployeeId}");
        await page.GetByTestId("activity-row").First.WaitForAsync();
        await page.GetByTestId("employee-jp-earned").WaitForAsync();
        Assert.StartsWith("********", (await Text(page.GetByTestId("employee-detail-nip"))));
        Assert.Equal(0, await page.GetByTestId("activity-new").CountAsync());
        Assert.Equal(0, await page.GetByTestId("activity-edit").CountAsync());
        Assert.Equal(0, await page.GetByTestId("activity-delete").CountAsync());
        await AssertAccessible(page);
        await Shot(page, "jp-08-employee-viewer");
    }

    [SkippableFact]
    public async Task A_unit_head_sees_the_ledger_of_their_sub_tree_and_records_activities_there()
    {
        var head = await host.ApiAs("kadinkes@amq");
        var summary = (await head.GetFromJsonAsync<JpLedgerSummaryResponse>($"/api/v1/jp-ledger?year={Year}", Json))!;
        var below = (await head.GetFromJsonAsync<Paged<JpBelowTargetEmployee>>($"/api/v1/jp-ledger/below-target?year={Year}&pageSize=20", Json))!;
        var tenant = (await (await host.ApiAs(Admin)).GetFromJsonAsync<JpLedgerSummaryResponse>($"/api/v1/jp-ledger?year={Year}", Json))!;
        Assert.True(summary.EmployeesCounted < tenant.EmployeesCounted);

        var page = await host.SignedIn("kadinkes@amq", "/capaian-jp");
        await page.GetByTestId("jp-summary").WaitForAsync();
        await AssertFigures(page, summary, below);
        await page.GetByTestId("jp-below-row").First.GetByRole(AriaRole.Link).ClickAsync();
        await page.WaitForURLAsync(u => u.Contains($"/pegawai/{below.Items[0].EmployeeId}"));
        await page.GetByTestId("activity-new").WaitForAsync();
        Assert.Equal($"{below.Items[0].EarnedJp} dari {below.Items[0].TargetJp} JP", await Text(page.GetByTestId("employee-jp-earned")));
    }

    [SkippableFact]
    public async Task The_jp_targets_are_set_on_the_settings_page_with_field_errors_and_a_412_reload()
    {
        var api = await host.ApiAs(Admin);
        var page = await host.SignedIn(Admin, "/pengaturan");
        var form = page.GetByTestId("jp-targets-form");
        await form.WaitForAsync();
        var before = (await api.GetFromJsonAsync<TrainingSettingsDto>("/api/v1/settings/training", Json))!;
        Assert.Equal(before.JpTargetPns.ToString(), await page.GetByTestId("settings-jpTargetPns").InputValueAsync());

        await page.GetByTestId("settings-jpTargetPns").FillAsync("0");
        await page.GetByTestId("settings-jpTargetPppk").FillAsync("201");
        await page.GetByTestId("jp-targets-save").ClickAsync();
        await AssertProblem(form, 422, "Data tidak valid");
        Assert.Equal("Target JP PNS 1 sampai 200.", await Text(form.GetByTestId("field-error-jpTargetPns")));
        Assert.Equal("Target JP PPPK 1 sampai 200.", await Text(form.GetByTestId("field-error-jpTargetPppk")));
        Assert.Equal(before.Version, (await api.GetFromJsonAsync<TrainingSettingsDto>("/api/v1/settings/training", Json))!.Version);
        await AssertAccessible(page);
        await Shot(page, "jp-09-targets-422");

        await page.GetByTestId("settings-jpTargetPns").FillAsync("24");
        await page.GetByTestId("settings-jpTargetPppk").FillAsync("16");
        await page.GetByTestId("jp-targets-save").ClickAsync();
        Assert.Equal("Target JP tersimpan.", await Text(page.GetByTestId("jp-targets-saved")));
        var saved = (await api.GetFromJsonAsync<TrainingSettingsDto>("/api/v1/settings/training", Json))!;
        Assert.Equal((24, 16), (saved.JpTargetPns, saved.JpTargetPppk));
        // One settings row: the competency form re-read its version, so saving it now works.
        await page.GetByTestId("settings-save").ClickAsync();
        Assert.Equal("Pengaturan tersimpan.", await Text(page.GetByTestId("settings-saved")));

        // 412: another admin changes the targets meanwhile; a reload shows theirs.
        var current = (await api.GetFromJsonAsync<TrainingSettingsDto>("/api/v1/settings/training", Json))!;
        (await api.SendAsync(WithIfMatch(HttpMethod.Put, "/api/v1/settings/training", new TrainingSettingsDto { JpTargetPns = 22, JpTargetPppk = 18 }, current.Version))).EnsureSuccessStatusCode();
        await page.GetByTestId("settings-jpTargetPns").FillAsync("30");
        await page.GetByTestId("jp-targets-save").ClickAsync();
        await AssertProblem(form, 412, "Data sudah diubah");
        await page.GetByTestId("jp-targets-reload").ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('[data-testid=settings-jpTargetPns]').value === '22'");
        Assert.Equal(0, await form.GetByTestId("problem").CountAsync());

        // The ledger page reads the new targets.
        await page.GotoAsync($"{host.BaseUrl}/capaian-jp");
        Assert.Equal("Target: PNS 22 JP, PPPK 18 JP", await Text(page.GetByTestId("jp-targets")));

        // Back to the defaults for the other tests.
        current = (await api.GetFromJsonAsync<TrainingSettingsDto>("/api/v1/settings/training", Json))!;
        var reset = await api.SendAsync(WithIfMatch(HttpMethod.Put, "/api/v1/settings/training", new TrainingSettingsDto { JpTargetPns = 20, JpTargetPppk = 20 }, current.Version));
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
    }
}
