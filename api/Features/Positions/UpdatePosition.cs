using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using AsnApi.Infrastructure.Pipeline;
using FluentValidation;
using Mediator;

namespace AsnApi.Features.Positions;

public static class UpdatePosition
{
    public sealed record Command(Guid Id, PositionRequest Body, int IfMatch) : ICommand<PositionResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Body).NotNull().SetValidator(new PositionRequestValidator());
    }

    [Sql] internal const string Update = """
        UPDATE Positions SET UnitId = @UnitId, Code = @Code, Name = @Name, Type = @Type, ManagerialLevel = @Level,
               Version = Version + 1, UpdatedAt = @Now
        WHERE Id = @Id AND TenantId = @TenantId AND Version = @Version
        """;

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock, IMediator mediator) : ICommandHandler<Command, PositionResponse>
    {
        public async ValueTask<PositionResponse> Handle(Command cmd, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var key = new { cmd.Id, TenantId = tenantId };
            var current = await db.Single<Versioning.Row>(PositionSql.Current, key, ct) ?? throw new NotFoundException("Jabatan", cmd.Id);
            Versioning.Expect(cmd.IfMatch, current.Version);
            var b = cmd.Body;
            await UnitTree.EnsureActiveUnit(db, tenantId, b.UnitId, ct);
            await db.Guarded(Update, new { cmd.Id, TenantId = tenantId, b.UnitId, Code = b.Code!.Trim(), Name = b.Name!.Trim(), Type = b.Type!.Value.ToString(), Level = PositionRules.Level(b), current.Version, Now = clock.GetUtcNow() },
                PositionSql.Current, key, "Jabatan", ct);
            // The rollups are kept per position type, which this may have changed for everyone holding the position.
            await CompetencyFacts.RefreshPosition(db, tenantId, cmd.Id, ct);
            audit.Touch("Position", cmd.Id);
            return await mediator.Send(new GetPosition.Query(cmd.Id), ct);
        }
    }
}
