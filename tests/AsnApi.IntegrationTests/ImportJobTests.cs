using System.Net;
using System.Text;
using System.Text.Json;
using AsnApi.Contracts;
using AsnApi.Features.Imports;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace AsnApi.IntegrationTests;

/// <summary>The API with a job threshold of 20 rows, so that small files run as background jobs.</summary>
public class ImportJobFactory : ApiFactory
{
    public const int Threshold = 20;
    /// <summary>Where this host keeps its database: a second host can be started on the same one.</summary>
    public virtual string Directory => DataDirectory;
    protected virtual ImportJobProgress? Progress => null;

    protected override IEnumerable<KeyValuePair<string, string>> DatabaseSettings() =>
    [
        new("Database:Provider", "Sqlite"),
        new("ConnectionStrings:Asn", $"Data Source={Path.Combine(Directory, "asnapi.db")}"),
    ];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Database:DataDirectory", Directory);
        builder.UseSetting("Imports:JobRowThreshold", Threshold.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Imports:PollSeconds", "0.2");
        if (Progress is { } progress) builder.ConfigureTestServices(s => s.AddSingleton(progress));
    }
}

/// <summary>Large imports as background jobs: 202 and a job to poll, the same report as a direct import, isolation, and a job whose instance died.</summary>
[Collection(ApiCollection.Name)]
public class ImportJobTests(ApiFactory api) : IClassFixture<ImportJobFactory>
{
    private const string Header = "NIP;Nama;Jenis Kepegawaian;Golongan;Kode Jabatan\r\n";

    private static int _nips;

    /// <summary>Valid NIPs of their own pattern (born in the 1950s, appointed at 25), so that thousands of rows leave TestData's sequence alone.</summary>
    internal static string Nip()
    {
        var k = Interlocked.Increment(ref _nips);
        var birth = new DateOnly(1950, 1, 1).AddDays(k / 900);
        return $"{birth:yyyyMMdd}{birth.AddYears(25):yyyyMM}1{k % 900 + 100:000}";
    }

    internal static string EmployeesCsv(int rows, int badRow = -1, string name = "Pegawai Job")
    {
        var sb = new StringBuilder(Header);
        for (var i = 0; i < rows; i++)
            sb.Append(i == badRow ? "1234;Salah;Pns;III/a;PLK-DUKCAPIL-DAFDUK" : $"{Nip()};{name} {i};Pns;III/a;PLK-DUKCAPIL-DAFDUK").Append("\r\n");
        return sb.ToString();
    }

    internal static async Task<ImportJobResponse> Poll(HttpClient c, Uri location)
    {
        // Bounded: a job that never finishes fails the test instead of hanging it; no assertion on how long it took.
        for (var attempt = 0; attempt < 600; attempt++)
        {
            var job = await c.Get<ImportJobResponse>(location.ToString());
            if (job.Status is ImportJobStatus.Succeeded or ImportJobStatus.Failed) return job;
            await Task.Delay(100);
        }
        throw new Xunit.Sdk.XunitException($"job {location} did not finish");
    }

    internal static async Task<(ImportJobResponse Accepted, Uri Location)> Start(HttpClient c, string url, string csv)
    {
        var response = await c.PostAsync(url, ImportKindsTests.Csv(csv));
        var accepted = await response.Read<ImportJobResponse>(HttpStatusCode.Accepted);
        Assert.Equal($"/api/v1/imports/jobs/{accepted.Id}", response.Headers.Location?.ToString());
        return (accepted, response.Headers.Location!);
    }

    private static string Same(ImportReport r) => JsonSerializer.Serialize(r, Json.Options);

    private static async Task<int> Count(HttpClient c, string q) => (await c.Get<Paged<EmployeeResponse>>($"/api/v1/employees?q={Uri.EscapeDataString(q)}&pageSize=500")).Total ?? -1;

