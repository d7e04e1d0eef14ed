using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using AsnApi.Infrastructure.Pipeline;
using Mediator;

namespace AsnApi.Features.Competencies;

/// <summary>A retired competency keeps its assessment history but can no longer be added to standards or assessed.</summary>
public static class RetireCompetency
{
    public sealed record Command(Guid Id, int? IfMatch) : ICommand<CompetencyResponse>;

    [Sql] internal const string Retire = """
        UPDATE Competencies SET IsActive = 0, Version = Version + 1, UpdatedAt = @Now
        WHERE Id = @Id AND TenantId = @TenantId AND Version = @Version
        """;

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock, IMediator mediator) : ICommandHandler<Command, CompetencyResponse>
    {
        public async ValueTask<CompetencyResponse> Handle(Command cmd, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var version = await CompetencyWrites.OwnVersion(db, tenantId, cmd.Id, cmd.IfMatch, ct);
            if (await db.Execute(Retire, new { cmd.Id, TenantId = tenantId, Version = version, Now = clock.GetUtcNow() }, ct) == 0)
                throw new PreconditionFailedException(version + 1);
            audit.Touch("Competency", cmd.Id);
            return await mediator.Send(new GetCompetency.Query(cmd.Id), ct);
        }
    }
}
