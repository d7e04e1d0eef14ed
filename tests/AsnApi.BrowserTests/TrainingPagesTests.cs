using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using AsnApi.Contracts;
using Microsoft.Playwright;

using static AsnApi.BrowserTests.PageChecks;

namespace AsnApi.BrowserTests;

/// <summary>
/// The training pages as a BKPSDM officer uses them: a session created for a program (after a 422 for dates out of
/// order), opened, two employees enrolled, a 409 for a duplicate and one for a full session in the words a person reads,
/// started, one participant completed with the certificate number and the JP on the roster, the JP ledger page and the
/// employee page; the catalogue and partner editors; what a viewer may not do; axe and screenshots at 1366 and 360 px.
/// </summary>
[Collection(DashboardCollection.Name)]
public class TrainingPagesTests(DashboardHost host)
{
    private const string Admin = "admin@tpi";

    private async Task Phone(string path, string ready, string shot)
    {
        var phone = await host.SignedIn(Admin, path, 360, 780);
        await phone.Locator(ready).First.WaitForAsync();
        await phone.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var (scroll, inner) = (await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), await phone.EvaluateAsync<int>("() => window.innerWidth"));
        Assert.True(scroll <= inner, $"{path} is {scroll} px wide at {inner} px");
        await Shot(phone, shot);
        await phone.Context.CloseAsync();
    }

    private static string Unique(string prefix) => prefix + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();

    private static async Task<TrainingProgramResponse> Program(HttpClient api, int jp)
    {
        var response = await api.PostAsJsonAsync("/api/v1/training-programs", new TrainingProgramRequest
        {
            Code = Unique("BT"), Title = "Pelayanan Publik Prima (uji peramban)", Form = DevelopmentActivityForm.PelatihanTeknis, Delivery = TrainingDelivery.InPerson,
            Jp = jp, GrantsCertificate = true, Competencies = [new ProgramCompetencyRequest { CompetencyId = AsnApi.Domain.NationalCompetencies.IdOf("M.1"), ExpectedGain = 2 }],
        }, Json);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<TrainingProgramResponse>(Json))!;
    }

    private static async Task<int> EarnedJp(HttpClient api, Guid employeeId, int year) =>
        (await api.GetFromJsonAsync<EmployeeJpLedgerResponse>($"/api/v1/employees/{employeeId}/jp-ledger?year={year}", Json))!.EarnedJp;

    private static async Task<int> TenantJp(HttpClient api, int year) =>
        (await api.GetFromJsonAsync<JpLedgerSummaryResponse>($"/api/v1/jp-ledger?year={year}", Json))!.TotalJp;

    /// <summary>A whole number as the Indonesian page writes it (12.345).</summary>
    private static string Number(int n) => n.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture).Replace(",", ".");

    [SkippableFact]
    public async Task A_session_is_created_opened_filled_started_and_a_completion_shows_its_certificate_and_JP()
    {
        var api = await host.ApiAs(Admin);
        var program = await Program(api, jp: 24);
        var people = (await api.GetFromJsonAsync<Paged<EmployeeResponse>>("/api/v1/employees?pageSize=3&sort=-name&active=true", Json))!.Items;
        Assert.Equal(3, people.Count);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        // Both days in this year, so the completion counts in this year's ledger.
        var (start, end) = today.Month == 12 && today.Day == 31 ? (today, today) : (today, today.AddDays(1));
        var earnedBefore = await EarnedJp(api, people[0].Id, end.Year);
        var tenantBefore = await TenantJp(api, end.Year);

        var page = await host.SignedIn(Admin, $"/angkatan?program={program.Id}");
        Assert.True(await page.Locator("#main-nav").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Angkatan Pelatihan" }).IsVisibleAsync());
        await page.GetByTestId("session-new").ClickAsync();
        var form = page.GetByTestId("session-form");
        // The program filtered on is the one the new session is for.
        await page.Locator($"[data-testid=session-programId] option[value='{program.Id}']").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        Assert.Equal(program.Id.ToString(), await page.GetByTestId("session-programId").InputValueAsync());
        await page.GetByTestId("session-name").FillAsync("Angkatan Uji " + program.Code);
        await page.GetByTestId("session-startDate").FillAsync(start.ToString("yyyy-MM-dd"));
        await page.GetByTestId("session-endDate").FillAsync(start.AddDays(-1).ToString("yyyy-MM-dd"));
        await page.GetByTestId("session-location").FillAsync("Aula BKPSDM");
        await page.GetByTestId("session-capacity").FillAsync("2");

        // 422: the end before the start, said under the end date; nothing created.
        await page.GetByTestId("session-save").ClickAsync();
        await AssertProblemBox(form.GetByTestId("problem"), 422, "Data tidak valid");
        Assert.Equal("Tanggal selesai tidak boleh sebelum tanggal mulai.", await Text(page.GetByTestId("field-error-endDate")));
        Assert.Equal("true", await page.GetByTestId("session-endDate").GetAttributeAsync("aria-invalid"));
        Assert.Equal(0, (await api.GetFromJsonAsync<Paged<TrainingSessionResponse>>($"/api/v1/training-sessions?programId={program.Id}", Json))!.Total);
        await Shot(page, "training-01-session-422");

        await page.GetByTestId("session-endDate").FillAsync(end.ToString("yyyy-MM-dd"));
        await page.GetByTestId("session-save").ClickAsync();
        var detail = page.GetByTestId("session-detail");
        await detail.WaitForAsync();
        var sessionId = Guid.Parse(page.Url.Split('/').Last());
        Assert.Equal("Direncanakan", await Text(page.GetByTestId("session-status")));
        Assert.Equal("0 dari 2 kursi terisi", await Text(page.GetByTestId("seats-text")));

        // Opening asks first; cancelling the question changes nothing.
        await page.GetByTestId("session-open").ClickAsync();
        Assert.Contains("Buka pendaftaran angkatan ini?", await Text(page.GetByTestId("session-open-confirm")));
        await page.GetByTestId("session-open-yes").ClickAsync();
        Assert.Equal("Pendaftaran dibuka.", await Text(page.GetByTestId("session-done")));
        Assert.Equal("Pendaftaran dibuka", await Text(page.GetByTestId("session-status")));

        async Task Enroll(EmployeeResponse e)
        {
            await page.GetByTestId("enroll-search").FillAsync(e.Nip);
            var result = page.GetByTestId("enroll-result").Filter(new LocatorFilterOptions { HasText = e.Name });
            await result.GetByTestId("enroll-button").ClickAsync();
        }
        await Enroll(people[0]);
        Assert.Equal($"{people[0].Name} terdaftar.", await Text(page.GetByTestId("enroll-done")));
        await Enroll(people[1]);
        Assert.Equal($"{people[1].Name} terdaftar.", await Text(page.GetByTestId("enroll-done")));
        await page.GetByTestId("seats-text").Filter(new LocatorFilterOptions { HasText = "2 dari 2" }).WaitForAsync();
        Assert.Equal(2, await page.GetByTestId("roster-row").CountAsync());
        await page.GetByTestId("candidates").WaitForAsync();
        await AssertAccessible(page);

        // 409 alreadyEnrolled, then 409 full: the server's detail and what it means, in words.
        await Enroll(people[0]);
        var problem = page.GetByTestId("enroll-problem");
        await AssertProblemBox(problem, 409, "Konflik data");
        Assert.Equal("alreadyEnrolled", await problem.GetByTestId("problem-reason").GetAttributeAsync("data-reason"));
        Assert.Equal("Pegawai ini sudah menjadi peserta angkatan ini.", await Text(problem.GetByTestId("problem-reason")));
        Assert.Contains("sudah terdaftar di angkatan ini", await Text(problem.Locator(".problem-detail")));
        await Enroll(people[2]);
        await problem.GetByTestId("problem-reason").And(page.Locator("[data-reason=full]")).WaitForAsync();
        Assert.Equal("Kursi angkatan ini sudah habis. Tambah kapasitasnya atau daftarkan pegawai ke angkatan lain.", await Text(problem.GetByTestId("problem-reason")));
        Assert.Equal("Angkatan ini sudah penuh: 2 dari 2 kursi terisi.", await Text(problem.Locator(".problem-detail")));
        await Shot(page, "training-02-session-409-full");

        // Start, then complete the first participant: the roster shows the certificate and the JP credited.
        await page.GetByTestId("session-start").ClickAsync();
        await page.GetByTestId("session-start-yes").ClickAsync();
        await page.GetByTestId("session-done").Filter(new LocatorFilterOptions { HasText = "Angkatan dimulai." }).WaitForAsync();
        Assert.Equal("Berlangsung", await Text(page.GetByTestId("session-status")));
        Assert.Equal(0, await page.GetByTestId("enroll").CountAsync());
        var row = page.Locator($"[data-testid=roster-row][data-employee='{people[0].Id}']");
        await row.GetByTestId("roster-complete").ClickAsync();
        var done = await Text(page.GetByTestId("roster-done"));
        Assert.StartsWith($"{people[0].Name} lulus: 24 JP dicatat. Nomor sertifikat: TPI/{end.Year}/{program.Code}/", done);
        await row.GetByTestId("roster-status").Filter(new LocatorFilterOptions { HasText = "Lulus" }).WaitForAsync();
        var enrollment = (await api.GetFromJsonAsync<Paged<EnrollmentResponse>>($"/api/v1/training-sessions/{sessionId}/enrollments?q={people[0].Nip}", Json))!.Items.Single();
        Assert.Equal(enrollment.CertificateNumber, await Text(row.GetByTestId("roster-certificate").Locator(".mono")));
        Assert.EndsWith(enrollment.CertificateNumber!, done);
        Assert.Equal("· 24 JP", await Text(row.GetByTestId("roster-jp")));
        var other = page.Locator($"[data-testid=roster-row][data-employee='{people[1].Id}']");
        Assert.Equal("Terdaftar", await Text(other.GetByTestId("roster-status")));
        Assert.Equal(earnedBefore + 24, await EarnedJp(api, people[0].Id, end.Year));
        Assert.Equal(tenantBefore + 24, await TenantJp(api, end.Year));

        // Attendance and scores for the other participant: a score above 100 is refused next to its input.
        await other.GetByTestId("roster-attendance").ClickAsync();
        var editor = page.GetByTestId("attendance-editor");
        await editor.GetByTestId($"attendance-{start:yyyy-MM-dd}").CheckAsync();
        await editor.GetByTestId("score-pre").FillAsync("55");
        await editor.GetByTestId("score-post").FillAsync("101");
        await editor.GetByTestId("attendance-save").ClickAsync();
        await AssertProblemBox(editor.GetByTestId("problem"), 422, "Data tidak valid");
        Assert.NotEqual("", await Text(editor.GetByTestId("field-error-postTestScore")));
        await editor.GetByTestId("score-post").FillAsync("82");
        await editor.GetByTestId("attendance-save").ClickAsync();
        await editor.GetByTestId("attendance-saved").WaitForAsync();
        await other.Locator("td").Nth(3).Filter(new LocatorFilterOptions { HasText = "1" }).WaitForAsync();
        Assert.Equal("82", await Text(other.Locator("td").Nth(5)));
        await AssertAccessible(page);
        await Shot(page, "training-03-session-completed");

        // The JP ledger page and the employee page see the completion: the tenant's total and the employee's JP grow by 24.
        await page.GotoAsync($"{host.BaseUrl}/capaian-jp?year={end.Year}");
        Assert.Equal(Number(tenantBefore + 24), await Text(page.GetByTestId("jp-total")));
        await page.GotoAsync($"{host.BaseUrl}/pegawai/{people[0].Id}?tahunJp={end.Year}");
        var target = (await api.GetFromJsonAsync<EmployeeJpLedgerResponse>($"/api/v1/employees/{people[0].Id}/jp-ledger?year={end.Year}", Json))!.TargetJp;
        Assert.Equal($"{Number(earnedBefore + 24)} dari {target} JP", await Text(page.GetByTestId("employee-jp-earned")));
        var entry = page.GetByTestId("employee-jp-entry").Filter(new LocatorFilterOptions { HasText = program.Title });
        Assert.Equal(1, await entry.CountAsync());
        Assert.Equal("24", await Text(entry.GetByTestId("employee-jp-entry-jp")));
        await Shot(page, "training-04-employee-jp");
        await page.Context.CloseAsync();

        await Phone($"/angkatan/{sessionId}", "[data-testid=roster-row]", "training-04-session-360");
        await Phone("/angkatan", "[data-testid=session-row]", "training-05-sessions-360");
    }

    [SkippableFact]
    public async Task Programs_and_partners_are_created_edited_and_deactivated_and_a_viewer_only_reads()
    {
        var api = await host.ApiAs(Admin);
        var page = await host.SignedIn(Admin, "/mitra-pelatihan");
        var partnerName = "Politeknik STIA LAN " + Unique("");
        await page.GetByTestId("partner-new").ClickAsync();
        await page.GetByTestId("partner-name").FillAsync(partnerName);
        await page.GetByTestId("partner-kind").SelectOptionAsync("University");
        await page.GetByTestId("partner-contactEmail").FillAsync("bukan-surel");
        await page.GetByTestId("partner-save").ClickAsync();
        await AssertProblemBox(page.GetByTestId("partner-editor").GetByTestId("problem"), 422, "Data tidak valid");
        Assert.NotEqual("", await Text(page.GetByTestId("field-error-contactEmail")));
        await page.GetByTestId("partner-contactEmail").FillAsync("diklat@stialan.ac.id");
        await page.GetByTestId("partner-save").ClickAsync();
        Assert.Equal($"Mitra {partnerName} tersimpan.", await Text(page.GetByTestId("partner-saved")));
        await AssertAccessible(page);
        await Shot(page, "training-06-partner");

        // A program with that partner and a competency; the code is stored upper-case.
        var code = Unique("ui-");
        await page.GotoAsync(host.BaseUrl + "/pelatihan");
        await page.GetByTestId("program-new").ClickAsync();
        await page.GetByTestId("program-code").FillAsync(code.ToLowerInvariant());
        await page.GetByTestId("program-title").FillAsync("Pelatihan Pengelolaan Pengaduan");
        await page.GetByTestId("program-form").SelectOptionAsync("PelatihanTeknis");
        await page.GetByTestId("program-jp").FillAsync("32");
        await page.GetByTestId("program-partnerId").SelectOptionAsync(new SelectOptionValue { Label = partnerName });
        await page.GetByTestId("program-add-competency").ClickAsync();
        await page.GetByTestId("program-competency-0").SelectOptionAsync(AsnApi.Domain.NationalCompetencies.IdOf("M.1").ToString());
        await page.GetByTestId("program-gain-0").SelectOptionAsync("2");
        await page.GetByTestId("program-save").ClickAsync();
        Assert.Equal($"Program {code.ToUpperInvariant()} tersimpan.", await Text(page.GetByTestId("program-saved")));
        var saved = (await api.GetFromJsonAsync<Paged<TrainingProgramResponse>>($"/api/v1/training-programs?q={code}", Json))!.Items.Single();
        Assert.Equal((32, partnerName, 2), (saved.Jp, saved.PartnerName, saved.Competencies.Single().ExpectedGain));

        // 409: the same code again, on its field.
        await page.GetByTestId("program-new").ClickAsync();
        var editors = page.GetByTestId("program-editor");
        await page.GetByTestId("program-code").First.FillAsync(code);
        await page.GetByTestId("program-title").First.FillAsync("Salinan");
        await page.GetByTestId("program-save").First.ClickAsync();
        await AssertProblemBox(editors.First.GetByTestId("problem"), 409, "Konflik data");
        await editors.First.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Batal" }).ClickAsync();

        // Filters live in the address: the partner filter shows the one program, and survives a reload.
        await page.GetByTestId("program-filter-partner").SelectOptionAsync(new SelectOptionValue { Label = partnerName });
        await page.WaitForURLAsync(url => url.Contains("partner="));
        await page.ReloadAsync();
        await page.GetByTestId("program-row").First.WaitForAsync();
        Assert.Equal(1, await page.GetByTestId("program-row").CountAsync());

        // Deactivating asks first.
        await page.GetByTestId("program-row").First.ClickAsync();
        await page.GetByTestId("program-deactivate").ClickAsync();
        await page.GetByTestId("program-deactivate-yes").ClickAsync();
        await page.GetByTestId("program-editor").GetByText("Nonaktif", new LocatorGetByTextOptions { Exact = true }).WaitForAsync();
        Assert.False((await api.GetFromJsonAsync<TrainingProgramResponse>($"/api/v1/training-programs/{saved.Id}", Json))!.IsActive);
        await AssertAccessible(page);
        await Shot(page, "training-07-programs");
        await page.Context.CloseAsync();

        // A viewer reads the catalogue and sessions, without a single write control.
        var viewer = await host.SignedIn("viewer@tpi", "/pelatihan");
        await viewer.GetByTestId("program-row").First.ClickAsync();
        await viewer.GetByTestId("program-editor").WaitForAsync();
        Assert.Equal(0, await viewer.GetByTestId("program-new").CountAsync());
        Assert.Equal(0, await viewer.GetByTestId("program-save").CountAsync());
        await viewer.GotoAsync(host.BaseUrl + "/angkatan");
        await viewer.GetByTestId("session-row").First.WaitForAsync();
        Assert.Equal(0, await viewer.GetByTestId("session-new").CountAsync());
        await viewer.GetByTestId("session-row").First.GetByRole(AriaRole.Link).ClickAsync();
        await viewer.GetByTestId("roster").WaitForAsync();
        Assert.Equal(0, await viewer.GetByTestId("session-actions").CountAsync());
        Assert.Equal(0, await viewer.GetByTestId("enroll").CountAsync());
        Assert.Equal(0, await viewer.Locator("[data-testid^=roster-]").Locator("button").CountAsync());
        await viewer.Context.CloseAsync();

        await Phone("/pelatihan", "[data-testid=program-row]", "training-08-programs-360");
        await Phone("/mitra-pelatihan", "[data-testid=partner-row]", "training-09-partners-360");
    }

    [SkippableFact]
    public async Task A_unit_head_enrolls_within_their_sub_tree_but_does_not_move_the_session()
    {
        var api = await host.ApiAs(Admin);
        var program = await Program(api, jp: 8);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var created = await api.PostAsJsonAsync("/api/v1/training-sessions", new TrainingSessionRequest
        {
            ProgramId = program.Id, Name = "Angkatan Kepala Dinas", StartDate = today.AddDays(7), EndDate = today.AddDays(8), Location = "Dinas Kesehatan", Capacity = 5,
        }, Json);
        created.EnsureSuccessStatusCode();
        var session = (await created.Content.ReadFromJsonAsync<TrainingSessionResponse>(Json))!;
        var open = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/training-sessions/{session.Id}/open");
        open.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue($"\"{session.Version}\""));
        (await api.SendAsync(open)).EnsureSuccessStatusCode();
        // Whoever the unit head's own employee list shows is in their sub-tree.
        var headApi = await host.ApiAs("kadinkes@tpi");
        var mine = (await headApi.GetFromJsonAsync<Paged<EmployeeResponse>>("/api/v1/employees?pageSize=1&sort=name&active=true", Json))!.Items.Single();

        var page = await host.SignedIn("kadinkes@tpi", $"/angkatan/{session.Id}");
        await page.GetByTestId("enroll").WaitForAsync();
        Assert.Equal(0, await page.GetByTestId("session-actions").CountAsync());
        await page.GetByTestId("candidates").WaitForAsync();
        await page.GetByTestId("enroll-search").FillAsync(mine.Name);
        await page.GetByTestId("enroll-result").Filter(new LocatorFilterOptions { HasText = mine.Name }).First.GetByTestId("enroll-button").ClickAsync();
        Assert.Equal($"{mine.Name} terdaftar.", await Text(page.GetByTestId("enroll-done")));
        await page.GetByTestId("seats-text").Filter(new LocatorFilterOptions { HasText = "1 dari 5" }).WaitForAsync();
        var row = page.Locator($"[data-testid=roster-row][data-employee='{mine.Id}']");
        Assert.Equal("Terdaftar", await Text(row.GetByTestId("roster-status")));
        // Before the start the only step is withdrawing.
        Assert.Equal(1, await row.GetByTestId("roster-withdraw").CountAsync());
        Assert.Equal(0, await row.GetByTestId("roster-complete").CountAsync());

        // From the candidates: the first of the head's own candidates (their gap in Integritas), enrolled with one click.
        var candidate = (await headApi.GetFromJsonAsync<Paged<SessionCandidate>>($"/api/v1/training-sessions/{session.Id}/candidates?pageSize=10", Json))!.Items.First();
        // By name and NIP (its grouped appointment and serial digits, never masked), as two people may share a name.
        var nipTail = $"{candidate.Nip[8..14]} {candidate.Nip[14..15]} {candidate.Nip[15..]}";
        var candidateRow = page.GetByTestId("candidate-row").Filter(new LocatorFilterOptions { HasText = candidate.Name }).Filter(new LocatorFilterOptions { HasText = nipTail });
        Assert.Contains("Integritas", await Text(candidateRow));
        await candidateRow.GetByTestId("candidate-enroll").ClickAsync();
        Assert.Equal($"{candidate.Name} terdaftar.", await Text(page.GetByTestId("candidate-done")));
        await page.Locator($"[data-testid=roster-row][data-employee='{candidate.EmployeeId}']").WaitForAsync();
        await page.GetByTestId("seats-text").Filter(new LocatorFilterOptions { HasText = "2 dari 5" }).WaitForAsync();
        // And leaves the candidates once they are refreshed.
        await Assertions.Expect(candidateRow).ToHaveCountAsync(0);
        await AssertAccessible(page);
        await Shot(page, "training-10-unit-head");
        await page.Context.CloseAsync();
    }
}
