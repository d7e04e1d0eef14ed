using System.Net;
using AsnApi.Contracts;

namespace AsnApi.IntegrationTests;

[Collection(ApiCollection.Name)]
public class EmployeeTests(ApiFactory api)
{
    private async Task<Guid> APosition(HttpClient c, PositionType type = PositionType.Pelaksana) =>
        await c.FirstId<PositionResponse>($"/api/v1/positions?type={type}&active=true&pageSize=1");

    [Fact]
    public async Task Create_normalises_the_nip_derives_sex_and_birth_date_and_reads_back_with_an_etag()
    {
        var admin = await api.As("admin@tpi");
        var position = await admin.Get<PositionResponse>($"/api/v1/positions/{await APosition(admin)}");
        var (nip, birth) = TestData.NewNip(Sex.Female);
        var spaced = $"{nip[..8]} {nip[8..14]} {nip[14]} {nip[15..]}";

        var response = await admin.Post("/api/v1/employees", TestData.Employee(position.Id, "Rina Marlina", spaced));
        var created = await response.Read<EmployeeResponse>(HttpStatusCode.Created);

        Assert.Equal(nip, created.Nip);
        Assert.Equal(Sex.Female, created.Sex);
        Assert.Equal(birth, created.BirthDate);
        Assert.Equal(position.UnitId, created.UnitId);
        Assert.Equal(position.Name, created.PositionName);
        Assert.Equal($"/api/v1/employees/{created.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal("\"1\"", response.Headers.ETag!.Tag);

        var get = await admin.GetAsync($"/api/v1/employees/{created.Id}");
        Assert.Equal("\"1\"", get.Headers.ETag!.Tag);
        Assert.Equal("Rina Marlina", (await get.Read<EmployeeResponse>()).Name);
    }

    [Fact]
    public async Task Invalid_input_is_a_422_problem_with_field_errors_and_writes_nothing()
    {
        var admin = await api.As("admin@tpi");
        var before = await admin.Get<Paged<AuditEntryResponse>>("/api/v1/audit?pageSize=1");
        var position = await APosition(admin);
        var (nip, _) = TestData.NewNip(Sex.Male);

        var bad = new EmployeeRequest
        {
            Nip = nip, Name = "", EmploymentType = EmploymentType.Pns, Sex = Sex.Female, BirthDate = new DateOnly(2001, 1, 1),
            Rank = "V/z", PositionId = position,
        };
        await (await admin.Post("/api/v1/employees", bad)).Problem((HttpStatusCode)422, "name", "sex", "birthDate", "rank");
        await (await admin.Post("/api/v1/employees", TestData.Employee(position, nip: "123"))).Problem((HttpStatusCode)422, "nip");
        await (await admin.Post("/api/v1/employees", TestData.Employee(Guid.NewGuid()))).Problem((HttpStatusCode)422, "positionId");

        var found = await admin.Get<Paged<EmployeeResponse>>($"/api/v1/employees?q={nip}");
        Assert.Equal(0, found.Total);
        var after = await admin.Get<Paged<AuditEntryResponse>>("/api/v1/audit?pageSize=1");
        Assert.Equal(before.Total, after.Total);
    }

    [Fact]
    public async Task A_pppk_needs_its_sex_and_accepts_any_inner_digits()
    {
        var admin = await api.As("admin@tpi");
        var position = await APosition(admin);
        var pppk = new EmployeeRequest { Nip = "199203152023997" + Random.Shared.Next(100, 999), Name = "Tenaga PPPK", EmploymentType = EmploymentType.Pppk, Rank = "IX", PositionId = position };

        await (await admin.Post("/api/v1/employees", pppk)).Problem((HttpStatusCode)422, "sex");
        var created = await (await admin.Post("/api/v1/employees", new EmployeeRequest
        {
            Nip = pppk.Nip, Name = pppk.Name, EmploymentType = EmploymentType.Pppk, Rank = "IX", PositionId = position, Sex = Sex.Female,
        })).Read<EmployeeResponse>(HttpStatusCode.Created);
        Assert.Equal(new DateOnly(1992, 3, 15), created.BirthDate);
    }

