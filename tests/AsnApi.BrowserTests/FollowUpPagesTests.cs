using System.Net.Http.Json;
using AsnApi.Contracts;
using Microsoft.Playwright;

using static AsnApi.BrowserTests.PageChecks;

namespace AsnApi.BrowserTests;

/// <summary>
/// The post-training follow-up page as jmb's people use it (the other browser tests change tpi, pgk and amq): the unit
/// head files a follow-up from the due queue and sees it done; an empty save is a 422 by each competency; a follow-up
/// filed meanwhile by someone else is a 409, and a correction from a stale copy a 412, each in the words a person
/// reads; a viewer sees masked NIPs and no button to file. axe on each; screenshots at 1366 and 360 px.
/// </summary>
[Collection(DashboardCollection.Name)]
public class FollowUpPagesTests(DashboardHost host)
{
    private const string Head = "kadinkes@jmb";
    private const string Admin = "admin@jmb";
    private const string Viewer = "viewer@jmb";
    private const string Path = "/evaluasi/tindak-lanjut";

    private static async Task RateAll(ILocator form, int value)
    {
        var count = await form.GetByTestId("follow-up-competency").CountAsync();
        for (var i = 0; i < count; i++) await form.Locator($"label:has([data-testid=application-{i}-{value}])").ClickAsync();
    }

    private static FollowUpRequest RatingsFor(FollowUpResponse f, int value) => new()
    {
        Ratings = f.Competencies.Select(c => new FollowUpRatingRequest { CompetencyId = c.CompetencyId, Application = value }).ToList(),
    };

