using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using AsnApi.Infrastructure.Pipeline;
using Mediator;

namespace AsnApi.Features.Competencies;

/// <summary>
/// A retired competency keeps its assessment history but can no longer be added to standards or assessed.
/// Retiring a retired one changes nothing: no new version, no audit row.
/// </summary>
public static class RetireCompetency
{
    public sealed record Command(Guid Id, int IfMatch) : ICommand<CompetencyResponse>;

    [Sql] internal const string Retire = """
        UPDATE Competencies SET IsActive = 0, Version = Version + 1, UpdatedAt = @Now
        WHERE Id = @Id AND TenantId = @TenantId AND Version = @Version
        """;

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock, IMediator mediator) : ICommandHandler<Command, CompetencyResponse>
    {
        public async ValueTask<CompetencyResponse> Handle(Command cmd, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var key = new { cmd.Id, TenantId = tenantId };
            var current = await CompetencyWrites.Own(db, tenantId, cmd.Id, ct);
            if (!current.IsActive)
            {
                audit.NothingChanged();
                return await mediator.Send(new GetCompetency.Query(cmd.Id), ct);
            }
            Versioning.Expect(cmd.IfMatch, current.Version);
            await db.Guarded(Retire, new { cmd.Id, TenantId = tenantId, current.Version, Now = clock.GetUtcNow() }, CompetencyWrites.Owner, key, "Kompetensi", ct);
            audit.Touch("Competency", cmd.Id);
            return await mediator.Send(new GetCompetency.Query(cmd.Id), ct);
        }
    }
}
