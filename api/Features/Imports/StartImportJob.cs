using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Pipeline;
using Mediator;

namespace AsnApi.Features.Imports;

/// <summary>
/// A file above the job threshold is stored with its job (several API instances share only the database) and
/// answered at once; a worker claims it. The file has already been read once, so a broken file never becomes a job.
/// </summary>
public static class StartImportJob
{
    public sealed record Command(ImportKind Kind, byte[] File, string Format, string? Sheet, bool DryRun, ImportMode Mode, ImportText Text, int Rows)
        : ICommand<ImportJobResponse>;

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock) : ICommandHandler<Command, ImportJobResponse>
    {
        public async ValueTask<ImportJobResponse> Handle(Command cmd, CancellationToken ct)
        {
            var id = Guid.NewGuid();
            var now = clock.GetUtcNow();
            await db.Execute(ImportJobSql.Insert, new
            {
                Id = id, TenantId = await user.TenantId(ct), Kind = cmd.Kind.Name, Mode = cmd.Mode.ToString(), cmd.DryRun, cmd.Format, cmd.Sheet,
                cmd.Text.English, RowsTotal = cmd.Rows, CreatedBy = user.Name, CreatedAt = now, FileBytes = cmd.File,
            }, ct);
            audit.Touch("ImportJob", id);
            audit.Data = new { Kind = cmd.Kind.Name, cmd.Mode, cmd.DryRun, cmd.Rows, cmd.Format, Bytes = cmd.File.Length };
            return new()
            {
                Id = id, Kind = cmd.Kind.Name, Mode = cmd.Mode, DryRun = cmd.DryRun, Status = ImportJobStatus.Queued, RowsTotal = cmd.Rows,
                CreatedBy = user.Name, CreatedAt = now,
            };
        }
    }
}
