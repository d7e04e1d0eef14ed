using System.Net;
using System.Net.Http.Json;
using AsnApi.Contracts;
using Microsoft.Playwright;

using static AsnApi.BrowserTests.PageChecks;

namespace AsnApi.BrowserTests;

/// <summary>
/// A session's reaction questionnaire chosen on its page (as jmb's admin, away from the effectiveness walk's tpi): the
/// tenant's own chosen and back, a 412 when the session moved on meanwhile (read, reloaded, then saved), a 409 on a
/// finished session whose participants answered, the unit head's 403 from the API and the viewer's page without the
/// control at 360 px. axe and screenshots.
/// </summary>
[Collection(DashboardCollection.Name)]
public class SessionQuestionnaireBrowserTests(DashboardHost host)
{
    private const string Admin = "admin@jmb";

    private static async Task<ReactionTemplateResponse> TemplateOf(HttpClient api, Guid sessionId) =>
        (await api.GetFromJsonAsync<SessionEffectivenessResponse>($"/api/v1/training-sessions/{sessionId}/effectiveness", Json))!.Template;

    [SkippableFact]
    public async Task A_session_questionnaire_is_chosen_on_its_page_until_someone_answers()
    {
        var api = await host.ApiAs(Admin);
        var name = $"Kuesioner Uji {Guid.NewGuid().ToString("N")[..6]}";
        var created = await api.PostAsJsonAsync("/api/v1/reaction-templates", new ReactionTemplateRequest
        {
            Name = name, Items = ["Materi sesuai kebutuhan pekerjaan saya.", "Pengajar menjelaskan dengan jelas.", "Saya akan menerapkan materi ini."],
        }, Json);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var template = (await created.Content.ReadFromJsonAsync<ReactionTemplateResponse>(Json))!;
        var open = (await api.GetFromJsonAsync<Paged<TrainingSessionResponse>>("/api/v1/training-sessions?status=Open&pageSize=1", Json))!.Items[0];
        Assert.True((await TemplateOf(api, open.Id)).IsBuiltIn);

        // Chosen: the page says which questionnaire the session asks with, and the API agrees.
        var page = await host.SignedIn(Admin, $"/angkatan/{open.Id}");
        await page.GetByTestId("session-questionnaire-current").WaitForAsync();
        Assert.StartsWith("Dipakai: Kuesioner reaksi standar (6 pernyataan)", await Text(page.GetByTestId("session-questionnaire-current")));
        Assert.StartsWith("Default instansi: ", await Text(page.GetByTestId("session-template").Locator("option").First));
        await page.GetByTestId("session-template").SelectOptionAsync(template.Id.ToString()!);
        await page.GetByTestId("session-template-save").ClickAsync();
        Assert.Equal($"Angkatan ini memakai kuesioner {name}.", await Text(page.GetByTestId("session-template-done")));
        Assert.Equal($"Dipakai: {name} (3 pernyataan)", await Text(page.GetByTestId("session-questionnaire-current")));
        Assert.Equal(template.Id, (await TemplateOf(api, open.Id)).Id);
        await AssertAccessible(page);
        await Shot(page, "session-questionnaire-01-chosen");

        // 412: someone set it back to the default meanwhile (the session moved on); the page offers the latest and then saves.
        var version = (await api.GetFromJsonAsync<TrainingSessionResponse>($"/api/v1/training-sessions/{open.Id}", Json))!.Version;
        (await api.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/v1/training-sessions/{open.Id}/reaction-template", new SessionReactionTemplateRequest(), version))).EnsureSuccessStatusCode();
        await page.GetByTestId("session-template").SelectOptionAsync("");
        await page.GetByTestId("session-template-save").ClickAsync();
        await AssertProblemBox(page.GetByTestId("session-template-problem"), 412, "Data sudah diubah");
        await AssertAccessible(page);
        await Shot(page, "session-questionnaire-02-412");
        await page.GetByTestId("reload").ClickAsync();
        Assert.Equal(0, await page.GetByTestId("session-template-problem").CountAsync());
        Assert.Equal("", await page.GetByTestId("session-template").InputValueAsync());
        Assert.StartsWith("Dipakai: Kuesioner reaksi standar (6 pernyataan)", await Text(page.GetByTestId("session-questionnaire-current")));
        await page.GetByTestId("session-template").SelectOptionAsync(template.Id.ToString()!);
        await page.GetByTestId("session-template-save").ClickAsync();
        await page.GetByTestId("session-template-done").WaitForAsync();
        Assert.Equal($"Dipakai: {name} (3 pernyataan)", await Text(page.GetByTestId("session-questionnaire-current")));
        Assert.Equal(template.Id, (await TemplateOf(api, open.Id)).Id);
        // And back to the default, so the demo session asks with the tenant's default again.
        await page.GetByTestId("session-template").SelectOptionAsync("");
        await page.GetByTestId("session-template-save").ClickAsync();
        await page.Locator("[data-testid=session-template-done]", new PageLocatorOptions { HasTextString = "Kuesioner reaksi standar" }).WaitForAsync();
        Assert.True((await TemplateOf(api, open.Id)).IsBuiltIn);

        // 409: a finished session whose participants answered keeps its questionnaire; the page says why.
        var finished = (await api.GetFromJsonAsync<Paged<TrainingSessionResponse>>("/api/v1/training-sessions?status=Finished&pageSize=50", Json))!.Items;
        TrainingSessionResponse? answered = null;
        foreach (var s in finished)
            if ((await api.GetFromJsonAsync<SessionEffectivenessResponse>($"/api/v1/training-sessions/{s.Id}/effectiveness", Json))!.Reaction.Respondents > 0) { answered = s; break; }
        Assert.NotNull(answered);
        var before = await TemplateOf(api, answered.Id);
        await page.GotoAsync(host.BaseUrl + $"/angkatan/{answered.Id}");
        await page.GetByTestId("session-template").Locator($"option[value='{template.Id}']").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        await page.GetByTestId("session-template").SelectOptionAsync(template.Id.ToString()!);
        await page.GetByTestId("session-template-save").ClickAsync();
        await AssertProblemBox(page.GetByTestId("session-template-problem"), 409, "Konflik data");
        Assert.Equal("templateInUse", await page.GetByTestId("problem-reason").GetAttributeAsync("data-reason"));
        Assert.StartsWith("Peserta angkatan ini sudah mulai menjawab", await Text(page.GetByTestId("problem-reason")));
        Assert.Equal(before.Id, (await TemplateOf(api, answered.Id)).Id);
        await AssertAccessible(page);
        await Shot(page, "session-questionnaire-03-409");
        await page.Context.CloseAsync();

        // The unit head reads which questionnaire is used but may not choose it (403 from the API); the viewer at 360 px likewise.
        var headApi = await host.ApiAs("kadinkes@jmb");
        var refused = await headApi.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/v1/training-sessions/{open.Id}/reaction-template",
            new SessionReactionTemplateRequest { TemplateId = template.Id }, open.Version));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var viewer = await host.SignedIn("viewer@jmb", $"/angkatan/{open.Id}", 360, 780);
        await viewer.GetByTestId("session-questionnaire-current").WaitForAsync();
        Assert.Equal(0, await viewer.GetByTestId("session-template").CountAsync());
        var (scroll, inner) = (await viewer.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), await viewer.EvaluateAsync<int>("() => window.innerWidth"));
        Assert.True(scroll <= inner, $"the session page is {scroll} px wide at {inner} px");
        await AssertAccessible(viewer);
        await Shot(viewer, "session-questionnaire-04-viewer-phone");
        await viewer.Context.CloseAsync();

        var phone = await host.SignedIn(Admin, $"/angkatan/{open.Id}", 360, 780);
        await phone.GetByTestId("session-template").WaitForAsync();
        var (phoneScroll, phoneInner) = (await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), await phone.EvaluateAsync<int>("() => window.innerWidth"));
        Assert.True(phoneScroll <= phoneInner, $"the admin's session page is {phoneScroll} px wide at {phoneInner} px");
        await Shot(phone, "session-questionnaire-05-admin-phone");
        await phone.Context.CloseAsync();
    }
}
