using System.Net;
using AsnApi.Contracts;

namespace AsnApi.IntegrationTests;

[Collection(ApiCollection.Name)]
public class ServiceUnitTests(ApiFactory api)
{
    internal static string Slug(string prefix = "uji") => prefix + "-" + Guid.NewGuid().ToString("N")[..8];

    internal static async Task<Guid> UnitByCode(HttpClient c, string code) =>
        (await c.Get<Paged<UnitResponse>>($"/api/v1/units?q={code}&pageSize=50")).Items.Single(u => u.Code == code).Id;

    internal static ServiceUnitRequest Body(Guid unitId, string? slug = null, IReadOnlyList<Guid>? staff = null, bool? open = null, int population = 1000, IReadOnlyList<string>? types = null) => new()
    {
        Name = "Loket " + Guid.NewGuid().ToString("N")[..6], Slug = slug ?? Slug(), UnitId = unitId,
        ServiceTypes = types ?? ["KTP-el", "Akta Kelahiran"], PopulationPerYear = population, StaffIds = staff ?? [], SurveyOpen = open,
    };

    internal static async Task<ServiceUnitResponse> Create(HttpClient admin, ServiceUnitRequest body) =>
        await (await admin.Post("/api/v1/service-units", body)).Read<ServiceUnitResponse>(HttpStatusCode.Created);

