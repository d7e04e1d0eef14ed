using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AsnApi.Contracts;
using Microsoft.Data.Sqlite;
using static AsnApi.IntegrationTests.ImportKindsTests;

namespace AsnApi.IntegrationTests;

/// <summary>Idempotency-Key on POST /api/v1/imports/{kind}: the first response replayed, another payload refused, a running key a 409, expired keys gone.</summary>
[Collection(ApiCollection.Name)]
public class IdempotencyKeyTests(ApiFactory api)
{
    /// <summary>Names of letters only: other tests search a name by its words' first three letters, and digits would make that a NIP search.</summary>
    internal static readonly string[] Words = ["Alfa", "Bravo", "Charlie", "Delta", "Elang"];

    private static string EmployeesCsv(params string[] nips) =>
        "NIP;Nama;Jenis Kepegawaian;Kode Jabatan\r\n" + string.Concat(nips.Select((n, i) => $"{n};Pegawai Kunci {Words[i % Words.Length]};Pns;PLK-DUKCAPIL-DAFDUK\r\n"));

    private static async Task<HttpResponseMessage> Send(HttpClient c, string url, HttpContent content, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
        if (key is not null) request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        return await c.SendAsync(request);
    }

    private static bool Replayed(HttpResponseMessage r) => r.Headers.TryGetValues("Idempotent-Replayed", out var v) && v.Single() == "true";

    private async Task<int> Count(HttpClient c, string nip) => (await c.Get<Paged<EmployeeResponse>>($"/api/v1/employees?q={nip}")).Items.Count;

    private SqliteConnection Open()
    {
        var db = new SqliteConnection($"Data Source={Path.Combine(api.DataDirectory, "asnapi.db")}");
        db.Open();
        return db;
    }