    [Fact]
    public async Task A_file_over_the_threshold_is_a_job_whose_report_equals_the_direct_import()
    {
        await using var jobs = new ImportJobFactory();
        var viaJob = await jobs.As("admin@pgk");
        var direct = await api.As("admin@pgk");
        var csv = EmployeesCsv(ImportJobFactory.Threshold + 15, name: "Pegawai Antrean");

        // A dry run as a job: a report, nothing written.
        var (queued, location) = await Start(viaJob, "/api/v1/imports/employees?dryRun=true", csv);
        Assert.Equal((ImportJobStatus.Queued, 35, true, "admin@pgk"), (queued.Status, queued.RowsTotal, queued.DryRun, queued.CreatedBy));
        var dry = await Poll(viaJob, location);
        Assert.Equal((ImportJobStatus.Succeeded, 35, 35, false), (dry.Status, dry.RowsProcessed, dry.Report!.Inserted, dry.Report.Written));
        Assert.Equal(0, await Count(viaJob, "Pegawai Antrean"));

        var (_, realLocation) = await Start(viaJob, "/api/v1/imports/employees", csv);
        var done = await Poll(viaJob, realLocation);
        Assert.Equal((ImportJobStatus.Succeeded, null, 35), (done.Status, done.Error, done.RowsProcessed));
        Assert.Equal(35, await Count(viaJob, "Pegawai Antrean"));

        // The same file imported directly (threshold 5,000) into a database with the same demo data.
        var same = await (await direct.PostAsync("/api/v1/imports/employees", ImportKindsTests.Csv(csv))).Read<ImportReport>();
        Assert.Equal(Same(same), Same(done.Report!));
        Assert.True(done.Report!.Written);

        // Again: all unchanged, as a re-run of the direct import.
        var again = await Poll(viaJob, (await Start(viaJob, "/api/v1/imports/employees", csv)).Location);
        Assert.Equal((35, 0, 0), (again.Report!.Unchanged, again.Report.Inserted, again.Report.Updated));

        // The history, newest first, with the counts.
        var history = await viaJob.Get<Paged<ImportJobSummary>>("/api/v1/imports/jobs?pageSize=2");
        Assert.Equal((3, 2), (history.Total, history.Items.Count));
        Assert.Equal((again.Id, 35), (history.Items[0].Id, history.Items[0].Unchanged));
        Assert.Equal(done.Id, history.Items[1].Id);
        var succeeded = await viaJob.Get<Paged<ImportJobSummary>>("/api/v1/imports/jobs?status=Succeeded");
        Assert.Equal(3, succeeded.Total);
    }

    [Fact]
    public async Task An_atomic_job_with_a_bad_row_fails_with_the_report_and_writes_nothing_valid_only_writes_the_rest()
    {
        await using var jobs = new ImportJobFactory();
        var viaJob = await jobs.As("admin@pgk");
        var direct = await api.As("admin@pgk");
        var csv = EmployeesCsv(25, badRow: 7, name: "Pegawai Tolak");

        var failed = await Poll(viaJob, (await Start(viaJob, "/api/v1/imports/employees", csv)).Location);
        Assert.Equal((ImportJobStatus.Failed, 1, false), (failed.Status, failed.Report!.Rejected, failed.Report.Written));
        Assert.Contains("tidak ada yang disimpan", failed.Error);
        Assert.Equal(0, await Count(viaJob, "Pegawai Tolak"));
        var problem = await (await direct.PostAsync("/api/v1/imports/employees", ImportKindsTests.Csv(csv))).Problem((HttpStatusCode)422, "rows[9].nip");
        Assert.Equal(Same(JsonSerializer.Deserialize<ImportReport>(problem["report"]!.ToJsonString(), Json.Options)!), Same(failed.Report));

        var partial = await Poll(viaJob, (await Start(viaJob, "/api/v1/imports/employees?mode=valid-only", csv)).Location);
        Assert.Equal((ImportJobStatus.Succeeded, 24, 1, true), (partial.Status, partial.Report!.Inserted, partial.Report.Rejected, partial.Report.Written));
        Assert.Equal(24, await Count(viaJob, "Pegawai Tolak"));
    }

