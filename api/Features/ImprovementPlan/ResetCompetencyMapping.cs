using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Pipeline;
using Mediator;

namespace AsnApi.Features.ImprovementPlan;

/// <summary>
/// Back to domain.md's default. The header stays (with a new version) rather than being deleted, so an editor holding
/// an older ETag gets 412 instead of a version number that counts from 0 again.
/// </summary>
public static class ResetCompetencyMapping
{
    public sealed record Command(int IfMatch) : ICommand<CompetencyMappingResponse>;

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock) : ICommandHandler<Command, CompetencyMappingResponse>
    {
        public async ValueTask<CompetencyMappingResponse> Handle(Command cmd, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            await MappingSql.Replace(db, tenantId, cmd.IfMatch, isDefault: true, clock.GetUtcNow(), ct);
            audit.Touch("CompetencyMapping", tenantId);
            return await MappingSql.Load(db, tenantId, ct);
        }
    }
}