    [Fact]
    public async Task A_duplicate_nip_in_the_same_tenant_is_a_409_but_another_tenant_may_use_it()
    {
        var tpi = await api.As("admin@tpi");
        var jmb = await api.As("admin@jmb");
        var (nip, _) = TestData.NewNip();
        await (await tpi.Post("/api/v1/employees", TestData.Employee(await APosition(tpi), nip: nip))).Read<EmployeeResponse>(HttpStatusCode.Created);

        await (await tpi.Post("/api/v1/employees", TestData.Employee(await APosition(tpi), nip: nip))).Problem(HttpStatusCode.Conflict, "nip");
        await (await jmb.Post("/api/v1/employees", TestData.Employee(await APosition(jmb), nip: nip))).Read<EmployeeResponse>(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Update_with_a_stale_if_match_is_412_and_changes_nothing()
    {
        var admin = await api.As("admin@tpi");
        var position = await APosition(admin);
        var request = TestData.Employee(position, "Nama Lama");
        var created = await (await admin.Post("/api/v1/employees", request)).Read<EmployeeResponse>(HttpStatusCode.Created);

        var renamed = new EmployeeRequest { Nip = request.Nip, Name = "Nama Baru", EmploymentType = EmploymentType.Pns, PositionId = position, Rank = "III/b" };
        var ok = await admin.Put($"/api/v1/employees/{created.Id}", renamed, ifMatch: 1);
        Assert.Equal("\"2\"", ok.Headers.ETag!.Tag);
        Assert.Equal("III/b", (await ok.Read<EmployeeResponse>()).Rank);

        var stale = await admin.Put($"/api/v1/employees/{created.Id}", new EmployeeRequest { Nip = request.Nip, Name = "Tertimpa", EmploymentType = EmploymentType.Pns, PositionId = position }, ifMatch: 1);
        var problem = await stale.Problem(HttpStatusCode.PreconditionFailed);
        Assert.Equal(2, (int)problem["currentVersion"]!);
        Assert.Equal("Nama Baru", (await admin.Get<EmployeeResponse>($"/api/v1/employees/{created.Id}")).Name);
    }

    [Fact]
    public async Task Deactivate_and_activate_toggle_the_flag_and_the_active_filter_follows()
    {
        var admin = await api.As("admin@tpi");
        var created = await (await admin.Post("/api/v1/employees", TestData.Employee(await APosition(admin)))).Read<EmployeeResponse>(HttpStatusCode.Created);

        var off = await (await admin.Step($"/api/v1/employees/{created.Id}", "deactivate")).Read<EmployeeResponse>();
        Assert.False(off.IsActive);
        Assert.Equal(1, (await admin.Get<Paged<EmployeeResponse>>($"/api/v1/employees?q={created.Nip}&active=false")).Total);
        Assert.Equal(0, (await admin.Get<Paged<EmployeeResponse>>($"/api/v1/employees?q={created.Nip}&active=true")).Total);

        Assert.True((await (await admin.Step($"/api/v1/employees/{created.Id}", "activate")).Read<EmployeeResponse>()).IsActive);
    }

    [Fact]
    public async Task The_list_pages_sorts_searches_and_filters_by_unit_sub_tree_and_type()
    {
        var admin = await api.As("admin@tpi");
        var page1 = await admin.Get<Paged<EmployeeResponse>>("/api/v1/employees?pageSize=7&sort=nip");
        var page2 = await admin.Get<Paged<EmployeeResponse>>("/api/v1/employees?pageSize=7&page=2&sort=nip");
        Assert.Equal(7, page1.Items.Count);
        Assert.True(page1.Total >= 200);
        Assert.Equal(page1.Items.Select(e => e.Nip).Order(StringComparer.Ordinal), page1.Items.Select(e => e.Nip));
        Assert.True(string.CompareOrdinal(page1.Items[^1].Nip, page2.Items[0].Nip) < 0);

        var desc = await admin.Get<Paged<EmployeeResponse>>("/api/v1/employees?pageSize=50&sort=-name");
        Assert.Equal(desc.Items.Select(e => e.Name).OrderDescending(StringComparer.OrdinalIgnoreCase), desc.Items.Select(e => e.Name), StringComparer.OrdinalIgnoreCase);

        // Other tests add employees to this tenant; pick one whose name has a last word of three letters or more.
        var someone = page1.Items.First(e => e.Name.Split(' ') is { Length: > 1 } w && w[^1].Length >= 3);
        var byNipPrefix = await admin.Get<Paged<EmployeeResponse>>($"/api/v1/employees?q={someone.Nip[..12]}");
        Assert.Contains(byNipPrefix.Items, e => e.Id == someone.Id);
        // A name by the start of any of its words (the engine's word index), not by any fragment.
        // The first word whole and three letters of the last: a test-made "Pegawai Uji 123abc" alone would be "123", a NIP search.
        var words = someone.Name.Split(' ');
        var byName = await admin.Get<Paged<EmployeeResponse>>($"/api/v1/employees?q={Uri.EscapeDataString(words[0] + " " + words[^1][..3])}&pageSize=200");
        Assert.Contains(byName.Items, e => e.Id == someone.Id);

        var dinkes = (await admin.Get<Paged<UnitResponse>>("/api/v1/units?q=Dinas Kesehatan")).Items.Single(u => u.Code == "DINKES");
        var subTree = await admin.Get<Paged<EmployeeResponse>>($"/api/v1/employees?underUnitId={dinkes.Id}&pageSize=500");
        var dinkesUnits = (await admin.Get<Paged<UnitResponse>>($"/api/v1/units?underUnitId={dinkes.Id}")).Items.Select(u => u.Id).ToHashSet();
        Assert.Equal(3, dinkesUnits.Count); // the dinas and its two bidang
        Assert.NotEmpty(subTree.Items);
        Assert.All(subTree.Items, e => Assert.Contains(e.UnitId, dinkesUnits));
        var direct = await admin.Get<Paged<EmployeeResponse>>($"/api/v1/employees?unitId={dinkes.Id}&pageSize=500");
        Assert.All(direct.Items, e => Assert.Equal(dinkes.Id, e.UnitId));
        Assert.True(direct.Total < subTree.Total);

        var pengawas = await admin.Get<Paged<EmployeeResponse>>("/api/v1/employees?positionType=Pengawas&pageSize=500");
        Assert.NotEmpty(pengawas.Items);
        Assert.All(pengawas.Items, e => Assert.Equal(PositionType.Pengawas, e.PositionType));
    }

    [Theory]
    [InlineData("/api/v1/employees?page=0", "page")]
    [InlineData("/api/v1/employees?pageSize=501", "pageSize")]
    [InlineData("/api/v1/employees?sort=salary", "sort")]
    public async Task Bad_list_parameters_are_422_problems(string url, string field) =>
        await (await (await api.As("admin@tpi")).GetAsync(url)).Problem((HttpStatusCode)422, field);

    [Fact]
    public async Task Unparseable_parameters_and_bodies_are_400_problems_not_500s()
    {
        var admin = await api.As("admin@tpi");
        await (await admin.GetAsync("/api/v1/employees?employmentType=Honorer")).Problem(HttpStatusCode.BadRequest);
        await (await admin.GetAsync("/api/v1/employees?page=abc")).Problem(HttpStatusCode.BadRequest);
        var broken = new StringContent("{\"nip\":", System.Text.Encoding.UTF8, "application/json");
        await (await admin.PostAsync("/api/v1/employees", broken)).Problem(HttpStatusCode.BadRequest);
        var wrongEnum = new StringContent("{\"employmentType\":\"Honorer\"}", System.Text.Encoding.UTF8, "application/json");
        await (await admin.PostAsync("/api/v1/employees", wrongEnum)).Problem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Wrong_media_type_is_415_and_a_too_large_body_is_413()
    {
        var admin = await api.As("admin@tpi");
        await (await admin.PostAsync("/api/v1/employees", new StringContent("nip=1", System.Text.Encoding.UTF8, "text/plain"))).Problem(HttpStatusCode.UnsupportedMediaType);
        var huge = new StringContent("{\"name\":\"" + new string('a', 1_100_000) + "\"}", System.Text.Encoding.UTF8, "application/json");
        await (await admin.PostAsync("/api/v1/employees", huge)).Problem(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Birth_dates_are_hidden_from_viewers_and_writes_are_forbidden_to_them()
    {
        var viewer = await api.As("viewer@tpi");
        var list = await viewer.Get<Paged<EmployeeResponse>>("/api/v1/employees?pageSize=5");
        Assert.All(list.Items, e => Assert.Null(e.BirthDate));
        var admin = await api.As("admin@tpi");
        Assert.All((await admin.Get<Paged<EmployeeResponse>>("/api/v1/employees?pageSize=5")).Items, e => Assert.NotNull(e.BirthDate));

        await (await viewer.Post("/api/v1/employees", TestData.Employee(list.Items[0].PositionId!.Value))).Problem(HttpStatusCode.Forbidden);
        await (await viewer.Step($"/api/v1/employees/{list.Items[0].Id}", "deactivate")).Problem(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_unit_head_sees_only_their_sub_tree()
    {
        var head = await api.As("kadinkes@tpi");
        var admin = await api.As("admin@tpi");
        var me = await head.Get<MeResponse>("/api/v1/auth/me");
        var subTree = (await admin.Get<Paged<UnitResponse>>($"/api/v1/units?underUnitId={me.UnitId}")).Items.Select(u => u.Id).ToHashSet();

        var seen = await head.Get<Paged<EmployeeResponse>>("/api/v1/employees?pageSize=500");
        Assert.NotEmpty(seen.Items);
        Assert.All(seen.Items, e => Assert.Contains(e.UnitId, subTree));
        Assert.All((await head.Get<Paged<UnitResponse>>("/api/v1/units?pageSize=500")).Items, u => Assert.Contains(u.Id, subTree));

        var outside = (await admin.Get<Paged<EmployeeResponse>>("/api/v1/employees?pageSize=500")).Items.First(e => !subTree.Contains(e.UnitId));
        await (await head.GetAsync($"/api/v1/employees/{outside.Id}")).Problem(HttpStatusCode.NotFound);
    }
}
