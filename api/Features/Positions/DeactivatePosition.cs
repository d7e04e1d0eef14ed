using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using AsnApi.Infrastructure.Pipeline;
using FluentValidation;
using Mediator;

namespace AsnApi.Features.Positions;

public static class DeactivatePosition
{
    public sealed record Command(Guid Id, int? IfMatch) : ICommand<PositionResponse>;

    [Sql] internal const string Deactivate = """
        UPDATE Positions SET IsActive = 0, Version = Version + 1, UpdatedAt = @Now
        WHERE Id = @Id AND TenantId = @TenantId AND Version = @Version
        """;

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock, IMediator mediator) : ICommandHandler<Command, PositionResponse>
    {
        public async ValueTask<PositionResponse> Handle(Command cmd, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var version = await db.Single<int?>(UpdatePosition.Version, new { cmd.Id, TenantId = tenantId }, ct) ?? throw new NotFoundException("Jabatan", cmd.Id);
            if (cmd.IfMatch is { } expected && expected != version) throw new PreconditionFailedException(version);
            if (await db.Execute(Deactivate, new { cmd.Id, TenantId = tenantId, Version = version, Now = clock.GetUtcNow() }, ct) == 0)
                throw new PreconditionFailedException(version + 1);
            audit.Touch("Position", cmd.Id);
            return await mediator.Send(new GetPosition.Query(cmd.Id), ct);
        }
    }
}
