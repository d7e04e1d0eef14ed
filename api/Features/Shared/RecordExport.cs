using AsnApi.Infrastructure.Pipeline;
using Mediator;

namespace AsnApi.Features.Shared;

/// <summary>
/// An audit row for an export of personal data (who exported what, with which filters). Exports are reads, which the
/// pipeline does not audit; a file of NIPs leaving the system should still be traceable.
/// </summary>
public static class RecordExport
{
    public sealed record Command(string What, object Filters) : ICommand;

    internal sealed class Handler(AuditTrail audit) : ICommandHandler<Command>
    {
        public ValueTask<Unit> Handle(Command cmd, CancellationToken ct)
        {
            audit.Touch("Export", cmd.What);
            audit.Data = cmd.Filters;
            return ValueTask.FromResult(Unit.Value);
        }
    }
}
