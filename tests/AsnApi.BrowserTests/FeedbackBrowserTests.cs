using System.Net.Http.Json;
using AsnApi.Contracts;
using Microsoft.Playwright;

using static AsnApi.BrowserTests.PageChecks;

namespace AsnApi.BrowserTests;

/// <summary>
/// Citizen feedback on the dashboard: the bar (a citizen fills in the survey on a 360-px phone, with a retried
/// tap after a lost answer, and the unit's IKM and respondents move on the dashboard), the overview and the unit page
/// as admin, unit head and viewer at 1366 and 360 px, the QR poster, and the failures a person meets (422 per question,
/// a survey closed meanwhile 409, a viewer following a link to the editor 403, the editor's 422 and 412).
/// </summary>
[Collection(DashboardCollection.Name)]
public class FeedbackBrowserTests(DashboardHost host)
{
    private const string Admin = "admin@tpi";
    private const string Head = "kadinkes@tpi";
    private const string Viewer = "viewer@tpi";

    private static async Task AssertNoSidewaysScroll(IPage page, string what)
    {
        var (scroll, inner) = (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), await page.EvaluateAsync<int>("() => window.innerWidth"));
        Assert.True(scroll <= inner, $"{what} is {scroll} px wide at {inner} px");
    }

    /// <summary>A service unit of its own under the demo puskesmas's unit (in the unit head's sub-tree), so its figures are this test's alone.</summary>
    private static async Task<ServiceUnitResponse> NewServiceUnit(HttpClient api, string name)
    {
        var puskesmas = (await api.GetFromJsonAsync<Paged<ServiceUnitResponse>>("/api/v1/service-units?q=puskesmas-kota", Json))!.Items.Single();
        var slug = "uji-" + Guid.NewGuid().ToString("N")[..8];
        var response = await api.PostAsJsonAsync("/api/v1/service-units", new ServiceUnitRequest
        {
            Name = name, Slug = slug, UnitId = puskesmas.UnitId, ServiceTypes = ["Rawat Jalan", "Imunisasi"], PopulationPerYear = 5_000, SurveyOpen = true,
        }, Json);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ServiceUnitResponse>(Json))!;
    }

    private static async Task<IkmResponse> Ikm(HttpClient api, Guid id) =>
        (await api.GetFromJsonAsync<IkmResponse>($"/api/v1/service-units/{id}/ikm?from={DateTime.UtcNow.Year}-01-01", Json))!;

    private static async Task Answer(IPage page, int[] scores, string? serviceType)
    {
        if (serviceType is not null) await page.GetByTestId("survey-serviceType").SelectOptionAsync(serviceType);
        for (var i = 0; i < scores.Length; i++)
            if (scores[i] > 0) await page.GetByTestId($"survey-q-{i}-{scores[i]}").CheckAsync();
    }

    [SkippableFact]
    public async Task A_citizen_fills_in_the_survey_on_a_phone_a_retried_tap_counts_once_and_the_unit_IKM_moves_on_the_dashboard()
    {
        var api = await host.ApiAs(Admin);
        var unit = await NewServiceUnit(api, "Puskesmas Uji Peramban");

        // Before: the dashboard shows the unit without respondents, with dashes, not zeros.
        var desk = await host.SignedIn(Admin, $"/umpan-balik/unit-layanan/{unit.Id}");
        Assert.Equal("0", await Text(desk.GetByTestId("su-respondents")));
        Assert.Equal("—", await Text(desk.GetByTestId("su-ikm-value")));
        Assert.Equal("Belum ada responden", await Text(desk.GetByTestId("su-grade")));
        await Shot(desk, "feedback-01-unit-before");

        // The citizen: no sign-in, a 360-px phone, the address the poster's QR code holds.
        var phone = await host.NewPage(360, 780);
        await phone.GotoAsync($"{host.BaseUrl}/survei/tpi/{unit.Slug}");
        Assert.Equal("Puskesmas Uji Peramban", await Text(phone.GetByTestId("survey-unit")));
        Assert.Equal(0, await phone.GetByTestId("menu-toggle").CountAsync());
        await AssertNoSidewaysScroll(phone, "the survey form");
        // Every answer is a target of at least 48 px.
        var smallest = await phone.EvaluateAsync<double>("() => Math.min(...[...document.querySelectorAll('.survey-answer')].map(e => e.getBoundingClientRect().height))");
        Assert.True(smallest >= 48, $"an answer is {smallest} px high");
        await Shot(phone, "feedback-02-phone-form");

        int[] scores = [4, 3, 4, 3, 4, 4, 3, 4, 4];
        await Answer(phone, scores, "Imunisasi");
        await phone.GetByTestId("survey-suggestion").FillAsync("Antrean pagi sudah lebih cepat, terima kasih.");
        await phone.GetByTestId("survey-ageBand").SelectOptionAsync("Age30To39");
        await AssertAccessible(phone);
        await Shot(phone, "feedback-03-phone-filled");

        // The first tap reaches the server, which stores it, but the answer is lost on the way back (the phone's signal drops).
        var lost = 0;
        await phone.RouteAsync("**/survey-responses", async route =>
        {
            if (lost++ == 0) { await route.FetchAsync(); await route.AbortAsync("internetdisconnected"); }
            else await route.ContinueAsync();
        });
        await phone.GetByTestId("survey-submit").ClickAsync();
        var problem = phone.GetByTestId("survey-problem");
        await problem.WaitForAsync();
        Assert.Equal("0", await problem.GetAttributeAsync("data-status"));
        Assert.Contains("jawaban yang sama hanya dihitung sekali", await Text(problem));
        await Shot(phone, "feedback-04-phone-offline");
        Assert.Equal(1, (await Ikm(api, unit.Id)).RespondentCount);

        // The retried tap sends the same submissionId: the API answers with the first result, and counts it once.
        await phone.GetByTestId("survey-submit").ClickAsync();
        await phone.GetByTestId("survey-thanks").WaitForAsync();
        Assert.Equal("Terima kasih!", await Text(phone.GetByTestId("survey-thanks").Locator("h1")));
        Assert.Contains("Puskesmas Uji Peramban", await Text(phone.GetByTestId("survey-thanks")));
        Assert.Equal(2, lost);
        await AssertAccessible(phone);
        await Shot(phone, "feedback-05-phone-thanks");

        var after = await Ikm(api, unit.Id);
        Assert.Equal(1, after.RespondentCount);
        // 33 points over nine unsur: 33 × 25 / 9 = 91.666…, shown 91,67, grade A.
        Assert.Equal(33m * 25m / 9m, after.Ikm!.Value, 10);

        await desk.ReloadAsync();
        await desk.GetByTestId("su-respondents").Filter(new LocatorFilterOptions { HasText = "1" }).WaitForAsync();
        Assert.Equal("91,67", await Text(desk.GetByTestId("su-ikm-value")));
        Assert.Equal("A", await desk.GetByTestId("su-grade").GetAttributeAsync("data-grade"));
        Assert.Equal("A Sangat Baik", await Text(desk.GetByTestId("su-grade")));
        Assert.Equal("false", await desk.GetByTestId("sample").GetAttributeAsync("data-sufficient"));
        Assert.Contains("Sampel belum memadai", await Text(desk.GetByTestId("sample")));
        // The weakest unsur: the first of the lowest (U2 scored 3).
        Assert.StartsWith("U2 ", await Text(desk.GetByTestId("su-weakest")));
        await desk.GetByTestId("su-radar").WaitForAsync();
        await desk.GetByTestId("su-trend").WaitForAsync();
        await AssertAccessible(desk);
        await Shot(desk, "feedback-06-unit-after");

        // The overview moved too: the unit's row and the combined figure.
        await desk.GotoAsync(host.BaseUrl + "/umpan-balik");
        var row = desk.Locator($"[data-testid=ikm-row][data-slug='{unit.Slug}']");
        Assert.Equal("1", await Text(row.GetByTestId("row-respondents")));
        Assert.Equal("91,67", await Text(row.GetByTestId("row-ikm")));
        Assert.Equal("A", await row.GetByTestId("grade").GetAttributeAsync("data-grade"));
        await Shot(desk, "feedback-07-overview-after");

        // The suggestion reached the staff's list of responses.
        var responses = (await api.GetFromJsonAsync<Paged<SurveyResponseItem>>($"/api/v1/service-units/{unit.Id}/survey-responses", Json))!;
        Assert.Equal("Antrean pagi sudah lebih cepat, terima kasih.", Assert.Single(responses.Items).Suggestion);
        await phone.Context.CloseAsync();
        await desk.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Missing_answers_are_named_per_question_and_a_survey_closed_meanwhile_is_a_409_in_words()
    {
        var api = await host.ApiAs(Admin);
        var unit = await NewServiceUnit(api, "Puskesmas Uji Kesalahan");
        var phone = await host.NewPage(360, 780);
        await phone.GotoAsync($"{host.BaseUrl}/survei/tpi/{unit.Slug}");
        await phone.GetByTestId("survey-form").WaitForAsync();

        // 422: no service type, questions 4 and 7 unanswered. Each is named beside its question, in Indonesian.
        await Answer(phone, [4, 4, 4, 0, 4, 4, 0, 4, 4], serviceType: null);
        await phone.GetByTestId("survey-submit").ClickAsync();
        var problem = phone.GetByTestId("survey-problem");
        await problem.WaitForAsync();
        Assert.Equal("422", await problem.GetAttributeAsync("data-status"));
        Assert.Contains("Ada jawaban yang perlu diperbaiki", await Text(problem));
        Assert.Equal("Pertanyaan ini belum dijawab. Nilai 1 (tidak baik) sampai 4 (sangat baik).", await Text(phone.GetByTestId("survey-error-3")));
        Assert.Equal("Pertanyaan ini belum dijawab. Nilai 1 (tidak baik) sampai 4 (sangat baik).", await Text(phone.GetByTestId("survey-error-6")));
        Assert.Equal(0, await phone.GetByTestId("survey-error-0").CountAsync());
        Assert.Equal("Jenis layanan wajib dipilih.", await Text(phone.GetByTestId("survey-error-serviceType")));
        Assert.Equal("true", await phone.GetByTestId("survey-q-3").GetAttributeAsync("aria-invalid"));
        Assert.Equal(0, (await Ikm(api, unit.Id)).RespondentCount);
        await AssertNoSidewaysScroll(phone, "the survey form with errors");
        await Shot(phone, "feedback-08-phone-422");
        await phone.GetByTestId("survey-q-3").ScrollIntoViewIfNeededAsync();
        await phone.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(DashboardHost.Screenshots, "feedback-08-phone-422-screen.png") });

        // Meanwhile the office closes its survey (a PUT with If-Match, as the editor does).
        var current = (await api.GetFromJsonAsync<ServiceUnitResponse>($"/api/v1/service-units/{unit.Id}", Json))!;
        (await api.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/v1/service-units/{unit.Id}", new ServiceUnitRequest
        {
            Name = current.Name, Slug = current.Slug, UnitId = current.UnitId, ServiceTypes = current.ServiceTypes, PopulationPerYear = current.PopulationPerYear,
            StaffIds = current.StaffIds, SurveyOpen = false,
        }, current.Version))).EnsureSuccessStatusCode();

        // 409: the answers are complete now, but the survey is closed; said in words, the button no longer sends.
        await Answer(phone, [4, 4, 4, 3, 4, 4, 3, 4, 4], "Rawat Jalan");
        await phone.GetByTestId("survey-submit").ClickAsync();
        await problem.Filter(new LocatorFilterOptions { HasText = "Survei ditutup" }).WaitForAsync();
        Assert.Equal("409", await problem.GetAttributeAsync("data-status"));
        Assert.Contains("Survei Puskesmas Uji Kesalahan sedang ditutup", await Text(problem));
        Assert.True(await phone.GetByTestId("survey-submit").IsDisabledAsync());
        Assert.Equal(0, (await Ikm(api, unit.Id)).RespondentCount);
        await Shot(phone, "feedback-09-phone-409-closed");

        // Opening the form again says it is closed, without a form to fill in vain.
        await phone.ReloadAsync();
        await phone.GetByTestId("survey-closed").WaitForAsync();
        Assert.Equal(0, await phone.GetByTestId("survey-form").CountAsync());
        await AssertAccessible(phone);

        // An address that is no service unit of this tenant.
        await phone.GotoAsync($"{host.BaseUrl}/survei/jmb/{unit.Slug}");
        await phone.GetByTestId("survey-not-found").WaitForAsync();
        await Shot(phone, "feedback-10-phone-404");
        await phone.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task The_overview_and_the_unit_page_work_for_admin_unit_head_and_viewer_at_1366_and_360_px()
    {
        var api = await host.ApiAs(Admin);
        var all = (await api.GetFromJsonAsync<TenantIkmResponse>($"/api/v1/ikm?from={DateTime.UtcNow.Year}-01-01", Json))!;
        var dukcapil = all.ServiceUnits.Single(s => s.Slug == "dukcapil");
        var puskesmas = all.ServiceUnits.Single(s => s.Slug == "puskesmas-kota");
        var headIkm = await (await host.ApiAs(Head)).GetFromJsonAsync<TenantIkmResponse>($"/api/v1/ikm?from={DateTime.UtcNow.Year}-01-01", Json);
        Assert.DoesNotContain(headIkm!.ServiceUnits, s => s.Slug == "dukcapil");

        var walks = from who in new[] { (User: Admin, Tag: "admin"), (User: Head, Tag: "head"), (User: Viewer, Tag: "viewer") }
                    from size in new[] { (Width: 1366, Height: 900), (Width: 360, Height: 780) }
                    select (who.User, who.Tag, size.Width, size.Height);
        foreach (var (user, tag, width, height) in walks)
        {
            var page = await host.SignedIn(user, "/umpan-balik", width, height);
            await page.GetByTestId("ikm-combined").WaitForAsync();
            await page.GetByTestId("ikm-row").First.WaitForAsync();
            var slugs = await page.GetByTestId("ikm-row").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.slug)");
            Assert.Contains("puskesmas-kota", slugs);
            // The unit head sees the sub-tree's service units only; the admin and the viewer the tenant's.
            Assert.Equal(user != Head, slugs.Contains("dukcapil"));
            var row = page.Locator("[data-testid=ikm-row][data-slug='puskesmas-kota']");
            Assert.Equal("false", await row.GetByTestId("sample").GetAttributeAsync("data-sufficient"));
            Assert.Contains("Sampel belum memadai", await Text(row.GetByTestId("sample")));
            Assert.Equal(puskesmas.Grade.ToString(), await row.GetByTestId("grade").GetAttributeAsync("data-grade"));
            if (user != Head)
            {
                var d = page.Locator("[data-testid=ikm-row][data-slug='dukcapil']");
                Assert.Equal(dukcapil.RespondentCount.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture).Replace(",", "."), await Text(d.GetByTestId("row-respondents")));
                Assert.Equal(Math.Round(dukcapil.Ikm!.Value, 2, MidpointRounding.AwayFromZero).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture).Replace(".", ","),
                    await Text(d.GetByTestId("row-ikm")));
            }
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await AssertNoSidewaysScroll(page, $"/umpan-balik as {user} at {width}");
            await AssertAccessible(page);
            await Shot(page, $"feedback-20-overview-{tag}-{width}");
            if (user == Admin && width == 1366)
            {
                // A period that ends before it starts: 422, said under the date, and no figures of another period left standing.
                await page.GetByTestId("ikm-from").FillAsync($"{DateTime.UtcNow.Year + 1}-01-01");
                await AssertProblem(page.Locator("main"), 422, "Data tidak valid");
                Assert.Equal("Tanggal awal tidak boleh setelah tanggal akhir.", await Text(page.GetByTestId("field-error-from")));
                Assert.Equal(0, await page.GetByTestId("ikm-row").CountAsync());
                await Shot(page, "feedback-22-overview-422");
                await page.GetByTestId("ikm-from").FillAsync($"{DateTime.UtcNow.Year}-01-01");
                await row.WaitForAsync();
            }

            await row.GetByRole(AriaRole.Link).ClickAsync();
            await page.GetByTestId("su-page").WaitForAsync();
            await page.GetByTestId("su-radar").WaitForAsync();
            await page.GetByTestId("su-trend").WaitForAsync();
            Assert.Equal(9, await page.GetByTestId("unsur-row").CountAsync());
            Assert.Contains("Sampel belum memadai", await Text(page.GetByTestId("sample")));
            Assert.True(await page.GetByTestId("su-plan-link").IsVisibleAsync());
            // Paper forms are entered by the tenant admin only.
            Assert.Equal(user == Admin, await page.GetByTestId("paper").CountAsync() == 1);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await AssertNoSidewaysScroll(page, $"the unit page as {user} at {width}");
            await AssertAccessible(page);
            await Shot(page, $"feedback-21-unit-{tag}-{width}");
            await page.Context.CloseAsync();
        }
    }

    [SkippableFact]
    public async Task Paper_forms_are_typed_in_line_by_line_with_errors_named_by_line_and_move_the_figures()
    {
        var api = await host.ApiAs(Admin);
        var unit = await NewServiceUnit(api, "Puskesmas Uji Kertas");
        var page = await host.SignedIn(Admin, $"/umpan-balik/unit-layanan/{unit.Id}");
        var paper = page.GetByTestId("paper");
        await paper.Locator("summary").ClickAsync();
        var day = DateTime.UtcNow.ToString("yyyy-MM-dd");

        // A line that is not a form: said before anything is sent.
        await page.GetByTestId("paper-lines").FillAsync($"{day}, Rawat Jalan, 4,4,4");
        await page.GetByTestId("paper-submit").ClickAsync();
        Assert.Equal("Baris 1: tulis tanggal, jenis layanan dan 9 nilai, dipisah koma.", await Text(page.GetByTestId("paper-parse")));

        // 422 from the API, named by the line a person typed; nothing stored (all or nothing).
        await page.GetByTestId("paper-lines").FillAsync($"{day}, Rawat Jalan, 4,4,4,4,4,4,4,4,4\n{day}, Rawat Jalan, 4,4,4,4,4,4,4,4,5");
        await page.GetByTestId("paper-submit").ClickAsync();
        await AssertProblemBox(page.GetByTestId("paper-problem"), 422, "Data tidak valid");
        Assert.Equal("Baris 2, nilai: Nilai 1 (tidak baik) sampai 4 (sangat baik).", await Text(page.GetByTestId("paper-line-errors")));
        Assert.Equal(0, (await Ikm(api, unit.Id)).RespondentCount);
        await Shot(page, "feedback-40-paper-422");

        await page.GetByTestId("paper-lines").FillAsync($"{day}, Rawat Jalan, 4,4,4,4,4,4,4,4,4\n{day}, imunisasi, 2,2,2,2,2,2,2,2,2");
        await page.GetByTestId("paper-submit").ClickAsync();
        Assert.Equal("2 lembar survei tersimpan.", await Text(page.GetByTestId("paper-saved")));
        await page.GetByTestId("su-respondents").Filter(new LocatorFilterOptions { HasText = "2" }).WaitForAsync();
        // (36 + 18) × 25 / (9 × 2) = 75: shown 75,00, grade C.
        Assert.Equal("75,00", await Text(page.GetByTestId("su-ikm-value")));
        Assert.Equal("C", await page.GetByTestId("su-grade").GetAttributeAsync("data-grade"));
        Assert.Equal(75m, (await Ikm(api, unit.Id)).Ikm);
        await AssertAccessible(page);
        await Shot(page, "feedback-41-paper-saved");
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task The_service_unit_editor_saves_with_If_Match_shows_422_and_412_in_words_and_a_viewer_gets_a_403()
    {
        var api = await host.ApiAs(Admin);
        var unit = await NewServiceUnit(api, "Puskesmas Uji Penyunting");
        var page = await host.SignedIn(Admin, $"/umpan-balik/unit-layanan?q={unit.Slug}");
        await page.GetByTestId("su-row").First.ClickAsync();
        var editor = page.GetByTestId("su-editor");
        await editor.WaitForAsync();
        Assert.Equal("Rawat Jalan\nImunisasi", await page.GetByTestId("su-serviceTypes").InputValueAsync());

        // 422: a slug with capitals and spaces, said under the slug.
        await page.GetByTestId("su-slug").FillAsync("Puskesmas Uji");
        await page.GetByTestId("su-save").ClickAsync();
        await AssertProblemBox(editor.GetByTestId("problem"), 422, "Data tidak valid");
        Assert.Equal("Slug hanya huruf kecil, angka dan tanda hubung tunggal, misalnya dukcapil-kota.", await Text(page.GetByTestId("field-error-slug")));
        Assert.Equal("true", await page.GetByTestId("su-slug").GetAttributeAsync("aria-invalid"));
        await Shot(page, "feedback-30-editor-422");

        // Saved with If-Match: a staff member added, a service type added, the survey closed.
        await page.GetByTestId("su-slug").FillAsync(unit.Slug);
        await page.GetByTestId("su-serviceTypes").FillAsync("Rawat Jalan\nImunisasi\nKesehatan Ibu dan Anak");
        var employee = (await api.GetFromJsonAsync<Paged<EmployeeResponse>>("/api/v1/employees?pageSize=1&sort=name&active=true", Json))!.Items[0];
        await page.GetByTestId("su-staff-search").FillAsync(employee.Nip);
        await page.GetByTestId("su-staff-result").Filter(new LocatorFilterOptions { HasText = employee.Name }).GetByRole(AriaRole.Button).ClickAsync();
        await page.GetByTestId("su-staff-item").Filter(new LocatorFilterOptions { HasText = employee.Name }).WaitForAsync();
        await page.GetByTestId("su-surveyOpen").UncheckAsync();
        await page.GetByTestId("su-save").ClickAsync();
        Assert.Equal("Unit layanan Puskesmas Uji Penyunting tersimpan.", await Text(page.GetByTestId("su-saved")));
        var saved = (await api.GetFromJsonAsync<ServiceUnitResponse>($"/api/v1/service-units/{unit.Id}", Json))!;
        Assert.Equal(["Rawat Jalan", "Imunisasi", "Kesehatan Ibu dan Anak"], saved.ServiceTypes);
        Assert.Equal([employee.Id], saved.StaffIds);
        Assert.False(saved.SurveyOpen);
        Assert.Equal(unit.Version + 1, saved.Version);
        await AssertAccessible(page);

        // 412: someone else saved meanwhile; the editor says so and reloads the current version.
        (await api.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/v1/service-units/{unit.Id}", new ServiceUnitRequest
        {
            Name = "Puskesmas Uji Penyunting Baru", Slug = saved.Slug, UnitId = saved.UnitId, ServiceTypes = saved.ServiceTypes, PopulationPerYear = saved.PopulationPerYear,
            StaffIds = saved.StaffIds, SurveyOpen = false,
        }, saved.Version))).EnsureSuccessStatusCode();
        await page.GetByTestId("su-populationPerYear").FillAsync("6000");
        await page.GetByTestId("su-save").ClickAsync();
        await AssertProblemBox(editor.GetByTestId("problem"), 412, "Data sudah diubah");
        await Shot(page, "feedback-31-editor-412");
        await page.GetByTestId("reload").ClickAsync();
        await page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Ubah unit layanan Puskesmas Uji Penyunting Baru" }).WaitForAsync();
        Assert.Equal("5000", await page.GetByTestId("su-populationPerYear").InputValueAsync());

        // The poster: the unit's name and a QR code of the public form's address; printed without the dashboard.
        await page.GotoAsync($"{host.BaseUrl}/umpan-balik/unit-layanan/{unit.Id}/poster");
        await page.GetByTestId("poster-qr").WaitForAsync();
        Assert.Equal($"{host.BaseUrl}/survei/tpi/{unit.Slug}", await page.GetByTestId("poster-qr").GetAttributeAsync("data-url"));
        Assert.Equal("Puskesmas Uji Penyunting Baru", await Text(page.GetByTestId("poster-unit")));
        Assert.True(await page.GetByTestId("poster-closed").IsVisibleAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => { const i = document.querySelector('[data-testid=poster-qr]'); return i.complete && i.naturalWidth > 0; }"));
        await AssertAccessible(page);
        await Shot(page, "feedback-32-poster");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.False(await page.Locator("#main-nav").IsVisibleAsync());
        Assert.False(await page.GetByTestId("poster-print").IsVisibleAsync());
        await Shot(page, "feedback-33-poster-print");
        await page.Context.CloseAsync();

        // A viewer reads the editor without a save button, and a link to a new one is refused in words (403).
        var viewer = await host.SignedIn(Viewer, $"/umpan-balik/unit-layanan?su={unit.Id}");
        await viewer.GetByTestId("su-editor").WaitForAsync();
        Assert.Equal(0, await viewer.GetByTestId("su-save").CountAsync());
        Assert.True(await viewer.GetByTestId("su-name").IsDisabledAsync());
        Assert.Equal(0, await viewer.GetByTestId("su-new").CountAsync());
        await viewer.GotoAsync($"{host.BaseUrl}/umpan-balik/unit-layanan?su=new");
        await AssertProblemBox(viewer.GetByTestId("su-forbidden"), 403, "Tidak diizinkan");
        Assert.Contains("Hanya admin instansi", await Text(viewer.GetByTestId("su-forbidden")));
        // The API agrees: the viewer's own attempt is a 403 and nothing is written.
        var viewerApi = await host.ApiAs(Viewer);
        var refused = await viewerApi.PostAsJsonAsync("/api/v1/service-units", new ServiceUnitRequest
        {
            Name = "Tidak boleh", Slug = "tidak-boleh-" + Guid.NewGuid().ToString("N")[..6], UnitId = unit.UnitId, ServiceTypes = ["A"], PopulationPerYear = 10,
        }, Json);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, refused.StatusCode);
        await AssertAccessible(viewer);
        await Shot(viewer, "feedback-34-viewer-403");
        await viewer.Context.CloseAsync();
    }
}
