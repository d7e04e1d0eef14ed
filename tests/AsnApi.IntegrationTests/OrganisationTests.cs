using System.Net;
using AsnApi.Contracts;

namespace AsnApi.IntegrationTests;

[Collection(ApiCollection.Name)]
public class OrganisationTests(ApiFactory api)
{
    private static string Code() => "U" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    [Fact]
    public async Task Units_form_a_tree_and_moving_a_unit_moves_its_whole_sub_tree()
    {
        var admin = await api.As("admin@tpi");
        var a = await (await admin.Post("/api/v1/units", new UnitRequest { Code = Code(), Name = "Dinas A" })).Read<UnitResponse>(HttpStatusCode.Created);
        var b = await (await admin.Post("/api/v1/units", new UnitRequest { Code = Code(), Name = "Bidang B", ParentId = a.Id })).Read<UnitResponse>(HttpStatusCode.Created);
        var c = await (await admin.Post("/api/v1/units", new UnitRequest { Code = Code(), Name = "Seksi C", ParentId = b.Id })).Read<UnitResponse>(HttpStatusCode.Created);
        Assert.Equal((0, 1, 2), (a.Depth, b.Depth, c.Depth));
        Assert.StartsWith(b.Path, c.Path);
        Assert.Equal("Bidang B", c.ParentName);

        var root = await (await admin.Post("/api/v1/units", new UnitRequest { Code = Code(), Name = "Dinas Baru" })).Read<UnitResponse>(HttpStatusCode.Created);
        var moved = await (await admin.Put($"/api/v1/units/{b.Id}", new UnitRequest { Code = "MOVED" + Code(), Name = "Bidang B", ParentId = root.Id }, ifMatch: b.Version)).Read<UnitResponse>();
        Assert.StartsWith(root.Path, moved.Path);
        var cAfter = await admin.Get<UnitResponse>($"/api/v1/units/{c.Id}");
        Assert.Equal(moved.Path + c.Id + "/", cAfter.Path);
        Assert.Equal(2, cAfter.Depth);
        Assert.DoesNotContain((await admin.Get<Paged<UnitResponse>>($"/api/v1/units?underUnitId={a.Id}")).Items, u => u.Id != a.Id);
        Assert.Equal(3, (await admin.Get<Paged<UnitResponse>>($"/api/v1/units?underUnitId={root.Id}")).Total);
    }

    [Fact]
    public async Task A_unit_cannot_move_below_itself_and_an_occupied_unit_cannot_be_deactivated()
    {
        var admin = await api.As("admin@tpi");
        var a = await (await admin.Post("/api/v1/units", new UnitRequest { Code = Code(), Name = "Induk" })).Read<UnitResponse>(HttpStatusCode.Created);
        var b = await (await admin.Post("/api/v1/units", new UnitRequest { Code = Code(), Name = "Anak", ParentId = a.Id })).Read<UnitResponse>(HttpStatusCode.Created);

        await (await admin.Update($"/api/v1/units/{a.Id}", new UnitRequest { Code = a.Code, Name = a.Name, ParentId = b.Id })).Problem((HttpStatusCode)422, "parentId");
        await (await admin.Step($"/api/v1/units/{a.Id}", "deactivate")).Problem(HttpStatusCode.Conflict);
        Assert.False((await (await admin.Step($"/api/v1/units/{b.Id}", "deactivate")).Read<UnitResponse>()).IsActive);
        Assert.False((await (await admin.Step($"/api/v1/units/{a.Id}", "deactivate")).Read<UnitResponse>()).IsActive);
        await (await admin.Post("/api/v1/units", new UnitRequest { Code = Code(), Name = "Di bawah unit nonaktif", ParentId = a.Id })).Problem((HttpStatusCode)422, "parentId");
    }

    [Fact]
    public async Task Unit_codes_are_unique_per_tenant_and_required_fields_are_checked()
    {
        var admin = await api.As("admin@tpi");
        await (await admin.Post("/api/v1/units", new UnitRequest { Code = "BKPSDM", Name = "Duplikat" })).Problem(HttpStatusCode.Conflict);
        await (await admin.Post("/api/v1/units", new UnitRequest())).Problem((HttpStatusCode)422, "code", "name");
    }

    [Fact]
    public async Task Positions_take_their_managerial_level_from_the_type_and_fungsional_needs_one()
    {
        var admin = await api.As("admin@tpi");
        var unit = await admin.FirstId<UnitResponse>("/api/v1/units?pageSize=1&active=true");
        var pengawas = await (await admin.Post("/api/v1/positions", new PositionRequest { Code = Code(), Name = "Kepala Seksi Uji", Type = PositionType.Pengawas, UnitId = unit }))
            .Read<PositionResponse>(HttpStatusCode.Created);
        Assert.Equal(2, pengawas.ManagerialLevel);

        await (await admin.Post("/api/v1/positions", new PositionRequest { Code = Code(), Name = "Analis", Type = PositionType.Fungsional, UnitId = unit }))
            .Problem((HttpStatusCode)422, "managerialLevel");
        await (await admin.Post("/api/v1/positions", new PositionRequest { Code = Code(), Name = "Analis", Type = PositionType.Fungsional, UnitId = unit, ManagerialLevel = 6 }))
            .Problem((HttpStatusCode)422, "managerialLevel");
        await (await admin.Post("/api/v1/positions", new PositionRequest { Code = Code(), Name = "Tanpa unit", Type = PositionType.Pelaksana, UnitId = Guid.NewGuid() }))
            .Problem((HttpStatusCode)422, "unitId");
        var analis = await (await admin.Post("/api/v1/positions", new PositionRequest { Code = Code(), Name = "Analis SDM", Type = PositionType.Fungsional, UnitId = unit, ManagerialLevel = 3 }))
            .Read<PositionResponse>(HttpStatusCode.Created);
        Assert.Equal(3, analis.ManagerialLevel);

        var updated = await (await admin.Put($"/api/v1/positions/{pengawas.Id}", new PositionRequest { Code = pengawas.Code, Name = "Kepala Seksi Uji", Type = PositionType.Administrator, UnitId = unit }, ifMatch: 1))
            .Read<PositionResponse>();
        Assert.Equal((3, 2), (updated.ManagerialLevel, updated.Version));
        await (await admin.Put($"/api/v1/positions/{pengawas.Id}", new PositionRequest { Code = pengawas.Code, Name = "x", Type = PositionType.Pelaksana, UnitId = unit }, ifMatch: 1))
            .Problem(HttpStatusCode.PreconditionFailed);
        Assert.False((await (await admin.Step($"/api/v1/positions/{pengawas.Id}", "deactivate")).Read<PositionResponse>()).IsActive);
    }

    [Fact]
    public async Task Position_lists_filter_by_type_unit_and_search()
    {
        var admin = await api.As("admin@tpi");
        var jpt = await admin.Get<Paged<PositionResponse>>("/api/v1/positions?type=JptPratama&pageSize=100&sort=name");
        Assert.Equal(6, jpt.Total);
        Assert.All(jpt.Items, p => Assert.Equal(4, p.ManagerialLevel));
        var kepala = await admin.Get<Paged<PositionResponse>>("/api/v1/positions?q=Kepala Dinas Kesehatan");
        var unitId = kepala.Items.Single().UnitId;
        Assert.All((await admin.Get<Paged<PositionResponse>>($"/api/v1/positions?unitId={unitId}")).Items, p => Assert.Equal(unitId, p.UnitId));
    }
}