    [Fact]
    public async Task A_service_unit_is_created_read_updated_and_listed_with_its_staff()
    {
        var admin = await api.As("admin@tpi");
        var dukcapil = await UnitByCode(admin, "DUKCAPIL");
        var staff = (await admin.Get<Paged<EmployeeResponse>>($"/api/v1/employees?unitId={dukcapil}&active=true&pageSize=2")).Items.Select(e => e.Id).ToList();
        var body = Body(dukcapil, staff: staff);
        var created = await Create(admin, body);
        Assert.Equal((body.Name, body.Slug, dukcapil, 1000, true), (created.Name, created.Slug, created.UnitId, created.PopulationPerYear, created.SurveyOpen));
        Assert.Equal(["KTP-el", "Akta Kelahiran"], created.ServiceTypes);
        Assert.Equal(staff.OrderBy(x => x), created.StaffIds.OrderBy(x => x));
        Assert.Equal($"/api/v1/public/tpi/service-units/{body.Slug}", created.PublicPath);
        Assert.Equal(1, created.Version);

        var got = await admin.GetAsync($"/api/v1/service-units/{created.Id}");
        Assert.Equal("\"1\"", got.Headers.ETag!.Tag);

        var update = Body(dukcapil, slug: body.Slug, staff: [staff[0]], open: false, population: 5000);
        var updated = await (await admin.Update($"/api/v1/service-units/{created.Id}", update)).Read<ServiceUnitResponse>();
        Assert.Equal((2, false, 5000), (updated.Version, updated.SurveyOpen, updated.PopulationPerYear));
        Assert.Equal([staff[0]], updated.StaffIds);

        var list = await admin.Get<Paged<ServiceUnitResponse>>($"/api/v1/service-units?q={body.Slug}&surveyOpen=false&underUnitId={dukcapil}&sort=-population");
        Assert.Equal(created.Id, Assert.Single(list.Items).Id);
        Assert.Equal([staff[0]], list.Items[0].StaffIds);
        Assert.Empty((await admin.Get<Paged<ServiceUnitResponse>>($"/api/v1/service-units?q={body.Slug}&surveyOpen=true")).Items);
        await (await admin.GetAsync("/api/v1/service-units?sort=umur")).Problem((HttpStatusCode)422, "sort");

        var audit = await admin.GetAsync($"/api/v1/audit?entityId={created.Id}&pageSize=10");
        Assert.Contains("UpdateServiceUnit", await audit.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Bad_input_is_a_field_error_and_nothing_is_written()
    {
        var admin = await api.As("admin@tpi");
        var dukcapil = await UnitByCode(admin, "DUKCAPIL");
        var bad = new ServiceUnitRequest
        {
            Name = "", Slug = "Bukan Slug!", ServiceTypes = ["A", "a", new string('x', 101), "tab\tdi sini"], PopulationPerYear = 0, StaffIds = [Guid.Empty],
        };
        await (await admin.Post("/api/v1/service-units", bad)).Problem((HttpStatusCode)422, "name", "slug", "unitId", "serviceTypes", "serviceTypes[2]", "serviceTypes[3]", "populationPerYear", "staffIds[0]");
        await (await admin.Post("/api/v1/service-units", Body(dukcapil, types: []))).Problem((HttpStatusCode)422, "serviceTypes");
        await (await admin.Post("/api/v1/service-units", Body(dukcapil, types: Enumerable.Range(0, 21).Select(i => "L" + i).ToList()))).Problem((HttpStatusCode)422, "serviceTypes");

        // Staff of another tenant, or no one, are named by position.
        var jmbEmployee = await (await api.As("admin@jmb")).FirstId<EmployeeResponse>("/api/v1/employees?pageSize=1");
        await (await admin.Post("/api/v1/service-units", Body(dukcapil, staff: [Guid.NewGuid(), jmbEmployee]))).Problem((HttpStatusCode)422, "staffIds[0]", "staffIds[1]");
        var jmbUnit = await (await api.As("admin@jmb")).FirstId<UnitResponse>("/api/v1/units?pageSize=1");
        await (await admin.Post("/api/v1/service-units", Body(jmbUnit))).Problem((HttpStatusCode)422, "unitId");
        Assert.Equal(0, (await admin.Get<Paged<ServiceUnitResponse>>("/api/v1/service-units?q=Bukan")).Total);
    }

    [Fact]
    public async Task A_slug_is_unique_in_the_tenant_but_another_tenant_may_use_it()
    {
        var admin = await api.As("admin@tpi");
        var dukcapil = await UnitByCode(admin, "DUKCAPIL");
        var slug = Slug("sama");
        var first = await Create(admin, Body(dukcapil, slug));
        await (await admin.Post("/api/v1/service-units", Body(dukcapil, slug))).Problem(HttpStatusCode.Conflict, "slug");
        var second = await Create(admin, Body(dukcapil));
        await (await admin.Update($"/api/v1/service-units/{second.Id}", Body(dukcapil, slug))).Problem(HttpStatusCode.Conflict, "slug");

        var jmb = await api.As("admin@jmb");
        var other = await Create(jmb, Body(await UnitByCode(jmb, "DUKCAPIL"), slug));
        Assert.Equal($"/api/v1/public/jmb/service-units/{slug}", other.PublicPath);
        Assert.Equal(first.Slug, other.Slug);
    }

    [Fact]
    public async Task Updates_need_the_current_version_and_roles_are_respected()
    {
        var admin = await api.As("admin@tpi");
        var dukcapil = await UnitByCode(admin, "DUKCAPIL");
        var created = await Create(admin, Body(dukcapil));
        var url = $"/api/v1/service-units/{created.Id}";
        await (await admin.Put(url, Body(dukcapil, created.Slug))).Problem((HttpStatusCode)428);
        await (await admin.Put(url, Body(dukcapil, created.Slug), ifMatch: 7)).Problem(HttpStatusCode.PreconditionFailed);
        Assert.Equal(1, (await admin.Get<ServiceUnitResponse>(url)).Version);

        var viewer = await api.As("viewer@tpi");
        Assert.Equal(created.Id, (await viewer.Get<ServiceUnitResponse>(url)).Id);
        await (await viewer.Post("/api/v1/service-units", Body(dukcapil))).Problem(HttpStatusCode.Forbidden);

        // The Dinas Kesehatan head sees the service units of that sub-tree only.
        var head = await api.As("kadinkes@tpi");
        await (await head.GetAsync(url)).Problem(HttpStatusCode.NotFound);
        var dinkes = await UnitByCode(admin, "DINKES");
        var puskesmas = await Create(admin, Body(dinkes));
        Assert.Equal(puskesmas.Id, (await head.Get<ServiceUnitResponse>($"/api/v1/service-units/{puskesmas.Id}")).Id);
        var seen = await head.Get<Paged<ServiceUnitResponse>>("/api/v1/service-units?pageSize=500");
        Assert.Contains(seen.Items, s => s.Id == puskesmas.Id);
        Assert.DoesNotContain(seen.Items, s => s.Id == created.Id);
    }
}
