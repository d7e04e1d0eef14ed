using System.Collections;
using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;
using AsnApi.Contracts;
using AsnApi.Infrastructure.Database;

namespace AsnApi.Features.Imports;

/// <summary>Configuration of background imports (section <c>Imports</c>).</summary>
public sealed class ImportJobOptions
{
    public const string Section = "Imports";
    /// <summary>A file with more data rows than this runs as a job (202) instead of in the request.</summary>
    public int JobRowThreshold { get; set; } = 5_000;
    /// <summary>The most data rows one job takes (413 above).</summary>
    public int MaxJobRows { get; set; } = 200_000;
    /// <summary>How long a claimed job stays its worker's without a heartbeat; after that it belonged to a dead instance.</summary>
    public int LeaseSeconds { get; set; } = 60;
    /// <summary>How often an idle worker looks for queued jobs (a job accepted by this instance wakes it at once).</summary>
    public double PollSeconds { get; set; } = 2;
}

/// <summary>
/// The rows a running job has checked, per job, in this process. SQLite has one writer: while the job's transaction
/// holds it, no other connection can record progress, so the instance running the job answers from here; on SQL Server
/// the worker also writes it to the job's row (with the lease), where every instance reads it.
/// </summary>
public class ImportJobProgress
{
    private readonly ConcurrentDictionary<Guid, int> _checked = new();

    /// <summary>Called per batch: rows checked so far and rows written so far (the writes follow the checks).</summary>
    public virtual void Report(Guid job, int checkedRows, int writtenRows, CancellationToken ct)
    {
        if (checkedRows > 0) _checked[job] = checkedRows;
    }

    public int? Checked(Guid job) => _checked.TryGetValue(job, out var n) ? n : null;
    public void Forget(Guid job) => _checked.TryRemove(job, out _);
}

/// <summary>What <see cref="RunImport"/> does differently inside a job: it reports progress and records the job's end in its own transaction.</summary>
public sealed class ImportJobHooks(Guid job, ImportJobProgress progress, Func<Db, ImportReport, CancellationToken, Task> finish)
{
    public const int BatchSize = 1_000;
    private int _checked;

    public void Checked(int rows, CancellationToken ct) => progress.Report(job, _checked = rows, 0, ct);
    public void Written(int rows, CancellationToken ct) => progress.Report(job, _checked, rows, ct);
    /// <summary>Marks the job succeeded in the import's transaction, so its rows and its status commit together or not at all.</summary>
    public Task Finish(Db db, ImportReport report, CancellationToken ct) => finish(db, report, ct);

    /// <summary>The rows as the kind reads them, counting every <see cref="BatchSize"/> rows the kind has reached.</summary>
    public sealed class Counted(IReadOnlyList<ImportRowReader> rows, ImportJobHooks hooks, CancellationToken ct) : IReadOnlyList<ImportRowReader>
    {
        public ImportRowReader this[int index] => rows[index];
        public int Count => rows.Count;

        public IEnumerator<ImportRowReader> GetEnumerator()
        {
            var i = 0;
            foreach (var row in rows)
            {
                if (i > 0 && i % BatchSize == 0) hooks.Checked(i, ct);
                i++;
                yield return row;
            }
            hooks.Checked(rows.Count, ct);
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

/// <summary>The job table's statements and row, shared by the endpoints and the worker.</summary>
public static class ImportJobSql
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    internal const string Columns = "Id, TenantId, Kind, Mode, DryRun, Status, RowsTotal, RowsProcessed, CreatedBy, CreatedAt, StartedAt, FinishedAt, Error, Report, English";

    [Sql] internal const string Insert = """
        INSERT INTO ImportJobs (Id, TenantId, Kind, Mode, DryRun, Format, Sheet, English, Status, RowsTotal, RowsProcessed, CreatedBy, CreatedAt, FileBytes)
        VALUES (@Id, @TenantId, @Kind, @Mode, @DryRun, @Format, @Sheet, @English, 'Queued', @RowsTotal, 0, @CreatedBy, @CreatedAt, @FileBytes)
        """;

    /// <summary>An import run in its request, written to the history already finished, without its file (<see cref="RecordImport"/>).</summary>
    [Sql] internal const string InsertFinished = """
        INSERT INTO ImportJobs (Id, TenantId, Kind, Mode, DryRun, Format, Sheet, English, Status, RowsTotal, RowsProcessed, CreatedBy, CreatedAt, StartedAt, FinishedAt, Error, Report)
        VALUES (@Id, @TenantId, @Kind, @Mode, 0, @Format, @Sheet, @English, @Status, @RowsTotal, @RowsTotal, @CreatedBy, @Now, @Now, @Now, @Error, @Report)
        """;

    [Sql] internal const string ById = "SELECT " + Columns + " FROM ImportJobs WHERE Id = @Id AND TenantId = @TenantId";

    /// <summary>One row of ImportJobs as read back (the file is read only by the worker).</summary>
    public sealed class Row
    {
        public Guid Id { get; init; }
        public Guid TenantId { get; init; }
        public string Kind { get; init; } = "";
        public string Mode { get; init; } = "";
        public bool DryRun { get; init; }
        public string Status { get; init; } = "";
        public int RowsTotal { get; init; }
        public int RowsProcessed { get; init; }
        public string CreatedBy { get; init; } = "";
        public DateTimeOffset CreatedAt { get; init; }
        public DateTimeOffset? StartedAt { get; init; }
        public DateTimeOffset? FinishedAt { get; init; }
        public string? Error { get; init; }
        public string? Report { get; init; }
        public bool English { get; init; }

        public ImportJobResponse Response(ImportJobProgress progress)
        {
            var status = Enum.Parse<ImportJobStatus>(Status);
            // The running instance knows more than the row while SQLite's single writer is busy with the job itself.
            var processed = status == ImportJobStatus.Running && progress.Checked(Id) is { } n && n > RowsProcessed ? n : RowsProcessed;
            return new()
            {
                Id = Id, Kind = Kind, Mode = Enum.Parse<ImportMode>(Mode), DryRun = DryRun, Status = status, RowsTotal = RowsTotal,
                RowsProcessed = Math.Min(processed, RowsTotal), CreatedBy = CreatedBy, CreatedAt = CreatedAt, StartedAt = StartedAt, FinishedAt = FinishedAt,
                Error = Error, Report = Report is null ? null : JsonSerializer.Deserialize<ImportReport>(Report, Json),
            };
        }
    }
}
