using System.Net;
using AsnApi.Contracts;

namespace AsnApi.IntegrationTests;

[Collection(ApiCollection.Name)]
public class ImportTests(ApiFactory api)
{
    private static EmployeeImportRow Row(string nip, string name, string positionCode = "PLK-DUKCAPIL-DAFDUK", string? unitCode = null) => new()
    {
        Nip = nip, Name = name, EmploymentType = EmploymentType.Pns, Rank = "II/c", PositionCode = positionCode, UnitCode = unitCode,
    };

    [Fact]
    public async Task Rows_create_new_nips_update_known_ones_and_take_units_from_positions()
    {
        var admin = await api.As("admin@amq");
        var known = (await admin.Get<Paged<EmployeeResponse>>("/api/v1/employees?pageSize=1&active=true")).Items.Single();
        var (nip1, _) = TestData.NewNip();
        var (nip2, birth2) = TestData.NewNip(Sex.Female);
        var rows = new[] { Row(nip1, "Impor Satu"), Row($"{nip2[..8]} {nip2[8..14]} {nip2[14]} {nip2[15..]}", "Impor Dua", unitCode: "DUKCAPIL"), Row(known.Nip, "Nama Dari Impor") };

        var dry = await (await admin.Post("/api/v1/employees/import", new EmployeeImportRequest { Rows = rows, DryRun = true })).Read<EmployeeImportResponse>();
        Assert.Equal((3, 2, 1, true), (dry.Rows, dry.Created, dry.Updated, dry.DryRun));
        Assert.Equal(0, (await admin.Get<Paged<EmployeeResponse>>($"/api/v1/employees?q={nip1}")).Total);

        var done = await (await admin.Post("/api/v1/employees/import", new EmployeeImportRequest { Rows = rows })).Read<EmployeeImportResponse>();
        Assert.Equal((2, 1, false), (done.Created, done.Updated, done.DryRun));
        var one = (await admin.Get<Paged<EmployeeResponse>>($"/api/v1/employees?q={nip1}")).Items.Single();
        Assert.Equal(("Impor Satu", "Pelaksana Pelayanan Pendaftaran Penduduk", "Bidang Pelayanan Pendaftaran Penduduk"), (one.Name, one.PositionName, one.UnitName));
        var two = (await admin.Get<Paged<EmployeeResponse>>($"/api/v1/employees?q={nip2}")).Items.Single();
        Assert.Equal((Sex.Female, birth2, "Dinas Kependudukan dan Pencatatan Sipil"), (two.Sex, two.BirthDate, two.UnitName));
        Assert.Equal("Nama Dari Impor", (await admin.Get<EmployeeResponse>($"/api/v1/employees/{known.Id}")).Name);

        var audit = await admin.Get<Paged<AuditEntryResponse>>("/api/v1/audit?pageSize=1");
        Assert.Equal("ImportEmployees", audit.Items[0].Action);
        Assert.Contains("\"created\":2", audit.Items[0].Data);
    }

    [Fact]
    public async Task One_bad_row_refuses_the_batch_naming_each_row_and_nothing_is_written()
    {
        var admin = await api.As("admin@amq");
        var (good, _) = TestData.NewNip();
        var (dup, _) = TestData.NewNip();
        var rows = new[]
        {
            Row(good, "Baik"),
            Row("123", "NIP salah"),
            Row(dup, "Kode salah", positionCode: "TIDAK-ADA"),
            Row(dup, "Ganda"),
            new EmployeeImportRow { Nip = TestData.NewNip().Nip, Name = "", EmploymentType = EmploymentType.Pns, UnitCode = "NOPE" },
        };
        await (await admin.Post("/api/v1/employees/import", new EmployeeImportRequest { Rows = rows }))
            .Problem((HttpStatusCode)422, "rows[1].nip", "rows[2].positionCode", "rows[3].nip", "rows[4].name", "rows[4].unitCode");
        Assert.Equal(0, (await admin.Get<Paged<EmployeeResponse>>($"/api/v1/employees?q={good}")).Total);
        await (await admin.Post("/api/v1/employees/import", new EmployeeImportRequest { Rows = [] })).Problem((HttpStatusCode)422, "rows");
    }

    [Fact]
    public async Task Importing_needs_an_admin_or_a_key_with_the_import_scope()
    {
        var admin = await api.As("admin@amq");
        var request = new EmployeeImportRequest { Rows = [Row(TestData.NewNip().Nip, "Lewat Kunci")] };
        await (await (await api.As("viewer@amq")).Post("/api/v1/employees/import", request)).Problem(HttpStatusCode.Forbidden);
        var writer = await (await admin.Post("/api/v1/api-keys", new CreateApiKeyRequest { Name = "tulis", Scopes = [ApiKeyScope.Write] })).Read<CreatedApiKeyResponse>(HttpStatusCode.Created);
        await (await api.WithApiKey(writer.Secret).Post("/api/v1/employees/import", request)).Problem(HttpStatusCode.Forbidden);
        var importer = await (await admin.Post("/api/v1/api-keys", new CreateApiKeyRequest { Name = "impor SIASN", Scopes = [ApiKeyScope.Import] })).Read<CreatedApiKeyResponse>(HttpStatusCode.Created);
        Assert.Equal(1, (await (await api.WithApiKey(importer.Secret).Post("/api/v1/employees/import", request)).Read<EmployeeImportResponse>()).Created);
    }

    [Fact]
    public async Task The_older_endpoint_runs_on_the_import_engine_so_both_agree_and_errors_follow_accept_language()
    {
        var admin = await api.As("admin@amq");
        var nip = TestData.NewNip().Nip;
        var body = new EmployeeImportRequest { Rows = [Row(nip, "Satu Mesin")] };
        Assert.Equal(1, (await (await admin.Post("/api/v1/employees/import", body)).Read<EmployeeImportResponse>()).Created);
        // The same row through the file endpoint is unchanged: one engine, one notion of "the same".
        var json = new[] { new { nip, name = "Satu Mesin", employmentType = "Pns", rank = "II/c", positionCode = "PLK-DUKCAPIL-DAFDUK" } };
        Assert.Equal(1, (await (await admin.Post("/api/v1/imports/employees", json)).Read<ImportReport>()).Unchanged);
        // A known NIP still counts as updated here, as this endpoint always answered.
        Assert.Equal((0, 1), await (await admin.Post("/api/v1/employees/import", body)).Read<EmployeeImportResponse>() is var again ? (again.Created, again.Updated) : default);

        using var english = new HttpRequestMessage(HttpMethod.Post, "/api/v1/employees/import") { Content = System.Net.Http.Json.JsonContent.Create(new EmployeeImportRequest { Rows = [Row("123", "Salah")] }, options: Json.Options) };
        english.Headers.AcceptLanguage.ParseAdd("en");
        var problem = await (await admin.SendAsync(english)).Problem((HttpStatusCode)422, "rows[0].nip");
        Assert.Equal("A NIP has 18 digits.", problem["errors"]!["rows[0].nip"]![0]!.GetValue<string>());
    }
}
