using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using AsnApi.Infrastructure.Pipeline;
using Mediator;

namespace AsnApi.Features.TrainingPrograms;

/// <summary>
/// Programs are never deleted (sessions, certificates and the ledger name them); an inactive program gets no new
/// session, and its existing sessions run on. Deactivating an inactive one changes nothing.
/// </summary>
public static class DeactivateTrainingProgram
{
    public sealed record Command(Guid Id, int IfMatch) : ICommand<TrainingProgramResponse>;

    [Sql] internal const string Deactivate = """
        UPDATE TrainingPrograms SET IsActive = 0, Version = Version + 1, UpdatedAt = @Now
        WHERE Id = @Id AND TenantId = @TenantId AND Version = @Version
        """;

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock, IMediator mediator) : ICommandHandler<Command, TrainingProgramResponse>
    {
        public async ValueTask<TrainingProgramResponse> Handle(Command cmd, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var key = new { cmd.Id, TenantId = tenantId };
            var current = await db.Single<TrainingProgramSql.Row>(TrainingProgramSql.Current, key, ct) ?? throw new NotFoundException("Program pelatihan", cmd.Id);
            if (!current.IsActive)
            {
                audit.NothingChanged();
                return await mediator.Send(new GetTrainingProgram.Query(cmd.Id), ct);
            }
            Versioning.Expect(cmd.IfMatch, current.Version);
            await db.Guarded(Deactivate, new { cmd.Id, TenantId = tenantId, current.Version, Now = clock.GetUtcNow() }, TrainingProgramSql.Current, key, "Program pelatihan", ct);
            audit.Touch("TrainingProgram", cmd.Id);
            return await mediator.Send(new GetTrainingProgram.Query(cmd.Id), ct);
        }
    }
}
