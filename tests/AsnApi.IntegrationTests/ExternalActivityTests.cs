using System.Net;
using System.Net.Http.Json;
using System.Text;
using AsnApi.Contracts;

namespace AsnApi.IntegrationTests;

/// <summary>External activities over HTTP: each write credits, re-credits or takes back its JP ledger entry; validation, versions, roles.</summary>
[Collection(ApiCollection.Name)]
public class ExternalActivityTests(ApiFactory api)
{
    private static ExternalActivityRequest Activity(DateOnly date, int jp = 8, DevelopmentActivityForm form = DevelopmentActivityForm.Seminar, string title = "Seminar Pelayanan Publik") => new()
    {
        Title = title, Form = form, ActivityDate = date, Jp = jp, Organizer = "BPSDM Provinsi", EvidenceReference = "SERT/2025/001",
    };

    private async Task<EmployeeResponse> NewEmployee(HttpClient admin)
    {
        var position = await admin.FirstId<PositionResponse>("/api/v1/positions?type=Pelaksana&active=true&pageSize=1");
        return await (await admin.Post("/api/v1/employees", TestData.Employee(position))).Read<EmployeeResponse>(HttpStatusCode.Created);
    }

    private static HttpRequestMessage Delete(string url, int? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Delete, url);
        if (ifMatch is { } v) request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue($"\"{v}\""));
        return request;
    }

    [Fact]
    public async Task Create_update_and_delete_keep_the_ledger_in_step()
    {
        var admin = await api.As("admin@tpi");
        var employee = await NewEmployee(admin);
        var url = $"/api/v1/employees/{employee.Id}/external-activities";

        var created = await admin.Post(url, Activity(new DateOnly(2025, 3, 10), jp: 8));
        var activity = await created.Read<ExternalActivityResponse>(HttpStatusCode.Created);
        Assert.Equal("\"1\"", created.Headers.ETag?.Tag);
        Assert.Equal((DevelopmentActivityForm.Seminar, "Seminar/Konferensi/Sarasehan", true, 8, "BPSDM Provinsi"), (activity.Form, activity.FormLabel, activity.IsClassroom, activity.Jp, activity.Organizer));

        var ledger = await admin.Get<EmployeeJpLedgerResponse>($"/api/v1/employees/{employee.Id}/jp-ledger?year=2025");
        var entry = Assert.Single(ledger.Entries);
        Assert.Equal((8, 20, 12, 8, JpLedgerSource.ExternalActivity, activity.Id, (Guid?)null), (ledger.EarnedJp, ledger.TargetJp, ledger.RemainingJp, ledger.ClassroomJp, entry.Source, entry.ExternalActivityId!.Value, entry.EnrollmentId));
        Assert.Equal((new DateOnly(2025, 3, 10), "Seminar Pelayanan Publik", "Seminar/Konferensi/Sarasehan"), (entry.Date, entry.Title, entry.FormLabel));
        Assert.Equal(100m, ledger.ClassroomSharePercent);

        // Moved into another year and form: the credit leaves 2025 and lands in 2026.
        var updated = await (await admin.Put($"{url}/{activity.Id}", Activity(new DateOnly(2026, 1, 5), jp: 24, DevelopmentActivityForm.Coaching, "Coaching Pelayanan"), ifMatch: 1))
            .Read<ExternalActivityResponse>();
        Assert.Equal((2, 24, DevelopmentActivityForm.Coaching), (updated.Version, updated.Jp, updated.Form));
        Assert.Empty((await admin.Get<EmployeeJpLedgerResponse>($"/api/v1/employees/{employee.Id}/jp-ledger?year=2025")).Entries);
        var y2026 = await admin.Get<EmployeeJpLedgerResponse>($"/api/v1/employees/{employee.Id}/jp-ledger?year=2026");
        Assert.Equal((24, 0, true, 0, (decimal?)0m), (y2026.EarnedJp, y2026.RemainingJp, y2026.ReachedTarget, y2026.ClassroomJp, y2026.ClassroomSharePercent));
        Assert.Equal("Coaching Pelayanan", Assert.Single(y2026.Entries).Title);

        // A stale version and a missing If-Match change nothing.
        await (await admin.Put($"{url}/{activity.Id}", Activity(new DateOnly(2026, 1, 5), jp: 1), ifMatch: 1)).Problem(HttpStatusCode.PreconditionFailed);
        await (await admin.SendAsync(Delete($"{url}/{activity.Id}", null))).Problem((HttpStatusCode)428);
        await (await admin.SendAsync(Delete($"{url}/{activity.Id}", 1))).Problem(HttpStatusCode.PreconditionFailed);
        Assert.Equal(24, (await admin.Get<EmployeeJpLedgerResponse>($"/api/v1/employees/{employee.Id}/jp-ledger?year=2026")).EarnedJp);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.SendAsync(Delete($"{url}/{activity.Id}", 2))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"{url}/{activity.Id}")).StatusCode);
        var after = await admin.Get<EmployeeJpLedgerResponse>($"/api/v1/employees/{employee.Id}/jp-ledger?year=2026");
        Assert.Equal((0, 20), (after.EarnedJp, after.RemainingJp));
        Assert.Empty(after.Entries);
        Assert.Null(after.ClassroomSharePercent);

        var audit = await admin.Get<Paged<AuditEntryResponse>>($"/api/v1/audit?entityId={activity.Id}&pageSize=10");
        Assert.Equal(["CreateExternalActivity", "DeleteExternalActivity", "UpdateExternalActivity"], audit.Items.Select(a => a.Action).Order().ToArray());
    }

    [Fact]
    public async Task List_pages_by_year_newest_first()
    {
        var admin = await api.As("admin@tpi");
        var employee = await NewEmployee(admin);
        var url = $"/api/v1/employees/{employee.Id}/external-activities";
        foreach (var (date, title) in new[] { (new DateOnly(2024, 6, 1), "A"), (new DateOnly(2025, 2, 1), "B"), (new DateOnly(2025, 9, 1), "C") })
            await (await admin.Post(url, Activity(date, title: title))).Read<ExternalActivityResponse>(HttpStatusCode.Created);

        var all = await admin.Get<Paged<ExternalActivityResponse>>(url);
        Assert.Equal(["C", "B", "A"], all.Items.Select(a => a.Title).ToArray());
        var y2025 = await admin.Get<Paged<ExternalActivityResponse>>($"{url}?year=2025&sort=date&pageSize=1&page=2");
        Assert.Equal((2, "C"), (y2025.Total!.Value, Assert.Single(y2025.Items).Title));
        await (await admin.GetAsync($"{url}?year=1999")).Problem((HttpStatusCode)422, "year");
        await (await admin.GetAsync($"{url}?sort=birthday")).Problem((HttpStatusCode)422, "sort");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/v1/employees/{Guid.NewGuid()}/external-activities")).StatusCode);
    }

    [Fact]
    public async Task Bad_input_is_refused_and_writes_nothing()
    {
        var admin = await api.As("admin@tpi");
        var employee = await NewEmployee(admin);
        var url = $"/api/v1/employees/{employee.Id}/external-activities";
        var tomorrowButOne = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(2);

        await (await admin.Post(url, Activity(tomorrowButOne))).Problem((HttpStatusCode)422, "activityDate");
        await (await admin.Post(url, Activity(new DateOnly(2025, 1, 1), jp: 0))).Problem((HttpStatusCode)422, "jp");
        await (await admin.Post(url, Activity(new DateOnly(2025, 1, 1), jp: 501))).Problem((HttpStatusCode)422, "jp");
        await (await admin.Post(url, new ExternalActivityRequest { Form = DevelopmentActivityForm.Seminar, ActivityDate = new DateOnly(2025, 1, 1), Jp = 2 })).Problem((HttpStatusCode)422, "title");
        await (await admin.Post(url, Activity(new DateOnly(2025, 1, 1)))).Read<ExternalActivityResponse>(HttpStatusCode.Created);
        await (await admin.Post(url, new ExternalActivityRequest { Title = "x\u202Ey", Form = DevelopmentActivityForm.Seminar, ActivityDate = new DateOnly(2025, 1, 1), Jp = 2 })).Problem((HttpStatusCode)422, "title");
        await (await admin.Post(url, new ExternalActivityRequest { Title = new string('x', 301), Form = DevelopmentActivityForm.Seminar, ActivityDate = new DateOnly(2025, 1, 1), Jp = 2 })).Problem((HttpStatusCode)422, "title");
        var numeric = await admin.PostAsync(url, new StringContent("{\"title\":\"x\",\"form\":6,\"activityDate\":\"2025-01-01\",\"jp\":2}", Encoding.UTF8, "application/json"));
        await numeric.Problem(HttpStatusCode.BadRequest);
        await (await admin.Post($"/api/v1/employees/{Guid.NewGuid()}/external-activities", Activity(new DateOnly(2025, 1, 1)))).Problem(HttpStatusCode.NotFound);

        var ledger = await admin.Get<EmployeeJpLedgerResponse>($"/api/v1/employees/{employee.Id}/jp-ledger?year=2025");
        Assert.Equal(8, ledger.EarnedJp); // the one valid activity only
        await (await admin.GetAsync($"/api/v1/employees/{employee.Id}/jp-ledger?year=3000")).Problem((HttpStatusCode)422, "year");
    }

    [Fact]
    public async Task Viewers_read_unit_heads_write_in_their_sub_tree_only()
    {
        var admin = await api.As("admin@tpi");
        var units = (await admin.Get<Paged<UnitResponse>>("/api/v1/units?pageSize=500")).Items;
        var dinkes = units.Single(u => u.Code == "DINKES");
        var inside = (await admin.Get<Paged<EmployeeResponse>>($"/api/v1/employees?underUnitId={dinkes.Id}&active=true&pageSize=1")).Items[0];
        var outside = (await admin.Get<Paged<EmployeeResponse>>("/api/v1/employees?active=true&pageSize=500")).Items.First(e => !units.Single(u => u.Id == e.UnitId).Path.StartsWith(dinkes.Path, StringComparison.Ordinal));

        var head = await api.As("kadinkes@tpi");
        var mine = await (await head.Post($"/api/v1/employees/{inside.Id}/external-activities", Activity(new DateOnly(2025, 4, 4)))).Read<ExternalActivityResponse>(HttpStatusCode.Created);
        Assert.Equal("kadinkes@tpi", mine.CreatedBy);
        await (await head.Post($"/api/v1/employees/{outside.Id}/external-activities", Activity(new DateOnly(2025, 4, 4)))).Problem(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NotFound, (await head.GetAsync($"/api/v1/employees/{outside.Id}/jp-ledger")).StatusCode);
        var theirs = await (await admin.Post($"/api/v1/employees/{outside.Id}/external-activities", Activity(new DateOnly(2025, 4, 4)))).Read<ExternalActivityResponse>(HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.NotFound, (await head.GetAsync($"/api/v1/employees/{outside.Id}/external-activities/{theirs.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await head.SendAsync(Delete($"/api/v1/employees/{outside.Id}/external-activities/{theirs.Id}", 1))).StatusCode);

        var viewer = await api.As("viewer@tpi");
        Assert.Equal(mine.Id, (await viewer.Get<ExternalActivityResponse>($"/api/v1/employees/{inside.Id}/external-activities/{mine.Id}")).Id);
        var ledger = await viewer.Get<EmployeeJpLedgerResponse>($"/api/v1/employees/{inside.Id}/jp-ledger?year=2025");
        Assert.StartsWith("********", ledger.Nip);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.Post($"/api/v1/employees/{inside.Id}/external-activities", Activity(new DateOnly(2025, 4, 4)))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.SendAsync(Delete($"/api/v1/employees/{inside.Id}/external-activities/{mine.Id}", 1))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/v1/employees/{inside.Id}/external-activities/{mine.Id}")).StatusCode);
    }
}