    [SkippableFact]
    public async Task A_unit_head_files_a_due_follow_up_and_meets_a_422_a_409_and_a_412_in_plain_words()
    {
        var headApi = await host.ApiAs(Head);
        var adminApi = await host.ApiAs(Admin);
        var due = (await headApi.GetFromJsonAsync<Paged<FollowUpQueueItem>>("/api/v1/training-follow-ups?status=Due&pageSize=50&sort=dueOn", Json))!;
        Assert.True(due.Items.Count >= 3, "the demo data should leave at least three follow-ups due in the Dinas Kesehatan sub-tree of jmb");

        var page = await host.SignedIn(Head, Path);
        await page.GetByTestId("follow-up-queue").WaitForAsync();
        Assert.True(await page.Locator("#main-nav").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Tindak lanjut pelatihan" }).IsVisibleAsync());
        await page.WaitForFunctionAsync($"() => document.querySelectorAll('[data-testid=follow-up-row]').length === {Math.Min(20, due.Items.Count)}");
        Assert.Contains(due.Items[0].EmployeeName, await Text(page.GetByTestId("follow-up-row").First));
        await AssertAccessible(page);
        await Shot(page, "follow-ups-queue-head-1366");

        // An empty save: a 422, and each competency's rating says what is missing.
        await page.GetByTestId("follow-up-row").First.GetByTestId("follow-up-open").ClickAsync();
        var form = page.GetByTestId("follow-up-form");
        await form.GetByTestId("follow-up-competency").First.WaitForAsync();
        await form.GetByTestId("follow-up-save").ClickAsync();
        await AssertProblem(form, 422, "Data tidak valid");
        Assert.Equal("Nilai penerapan wajib diisi.", await Text(form.GetByTestId("field-error-ratings[0].application")));
        await Shot(page, "follow-ups-422-1366");

        // Filled in: saved, done, and the API agrees.
        await RateAll(form, 4);
        await form.GetByTestId("reassessed-0").SelectOptionAsync("4");
        await form.GetByTestId("follow-up-notes").FillAsync("Menerapkan materi dalam rapat koordinasi mingguan.");
        await form.GetByTestId("follow-up-save").ClickAsync();
        await form.GetByTestId("follow-up-saved").WaitForAsync();
        Assert.Equal("Selesai", await Text(form.GetByTestId("follow-up-status")));
        var filed = (await headApi.GetFromJsonAsync<FollowUpResponse>($"/api/v1/training-follow-ups/{due.Items[0].EnrollmentId}", Json))!;
        Assert.Equal((1, 4, "Menerapkan materi dalam rapat koordinasi mingguan."), (filed.Version, filed.Competencies[0].ReassessedLevel, filed.Notes));
        Assert.All(filed.Competencies, c => Assert.Equal(4, c.Application));
        Assert.NotNull(filed.AssessmentId);
        await Shot(page, "follow-ups-filed-1366");

        // A correction from a copy that someone else corrected meanwhile: 412, with a way to load the latest.
        (await adminApi.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/v1/training-follow-ups/{filed.EnrollmentId}", RatingsFor(filed, 3), 1))).EnsureSuccessStatusCode();
        await RateAll(form, 5);
        await form.GetByTestId("follow-up-save").ClickAsync();
        await AssertProblem(form, 412, "Data sudah diubah");
        await Shot(page, "follow-ups-412-1366");
        await form.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Muat versi terbaru" }).ClickAsync();
        await page.WaitForFunctionAsync("() => !document.querySelector('[data-testid=follow-up-form] [data-testid=problem]')");

        // Another due follow-up, filed by the admin while the head has it open: 409 with the server's sentence.
        await page.GetByTestId("follow-up-close").ClickAsync();
        var second = due.Items[1];
        // Filed, the first one has left the due queue.
        await page.WaitForFunctionAsync($"() => !document.querySelector('[data-enrollment=\"{filed.EnrollmentId}\"]')");
        await page.Locator($"[data-testid=follow-up-row][data-enrollment='{second.EnrollmentId}']").GetByTestId("follow-up-open").ClickAsync();
        await form.GetByTestId("follow-up-competency").First.WaitForAsync();
        Assert.Contains(second.EmployeeName, await Text(form.Locator("h2")));
        Assert.Equal("Jatuh tempo", await Text(form.GetByTestId("follow-up-status")));
        var secondFollowUp = (await adminApi.GetFromJsonAsync<FollowUpResponse>($"/api/v1/training-follow-ups/{second.EnrollmentId}", Json))!;
        (await adminApi.PostAsJsonAsync($"/api/v1/training-follow-ups/{second.EnrollmentId}", RatingsFor(secondFollowUp, 2), Json)).EnsureSuccessStatusCode();
        await RateAll(form, 3);
        await form.GetByTestId("follow-up-save").ClickAsync();
        await AssertProblem(form, 409, "Konflik data");
        Assert.Contains("sudah diisi", await Text(form.GetByTestId("problem")));
        await Shot(page, "follow-ups-409-1366");
        await page.Context.CloseAsync();

        // On a phone: the queue and an open form fit the width.
        var phone = await host.SignedIn(Head, $"{Path}?open={due.Items[2].EnrollmentId}", 360, 780);
        await phone.GetByTestId("follow-up-form").GetByTestId("follow-up-competency").First.WaitForAsync();
        await phone.GetByTestId("follow-up-queue").WaitForAsync();
        var (scroll, inner) = (await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), await phone.EvaluateAsync<int>("() => window.innerWidth"));
        Assert.True(scroll <= inner, $"{Path} is {scroll} px wide at {inner} px");
        await AssertAccessible(phone);
        await Shot(phone, "follow-ups-form-head-360");
        await phone.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task A_viewer_reads_the_queue_with_masked_nips_and_no_form_to_file()
    {
        var page = await host.SignedIn(Viewer, $"{Path}?status=Overdue");
        await page.GetByTestId("follow-up-row").First.WaitForAsync();
        Assert.Contains("********", await Text(page.GetByTestId("follow-up-row").First));
        Assert.Equal("Lihat", await Text(page.GetByTestId("follow-up-row").First.GetByTestId("follow-up-open")));
        await page.GetByTestId("follow-up-row").First.GetByTestId("follow-up-open").ClickAsync();
        var form = page.GetByTestId("follow-up-form");
        await form.GetByTestId("follow-up-competency").First.WaitForAsync();
        Assert.Equal(0, await form.GetByTestId("follow-up-save").CountAsync());
        Assert.Contains("Hanya atasan unit kerja", await Text(form));
        await AssertAccessible(page);
        await Shot(page, "follow-ups-viewer-1366");
        await page.Context.CloseAsync();
    }
}