    private void Execute(string sql, params (string Name, object Value)[] args)
    {
        using var db = Open();
        using var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (n, v) in args) cmd.Parameters.AddWithValue(n, v);
        cmd.ExecuteNonQuery();
    }

    private long Scalar(string sql, params (string Name, object Value)[] args)
    {
        using var db = Open();
        using var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (n, v) in args) cmd.Parameters.AddWithValue(n, v);
        return (long)cmd.ExecuteScalar()!;
    }

    private const string TenantOf = "(SELECT Id FROM Tenants WHERE lower(Code) = @Code)";

    [Fact]
    public async Task The_same_key_and_request_replays_the_first_response_and_imports_once()
    {
        var admin = await api.As("admin@tpi");
        var nip = TestData.NewNip().Nip;
        var key = Guid.NewGuid().ToString();
        var first = await Send(admin, "/api/v1/imports/employees", Csv(EmployeesCsv(nip)), key);
        var firstBody = await first.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.False(Replayed(first));

        var again = await Send(admin, "/api/v1/imports/employees", Csv(EmployeesCsv(nip)), key);
        Assert.Equal((HttpStatusCode.OK, true, firstBody), (again.StatusCode, Replayed(again), await again.Content.ReadAsStringAsync()));
        Assert.Equal("application/json", again.Content.Headers.ContentType!.MediaType);
        // The replay says "inserted" as the first answer did; a real second run would have said "unchanged".
        Assert.Equal(1, (await again.Read<ImportReport>()).Inserted);
        Assert.Equal(1, await Count(admin, nip));

        // Without the key the import runs again and finds the row unchanged.
        Assert.Equal(1, (await (await Send(admin, "/api/v1/imports/employees", Csv(EmployeesCsv(nip)), null)).Read<ImportReport>()).Unchanged);
    }

    [Fact]
    public async Task The_same_key_with_another_payload_is_a_422_and_nothing_is_written()
    {
        var admin = await api.As("admin@tpi");
        var (a, b) = (TestData.NewNip().Nip, TestData.NewNip().Nip);
        var key = "import-" + Guid.NewGuid().ToString("N");
        await (await Send(admin, "/api/v1/imports/employees", Csv(EmployeesCsv(a)), key)).Read<ImportReport>();
        var problem = await (await Send(admin, "/api/v1/imports/employees", Csv(EmployeesCsv(b)), key)).Problem((HttpStatusCode)422, "Idempotency-Key");
        Assert.Contains("permintaan lain", problem["errors"]!["Idempotency-Key"]![0]!.GetValue<string>());
        Assert.Equal(0, await Count(admin, b));
        // The same body to another kind or with other parameters is another request too.
        await (await Send(admin, "/api/v1/imports/employees?dryRun=true", Csv(EmployeesCsv(a)), key)).Problem((HttpStatusCode)422, "Idempotency-Key");
        // In English when asked.
        using var english = new HttpRequestMessage(HttpMethod.Post, "/api/v1/imports/employees") { Content = Csv(EmployeesCsv(b)) };
        english.Headers.Add("Idempotency-Key", key);
        english.Headers.AcceptLanguage.ParseAdd("en");
        var en = await (await admin.SendAsync(english)).Problem((HttpStatusCode)422, "Idempotency-Key");
        Assert.Contains("another request", en["errors"]!["Idempotency-Key"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task A_multipart_upload_is_the_same_request_whatever_its_boundary()
    {
        var admin = await api.As("admin@tpi");
        var nip = TestData.NewNip().Nip;
        var key = Guid.NewGuid().ToString();
        MultipartFormDataContent Form()
        {
            var form = new MultipartFormDataContent("batas-" + Guid.NewGuid().ToString("N"));
            var file = new ByteArrayContent(Encoding.UTF8.GetBytes(EmployeesCsv(nip)));
            file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            form.Add(file, "file", "pegawai.csv");
            return form;
        }
        var first = await Send(admin, "/api/v1/imports/employees", Form(), key);
        Assert.Equal(1, (await first.Read<ImportReport>()).Inserted);
        var again = await Send(admin, "/api/v1/imports/employees", Form(), key);
        Assert.True(Replayed(again));
        Assert.Equal(1, (await again.Read<ImportReport>()).Inserted);
    }

    [Fact]
    public async Task A_rejected_file_is_stored_and_replayed_too_and_a_bad_key_is_a_400()
    {
        var admin = await api.As("admin@tpi");
        var key = Guid.NewGuid().ToString();
        var bad = EmployeesCsv("123");
        var first = await Send(admin, "/api/v1/imports/employees", Csv(bad), key);
        var body = await first.Content.ReadAsStringAsync();
        await first.Problem((HttpStatusCode)422, "rows[2].nip");
        var again = await Send(admin, "/api/v1/imports/employees", Csv(bad), key);
        Assert.Equal(((HttpStatusCode)422, true, body), (again.StatusCode, Replayed(again), await again.Content.ReadAsStringAsync()));
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType!.MediaType);

        await (await Send(admin, "/api/v1/imports/employees", Csv(bad), new string('k', 256))).Problem(HttpStatusCode.BadRequest, "Idempotency-Key");
        await (await Send(admin, "/api/v1/imports/employees", Csv(bad), "dengan spasi")).Problem(HttpStatusCode.BadRequest, "Idempotency-Key");
    }

    [Fact]
    public async Task A_key_whose_first_request_still_runs_is_a_409_and_an_expired_key_is_deleted_and_runs_again()
    {
        var admin = await api.As("admin@tpi");
        var nip = TestData.NewNip().Nip;
        var running = Guid.NewGuid().ToString();
        var now = DateTimeOffset.UtcNow;
        string Iso(DateTimeOffset d) => d.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'");
        // A claim without a stored response: what a request in progress leaves.
        Execute($"INSERT INTO IdempotencyKeys (TenantId, IdemKey, RequestHash, CreatedAt, ExpiresAt) VALUES ({TenantOf}, @Key, 'x', @Now, @Expires)",
            ("@Code", "tpi"), ("@Key", running), ("@Now", Iso(now)), ("@Expires", Iso(now.AddHours(24))));
        var busy = await (await Send(admin, "/api/v1/imports/employees", Csv(EmployeesCsv(nip)), running)).Problem(HttpStatusCode.Conflict, "Idempotency-Key");
        Assert.Equal("idempotencyKeyInProgress", busy["reason"]!.GetValue<string>());
        Assert.Equal(0, await Count(admin, nip));

        // A response stored 25 hours ago for another payload: expired, deleted, and the key is free again.
        var old = Guid.NewGuid().ToString();
        Execute($"INSERT INTO IdempotencyKeys (TenantId, IdemKey, RequestHash, Status, ContentType, Body, CreatedAt, ExpiresAt) VALUES ({TenantOf}, @Key, 'x', 200, 'application/json', '{{}}', @Then, @Expired)",
            ("@Code", "tpi"), ("@Key", old), ("@Then", Iso(now.AddHours(-25))), ("@Expired", Iso(now.AddHours(-1))));
        var fresh = await Send(admin, "/api/v1/imports/employees", Csv(EmployeesCsv(nip)), old);
        Assert.False(Replayed(fresh));
        Assert.Equal(1, (await fresh.Read<ImportReport>()).Inserted);
        Assert.Equal(0, Scalar("SELECT COUNT(*) FROM IdempotencyKeys WHERE ExpiresAt < @Now", ("@Now", Iso(DateTimeOffset.UtcNow))));
    }

    [Fact]
    public async Task Parallel_requests_with_one_key_run_the_import_once_and_the_rest_replay_it_or_get_a_409()
    {
        var admin = await api.As("admin@tpi");
        var nip = TestData.NewNip().Nip;
        var key = Guid.NewGuid().ToString();
        var csv = EmployeesCsv(nip);
        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Send(admin, "/api/v1/imports/employees", Csv(csv), key)));
        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.Conflict }));
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK && !Replayed(r));
        foreach (var ok in responses.Where(r => r.StatusCode == HttpStatusCode.OK)) Assert.Equal(1, (await ok.Read<ImportReport>()).Inserted);
        Assert.Equal(1, await Count(admin, nip));
    }

    [Fact]
    public async Task A_key_belongs_to_its_tenant()
    {
        var tpi = await api.As("admin@tpi");
        var amq = await api.As("admin@amq");
        var key = Guid.NewGuid().ToString();
        var nip = TestData.NewNip().Nip;
        Assert.Equal(1, (await (await Send(tpi, "/api/v1/imports/employees", Csv(EmployeesCsv(nip)), key)).Read<ImportReport>()).Inserted);
        var theirs = await Send(amq, "/api/v1/imports/employees", Csv(EmployeesCsv(nip)), key);
        Assert.False(Replayed(theirs));
        Assert.Equal(1, (await theirs.Read<ImportReport>()).Inserted);
        Assert.Equal(1, await Count(amq, nip));
    }

    [Fact]
    public async Task The_older_json_import_honours_the_key_too()
    {
        var admin = await api.As("admin@tpi");
        var key = Guid.NewGuid().ToString();
        HttpContent Body(string nip) => System.Net.Http.Json.JsonContent.Create(new EmployeeImportRequest
        {
            Rows = [new EmployeeImportRow { Nip = nip, Name = "Lewat JSON", EmploymentType = EmploymentType.Pns, PositionCode = "PLK-DUKCAPIL-DAFDUK" }],
        }, options: Json.Options);
        var nip = TestData.NewNip().Nip;
        Assert.Equal(1, (await (await Send(admin, "/api/v1/employees/import", Body(nip), key)).Read<EmployeeImportResponse>()).Created);
        var again = await Send(admin, "/api/v1/employees/import", Body(nip), key);
        Assert.True(Replayed(again));
        Assert.Equal(1, (await again.Read<EmployeeImportResponse>()).Created);
        await (await Send(admin, "/api/v1/employees/import", Body(TestData.NewNip().Nip), key)).Problem((HttpStatusCode)422, "Idempotency-Key");
    }
}