    [Fact]
    public async Task Imports_run_in_the_request_are_in_the_history_too_but_not_dry_runs()
    {
        // Its own database: the history's totals count every import of the tenant.
        await using var host = new ImportJobFactory();
        var admin = await host.As("admin@jmb");
        var small = EmployeesCsv(3, name: "Pegawai Riwayat");

        // A dry run writes nothing, not even a history row.
        await (await admin.PostAsync("/api/v1/imports/employees?dryRun=true", ImportKindsTests.Csv(small))).Read<ImportReport>();
        Assert.Equal(0, (await admin.Get<Paged<ImportJobSummary>>("/api/v1/imports/jobs")).Total);

        var report = await (await admin.PostAsync("/api/v1/imports/employees", ImportKindsTests.Csv(small))).Read<ImportReport>();
        Assert.Equal(3, report.Inserted);
        var history = await admin.Get<Paged<ImportJobSummary>>("/api/v1/imports/jobs");
        var row = Assert.Single(history.Items);
        Assert.Equal((ImportJobStatus.Succeeded, "employees", ImportMode.Atomic, false, 3, 3, "admin@jmb"),
            (row.Status, row.Kind, row.Mode, row.DryRun, row.RowsTotal, row.RowsProcessed, row.CreatedBy));
        Assert.Equal((3, 0, 0, 0), (row.Inserted, row.Updated, row.Unchanged, row.Rejected));
        Assert.NotNull(row.FinishedAt);
        // Its whole report, as a job's: the same as the answer.
        var job = await admin.Get<ImportJobResponse>($"/api/v1/imports/jobs/{row.Id}");
        Assert.Equal(Same(report), Same(job.Report!));

        // Refused in atomic mode: nothing written, listed as Failed with the report and the reason, as a refused job is.
        var bad = EmployeesCsv(4, badRow: 2, name: "Pegawai Riwayat Tolak");
        await (await admin.PostAsync("/api/v1/imports/employees", ImportKindsTests.Csv(bad))).Problem((HttpStatusCode)422, "rows[4].nip");
        Assert.Equal(0, await Count(admin, "Pegawai Riwayat Tolak"));
        var failed = (await admin.Get<Paged<ImportJobSummary>>("/api/v1/imports/jobs?status=Failed")).Items.Single();
        // The report's counts say what the valid rows would have done, as in the 422 and a refused job's report.
        Assert.Equal((4, 1, 3), (failed.RowsTotal, failed.Rejected, failed.Inserted));
        Assert.False((await admin.Get<ImportJobResponse>($"/api/v1/imports/jobs/{failed.Id}")).Report!.Written);
        Assert.Contains("tidak ada yang disimpan", failed.Error);

        // Valid-only writes the rest and succeeds; the newest comes first.
        var partial = await (await admin.PostAsync("/api/v1/imports/employees?mode=valid-only", ImportKindsTests.Csv(bad))).Read<ImportReport>();
        var all = await admin.Get<Paged<ImportJobSummary>>("/api/v1/imports/jobs");
        Assert.Equal(3, all.Total);
        Assert.Equal((ImportJobStatus.Succeeded, ImportMode.ValidOnly, 3, 1), (all.Items[0].Status, all.Items[0].Mode, all.Items[0].Inserted, all.Items[0].Rejected));
        Assert.Equal(3, partial.Inserted);
        Assert.Equal([ImportJobStatus.Succeeded, ImportJobStatus.Failed, ImportJobStatus.Succeeded], all.Items.Select(i => i.Status));

        // Another tenant sees none of it.
        Assert.Equal(0, (await (await host.As("admin@tpi")).Get<Paged<ImportJobSummary>>("/api/v1/imports/jobs")).Total);
    }

