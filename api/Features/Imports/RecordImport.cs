using System.Text.Json;
using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Pipeline;
using Mediator;

namespace AsnApi.Features.Imports;

/// <summary>
/// Puts an import that ran in its request (below the job threshold) into the tenant's import history beside the jobs,
/// so the history shows every import, not only the large ones. A written import is recorded as <c>Succeeded</c> in its
/// own transaction, so the row and the data commit together (<see cref="Insert"/>, called by <see cref="RunImport"/>);
/// one refused in atomic mode, whose transaction left nothing, is recorded afterwards as <c>Failed</c> with its report
/// (this command), as a refused job is. A dry run writes nothing and is not recorded; the file is never stored.
/// </summary>
public static class RecordImport
{
    /// <summary>How the file came (for the history row), given by the endpoint of <c>/imports/{kind}</c>.</summary>
    public sealed record Source(string Format, string? Sheet);

    public sealed record Command(ImportKind Kind, Source From, ImportReport Report, string Error, ImportText Text) : ICommand<Guid>;

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock) : ICommandHandler<Command, Guid>
    {
        public async ValueTask<Guid> Handle(Command cmd, CancellationToken ct)
        {
            var id = await Insert(db, await user.TenantId(ct), user.Name, clock.GetUtcNow(), cmd.Kind, cmd.From, cmd.Report, cmd.Text, cmd.Error, ct);
            audit.Touch("ImportJob", id);
            audit.Data = new { Kind = cmd.Kind.Name, cmd.Report.Mode, cmd.Report.Rows, cmd.Report.Rejected, Status = nameof(ImportJobStatus.Failed) };
            return id;
        }
    }

    public static async Task<Guid> Insert(Db db, Guid tenantId, string actor, DateTimeOffset now, ImportKind kind, Source from, ImportReport report, ImportText text,
        string? error, CancellationToken ct)
    {
        var id = Guid.NewGuid();
        await db.Execute(ImportJobSql.InsertFinished, new
        {
            Id = id, TenantId = tenantId, Kind = kind.Name, Mode = report.Mode.ToString(), from.Format, from.Sheet, text.English,
            Status = (error is null ? ImportJobStatus.Succeeded : ImportJobStatus.Failed).ToString(), RowsTotal = report.Rows, CreatedBy = actor, Now = now,
            Error = error is { Length: > 2000 } ? error[..2000] : error, Report = JsonSerializer.Serialize(report, ImportJobSql.Json),
        }, ct);
        return id;
    }
}
