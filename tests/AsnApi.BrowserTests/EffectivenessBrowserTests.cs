using System.Net.Http.Json;
using AsnApi.Contracts;
using Microsoft.Playwright;

using static AsnApi.BrowserTests.PageChecks;

namespace AsnApi.BrowserTests;

/// <summary>
/// Training effectiveness as HR and a participant use it: a finished session's reaction questionnaire filled in by HR
/// (after a 422 for missing answers), a 409 when someone else answered first, a one-time link issued and copied, the
/// participant answering it on a 360 px phone without signing in (and the used link saying so), the figures on the
/// effectiveness page, level 4 with its caveat, the questionnaire editor, and what a viewer and a unit head see.
/// </summary>
[Collection(DashboardCollection.Name)]
public class EffectivenessBrowserTests(DashboardHost host)
{
    private const string Admin = "admin@tpi";

    private static async Task AssertFits(IPage page, string what)
    {
        var (scroll, inner) = (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), await page.EvaluateAsync<int>("() => window.innerWidth"));
        Assert.True(scroll <= inner, $"{what} is {scroll} px wide at {inner} px");
    }

    private static async Task<T> Send<T>(HttpClient api, HttpRequestMessage request)
    {
        var response = await api.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"{request.Method} {request.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<T>(Json))!;
    }

    /// <summary>A program and a session of it that ended a month ago, with three Dinas Kesehatan participants who completed with these scores.</summary>
    private static async Task<(TrainingProgramResponse Program, TrainingSessionResponse Session, List<EnrollmentResponse> People)> FinishedSession(HttpClient api)
    {
        var program = await Send<TrainingProgramResponse>(api, new HttpRequestMessage(HttpMethod.Post, "/api/v1/training-programs")
        {
            Content = JsonContent.Create(new TrainingProgramRequest
            {
                Code = "EF" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant(), Title = "Pelayanan Prima (uji efektivitas)", Form = DevelopmentActivityForm.PelatihanTeknis,
                Delivery = TrainingDelivery.InPerson, Jp = 16, GrantsCertificate = false,
            }, options: Json),
        });
        var start = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-35);
        var session = await Send<TrainingSessionResponse>(api, new HttpRequestMessage(HttpMethod.Post, "/api/v1/training-sessions")
        {
            Content = JsonContent.Create(new TrainingSessionRequest { ProgramId = program.Id, Name = "Angkatan Uji Reaksi", StartDate = start, EndDate = start.AddDays(2), Location = "Aula BKPSDM", Capacity = 5 }, options: Json),
        });
        var url = $"/api/v1/training-sessions/{session.Id}";
        session = await Send<TrainingSessionResponse>(api, WithIfMatch(HttpMethod.Post, url + "/open", null, session.Version));
        var dinkes = (await api.GetFromJsonAsync<Paged<UnitResponse>>("/api/v1/units?q=DINKES-YANKES&pageSize=50", Json))!.Items.Single(u => u.Code == "DINKES-YANKES");
        var employees = (await api.GetFromJsonAsync<Paged<EmployeeResponse>>($"/api/v1/employees?underUnitId={dinkes.Id}&active=true&pageSize=50&sort=-name", Json))!.Items;
        var people = new List<EnrollmentResponse>();
        foreach (var e in employees.Where(e => !e.Name.StartsWith("Peserta", StringComparison.Ordinal)).Take(3))
            people.Add(await Send<EnrollmentResponse>(api, new HttpRequestMessage(HttpMethod.Post, url + "/enrollments") { Content = JsonContent.Create(new EnrollmentRequest { EmployeeId = e.Id }, options: Json) }));
        session = await Send<TrainingSessionResponse>(api, WithIfMatch(HttpMethod.Post, url + "/start", null, session.Version));
        int[][] scores = [[40, 80], [60, 75], [100, 100]];
        for (var i = 0; i < people.Count; i++)
        {
            var one = $"{url}/enrollments/{people[i].Id}";
            var scored = await Send<EnrollmentResponse>(api, WithIfMatch(HttpMethod.Put, one, new EnrollmentUpdateRequest { PreTestScore = scores[i][0], PostTestScore = scores[i][1], Attendance = [] }, people[i].Version));
            people[i] = await Send<EnrollmentResponse>(api, WithIfMatch(HttpMethod.Post, one + "/complete", null, scored.Version));
        }
        session = await Send<TrainingSessionResponse>(api, WithIfMatch(HttpMethod.Post, url + "/finish", null, session.Version));
        return (program, session, people);
    }

    private static async Task Answer(ILocator form, int items, int score)
    {
        for (var i = 1; i <= items; i++) await form.GetByTestId($"score-{i}-{score}").CheckAsync(new LocatorCheckOptions { Force = true });
    }

    [SkippableFact]
    public async Task HR_and_the_participant_answer_the_reaction_questionnaire_and_the_figures_show_it()
    {
        var api = await host.ApiAs(Admin);
        var (program, session, people) = await FinishedSession(api);
        Assert.Equal(3, people.Count);

        var page = await host.SignedIn(Admin, $"/evaluasi/efektivitas?row={program.Id}");
        Assert.True(await page.Locator("#main-nav").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Efektivitas Pelatihan" }).IsVisibleAsync());
        var row = page.GetByTestId("eff-row").Filter(new LocatorFilterOptions { HasText = program.Code });
        await row.WaitForAsync();
        // Level 3 comes from the supervisors' follow-ups: none is filed for this new program yet.
        Assert.StartsWith("belum ada", await Text(row.GetByTestId("level3")));
        await page.GetByTestId("eff-session-open").First.ClickAsync();
        var panel = page.GetByTestId("eff-session");
        await panel.GetByTestId("eff-participant").First.WaitForAsync();
        Assert.Equal(6, await panel.GetByTestId("eff-items").Locator("tbody tr").CountAsync());
        await AssertAccessible(page);

        // 422: sent with three statements unanswered; nothing stored.
        var first = panel.GetByTestId("eff-participant").Nth(0);
        var firstName = await Text(first.Locator("td").First);
        await first.GetByTestId("fill").ClickAsync();
        var form = panel.GetByTestId("reaction-form");
        for (var i = 1; i <= 3; i++) await form.GetByTestId($"score-{i}-4").CheckAsync(new LocatorCheckOptions { Force = true });
        await form.GetByTestId("reaction-submit").ClickAsync();
        await AssertProblemBox(form.GetByTestId("reaction-problem"), 422, "Data tidak valid");
        Assert.Contains("setiap pernyataan", await Text(page.GetByTestId("field-error-scores")));
        await Shot(page, "effectiveness-01-reaction-422");

        await Answer(form, 6, 4);
        await form.GetByTestId("reaction-comment").FillAsync("Materi langsung bisa dipakai di loket.");
        await form.GetByTestId("reaction-submit").ClickAsync();
        Assert.Equal($"Jawaban {firstName} tersimpan.", await Text(page.GetByTestId("eff-notice")));

        // 409: someone else answered the second participant while this page still offered it.
        // Not the one just answered: the roster may not have refreshed yet, so its row can still offer "fill" for a moment.
        var second = panel.GetByTestId("eff-participant").Filter(new LocatorFilterOptions { Has = page.GetByTestId("fill") })
            .Filter(new LocatorFilterOptions { HasNotText = firstName }).First;
        var secondName = await Text(second.Locator("td").First);
        await second.GetByTestId("fill").ClickAsync();
        var secondId = people.Single(p => p.EmployeeName == secondName).Id;
        (await api.PostAsJsonAsync($"/api/v1/enrollments/{secondId}/reaction", new ReactionAnswerRequest
        {
            Scores = Enumerable.Range(1, 6).Select(i => new ReactionScoreRequest { Position = i, Score = 3 }).ToList(),
        }, Json)).EnsureSuccessStatusCode();
        form = panel.GetByTestId("reaction-form");
        await Answer(form, 6, 5);
        await form.GetByTestId("reaction-submit").ClickAsync();
        var conflict = form.GetByTestId("reaction-problem");
        await AssertProblemBox(conflict, 409, "Konflik data");
        Assert.Equal("alreadyAnswered", await conflict.GetByTestId("problem-reason").GetAttributeAsync("data-reason"));
        await Shot(page, "effectiveness-02-reaction-409");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Batal" }).Last.ClickAsync();

        // A one-time link for the third participant, shown once with a copy button.
        await page.ReloadAsync();
        var third = page.GetByTestId("eff-session").GetByTestId("eff-participant").Filter(new LocatorFilterOptions { Has = page.GetByTestId("make-link") }).First;
        await third.GetByTestId("make-link").ClickAsync();
        var url = await Text(page.GetByTestId("link-url"));
        Assert.Matches("/reaksi/[A-Za-z0-9_-]{43}$", url);
        Assert.True(await page.GetByTestId("copy-link").IsVisibleAsync());
        await Shot(page, "effectiveness-03-link");

        // The participant, on a phone, without an account.
        var phone = await host.NewPage(360, 780);
        await phone.GotoAsync(host.BaseUrl + new Uri(url).PathAndQuery);
        var publicForm = phone.GetByTestId("reaction-form");
        await publicForm.WaitForAsync();
        await AssertFits(phone, "the public reaction form");
        var box = await publicForm.GetByTestId("score-1-5").Locator("..").BoundingBoxAsync();
        Assert.True(box!.Height >= 44 && box.Width >= 44, $"a choice is {box.Width}×{box.Height} px");
        await AssertAccessible(phone);
        await Shot(phone, "effectiveness-04-public-form-360");
        await Answer(publicForm, 6, 5);
        await publicForm.GetByTestId("reaction-submit").ClickAsync();
        await phone.GetByTestId("reaction-thanks").WaitForAsync();
        await Shot(phone, "effectiveness-05-public-thanks-360");
        await phone.ReloadAsync();
        var used = phone.GetByTestId("reaction-problem");
        await AssertProblemBox(used, 409, "Konflik data");
        Assert.Equal("linkUsed", await used.GetByTestId("problem-reason").GetAttributeAsync("data-reason"));
        await phone.GotoAsync(host.BaseUrl + "/reaksi/" + new string('A', 43));
        await phone.GetByTestId("reaction-invalid").WaitForAsync();
        await phone.Context.CloseAsync();

        // All three answered: 4, 3 and 5 on every statement.
        await page.ReloadAsync();
        var figures = await api.GetFromJsonAsync<SessionEffectivenessResponse>($"/api/v1/training-sessions/{session.Id}/effectiveness", Json);
        Assert.Equal((3, 3, 4.0), (figures!.Reaction.Respondents, figures.Reaction.Participants, figures.Reaction.Mean));
        await page.GetByTestId("eff-comments").WaitForAsync();
        Assert.Contains("Materi langsung bisa dipakai di loket.", await Text(page.GetByTestId("eff-comments")));
        Assert.Equal(0, await page.GetByTestId("fill").CountAsync());
        await page.GotoAsync(host.BaseUrl + $"/evaluasi/efektivitas?row={program.Id}");
        row = page.GetByTestId("eff-row").Filter(new LocatorFilterOptions { HasText = program.Code });
        Assert.Contains("Rata-rata 4,00 (Baik)", await Text(row));
        Assert.Contains("3 dari 3 peserta menjawab", await Text(row));
        Assert.Contains("Kenaikan 18,3 poin", await Text(row));
        await Shot(page, "effectiveness-06-table");

        // Level 4: the comparison with its caveat.
        await row.GetByTestId("eff-results").ClickAsync();
        Assert.Contains("bukan hubungan sebab-akibat", await Text(page.GetByTestId("caveat")));
        await Shot(page, "effectiveness-07-level4");
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task The_questionnaire_editor_copies_the_built_in_one_and_says_what_is_wrong()
    {
        var page = await host.SignedIn(Admin, "/evaluasi/efektivitas/kuesioner");
        await page.GetByTestId("template").First.WaitForAsync();
        await page.GetByTestId("template-copy").First.ClickAsync();
        var editor = page.GetByTestId("template-editor");
        Assert.Equal(6, await editor.Locator("ol > li").CountAsync());
        await page.GetByTestId("template-name").FillAsync("Kuesioner Uji " + Guid.NewGuid().ToString("N")[..6]);
        await page.GetByTestId("template-add").ClickAsync();
        await page.GetByTestId("template-save").ClickAsync();
        await AssertProblemBox(editor.GetByTestId("template-problem"), 422, "Data tidak valid");
        Assert.Equal("Pernyataan tidak boleh kosong.", await Text(page.GetByTestId("field-error-items[6]")));
        await Shot(page, "effectiveness-08-template-422");
        await page.GetByTestId("template-item-6").FillAsync("Saya akan menerapkan materi ini dalam tiga bulan ke depan.");
        await page.GetByTestId("template-save").ClickAsync();
        await page.GetByTestId("template-saved").WaitForAsync();
        await AssertAccessible(page);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task A_viewer_reads_without_write_controls_and_a_unit_head_enters_on_a_phone()
    {
        var viewer = await host.SignedIn("viewer@tpi", "/evaluasi/efektivitas/kuesioner");
        await viewer.GetByTestId("template").First.WaitForAsync();
        Assert.Equal(0, await viewer.GetByTestId("template-copy").CountAsync());
        Assert.Equal(0, await viewer.GetByTestId("template-new").CountAsync());
        var api = await host.ApiAs(Admin);
        var finished = (await api.GetFromJsonAsync<Paged<TrainingSessionResponse>>("/api/v1/training-sessions?status=Finished&pageSize=1&sort=-endDate", Json))!.Items[0];
        await viewer.GotoAsync(host.BaseUrl + $"/evaluasi/efektivitas?sesi={finished.Id}");
        await viewer.GetByTestId("eff-session").WaitForAsync();
        Assert.Equal(0, await viewer.GetByTestId("fill").CountAsync());
        Assert.Equal(0, await viewer.GetByTestId("make-link").CountAsync());
        await viewer.Context.CloseAsync();

        // 403 from the API for a viewer who tries anyway.
        var viewerApi = await host.ApiAs("viewer@tpi");
        var someone = (await api.GetFromJsonAsync<SessionEffectivenessResponse>($"/api/v1/training-sessions/{finished.Id}/effectiveness", Json))!.Participants[0];
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await viewerApi.PostAsync($"/api/v1/enrollments/{someone.EnrollmentId}/reaction-link", null)).StatusCode);

        var head = await host.SignedIn("kadinkes@tpi", "/evaluasi/efektivitas", 360, 780);
        await head.GetByTestId("eff-row").First.WaitForAsync();
        await head.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await AssertFits(head, "/evaluasi/efektivitas for a unit head");
        await Shot(head, "effectiveness-09-unit-head-360");
        await head.Context.CloseAsync();
    }
}