    [Fact]
    public async Task Jobs_are_the_tenants_own_and_need_the_import_right()
    {
        await using var jobs = new ImportJobFactory();
        var owner = await jobs.As("admin@pgk");
        var (_, location) = await Start(owner, "/api/v1/imports/employees?dryRun=true", EmployeesCsv(21));
        await Poll(owner, location);

        var other = await jobs.As("admin@tpi");
        await (await other.GetAsync(location)).Problem(HttpStatusCode.NotFound);
        Assert.DoesNotContain((await other.Get<Paged<ImportJobSummary>>("/api/v1/imports/jobs")).Items, j => location.ToString().EndsWith(j.Id.ToString(), StringComparison.Ordinal));
        await (await owner.GetAsync($"/api/v1/imports/jobs/{Guid.NewGuid()}")).Problem(HttpStatusCode.NotFound);
        await (await (await jobs.As("viewer@pgk")).GetAsync(location)).Problem(HttpStatusCode.Forbidden);
        await (await (await jobs.As("viewer@pgk")).PostAsync("/api/v1/imports/employees", ImportKindsTests.Csv(EmployeesCsv(21)))).Problem(HttpStatusCode.Forbidden);
        await (await jobs.Anonymous().GetAsync("/api/v1/imports/jobs")).Problem(HttpStatusCode.Unauthorized);
        await (await owner.GetAsync("/api/v1/imports/jobs?status=1")).Problem(HttpStatusCode.BadRequest);
        await (await owner.GetAsync("/api/v1/imports/jobs?pageSize=501")).Problem((HttpStatusCode)422, "pageSize");
    }

    /// <summary>Blocks the job after its first written batch until the host stops: a job caught mid-way by a crash.</summary>
    private sealed class StallMidWrite : ImportJobProgress
    {
        public TaskCompletionSource Writing { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override void Report(Guid job, int checkedRows, int writtenRows, CancellationToken ct)
        {
            base.Report(job, checkedRows, writtenRows, ct);
            if (writtenRows == 0) return;
            Writing.TrySetResult();
            ct.WaitHandle.WaitOne();
            ct.ThrowIfCancellationRequested();
        }
    }

    private sealed class SharedDatabase(string directory, ImportJobProgress? progress) : ImportJobFactory
    {
        public override string Directory => directory;
        protected override ImportJobProgress? Progress => progress;
    }

    [Fact]
    public async Task A_job_killed_mid_way_leaves_nothing_and_is_marked_failed_by_the_next_instance()
    {
        var directory = Path.Combine(Path.GetTempPath(), "asnapi-tests", "jobs-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        try
        {
            var stall = new StallMidWrite();
            Guid id;
            int before;
            await using (var first = new SharedDatabase(directory, stall))
            {
                var admin = await first.As("admin@pgk");
                before = (await admin.Get<Paged<EmployeeResponse>>("/api/v1/employees?pageSize=1")).Total!.Value;
                var (job, location) = await Start(admin, "/api/v1/imports/employees", EmployeesCsv(ImportHooksBatch + 500, name: "Pegawai Putus"));
                id = job.Id;
                await stall.Writing.Task.WaitAsync(TimeSpan.FromMinutes(2));
                // Mid-way: every row checked, the first batch written inside the job's transaction.
                var running = await admin.Get<ImportJobResponse>(location.ToString());
                Assert.Equal(ImportJobStatus.Running, running.Status);
            } // the host stops: the job's transaction is rolled back, its row still says Running with a lease

            // Time passes beyond the lease of the dead instance.
            await using (var connection = new SqliteConnection($"Data Source={Path.Combine(directory, "asnapi.db")}"))
            {
                await connection.OpenAsync();
                var command = connection.CreateCommand();
                command.CommandText = "UPDATE ImportJobs SET LeaseUntil = '2000-01-01T00:00:00.0000000+00:00' WHERE Id = $id AND Status = 'Running'";
                command.Parameters.AddWithValue("$id", id.ToString("D"));
                Assert.Equal(1, await command.ExecuteNonQueryAsync());
            }
            SqliteConnection.ClearAllPools();

            await using var second = new SharedDatabase(directory, null);
            var again = await second.As("admin@pgk");
            var failed = await Poll(again, new Uri($"/api/v1/imports/jobs/{id}", UriKind.Relative));
            Assert.Equal(ImportJobStatus.Failed, failed.Status);
            Assert.Contains("tidak ada baris yang disimpan", failed.Error);
            Assert.Equal(0, await Count(again, "Pegawai Putus"));
            Assert.Equal(before, (await again.Get<Paged<EmployeeResponse>>("/api/v1/employees?pageSize=1")).Total);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try { System.IO.Directory.Delete(directory, recursive: true); } catch (IOException) { }
        }
    }

    private const int ImportHooksBatch = ImportJobHooks.BatchSize;
}
