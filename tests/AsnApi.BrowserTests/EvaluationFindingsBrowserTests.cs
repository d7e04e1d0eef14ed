using System.Net;
using System.Net.Http.Json;
using AsnApi.Contracts;
using Microsoft.Playwright;

using static AsnApi.BrowserTests.PageChecks;

namespace AsnApi.BrowserTests;

/// <summary>
/// The cycle page's findings corrected in place and deleted after a confirmation (a 422, a 412 read and reloaded, a 409
/// for an action under way and one for a cycle closed meanwhile, the viewer's 403 from the API), and a development-plan
/// item as an action: an employee searched, an item drafted into a new plan (a 422 first), and a 409 for an employee who
/// already has that year's plan, answered by choosing its item. As jmb's admin, like the other evaluation walks; axe,
/// screenshots at 1366 and 360 px.
/// </summary>
[Collection(DashboardCollection.Name)]
public class EvaluationFindingsBrowserTests(DashboardHost host)
{
    private const string Admin = "admin@jmb";
    private static int Year => DateTime.UtcNow.Year;

    private static async Task<T> Read<T>(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<T>(Json))!;
    }

    private static async Task<(EvaluationCycleResponse Cycle, FindingResponse Finding)> CycleWithFinding(HttpClient api, string title)
    {
        var cycle = await Read<EvaluationCycleResponse>(await api.PostAsJsonAsync("/api/v1/evaluation-cycles", new EvaluationCycleRequest
        {
            // Next year's period: a cycle closed here is then no earlier cycle to the ones EvaluationCycleBrowserTests compares.
            Name = $"Evaluasi Temuan {Guid.NewGuid().ToString("N")[..6]}", PeriodFrom = new DateOnly(Year + 1, 1, 1), PeriodTo = new DateOnly(Year + 1, 12, 31),
        }, Json), HttpStatusCode.Created);
        var finding = await Read<FindingResponse>(await api.PostAsJsonAsync($"/api/v1/evaluation-cycles/{cycle.Id}/findings",
            new FindingRequest { Title = title, Description = "Ditulis sebelum rapat.", IndicatorCode = "JP_TARGET", Severity = FindingSeverity.Medium }, Json), HttpStatusCode.Created);
        return (cycle, finding);
    }

    private static ILocator FindingOf(IPage page, Guid id) => page.Locator($"[data-testid=finding][data-id='{id}']");

    [SkippableFact]
    public async Task Findings_are_corrected_in_place_and_deleted_after_a_confirmation()
    {
        var api = await host.ApiAs(Admin);
        var (cycle, finding) = await CycleWithFinding(api, "Kepatuhan JP rendah");
        var started = await Read<FindingResponse>(await api.PostAsJsonAsync($"/api/v1/evaluation-cycles/{cycle.Id}/findings",
            new FindingRequest { Title = "Pengaduan lambat ditangani", Severity = FindingSeverity.High }, Json), HttpStatusCode.Created);
        var action = await Read<FollowUpActionResponse>(await api.PostAsJsonAsync($"/api/v1/evaluation-findings/{started.Id}/actions", new FollowUpActionRequest
        {
            Kind = FollowUpActionKind.Task, Title = "Pelatihan penanganan pengaduan", OwnerName = "Bagian Organisasi", DueDate = new DateOnly(Year + 1, 2, 28),
        }, Json), HttpStatusCode.Created);
        await Read<FollowUpActionResponse>(await api.SendAsync(WithIfMatch(HttpMethod.Post, $"/api/v1/evaluation-actions/{action.Id}/transition",
            new FollowUpTransitionRequest { To = FollowUpActionStatus.InProgress }, action.Version)));
        var page = await host.SignedIn(Admin, $"/evaluasi/siklus/{cycle.Id}");
        var one = FindingOf(page, finding.Id);
        await one.WaitForAsync();

        // 422: the title emptied; the message sits under its input, the finding is unchanged.
        await one.GetByTestId("finding-edit").ClickAsync();
        Assert.Equal("Kepatuhan JP rendah", await one.GetByTestId("finding-title").InputValueAsync());
        Assert.Equal("JP_TARGET", await one.GetByTestId("finding-indicatorCode").InputValueAsync());
        await one.GetByTestId("finding-title").FillAsync("");
        await one.GetByTestId("finding-save").ClickAsync();
        await AssertProblemBox(one.GetByTestId("finding-problem"), 422, "Data tidak valid");
        Assert.Equal("Judul temuan wajib diisi.", await Text(one.GetByTestId("field-error-title")));
        Assert.Equal("true", await one.GetByTestId("finding-title").GetAttributeAsync("aria-invalid"));
        await AssertAccessible(page);
        await Shot(page, "evaluation-findings-01-edit-422");

        // 412: someone corrected it meanwhile; the page says so, offers the latest version, and then saves on top of it.
        var theirs = await Read<FindingResponse>(await api.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/v1/evaluation-findings/{finding.Id}",
            new FindingRequest { Title = "Kepatuhan JP di bawah target", Description = "Diperbaiki oleh sekretariat.", IndicatorCode = "JP_TARGET", Severity = FindingSeverity.Medium }, 1)));
        Assert.Equal(2, theirs.Version);
        await one.GetByTestId("finding-title").FillAsync("Kepatuhan JP rendah di OPD teknis");
        await one.GetByTestId("finding-severity").SelectOptionAsync("High");
        await one.GetByTestId("finding-save").ClickAsync();
        await AssertProblemBox(one.GetByTestId("finding-problem"), 412, "Data sudah diubah");
        await AssertAccessible(page);
        await Shot(page, "evaluation-findings-02-edit-412");
        await one.GetByTestId("reload").ClickAsync();
        Assert.Equal("Kepatuhan JP di bawah target", await one.GetByTestId("finding-title").InputValueAsync());
        Assert.Equal("Diperbaiki oleh sekretariat.", await one.GetByTestId("finding-description").InputValueAsync());
        Assert.Equal(0, await one.GetByTestId("finding-problem").CountAsync());
        await one.GetByTestId("finding-severity").SelectOptionAsync("High");
        await one.GetByTestId("finding-indicatorCode").SelectOptionAsync("IKM");
        await one.GetByTestId("finding-save").ClickAsync();
        Assert.Equal("Perubahan temuan tersimpan.", await Text(one.GetByTestId("finding-updated")));
        Assert.StartsWith("Kepatuhan JP di bawah target", await Text(one.Locator("h3")));
        Assert.Equal("Tinggi", await Text(one.GetByTestId("finding-severity-badge")));
        var saved = (await api.GetFromJsonAsync<EvaluationFindingsResponse>($"/api/v1/evaluation-cycles/{cycle.Id}/findings", Json))!.Findings.Single(f => f.Id == finding.Id);
        Assert.Equal((FindingSeverity.High, "IKM", 3), (saved.Severity, saved.IndicatorCode, saved.Version));
        Assert.StartsWith("/api/v1/ikm?", saved.EvidenceLink);
        await Shot(page, "evaluation-findings-03-edited");

        // 409: a finding whose action is under way is kept, and the page says why after the confirmation.
        var kept = FindingOf(page, started.Id);
        await kept.GetByTestId("finding-delete").ClickAsync();
        Assert.Contains("Hapus temuan \"Pengaduan lambat ditangani\"?", await Text(kept.GetByTestId("finding-delete-confirm")));
        await Shot(page, "evaluation-findings-04-delete-confirm");
        await kept.GetByTestId("finding-delete-yes").ClickAsync();
        await AssertProblemBox(kept.GetByTestId("finding-delete-problem"), 409, "Konflik data");
        Assert.Equal("actionsStarted", await kept.GetByTestId("problem-reason").GetAttributeAsync("data-reason"));
        Assert.StartsWith("Ada tindak lanjut yang sudah dimulai", await Text(kept.GetByTestId("problem-reason")));
        await AssertAccessible(page);
        await Shot(page, "evaluation-findings-05-delete-409");

        // Deleted after a confirmation: gone from the page and the API, the notice names it.
        await one.GetByTestId("finding-delete").ClickAsync();
        await one.GetByTestId("finding-delete-yes").ClickAsync();
        Assert.Equal("Temuan \"Kepatuhan JP di bawah target\" dihapus.", await Text(page.GetByTestId("finding-done")));
        await one.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });
        Assert.Equal([started.Id], (await api.GetFromJsonAsync<EvaluationFindingsResponse>($"/api/v1/evaluation-cycles/{cycle.Id}/findings", Json))!.Findings.Select(f => f.Id));
        await Shot(page, "evaluation-findings-06-deleted");

        // 409: the cycle closed behind the page's back; the edit is refused and the page shows the closed cycle.
        await kept.GetByTestId("finding-edit").ClickAsync();
        var version = (await api.GetFromJsonAsync<EvaluationCycleResponse>($"/api/v1/evaluation-cycles/{cycle.Id}", Json))!.Version;
        (await api.SendAsync(WithIfMatch(HttpMethod.Post, $"/api/v1/evaluation-cycles/{cycle.Id}/close", null, version))).EnsureSuccessStatusCode();
        await kept.GetByTestId("finding-title").FillAsync("Pengaduan lambat");
        await kept.GetByTestId("finding-save").ClickAsync();
        await AssertProblemBox(kept.GetByTestId("finding-problem"), 409, "Konflik data");
        Assert.StartsWith("Orang lain sudah menutup siklus ini", await Text(kept.GetByTestId("problem-reason")));
        Assert.Equal("Ditutup", await Text(page.GetByTestId("cycle-status")));
        await AssertAccessible(page);
        await Shot(page, "evaluation-findings-07-closed-409");
        await kept.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Batal", Exact = true }).ClickAsync();
        Assert.Equal(0, await page.GetByTestId("finding-edit").CountAsync());
        Assert.Equal(0, await page.GetByTestId("finding-delete").CountAsync());
        Assert.Equal("Pengaduan lambat ditangani",
            (await api.GetFromJsonAsync<EvaluationFindingsResponse>($"/api/v1/evaluation-cycles/{cycle.Id}/findings", Json))!.Findings.Single().Title);
        await page.Context.CloseAsync();

        // The viewer reads an open cycle's findings without buttons, at 360 px; the API refuses them a correction (403).
        var (open, openFinding) = await CycleWithFinding(api, "Data kompetensi belum lengkap");
        var viewerApi = await host.ApiAs("viewer@jmb");
        var refused = await viewerApi.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/v1/evaluation-findings/{openFinding.Id}",
            new FindingRequest { Title = "x", Severity = FindingSeverity.Low }, openFinding.Version));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var viewer = await host.SignedIn("viewer@jmb", $"/evaluasi/siklus/{open.Id}", 360, 780);
        await FindingOf(viewer, openFinding.Id).WaitForAsync();
        Assert.Equal(0, await viewer.GetByTestId("finding-edit").CountAsync());
        Assert.Equal(0, await viewer.GetByTestId("finding-delete").CountAsync());
        await AssertNoSidewaysScroll(viewer, "the viewer's cycle page");
        await Shot(viewer, "evaluation-findings-08-viewer-phone");
        await viewer.Context.CloseAsync();

        // The admin at 360 px: the correction form fits the phone.
        var phone = await host.SignedIn(Admin, $"/evaluasi/siklus/{open.Id}", 360, 780);
        var phoneFinding = FindingOf(phone, openFinding.Id);
        await phoneFinding.GetByTestId("finding-edit").ClickAsync();
        await phoneFinding.GetByTestId("finding-title").WaitForAsync();
        await AssertNoSidewaysScroll(phone, "the finding form");
        await AssertAccessible(phone);
        await Shot(phone, "evaluation-findings-09-edit-phone");
        await phone.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task A_plan_item_action_is_drafted_for_an_employee_or_chosen_from_their_plan()
    {
        var api = await host.ApiAs(Admin);
        var (cycle, finding) = await CycleWithFinding(api, "Kompetensi teknis di bawah standar");
        var due = new DateOnly(Year + 1, 6, 30);
        // Two active employees with a competency standard and no plan for next year; the second is then given one by HR.
        var candidates = (await api.GetFromJsonAsync<Paged<EmployeeResponse>>("/api/v1/employees?active=true&pageSize=60&sort=-name", Json))!.Items;
        var chosen = new List<(EmployeeResponse Employee, CompetencyProfileResponse Profile)>();
        foreach (var e in candidates)
        {
            var ofYear = (await api.GetFromJsonAsync<Paged<DevelopmentPlanResponse>>($"/api/v1/development-plans?employeeId={e.Id}&year={due.Year}", Json))!;
            var profile = (await api.GetFromJsonAsync<CompetencyProfileResponse>($"/api/v1/employees/{e.Id}/competency-profile", Json))!;
            if (ofYear.Total == 0 && profile.Items.Count > 0) chosen.Add((e, profile));
            if (chosen.Count == 2) break;
        }
        var (first, firstProfile) = chosen[0];
        var (second, secondProfile) = chosen[1];
        var existingPlan = await Read<DevelopmentPlanResponse>(await api.PostAsJsonAsync("/api/v1/development-plans", new DevelopmentPlanRequest
        {
            EmployeeId = second.Id, Year = due.Year, Title = $"Rencana {due.Year}",
            Items = [new PlanItemRequest { CompetencyId = secondProfile.Items[0].CompetencyId, TargetLevel = 3, Form = DevelopmentActivityForm.Coaching, ActivityName = "Coaching dari atasan", PlannedJp = 10, DueDate = due }],
        }, Json), HttpStatusCode.Created);

        var page = await host.SignedIn(Admin, $"/evaluasi/siklus/{cycle.Id}");
        var one = FindingOf(page, finding.Id);
        await one.GetByTestId("action-new").ClickAsync();
        await one.GetByTestId("action-kind").SelectOptionAsync("PlanItem");
        await one.GetByTestId("action-ownerName").FillAsync("Kepala Bidang Pengembangan");
        await one.GetByTestId("action-dueDate").FillAsync(due.ToString("yyyy-MM-dd"));

        // 422: no employee, so no item; the message sits under the employee search.
        await one.GetByTestId("action-save").ClickAsync();
        await AssertProblemBox(one.GetByTestId("action-form-problem"), 422, "Data tidak valid");
        Assert.Equal("Pilih butir rencana pengembangan.", await Text(one.GetByTestId("field-error-planItemId")));
        await AssertAccessible(page);
        await Shot(page, "evaluation-plan-item-01-422");

        // The employee found by NIP, a new item (no plan of that year yet): its competency gaps first, the activity and JP.
        await one.GetByTestId("plan-employee-search").FillAsync(first.Nip);
        await one.GetByTestId("plan-employee-choose").ClickAsync();
        Assert.StartsWith(first.Name, await Text(one.GetByTestId("plan-employee-chosen")));
        await one.GetByTestId("plan-competency").Locator("option").Nth(firstProfile.Items.Count).WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        var competency = firstProfile.Items.OrderByDescending(i => i.Gap ?? 0).First();
        await one.GetByTestId("plan-competency").SelectOptionAsync(competency.CompetencyId.ToString());
        await one.GetByTestId("plan-form").SelectOptionAsync("Coaching");
        await one.GetByTestId("plan-activity").FillAsync("Coaching penyusunan laporan kinerja");
        await one.GetByTestId("plan-jp").FillAsync("12");
        await Shot(page, "evaluation-plan-item-02-new-item");
        await one.GetByTestId("action-save").ClickAsync();
        Assert.Equal("Tindak lanjut tersimpan.", await Text(one.GetByTestId("action-done")));
        var listed = one.GetByTestId("action").Filter(new LocatorFilterOptions { HasText = "Coaching penyusunan laporan kinerja" });
        Assert.Contains("Butir rencana pengembangan", await Text(listed));
        // The API holds a draft plan of that year with the item, and the action names it.
        var plans = (await api.GetFromJsonAsync<Paged<DevelopmentPlanResponse>>($"/api/v1/development-plans?employeeId={first.Id}&year={due.Year}", Json))!.Items;
        var plan = (await api.GetFromJsonAsync<DevelopmentPlanResponse>($"/api/v1/development-plans/{plans.Single().Id}", Json))!;
        var item = plan.Items!.Single();
        Assert.Equal((DevelopmentPlanStatus.Draft, competency.CompetencyId, DevelopmentActivityForm.Coaching, 12, due),
            (plan.Status, item.CompetencyId, item.Form, item.PlannedJp, item.DueDate));
        var actions = (await api.GetFromJsonAsync<EvaluationFindingsResponse>($"/api/v1/evaluation-cycles/{cycle.Id}/findings", Json))!.Findings.Single().Actions;
        Assert.Equal((item.Id, "Kepala Bidang Pengembangan"), (actions.Single().PlanItemId, actions.Single().OwnerName));
        await AssertAccessible(page);
        await Shot(page, "evaluation-plan-item-03-saved");

        // 409: the second employee already has that year's plan; a new item would be a second plan. Their item is then chosen.
        await one.GetByTestId("action-new").ClickAsync();
        await one.GetByTestId("action-kind").SelectOptionAsync("PlanItem");
        await one.GetByTestId("action-ownerName").FillAsync("Kepala Bidang Pengembangan");
        await one.GetByTestId("action-dueDate").FillAsync(due.ToString("yyyy-MM-dd"));
        await one.GetByTestId("plan-employee-search").FillAsync(second.Nip);
        await one.GetByTestId("plan-employee-choose").ClickAsync();
        await one.GetByTestId("plan-of-year").WaitForAsync();
        Assert.StartsWith($"Pegawai ini sudah memiliki rencana tahun {due.Year} (Draf)", await Text(one.GetByTestId("plan-of-year")));
        await one.GetByTestId("plan-competency").Locator("option").Nth(secondProfile.Items.Count).WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        await one.GetByTestId("plan-competency").SelectOptionAsync(secondProfile.Items[0].CompetencyId.ToString());
        await one.GetByTestId("plan-activity").FillAsync("Kursus daring");
        await one.GetByTestId("action-save").ClickAsync();
        await AssertProblemBox(one.GetByTestId("action-form-problem"), 409, "Konflik data");
        Assert.StartsWith($"Pegawai ini sudah memiliki rencana pengembangan tahun {due.Year}", await Text(one.GetByTestId("action-form-problem").Locator(".problem-detail")));
        await AssertAccessible(page);
        await Shot(page, "evaluation-plan-item-04-409");
        var existingItem = existingPlan.Items!.Single();
        await one.GetByTestId("plan-item").Locator($"option[value='{existingItem.Id}']").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        await one.GetByTestId("plan-item").SelectOptionAsync(existingItem.Id.ToString());
        Assert.Equal(0, await one.GetByTestId("plan-activity").CountAsync());
        await one.GetByTestId("action-save").ClickAsync();
        await one.GetByTestId("action").Filter(new LocatorFilterOptions { HasText = "Coaching dari atasan" }).WaitForAsync();
        Assert.Equal(1, (await api.GetFromJsonAsync<Paged<DevelopmentPlanResponse>>($"/api/v1/development-plans?employeeId={second.Id}&year={due.Year}", Json))!.Total);
        actions = (await api.GetFromJsonAsync<EvaluationFindingsResponse>($"/api/v1/evaluation-cycles/{cycle.Id}/findings", Json))!.Findings.Single().Actions;
        Assert.Contains(actions, a => a.PlanItemId == existingItem.Id);
        await Shot(page, "evaluation-plan-item-05-existing");
        await page.Context.CloseAsync();

        // At 360 px the plan-item form fits the phone.
        var phone = await host.SignedIn(Admin, $"/evaluasi/siklus/{cycle.Id}", 360, 780);
        var phoneFinding = FindingOf(phone, finding.Id);
        await phoneFinding.GetByTestId("action-new").ClickAsync();
        await phoneFinding.GetByTestId("action-kind").SelectOptionAsync("PlanItem");
        await phoneFinding.GetByTestId("plan-employee-search").FillAsync(first.Nip);
        await phoneFinding.GetByTestId("plan-employee-choose").ClickAsync();
        await phoneFinding.GetByTestId("plan-item").WaitForAsync();
        await AssertNoSidewaysScroll(phone, "the plan-item action form");
        await AssertAccessible(phone);
        await Shot(phone, "evaluation-plan-item-06-phone");
        await phone.Context.CloseAsync();
    }

    private static async Task AssertNoSidewaysScroll(IPage page, string what)
    {
        var (scroll, inner) = (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), await page.EvaluateAsync<int>("() => window.innerWidth"));
        Assert.True(scroll <= inner, $"{what} is {scroll} px wide at {inner} px");
    }
}
