using System.Net;
using System.Text.Json.Nodes;
using AsnApi.Contracts;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace AsnApi.IntegrationTests;

/// <summary>A clock the test moves: deadlines and overdue are read against it.</summary>
public sealed class MovableClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;
    public override DateTimeOffset GetUtcNow() => Now;

    /// <summary>A WIB wall-clock time (UTC+7).</summary>
    public void SetWib(int year, int month, int day, int hour, int minute = 0) => Now = new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.FromHours(7)).ToUniversalTime();
}

public sealed class ClockedApiFactory : ApiFactory
{
    public MovableClock Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s =>
        {
            s.AddSingleton<TimeProvider>(Clock);
            // Sign-in keeps real time: the bearer handler validates tokens against the real clock, and tokens are cached across the tests' jumps in time.
            s.AddSingleton(sp => new AsnApi.Infrastructure.Auth.TokenIssuer(sp.GetRequiredService<Microsoft.IdentityModel.Tokens.SymmetricSecurityKey>(),
                sp.GetRequiredService<AsnApi.Infrastructure.Auth.AuthOptions>(), TimeProvider.System));
        });
    }
}

/// <summary>
/// Complaints over HTTP with a controlled clock. Each test sets the clock to its own far-apart period, so what one
/// test (or the demo data, seeded around the real date) creates never falls into another's period.
/// </summary>
public class ComplaintTests(ClockedApiFactory api) : IClassFixture<ClockedApiFactory>
{
    internal static ComplaintRequest Body(Guid serviceUnitId, ComplaintType type = ComplaintType.Pengaduan, string? category = "Antrean") => new()
    {
        Channel = ComplaintChannel.WalkIn, Type = type, ServiceUnitId = serviceUnitId, Category = category, Text = "Antrean KTP-el\nterlalu lama.",
        ExternalReference = "LAPOR-" + Guid.NewGuid().ToString("N")[..8], ReporterName = "Siti Rahma", ReporterContact = "0812-3456-7890",
    };

    internal static async Task<ComplaintResponse> Create(HttpClient c, ComplaintRequest body) =>
        await (await c.Post("/api/v1/complaints", body)).Read<ComplaintResponse>(HttpStatusCode.Created);

    private static async Task<ComplaintResponse> Step(HttpClient c, ComplaintResponse complaint, string action, ComplaintTransitionRequest? body = null) =>
        await (await c.PostIfMatch($"/api/v1/complaints/{complaint.Id}/{action}", complaint.Version, body ?? new ComplaintTransitionRequest())).Read<ComplaintResponse>();

    private async Task<ServiceUnitResponse> Unit(HttpClient admin, string code = "DUKCAPIL") =>
        await ServiceUnitTests.Create(admin, ServiceUnitTests.Body(await ServiceUnitTests.UnitByCode(admin, code)));

