using System.Security.Claims;
using System.Text.Json;
using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using Dapper;
using Mediator;
using Microsoft.Extensions.Options;

namespace AsnApi.Features.Imports;

/// <summary>
/// Runs queued import jobs, one at a time per instance, with leases in the job table: a job is claimed by an UPDATE
/// that succeeds only while it is still queued (so of several instances exactly one gets it), held by a lease its
/// worker extends, and finished by an UPDATE inside the import's own transaction that requires the lease to still be
/// this worker's. A running job whose lease has expired belonged to an instance that crashed or was stopped: it is
/// marked failed at start-up and by every worker's sweep, and since its rows were written in one uncommitted
/// transaction, nothing of it remains.
/// </summary>
public sealed class ImportJobWorker(IServiceProvider services, DatabaseOptions database, IOptions<ImportJobOptions> options, ImportJobProgress progress,
    ImportJobWorker.Signal signal, TimeProvider clock, ILogger<ImportJobWorker> log) : BackgroundService
{
    /// <summary>Wakes this instance's worker when it has just accepted a job, instead of waiting for the next poll.</summary>
    public sealed class Signal
    {
        private readonly SemaphoreSlim _wake = new(0, 1);
        public void Wake() { if (_wake.CurrentCount == 0) try { _wake.Release(); } catch (SemaphoreFullException) { } }
        public Task Wait(TimeSpan timeout, CancellationToken ct) => _wake.WaitAsync(timeout, ct);
    }

    /// <summary>This process; a restarted instance is another owner, so its predecessor's jobs are not taken for its own.</summary>
    public string Owner { get; } = $"{(Environment.MachineName.Length > 50 ? Environment.MachineName[..50] : Environment.MachineName)}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    [Sql]
    internal static string NextQueued(ISqlDialect d) => "SELECT Id FROM ImportJobs WHERE Status = 'Queued' ORDER BY CreatedAt, Id " + d.Paging;

    [Sql] internal const string Claim = """
        UPDATE ImportJobs SET Status = 'Running', LeaseOwner = @Owner, LeaseUntil = @LeaseUntil, StartedAt = @Now
        WHERE Id = @Id AND Status = 'Queued'
        """;

    [Sql] internal const string Load = "SELECT TenantId, Kind, Mode, DryRun, Format, Sheet, English, CreatedBy, FileBytes FROM ImportJobs WHERE Id = @Id";

    [Sql] internal const string Heartbeat = """
        UPDATE ImportJobs SET LeaseUntil = @LeaseUntil, RowsProcessed = @RowsProcessed
        WHERE Id = @Id AND LeaseOwner = @Owner AND Status = 'Running'
        """;

    [Sql] internal const string Succeed = """
        UPDATE ImportJobs SET Status = 'Succeeded', RowsProcessed = RowsTotal, FinishedAt = @Now, Report = @Report, FileBytes = NULL, LeaseOwner = NULL, LeaseUntil = NULL
        WHERE Id = @Id AND LeaseOwner = @Owner AND Status = 'Running'
        """;

    [Sql] internal const string Fail = """
        UPDATE ImportJobs SET Status = 'Failed', FinishedAt = @Now, Error = @Error, Report = @Report, FileBytes = NULL, LeaseOwner = NULL, LeaseUntil = NULL
        WHERE Id = @Id AND LeaseOwner = @Owner AND Status = 'Running'
        """;

    /// <summary>Other instances' running jobs whose lease ran out: their instance is gone, and so is their uncommitted transaction.</summary>
    [Sql] internal const string FailExpired = """
        UPDATE ImportJobs SET Status = 'Failed', FinishedAt = @Now, FileBytes = NULL, LeaseOwner = NULL, LeaseUntil = NULL,
            Error = CASE WHEN English = 1 THEN @ErrorEn ELSE @ErrorId END
        WHERE Status = 'Running' AND LeaseUntil < @Now AND LeaseOwner <> @Owner
        """;

    private sealed class Stored
    {
        public Guid TenantId { get; init; }
        public string Kind { get; init; } = "";
        public string Mode { get; init; } = "";
        public bool DryRun { get; init; }
        public string Format { get; init; } = "";
        public string? Sheet { get; init; }
        public bool English { get; init; }
        public string CreatedBy { get; init; } = "";
        public byte[]? FileBytes { get; set; }
    }

    private ImportJobOptions O => options.Value;
    private TimeSpan Lease => TimeSpan.FromSeconds(Math.Max(5, O.LeaseSeconds));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await FailExpiredJobs(stoppingToken);
                while (!stoppingToken.IsCancellationRequested && await TryClaim(stoppingToken) is { } job) await Run(job, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { return; }
            catch (Exception e) { log.LogError(e, "Import job worker: {Message}", e.Message); }
            try { await signal.Wait(TimeSpan.FromSeconds(Math.Max(0.1, O.PollSeconds)), stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }

    private async Task<T> WithConnection<T>(Func<System.Data.Common.DbConnection, Task<T>> work, CancellationToken ct)
    {
        await using var connection = Db.Create(database);
        await connection.OpenAsync(ct);
        return await work(connection);
    }

    public Task<int> FailExpiredJobs(CancellationToken ct) => WithConnection(c => c.ExecuteAsync(new CommandDefinition(FailExpired, new
    {
        Now = clock.GetUtcNow(), Owner,
        ErrorId = "Impor terhenti karena server yang menjalankannya mati atau dimulai ulang; tidak ada baris yang disimpan. Kirim file itu lagi.",
        ErrorEn = "The import stopped because the server running it crashed or restarted; no rows were saved. Send the file again.",
    }, cancellationToken: ct)), ct);

    private async Task<Guid?> TryClaim(CancellationToken ct)
    {
        var candidates = await WithConnection(c => c.QueryAsync<Guid>(new CommandDefinition(NextQueued(database.Dialect), new { Skip = 0, Take = 5 }, cancellationToken: ct)), ct);
        foreach (var id in candidates)
        {
            var now = clock.GetUtcNow();
            var claimed = await WithConnection(c => c.ExecuteAsync(new CommandDefinition(Claim, new { Id = id, Owner, Now = now, LeaseUntil = now + Lease }, cancellationToken: ct)), ct);
            if (claimed == 1) return id;
        }
        return null;
    }

    private async Task Run(Guid id, CancellationToken stoppingToken)
    {
        var job = await WithConnection(c => c.QuerySingleAsync<Stored>(new CommandDefinition(Load, new { Id = id }, cancellationToken: stoppingToken)), stoppingToken);
        var t = new ImportText(job.English);
        using var heartbeat = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        // SQL Server: the lease and the progress go to the job's row on their own connection while the import's transaction
        // runs. SQLite: its one writer is the import itself, so the lease is taken long enough up front and progress stays here.
        var beating = database.Provider == DatabaseProvider.SqlServer ? Beat(id, heartbeat.Token) : Task.CompletedTask;
        try
        {
            var kind = RunImport.KindOf(job.Kind);
            var table = ImportFile.Parse(job.FileBytes ?? [], job.Format, job.Sheet, t, O.MaxJobRows);
            job.FileBytes = null; // the rows are parsed; the bytes need not live through the whole import
            await using var scope = services.CreateAsyncScope();
            var accessor = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>();
            // The handlers read the tenant and the actor from the caller, as in the request that queued the job.
            accessor.HttpContext = new DefaultHttpContext
            {
                RequestServices = scope.ServiceProvider,
                User = new ClaimsPrincipal(new ClaimsIdentity([new(AsnClaims.TenantId, job.TenantId.ToString()), new(AsnClaims.Name, job.CreatedBy)], "ImportJob", AsnClaims.Name, AsnClaims.Role)),
            };
            try
            {
                var hooks = new ImportJobHooks(id, progress, async (db, report, ct) =>
                {
                    var done = await db.Execute(Succeed, new { Id = id, Owner, Now = clock.GetUtcNow(), Report = JsonSerializer.Serialize(report, ImportJobSql.Json) }, ct);
                    // Another instance declared this job dead (its lease ran out): roll back rather than write a second time.
                    if (done != 1) throw new InvalidOperationException($"Import job {id} lost its lease.");
                });
                var command = new RunImport.Command(kind, table, job.DryRun, Enum.Parse<ImportMode>(job.Mode), t) { Job = hooks };
                await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command, stoppingToken);
            }
            finally { accessor.HttpContext = null; }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the transaction is rolled back and the job stays running until its lease expires, exactly as after a crash.
            throw;
        }
        catch (ImportRejectedException e) { await Finish(id, e.Message, e.Report); }
        catch (ImportFileException e) { await Finish(id, e.Message, null); }
        catch (Exception e)
        {
            log.LogError(e, "Import job {Id} failed", id);
            await Finish(id, t.T("Impor gagal karena kesalahan di server; tidak ada baris yang disimpan.", "The import failed because of a server error; no rows were saved."), null);
        }
        finally
        {
            await heartbeat.CancelAsync();
            try { await beating; } catch (OperationCanceledException) { }
            progress.Forget(id);
        }
    }

    private Task Finish(Guid id, string error, ImportReport? report) => WithConnection(c => c.ExecuteAsync(new CommandDefinition(Fail, new
    {
        Id = id, Owner, Now = clock.GetUtcNow(), Error = error.Length > 2000 ? error[..2000] : error,
        Report = report is null ? null : JsonSerializer.Serialize(report, ImportJobSql.Json),
    })), CancellationToken.None);

    private async Task Beat(Guid id, CancellationToken ct)
    {
        var every = TimeSpan.FromSeconds(Math.Min(1, Lease.TotalSeconds / 3));
        while (!ct.IsCancellationRequested)
        {
            await Task.Delay(every, clock, ct);
            var now = clock.GetUtcNow();
            await WithConnection(c => c.ExecuteAsync(new CommandDefinition(Heartbeat, new { Id = id, Owner, LeaseUntil = now + Lease, RowsProcessed = progress.Checked(id) ?? 0 }, cancellationToken: ct)), ct);
        }
    }
}

public static class ImportJobSetup
{
    public static IServiceCollection AddImportJobs(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<ImportJobOptions>().Bind(config.GetSection(ImportJobOptions.Section));
        services.AddSingleton<ImportJobProgress>();
        services.AddSingleton<ImportJobWorker.Signal>();
        services.AddHostedService<ImportJobWorker>();
        return services;
    }
}
