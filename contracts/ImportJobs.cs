namespace AsnApi.Contracts;

/// <summary>Where a background import stands: waiting for a worker, being checked and written, done, or failed (nothing of an atomic job is then written).</summary>
public enum ImportJobStatus { Queued, Running, Succeeded, Failed }

/// <summary>
/// A large import running in the background (a file above the job threshold): its progress while it runs, then the
/// same report a direct import answers.
/// </summary>
public sealed class ImportJobResponse
{
    public Guid Id { get; init; }
    public string Kind { get; init; } = "";
    public ImportMode Mode { get; init; }
    public bool DryRun { get; init; }
    public ImportJobStatus Status { get; init; }
    /// <summary>Data rows in the file.</summary>
    public int RowsTotal { get; init; }
    /// <summary>Rows checked so far; equal to <see cref="RowsTotal"/> once every row has been checked (the writes follow in one transaction).</summary>
    public int RowsProcessed { get; init; }
    /// <summary>Who started it (a user name, or apikey:&lt;name&gt;).</summary>
    public string CreatedBy { get; init; } = "";
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? StartedAt { get; init; }
    public DateTimeOffset? FinishedAt { get; init; }
    /// <summary>Why the job failed (rejected rows in atomic mode, an interrupted run); null otherwise.</summary>
    public string? Error { get; init; }
    /// <summary>The import's report once the job has finished (also for a job refused for rejected rows); null before.</summary>
    public ImportReport? Report { get; init; }
}

/// <summary>A job in the tenant's history: what <see cref="ImportJobResponse"/> says, with the report's counts instead of its rows.</summary>
public sealed class ImportJobSummary
{
    public Guid Id { get; init; }
    public string Kind { get; init; } = "";
    public ImportMode Mode { get; init; }
    public bool DryRun { get; init; }
    public ImportJobStatus Status { get; init; }
    public int RowsTotal { get; init; }
    public int RowsProcessed { get; init; }
    public string CreatedBy { get; init; } = "";
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? FinishedAt { get; init; }
    public string? Error { get; init; }
    /// <summary>The report's counts once finished; null before.</summary>
    public int? Inserted { get; init; }
    public int? Updated { get; init; }
    public int? Unchanged { get; init; }
    public int? Rejected { get; init; }

    public static ImportJobSummary From(ImportJobResponse j) => new()
    {
        Id = j.Id, Kind = j.Kind, Mode = j.Mode, DryRun = j.DryRun, Status = j.Status, RowsTotal = j.RowsTotal, RowsProcessed = j.RowsProcessed,
        CreatedBy = j.CreatedBy, CreatedAt = j.CreatedAt, FinishedAt = j.FinishedAt, Error = j.Error,
        Inserted = j.Report?.Inserted, Updated = j.Report?.Updated, Unchanged = j.Report?.Unchanged, Rejected = j.Report?.Rejected,
    };
}
