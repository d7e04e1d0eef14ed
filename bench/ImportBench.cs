using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using AsnApi.Contracts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace AsnApi.Bench;

/// <summary>
/// Issue 11's bar: 100,000 employees from one CSV through POST /api/v1/imports/employees into the embedded database, as
/// a background job polled to its end, against the ceiling: the same rows inserted through the same driver (a prepared
/// command in one transaction) into an identical fresh database. Prints rows per second, the share of the ceiling and
/// peak memory; asserts nothing.
///
///   dotnet run --project bench -c Release -- import=100000
/// </summary>
static class ImportBench
{
    public static async Task Run(int rows)
    {
        var repo = new DirectoryInfo(AppContext.BaseDirectory);
        while (repo is not null && !File.Exists(Path.Combine(repo.FullName, "AsnApi.sln"))) repo = repo.Parent;
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_ASNAPI", Path.Combine(repo!.FullName, "api"));

        var people = Enumerable.Range(0, rows).Select(i =>
        {
            // Unique by construction (day × serial), born before any demo employee.
            var birth = new DateOnly(1960, 1, 1).AddDays(i / 999);
            return (Nip: $"{birth:yyyyMMdd}{birth.AddYears(25):yyyyMM}1{i % 999 + 1:000}", Name: $"Impor Pegawai {i}", Birth: birth);
        }).ToList();
        var csv = new StringBuilder("NIP;Nama;Jenis Kepegawaian;Golongan;Kode Jabatan\r\n", rows * 72);
        foreach (var p in people) csv.Append(p.Nip).Append(';').Append(p.Name).Append(";Pns;III/a;PLK-DUKCAPIL-DAFDUK\r\n");
        var file = Encoding.UTF8.GetBytes(csv.ToString());
        csv.Clear();
        Console.WriteLine($"AsnApi import benchmark: {rows:N0} employees, CSV of {file.Length / 1024.0 / 1024.0:F1} MB, embedded SQLite");

        // The ceiling first, on its own fresh database: the raw INSERT of the same rows.
        var (ceiling, ceilingCpu) = await Ceiling(people, foreignKeys: false);
        Console.WriteLine($"ceiling (raw prepared INSERT, one transaction): {rows / ceiling.TotalSeconds:N0} rows/s ({ceiling.TotalSeconds:F2} s, {ceilingCpu.TotalSeconds:F2} s CPU)");
        // The API's connections check foreign keys (DatabaseOptions), which the raw ceiling does not: shown beside it.
        var (ceilingFk, ceilingFkCpu) = await Ceiling(people, foreignKeys: true);
        Console.WriteLine($"  the same with foreign keys on, as the API's connections: {rows / ceilingFk.TotalSeconds:N0} rows/s ({ceilingFk.TotalSeconds:F2} s, {ceilingFkCpu.TotalSeconds:F2} s CPU)");

        var dir = Path.Combine(Path.GetTempPath(), "asnapi-importbench-" + Guid.NewGuid().ToString("N")[..8]);
        await using var factory = Host(dir, rows);
        using var client = factory.CreateClient();
        client.Timeout = TimeSpan.FromMinutes(10);
        var login = await client.PostAsJsonAsync("/api/v1/auth/token", new { username = "admin@tpi", password = "Demo#2026" });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await login.Content.ReadFromJsonAsync<TokenResponse>())!.AccessToken);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var baseline = process.WorkingSet64;
        long peak = baseline, peakHeap = GC.GetTotalMemory(false);
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                process.Refresh();
                peak = Math.Max(peak, process.WorkingSet64);
                peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(false));
                try { await Task.Delay(20, sampling.Token); } catch (OperationCanceledException) { }
            }
        });
        var allocatedBefore = GC.GetTotalAllocatedBytes();

        // CPU time beside the wall clock: on a shared machine the wall clock mostly says how busy the others were.
        var cpuBefore = process.TotalProcessorTime;
        var total = Stopwatch.StartNew();
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var response = await client.PostAsync("/api/v1/imports/employees", content);
        var accepted = total.Elapsed;
        if ((int)response.StatusCode != 202) throw new InvalidOperationException($"expected 202, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var location = response.Headers.Location!;
        ImportJobResponse job;
        var polls = 0;
        while (true)
        {
            job = (await client.GetFromJsonAsync<ImportJobResponse>(location, Json))!;
            if (job.Status is ImportJobStatus.Succeeded or ImportJobStatus.Failed) break;
            polls++;
            await Task.Delay(100);
        }
        total.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        await sampling.CancelAsync();
        await sampler;
        var allocated = GC.GetTotalAllocatedBytes() - allocatedBefore;

        Console.WriteLine($"job {job.Status}: inserted {job.Report?.Inserted:N0}, rejected {job.Report?.Rejected:N0} {job.Error}");
        Console.WriteLine($"202 after {accepted.TotalSeconds:F2} s (upload, parse, count, store); done after {total.Elapsed.TotalSeconds:F2} s ({polls} polls)");
        Console.WriteLine($"import through HTTP: {rows / total.Elapsed.TotalSeconds:N0} rows/s = {ceiling.TotalSeconds / total.Elapsed.TotalSeconds * 100:F0} % of the ceiling");
        Console.WriteLine($"  (with foreign keys on: {ceilingFk.TotalSeconds / total.Elapsed.TotalSeconds * 100:F0} % of that ceiling)");
        Console.WriteLine($"CPU: import {cpu.TotalSeconds:F2} s (all threads of the process, the GC's included), ceiling {ceilingCpu.TotalSeconds:F2} s = {ceilingCpu.TotalSeconds / cpu.TotalSeconds * 100:F0} % by CPU time ({ceilingFkCpu.TotalSeconds / cpu.TotalSeconds * 100:F0} % with foreign keys)");
        Console.WriteLine($"peak working set {peak / 1024.0 / 1024.0:F0} MB (baseline before the import {baseline / 1024.0 / 1024.0:F0} MB); peak managed heap {peakHeap / 1024.0 / 1024.0:F0} MB; allocated {allocated / 1024.0 / 1024.0:F0} MB");
        Console.WriteLine("Goals: under 15 s, at least 40 % of the ceiling, peak memory under 400 MB.");

        await factory.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(dir, true); } catch (IOException) { }
    }

    static readonly System.Text.Json.JsonSerializerOptions Json = new(System.Text.Json.JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    static async Task<(TimeSpan Wall, TimeSpan Cpu)> Ceiling(List<(string Nip, string Name, DateOnly Birth)> people, bool foreignKeys)
    {
        var dir = Path.Combine(Path.GetTempPath(), "asnapi-importceiling-" + Guid.NewGuid().ToString("N")[..8]);
        var dbFile = Path.Combine(dir, "asnapi.db");
        await using (var migrate = Host(dir, people.Count)) using (migrate.CreateClient()) { }
        SqliteConnection.ClearAllPools();
        await using var db = new SqliteConnection($"Data Source={dbFile};Foreign Keys={foreignKeys}");
        await db.OpenAsync();
        string One(string sql) { using var c = db.CreateCommand(); c.CommandText = sql; return c.ExecuteScalar()!.ToString()!; }
        var tenant = One("SELECT Id FROM Tenants WHERE Code = 'tpi'");
        var position = One($"SELECT Id FROM Positions WHERE TenantId = '{tenant}' AND Code = 'PLK-DUKCAPIL-DAFDUK'");
        var unit = One($"SELECT UnitId FROM Positions WHERE Id = '{position}'");
        var now = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'");

        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        await using (var tx = (SqliteTransaction)await db.BeginTransactionAsync())
        {
            using var insert = db.CreateCommand();
            insert.Transaction = tx;
            insert.CommandText = """
                INSERT INTO Employees (Id, TenantId, Nip, Name, EmploymentType, Sex, BirthDate, Rank, PositionId, UnitId, IsActive, Version, CreatedAt, UpdatedAt)
                VALUES ($id, $t, $nip, $name, 'Pns', 'Male', $birth, 'III/a', $pos, $unit, 1, 1, $now, $now)
                """;
            foreach (var n in new[] { "$id", "$t", "$nip", "$name", "$birth", "$pos", "$unit", "$now" }) insert.Parameters.Add(new SqliteParameter(n, null));
            insert.Prepare();
            foreach (var p in people)
            {
                insert.Parameters[0].Value = Guid.NewGuid().ToString();
                insert.Parameters[1].Value = tenant;
                insert.Parameters[2].Value = p.Nip;
                insert.Parameters[3].Value = p.Name;
                insert.Parameters[4].Value = p.Birth.ToString("yyyy-MM-dd");
                insert.Parameters[5].Value = position;
                insert.Parameters[6].Value = unit;
                insert.Parameters[7].Value = now;
                insert.ExecuteNonQuery();
            }
            await tx.CommitAsync();
        }
        sw.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        await db.CloseAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(dir, true); } catch (IOException) { }
        return (sw.Elapsed, cpu);
    }

    static WebApplicationFactory<Program> Host(string dir, int rows) => new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
    {
        b.UseEnvironment("Development");
        b.UseSetting("Database:DataDirectory", dir);
        b.UseSetting("ConnectionStrings:Asn", $"Data Source={Path.Combine(dir, "asnapi.db")}");
        b.UseSetting("Dashboard:Path", Path.Combine(dir, "none"));
        b.UseSetting("Logging:LogLevel:Default", "Warning");
        b.UseSetting("RateLimit:Enabled", "false");
        b.UseSetting("Imports:MaxJobRows", Math.Max(200_000, rows).ToString(System.Globalization.CultureInfo.InvariantCulture));
        b.UseSetting("Imports:PollSeconds", "0.1");
    });
}
