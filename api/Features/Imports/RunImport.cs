using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using AsnApi.Infrastructure.Pipeline;
using Mediator;

namespace AsnApi.Features.Imports;

/// <summary>
/// One engine for every kind: map the file's headers to the kind's columns (unknown, duplicate or missing ones
/// refuse the file), let the kind check and plan every row, then write. Atomic: any rejected row refuses the
/// whole file (422 with the report) and the command's transaction leaves nothing behind; valid-only writes
/// the rows that passed. A dry run stops after planning and says what would happen.
/// </summary>
public static class RunImport
{
    public static readonly IReadOnlyDictionary<string, ImportKind> Kinds = new ImportKind[]
    {
        new EmployeesImport(), new UnitsImport(), new PositionsImport(), new PositionStandardsImport(), new AssessmentsImport(),
        new TrainingRecordsImport(), new SurveyResponsesImport(),
    }.ToDictionary(k => k.Name, StringComparer.OrdinalIgnoreCase);

    public static ImportKind KindOf(string kind) => Kinds.TryGetValue(kind, out var k) ? k : throw new NotFoundException("Jenis impor", kind);

    public sealed record Command(ImportKind Kind, ImportTable Table, bool DryRun, ImportMode Mode, ImportText Text) : ICommand<ImportReport>
    {
        /// <summary>Set when the import runs as a background job: progress per batch, and the job's end written in this transaction.</summary>
        public ImportJobHooks? Job { get; init; }
        /// <summary>Set by <c>/imports/{kind}</c> for an import in the request: a real one is written to the import history (<see cref="RecordImport"/>).</summary>
        public RecordImport.Source? History { get; init; }
    }

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock) : ICommandHandler<Command, ImportReport>
    {
        public async ValueTask<ImportReport> Handle(Command cmd, CancellationToken ct)
        {
            var ctx = new ImportContext(db, await user.TenantId(ct), clock.GetUtcNow(), cmd.Text, user.Name);
            var report = await Execute(cmd.Kind, cmd.Table, cmd.DryRun, cmd.Mode, ctx, ct, cmd.Job);
            if (cmd.Job is { } finished) await finished.Finish(db, report, ct);
            else if (cmd.History is { } source && !cmd.DryRun)
                await RecordImport.Insert(db, ctx.TenantId, ctx.Actor, ctx.Now, cmd.Kind, source, report, cmd.Text, null, ct);
            audit.Touch(cmd.Kind.AuditEntity, null);
            audit.Data = new { Kind = cmd.Kind.Name, report.Mode, report.DryRun, report.Rows, report.Inserted, report.Updated, report.Unchanged, report.Rejected };
            if (!report.Written) audit.NothingChanged();
            return report;
        }
    }

    /// <summary>
    /// Checks, plans and (unless a dry run, or a rejected row in atomic mode) writes one table, inside the caller's
    /// command transaction; the report, or <see cref="ImportRejectedException"/> when nothing may be written.
    /// The older <c>POST /employees/import</c> runs its rows through here too.
    /// </summary>
    public static async Task<ImportReport> Execute(ImportKind kind, ImportTable table, bool dryRun, ImportMode mode, ImportContext ctx, CancellationToken ct, ImportJobHooks? job = null)
    {
        try { return await Run(kind, table, dryRun, mode, ctx, ct, job); }
        finally { foreach (var owned in ctx.Owned) owned.Dispose(); }
    }

    private static async Task<ImportReport> Run(ImportKind kind, ImportTable table, bool dryRun, ImportMode mode, ImportContext ctx, CancellationToken ct, ImportJobHooks? job)
    {
        var t = ctx.Text;
        var (columns, unknown) = MapHeaders(kind, table.Headers, ctx);
        var headerErrors = ctx.Errors.Count > 0;
        IReadOnlyList<ImportPlan> plans;
        if (headerErrors)
            plans = table.Rows.Select(r => new ImportPlan(r.Number, ImportOutcome.Rejected)).ToList();
        else
        {
            // One reader per row as the kind reaches it: the rows may be streamed from the file (a CSV), and only the plans stay.
            IReadOnlyList<ImportRowReader> readers = new StreamedRows<ImportRowReader>(table.Rows.Count, () => table.Rows.Select(r => new ImportRowReader(ctx, r, columns)));
            if (job is not null) readers = new ImportJobHooks.Counted(readers, job, ct);
            plans = await kind.Plan(ctx, readers, ct);
        }

        var fileRefused = headerErrors || plans.Count == 0;
        var rejected = plans.Count(p => p.Outcome == ImportOutcome.Rejected);
        var write = !dryRun && !fileRefused && (mode == ImportMode.ValidOnly || rejected == 0);
        var report = new ImportReport
        {
            Kind = kind.Name, Mode = mode, DryRun = dryRun, Written = write, Rows = table.Rows.Count,
            Inserted = plans.Count(p => p.Outcome == ImportOutcome.Inserted), Updated = plans.Count(p => p.Outcome == ImportOutcome.Updated),
            Unchanged = plans.Count(p => p.Outcome == ImportOutcome.Unchanged), Rejected = rejected,
            UnknownColumns = unknown, Errors = ctx.Errors.OrderBy(e => e.Row).Take(ImportFileLimits.MaxReportedErrors).ToList(),
        };
        if (!dryRun && !write)
            throw new ImportRejectedException(report, t.T(
                $"{ctx.Errors.Count} kesalahan pada file; tidak ada yang disimpan. Perbaiki baris yang disebut, atau impor dengan mode=valid-only.",
                $"{ctx.Errors.Count} errors in the file; nothing was saved. Fix the rows listed, or import with mode=valid-only."));

        if (write)
        {
            var done = 0;
            foreach (var p in plans)
            {
                if (p.Outcome is ImportOutcome.Inserted or ImportOutcome.Updated && p.Write is not null) await p.Write(ct);
                if (++done % ImportJobHooks.BatchSize == 0) job?.Written(done, ct);
            }
            if (report.Inserted + report.Updated > 0) await kind.AfterWrite(ctx, ct);
        }
        return report;
    }

    /// <summary>Each header to one column of the kind, whatever its language, case or order; header problems are errors on row 1.</summary>
    private static (Dictionary<string, int> Columns, List<string> Unknown) MapHeaders(ImportKind kind, IReadOnlyList<string> headers, ImportContext ctx)
    {
        var t = ctx.Text;
        var byKey = new Dictionary<string, ImportColumn>();
        foreach (var c in kind.Columns) foreach (var k in c.Keys) byKey.TryAdd(k, c);
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var unknown = new List<string>();
        for (var i = 0; i < headers.Count; i++)
        {
            var h = headers[i];
            var shown = h.Length > 50 ? h[..50] + "…" : h;
            if (string.IsNullOrWhiteSpace(h)) { Add(1, $"(kolom {i + 1})", t.T("Judul kolom kosong.", "Empty column header.")); unknown.Add(""); continue; }
            if (!byKey.TryGetValue(ImportValues.HeaderKey(h), out var col))
            {
                unknown.Add(shown);
                Add(1, shown, t.T($"Kolom '{shown}' tidak dikenal untuk impor {kind.Name}. Kolom yang dikenal: {string.Join(", ", kind.Columns.Select(c => c.Indonesian))}.",
                    $"Column '{shown}' is not known for a {kind.Name} import. Known columns: {string.Join(", ", kind.Columns.Select(c => c.Name))}."));
                continue;
            }
            if (!columns.TryAdd(col.Name, i)) Add(1, shown, t.T($"Kolom {col.Indonesian} muncul lebih dari sekali.", $"Column {col.Name} appears more than once."));
        }
        foreach (var c in kind.Columns.Where(c => c.Required && !columns.ContainsKey(c.Name)))
            Add(1, c.Name, t.T($"Kolom wajib {c.Indonesian} tidak ada.", $"Required column {c.Name} is missing."));
        return (columns, unknown);

        void Add(int row, string column, string message) => ctx.Errors.Add(new ImportRowError { Row = row, Column = column, Message = message });
    }
}