    [Fact]
    public async Task A_complaint_goes_through_the_flow_with_history_and_the_reporter_tracks_it()
    {
        api.Clock.SetWib(2035, 3, 5, 9); // a Monday
        var admin = await api.As("admin@tpi");
        var unit = await Unit(admin);
        var created = await Create(admin, Body(unit.Id));
        Assert.Equal((ComplaintStatus.Received, 1, "Siti Rahma"), (created.Status, created.Version, created.ReporterName));
        Assert.Equal("Antrean KTP-el\nterlalu lama.", created.Text);
        Assert.Equal(new DateOnly(2035, 3, 8), created.FirstResponseDue); // Mon + 3 working days
        Assert.Equal(new DateOnly(2035, 3, 12), created.ResolutionDue);    // Mon + 5: the next Monday
        Assert.Equal("\"1\"", (await admin.GetAsync($"/api/v1/complaints/{created.Id}")).Headers.ETag!.Tag);

        var url = $"/api/v1/complaints/{created.Id}";
        await (await admin.PostIfMatch($"{url}/verify", null, new ComplaintTransitionRequest())).Problem((HttpStatusCode)428);
        await (await admin.PostIfMatch($"{url}/verify", 7, new ComplaintTransitionRequest())).Problem(HttpStatusCode.PreconditionFailed);
        await (await admin.PostIfMatch($"{url}/close", 1, new ComplaintTransitionRequest())).Problem(HttpStatusCode.Conflict);
        await (await admin.PostIfMatch($"{url}/resolve", 1, new ComplaintTransitionRequest { Response = "x" })).Problem(HttpStatusCode.Conflict);
        Assert.Equal(1, (await admin.Get<ComplaintResponse>(url)).Version);

        api.Clock.SetWib(2035, 3, 6, 11);
        var verified = await Step(admin, created, "verify", new ComplaintTransitionRequest { Response = "Pengaduan Anda sedang kami periksa." });
        Assert.Equal((ComplaintStatus.Verified, 2), (verified.Status, verified.Version));
        Assert.Equal(api.Clock.Now, verified.FirstResponseAt);
        var started = await Step(admin, verified, "start");
        await (await admin.PostIfMatch($"{url}/resolve", started.Version, new ComplaintTransitionRequest())).Problem((HttpStatusCode)422, "response");
        api.Clock.SetWib(2035, 3, 9, 14);
        var resolved = await Step(admin, started, "resolve", new ComplaintTransitionRequest { Response = "Loket tambahan dibuka mulai Senin." });
        Assert.Equal((ComplaintStatus.Resolved, api.Clock.Now), (resolved.Status, resolved.ResolvedAt));
        var closed = await Step(admin, resolved, "close");
        Assert.Equal(ComplaintStatus.Closed, closed.Status);
        Assert.Equal([ComplaintStatus.Received, ComplaintStatus.Verified, ComplaintStatus.InProgress, ComplaintStatus.Resolved, ComplaintStatus.Closed], closed.History.Select(h => h.Status));
        Assert.All(closed.History, h => Assert.Equal("admin@tpi", h.By));
        await (await admin.PostIfMatch($"{url}/reject", closed.Version, new ComplaintTransitionRequest { Response = "x" })).Problem(HttpStatusCode.Conflict);

        // The reporter's page: status, dates and answers, no personal data, no staff names, no ids.
        var anonymous = api.Anonymous();
        var page = await anonymous.GetAsync($"/api/v1/public/tpi/complaints/{created.TrackingCode.ToLowerInvariant()}");
        var text = await page.Content.ReadAsStringAsync();
        var tracked = await page.Read<PublicComplaintStatus>();
        Assert.Equal((ComplaintStatus.Closed, unit.Name, resolved.ResolvedAt), (tracked.Status, tracked.ServiceUnitName, tracked.ResolvedAt));
        Assert.Equal(["Pengaduan Anda sedang kami periksa.", "Loket tambahan dibuka mulai Senin."], tracked.History.Where(h => h.Response is not null).Select(h => h.Response));
        foreach (var secret in new[] { "Siti", "0812", "admin@tpi", "Antrean KTP-el", created.Id.ToString(), unit.Id.ToString(), created.ExternalReference! })
            Assert.DoesNotContain(secret, text);
        // Another tenant's code, a malformed or unknown code: not found.
        await (await anonymous.GetAsync($"/api/v1/public/jmb/complaints/{created.TrackingCode}")).Problem(HttpStatusCode.NotFound);
        await (await anonymous.GetAsync("/api/v1/public/tpi/complaints/ABCDEFGH10")).Problem(HttpStatusCode.NotFound);
        await (await anonymous.GetAsync("/api/v1/public/tpi/complaints/ABCDEFGHJK")).Problem(HttpStatusCode.NotFound);

        // Rejection needs its reason and stops both clocks.
        var other = await Create(admin, Body(unit.Id));
        await (await admin.PostIfMatch($"/api/v1/complaints/{other.Id}/reject", 1, new ComplaintTransitionRequest())).Problem((HttpStatusCode)422, "response");
        var rejected = await Step(admin, other, "reject", new ComplaintTransitionRequest { Response = "Bukan kewenangan Dukcapil." });
        Assert.Equal((ComplaintStatus.Rejected, api.Clock.Now, api.Clock.Now), (rejected.Status, rejected.FirstResponseAt, rejected.ResolvedAt));
        // A viewer reads but does not change.
        var viewer = await api.As("viewer@tpi");
        await (await viewer.PostIfMatch($"/api/v1/complaints/{other.Id}/close", rejected.Version, new ComplaintTransitionRequest())).Problem(HttpStatusCode.Forbidden);
        await (await viewer.Post("/api/v1/complaints", Body(unit.Id))).Problem(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Bad_input_is_refused_with_field_errors_and_nothing_is_written()
    {
        api.Clock.SetWib(2036, 1, 7, 9);
        var admin = await api.As("admin@tpi");
        var unit = await Unit(admin);
        var before = (await admin.Get<Paged<ComplaintResponse>>("/api/v1/complaints?pageSize=1")).Total;
        await (await admin.Post("/api/v1/complaints", new ComplaintRequest())).Problem((HttpStatusCode)422, "channel", "type", "serviceUnitId", "text");
        await (await admin.Post("/api/v1/complaints", Body(unit.Id))).Read<ComplaintResponse>(HttpStatusCode.Created);
        var tooLong = new ComplaintRequest
        {
            Channel = ComplaintChannel.Sms, Type = ComplaintType.Aspirasi, ServiceUnitId = unit.Id, Text = new string('a', 4001), Category = new string('k', 101),
            ExternalReference = new string('r', 101), ReporterName = new string('n', 201), ReporterContact = new string('c', 201),
        };
        await (await admin.Post("/api/v1/complaints", tooLong)).Problem((HttpStatusCode)422, "text", "category", "externalReference", "reporterName", "reporterContact");
        await (await admin.Post("/api/v1/complaints", Body(Guid.NewGuid()))).Problem((HttpStatusCode)422, "serviceUnitId");
        var jmbUnit = await Unit(await api.As("admin@jmb"), "BKPSDM");
        await (await admin.Post("/api/v1/complaints", Body(jmbUnit.Id))).Problem((HttpStatusCode)422, "serviceUnitId");
        await (await admin.Post("/api/v1/complaints", Body(unit.Id, category: "Antre\u202Ean"))).Problem((HttpStatusCode)422);
        // Enums by name only.
        var byNumber = JsonNode.Parse($$"""{"channel":1,"type":"Pengaduan","serviceUnitId":"{{unit.Id}}","text":"x"}""");
        await (await admin.Post("/api/v1/complaints", byNumber)).Problem(HttpStatusCode.BadRequest);
        var unknown = JsonNode.Parse($$"""{"channel":"SP4N-LAPOR!","type":"Pengaduan","serviceUnitId":"{{unit.Id}}","text":"x"}""");
        await (await admin.Post("/api/v1/complaints", unknown)).Problem(HttpStatusCode.BadRequest);
        Assert.Equal(before + 1, (await admin.Get<Paged<ComplaintResponse>>("/api/v1/complaints?pageSize=1")).Total);
        // List parameters.
        await (await admin.GetAsync("/api/v1/complaints?sort=teks")).Problem((HttpStatusCode)422, "sort");
        await (await admin.GetAsync("/api/v1/complaints?status=Selesai")).Problem(HttpStatusCode.BadRequest, "status");
        await (await admin.GetAsync("/api/v1/complaints?from=2036-02-01&to=2036-01-01")).Problem((HttpStatusCode)422, "to");
        await (await admin.GetAsync("/api/v1/complaints?category=" + new string('k', 101))).Problem((HttpStatusCode)422, "category");
        // Transition bodies.
        var c = await Create(admin, Body(unit.Id));
        await (await admin.PostIfMatch($"/api/v1/complaints/{c.Id}/verify", 1, new ComplaintTransitionRequest { Response = new string('a', 2001) })).Problem((HttpStatusCode)422, "response");
        await (await admin.PostIfMatch($"/api/v1/complaints/{c.Id}/reject", 1, new ComplaintTransitionRequest { Response = "x", NeedsFieldCheck = true })).Problem((HttpStatusCode)422, "needsFieldCheck");
        await (await admin.PostIfMatch($"/api/v1/complaints/{Guid.NewGuid()}/verify", 1, new ComplaintTransitionRequest())).Problem(HttpStatusCode.NotFound);
        Assert.Equal(1, (await admin.Get<ComplaintResponse>($"/api/v1/complaints/{c.Id}")).Version);
    }

    [Fact]
    public async Task Reporter_contact_is_only_for_tenant_admins_and_the_handling_units_head()
    {
        api.Clock.SetWib(2037, 1, 7, 9);
        var admin = await api.As("admin@tpi");
        var health = await Unit(admin, "DINKES");
        var civil = await Unit(admin, "DUKCAPIL");
        var inHealth = await Create(admin, Body(health.Id));
        var inCivil = await Create(admin, Body(civil.Id));

        var head = await api.As("kadinkes@tpi");
        var seen = await head.Get<ComplaintResponse>($"/api/v1/complaints/{inHealth.Id}");
        Assert.Equal(("Siti Rahma", "0812-3456-7890"), (seen.ReporterName, seen.ReporterContact));
        await (await head.GetAsync($"/api/v1/complaints/{inCivil.Id}")).Problem(HttpStatusCode.NotFound);
        var headList = await head.Get<Paged<ComplaintResponse>>("/api/v1/complaints?pageSize=200&from=2037-01-01&to=2037-12-31");
        Assert.Equal([inHealth.Id], headList.Items.Select(i => i.Id));

        var viewer = await api.As("viewer@tpi");
        var hidden = await viewer.Get<ComplaintResponse>($"/api/v1/complaints/{inHealth.Id}");
        Assert.Equal((null, null), (hidden.ReporterName, hidden.ReporterContact));
        Assert.Equal(inHealth.Text, hidden.Text);
        var viewerList = await viewer.Get<Paged<ComplaintResponse>>("/api/v1/complaints?pageSize=200&from=2037-01-01&to=2037-12-31");
        Assert.Equal(2, viewerList.Total);
        Assert.All(viewerList.Items, i => Assert.True(i.ReporterName is null && i.ReporterContact is null));
        var adminList = await admin.Get<Paged<ComplaintResponse>>("/api/v1/complaints?pageSize=200&from=2037-01-01&to=2037-12-31");
        Assert.All(adminList.Items, i => Assert.Equal("0812-3456-7890", i.ReporterContact));
    }

    [Fact]
    public async Task Deadlines_count_working_days_and_overdue_and_escalated_follow_the_clock()
    {
        api.Clock.SetWib(2040, 6, 1, 16); // Friday afternoon
        var admin = await api.As("admin@tpi");
        var unit = await Unit(admin);
        var friday = await Create(admin, Body(unit.Id));
        Assert.Equal((new DateOnly(2040, 6, 6), new DateOnly(2040, 6, 8)), (friday.FirstResponseDue, friday.ResolutionDue)); // Wed, next Fri
        var url = $"/api/v1/complaints/{friday.Id}";
        var overdueUrl = $"/api/v1/complaints?overdue=true&serviceUnitId={unit.Id}";

        api.Clock.SetWib(2040, 6, 6, 23, 59); // the last minute of the deadline day
        Assert.False((await admin.Get<ComplaintResponse>(url)).Overdue);
        Assert.Empty((await admin.Get<Paged<ComplaintResponse>>(overdueUrl)).Items);
        api.Clock.SetWib(2040, 6, 7, 0, 1); // Thursday: the first response is late
        var late = await admin.Get<ComplaintResponse>(url);
        Assert.Equal((true, false), (late.Overdue, late.Escalated));
        Assert.Equal([friday.Id], (await admin.Get<Paged<ComplaintResponse>>(overdueUrl)).Items.Select(i => i.Id));
        Assert.Empty((await admin.Get<Paged<ComplaintResponse>>($"/api/v1/complaints?overdue=false&serviceUnitId={unit.Id}")).Items);
        api.Clock.SetWib(2040, 6, 8, 8); // Friday: a working day past the deadline left unanswered
        Assert.True((await admin.Get<ComplaintResponse>(url)).Escalated);

        // Answering stops the first-response clock; the resolution deadline (next Friday) is still ahead.
        var verified = await Step(admin, await admin.Get<ComplaintResponse>(url), "verify");
        Assert.Equal((false, false), (verified.Overdue, verified.Escalated));
        Assert.Empty((await admin.Get<Paged<ComplaintResponse>>(overdueUrl)).Items);
        api.Clock.SetWib(2040, 6, 9, 10); // Saturday after the resolution day
        Assert.True((await admin.Get<ComplaintResponse>(url)).Overdue);

        // A field check moves the resolution deadline to 14 working days.
        api.Clock.SetWib(2040, 6, 1, 16);
        var field = await Create(admin, Body(unit.Id));
        var checkedOne = await Step(admin, field, "verify", new ComplaintTransitionRequest { NeedsFieldCheck = true });
        Assert.Equal((true, new DateOnly(2040, 6, 21)), (checkedOne.NeedsFieldCheck, checkedOne.ResolutionDue));

        // The tenant's settings: defaults, then longer deadlines for complaints received from then on.
        var settings = await admin.Get<ComplaintSettingsDto>("/api/v1/settings/complaints");
        Assert.Equal((3, 5, 14, 1, 0), (settings.FirstResponseDays, settings.ResolutionDays, settings.FieldCheckDays, settings.EscalateAfterDays, settings.Version));
        var change = new ComplaintSettingsDto { FirstResponseDays = 2, ResolutionDays = 10, FieldCheckDays = 60, EscalateAfterDays = 0 };
        await (await admin.Put("/api/v1/settings/complaints", change)).Problem((HttpStatusCode)428);
        await (await admin.Put("/api/v1/settings/complaints", new ComplaintSettingsDto { FieldCheckDays = 61, ResolutionDays = 2 }, ifMatch: 0)).Problem((HttpStatusCode)422, "fieldCheckDays", "resolutionDays");
        await (await (await api.As("viewer@tpi")).Put("/api/v1/settings/complaints", change, ifMatch: 0)).Problem(HttpStatusCode.Forbidden);
        Assert.Equal(1, (await (await admin.Put("/api/v1/settings/complaints", change, ifMatch: 0)).Read<ComplaintSettingsDto>()).Version);
        await (await admin.Put("/api/v1/settings/complaints", change, ifMatch: 0)).Problem(HttpStatusCode.PreconditionFailed);
        var underNew = await Create(admin, Body(unit.Id));
        Assert.Equal((new DateOnly(2040, 6, 5), new DateOnly(2040, 6, 15)), (underNew.FirstResponseDue, underNew.ResolutionDue));
        Assert.Equal(new DateOnly(2040, 6, 6), (await admin.Get<ComplaintResponse>(url)).FirstResponseDue); // the older one keeps its days
        // Another tenant still has the defaults.
        Assert.Equal(5, (await (await api.As("admin@jmb")).Get<ComplaintSettingsDto>("/api/v1/settings/complaints")).ResolutionDays);
        // Back to the defaults (empty fields take them), so the other tests of this fixture see them.
        Assert.Equal((5, 2), await (await admin.Put("/api/v1/settings/complaints", new ComplaintSettingsDto(), ifMatch: 1)).Read<ComplaintSettingsDto>() is var reset ? (reset.ResolutionDays!.Value, reset.Version) : default);
    }

    [Fact]
    public async Task Aggregates_match_hand_computed_figures()
    {
        var admin = await api.As("admin@amq");
        var a = await Unit(admin, "DUKCAPIL");
        var b = await Unit(admin, "DINKES");
        // Monday 2042-03-03 09:00 WIB; resolution due for everything received that day: Monday 03-10.
        async Task<ComplaintResponse> At(ServiceUnitResponse unit, ComplaintType type, string? category)
        {
            api.Clock.SetWib(2042, 3, 3, 9);
            return await Create(admin, Body(unit.Id, type, category));
        }
        var a1 = await At(a, ComplaintType.Pengaduan, "Antrean");
        var a2 = await At(a, ComplaintType.Pengaduan, "Antrean");
        var a3 = await At(a, ComplaintType.Aspirasi, null);
        var b1 = await At(b, ComplaintType.PermintaanInformasi, "Biaya");
        // a1: first response after 2 h, resolved after 26 h (on time). a2: first response after 10 h, resolved on
        // Tuesday 03-11 09:00 (late, 8 days = 192 h). a3: untouched (open, overdue once past 03-10). b1: rejected after 5 h.
        api.Clock.SetWib(2042, 3, 3, 11);
        var s1 = await Step(admin, a1, "verify");
        api.Clock.SetWib(2042, 3, 3, 19);
        var s2 = await Step(admin, a2, "verify");
        api.Clock.SetWib(2042, 3, 3, 14);
        await Step(admin, b1, "reject", new ComplaintTransitionRequest { Response = "Informasi sudah tersedia di laman resmi." });
        api.Clock.SetWib(2042, 3, 4, 11);
        s1 = await Step(admin, s1, "start");
        await Step(admin, s1, "resolve", new ComplaintTransitionRequest { Response = "Selesai." });
        api.Clock.SetWib(2042, 3, 11, 9);
        s2 = await Step(admin, s2, "start");
        await Step(admin, s2, "resolve", new ComplaintTransitionRequest { Response = "Selesai." });

        var stats = await admin.Get<ComplaintStatsResponse>("/api/v1/complaints/stats?from=2042-03-01&to=2042-03-31");
        Assert.Equal(4, stats.Received);
        var ua = stats.ServiceUnits.Single(u => u.ServiceUnitId == a.Id);
        Assert.Equal((3, 1, 1, 1), (ua.Received, ua.ResolvedOnTime, ua.ResolvedLate, ua.OpenOverdue));
        Assert.Equal(1.0 / 3, ua.Compliance!.Value, 10);
        var ub = stats.ServiceUnits.Single(u => u.ServiceUnitId == b.Id);
        Assert.Equal((1, 1, 0, 0, 1.0), (ub.Received, ub.ResolvedOnTime, ub.ResolvedLate, ub.OpenOverdue, ub.Compliance));
        // First responses 2, 10, 5 h → median 5. Resolutions 26, 192, 5 h → median 26.
        Assert.Equal(5, stats.MedianHoursToFirstResponse!.Value, 6);
        Assert.Equal(26, stats.MedianHoursToResolution!.Value, 6);
        Assert.Equal(
            [(ComplaintType.Pengaduan, "Antrean", 2), (ComplaintType.Aspirasi, (string?)null, 1), (ComplaintType.PermintaanInformasi, "Biaya", 1)],
            stats.Volume.Select(v => (v.Type, v.Category, v.Count)).OrderBy(v => v.Type));

        // An even count takes the mean of the two middle values: only Dinas Kesehatan's sub-tree (one complaint) vs the tenant.
        var dinkes = await ServiceUnitTests.UnitByCode(admin, "DINKES");
        var sub = await admin.Get<ComplaintStatsResponse>($"/api/v1/complaints/stats?from=2042-03-01&to=2042-03-31&underUnitId={dinkes}");
        Assert.Equal([b.Id], sub.ServiceUnits.Select(u => u.ServiceUnitId));
        Assert.Equal((5.0, 5.0), (sub.MedianHoursToFirstResponse, sub.MedianHoursToResolution));
        var onlyA = await admin.Get<ComplaintStatsResponse>($"/api/v1/complaints/stats?from=2042-03-01&to=2042-03-31&underUnitId={await ServiceUnitTests.UnitByCode(admin, "DUKCAPIL")}");
        Assert.Equal((6.0, 109.0), (onlyA.MedianHoursToFirstResponse, onlyA.MedianHoursToResolution)); // (2+10)/2, (26+192)/2
        // The overdue filter agrees with the figures.
        Assert.Equal([a3.Id], (await admin.Get<Paged<ComplaintResponse>>($"/api/v1/complaints?overdue=true&from=2042-03-01&to=2042-03-31")).Items.Select(i => i.Id));
        // Filters on the list.
        Assert.Equal(2, (await admin.Get<Paged<ComplaintResponse>>("/api/v1/complaints?from=2042-03-01&to=2042-03-31&category=Antrean")).Total);
        Assert.Equal([b1.Id], (await admin.Get<Paged<ComplaintResponse>>("/api/v1/complaints?from=2042-03-01&to=2042-03-31&status=Rejected")).Items.Select(i => i.Id));
        Assert.Equal([b1.Id], (await admin.Get<Paged<ComplaintResponse>>("/api/v1/complaints?from=2042-03-01&to=2042-03-31&type=PermintaanInformasi")).Items.Select(i => i.Id));
        Assert.Equal(4, (await admin.Get<Paged<ComplaintResponse>>("/api/v1/complaints?from=2042-03-01&to=2042-03-31&channel=WalkIn")).Total);
        Assert.Equal(0, (await admin.Get<Paged<ComplaintResponse>>("/api/v1/complaints?from=2042-03-01&to=2042-03-31&channel=Sms")).Total);
        Assert.Equal(3, (await admin.Get<Paged<ComplaintResponse>>($"/api/v1/complaints?from=2042-03-01&to=2042-03-31&serviceUnitId={a.Id}")).Total);
        var sorted = await admin.Get<Paged<ComplaintResponse>>("/api/v1/complaints?from=2042-03-01&to=2042-03-31&sort=serviceUnit");
        Assert.Equal(sorted.Items.Select(i => i.ServiceUnitName).Order(StringComparer.Ordinal), sorted.Items.Select(i => i.ServiceUnitName));
        // Nothing of another tenant, and a bad period.
        Assert.Equal(0, (await (await api.As("admin@tpi")).Get<ComplaintStatsResponse>("/api/v1/complaints/stats?from=2042-03-01&to=2042-03-31")).Received);
        await (await admin.GetAsync("/api/v1/complaints/stats?from=2042-04-01&to=2042-03-01")).Problem((HttpStatusCode)422, "to");
    }

    [Fact]
    public async Task Public_complaints_are_idempotent_and_tracked_without_personal_data()
    {
        api.Clock.SetWib(2044, 5, 2, 10);
        var admin = await api.As("admin@tpi");
        var unit = await Unit(admin);
        var anonymous = api.Anonymous();
        var body = new PublicComplaintRequest
        {
            SubmissionId = Guid.NewGuid(), ServiceUnitSlug = unit.Slug.ToUpperInvariant(), Type = ComplaintType.Pengaduan, Category = "Pungutan",
            Text = "Diminta biaya tambahan.", ReporterName = "Budi Santoso", ReporterContact = "budi@contoh.id",
        };
        var first = await (await anonymous.Post("/api/v1/public/tpi/complaints", body)).Read<PublicComplaintReceipt>(HttpStatusCode.Created);
        Assert.Matches("^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{10}$", first.TrackingCode);
        var again = await (await anonymous.Post("/api/v1/public/tpi/complaints", body)).Read<PublicComplaintReceipt>(HttpStatusCode.OK);
        Assert.Equal((first.TrackingCode, first.ReceivedAt), (again.TrackingCode, again.ReceivedAt));
        await (await anonymous.Post("/api/v1/public/tpi/complaints", new PublicComplaintRequest
        {
            SubmissionId = body.SubmissionId, ServiceUnitSlug = unit.Slug, Type = ComplaintType.Aspirasi, Text = "Lain.",
        })).Problem(HttpStatusCode.Conflict);
        var list = await admin.Get<Paged<ComplaintResponse>>($"/api/v1/complaints?serviceUnitId={unit.Id}");
        var stored = Assert.Single(list.Items);
        Assert.Equal((ComplaintChannel.Web, "Budi Santoso", first.TrackingCode), (stored.Channel, stored.ReporterName, stored.TrackingCode));
        Assert.Equal("publik", Assert.Single((await admin.Get<ComplaintResponse>($"/api/v1/complaints/{stored.Id}")).History).By);

        var page = await anonymous.GetAsync($"/api/v1/public/tpi/complaints/{first.TrackingCode}");
        var text = await page.Content.ReadAsStringAsync();
        Assert.Equal(ComplaintStatus.Received, (await page.Read<PublicComplaintStatus>()).Status);
        foreach (var secret in new[] { "Budi", "budi@contoh.id", "Diminta biaya", "publik", stored.Id.ToString() }) Assert.DoesNotContain(secret, text);

        // Bad bodies: field errors, nothing stored.
        await (await anonymous.Post("/api/v1/public/tpi/complaints", new PublicComplaintRequest())).Problem((HttpStatusCode)422, "submissionId", "serviceUnitSlug", "type", "text");
        await (await anonymous.Post("/api/v1/public/tpi/complaints", new PublicComplaintRequest { SubmissionId = Guid.NewGuid(), ServiceUnitSlug = "tidak-ada", Type = ComplaintType.Aspirasi, Text = "x" }))
            .Problem((HttpStatusCode)422, "serviceUnitSlug");
        await (await anonymous.Post("/api/v1/public/zz/complaints", body)).Problem(HttpStatusCode.NotFound);
        await (await anonymous.Post("/api/v1/public/jmb/complaints", new PublicComplaintRequest { SubmissionId = Guid.NewGuid(), ServiceUnitSlug = unit.Slug, Type = ComplaintType.Aspirasi, Text = "x" }))
            .Problem((HttpStatusCode)422, "serviceUnitSlug");
        Assert.Equal(1, (await admin.Get<Paged<ComplaintResponse>>($"/api/v1/complaints?serviceUnitId={unit.Id}")).Total);
    }

    /// <summary>The public form's choices: the tenant's name and every service unit by name and slug, and nothing else of it.</summary>
    [Fact]
    public async Task The_public_complaint_form_lists_the_tenants_service_units_without_ids()
    {
        var admin = await api.As("admin@tpi");
        var unit = await Unit(admin);
        var anonymous = api.Anonymous();
        var response = await anonymous.GetAsync("/api/v1/public/tpi/complaint-form");
        var text = await response.Content.ReadAsStringAsync();
        var form = await response.Read<PublicComplaintForm>();
        Assert.Equal("Pemerintah Kota Tanjungpinang", form.TenantName);
        var all = await admin.Get<Paged<ServiceUnitResponse>>("/api/v1/service-units?pageSize=500&sort=name");
        Assert.Equal(all.Items.Select(s => (s.Slug, s.Name)).OrderBy(s => s.Name, StringComparer.Ordinal), form.ServiceUnits.Select(s => (s.Slug, s.Name)).OrderBy(s => s.Name, StringComparer.Ordinal));
        Assert.Contains(form.ServiceUnits, s => s.Slug == unit.Slug);
        foreach (var secret in all.Items.SelectMany(s => new[] { s.Id.ToString(), s.UnitId.ToString() })) Assert.DoesNotContain(secret, text);
        Assert.DoesNotContain(unit.Slug, await (await anonymous.GetAsync("/api/v1/public/jmb/complaint-form")).Content.ReadAsStringAsync());
        await (await anonymous.GetAsync("/api/v1/public/zz/complaint-form")).Problem(HttpStatusCode.NotFound);
    }
}

public class ComplaintRateLimitTests(TinySubmissionLimitFactory api) : IClassFixture<TinySubmissionLimitFactory>
{
    [Fact]
    public async Task Public_complaints_share_the_per_address_limit_and_answer_429_with_Retry_After()
    {
        var admin = await api.As("admin@tpi");
        var unit = await ServiceUnitTests.Create(admin, ServiceUnitTests.Body(await ServiceUnitTests.UnitByCode(admin, "DUKCAPIL")));
        var anonymous = api.Anonymous();
        PublicComplaintRequest Body() => new() { SubmissionId = Guid.NewGuid(), ServiceUnitSlug = unit.Slug, Type = ComplaintType.Pengaduan, Text = "Antrean panjang." };
        var bodies = Enumerable.Range(0, 3).Select(_ => Body()).ToList();
        foreach (var b in bodies) await (await anonymous.Post("/api/v1/public/tpi/complaints", b)).Read<PublicComplaintReceipt>(HttpStatusCode.Created);
        var limited = await anonymous.Post("/api/v1/public/tpi/complaints", Body());
        await limited.Problem(HttpStatusCode.TooManyRequests);
        Assert.InRange(limited.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 60);
        await (await anonymous.Post("/api/v1/public/tpi/complaints", bodies[0])).Problem(HttpStatusCode.TooManyRequests);
        Assert.Equal(3, (await admin.Get<Paged<ComplaintResponse>>($"/api/v1/complaints?serviceUnitId={unit.Id}")).Total);
        // Tracking is not this limit's business.
        var code = (await admin.Get<Paged<ComplaintResponse>>($"/api/v1/complaints?serviceUnitId={unit.Id}")).Items[0].TrackingCode;
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/v1/public/tpi/complaints/{code}")).StatusCode);
    }
}

[Collection(ApiCollection.Name)]
public class ComplaintDemoTests(ApiFactory api)
{
    [Theory]
    [InlineData("admin@tpi")]
    [InlineData("admin@jmb")]
    public async Task Every_demo_tenant_has_complaints_in_every_status_some_overdue(string admin)
    {
        var c = await api.As(admin);
        foreach (var status in Enum.GetValues<ComplaintStatus>())
            Assert.True((await c.Get<Paged<ComplaintResponse>>($"/api/v1/complaints?status={status}&pageSize=1")).Total > 0, $"{admin}: no {status}");
        var overdue = await c.Get<Paged<ComplaintResponse>>("/api/v1/complaints?overdue=true&pageSize=100");
        Assert.True(overdue.Items.Count >= 2);
        Assert.All(overdue.Items, i => Assert.True(i.Overdue));
        Assert.Contains(overdue.Items, i => i.Escalated);
        var stats = await c.Get<ComplaintStatsResponse>("/api/v1/complaints/stats");
        // Other tests of this shared fixture add complaints to other service units.
        Assert.True(stats.Received >= 10 && stats.MedianHoursToFirstResponse > 0 && stats.ServiceUnits.Count >= 3);
    }
}
