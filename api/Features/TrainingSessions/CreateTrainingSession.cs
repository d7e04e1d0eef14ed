using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using AsnApi.Infrastructure.Pipeline;
using FluentValidation;
using Mediator;

namespace AsnApi.Features.TrainingSessions;

/// <summary>A session (angkatan) of an active program starts as planned: no enrollment until it is opened.</summary>
public static class CreateTrainingSession
{
    public sealed record Command(TrainingSessionRequest Body) : ICommand<TrainingSessionResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Body).NotNull().SetValidator(new TrainingSessionRequestValidator());
    }

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock, IMediator mediator) : ICommandHandler<Command, TrainingSessionResponse>
    {
        public async ValueTask<TrainingSessionResponse> Handle(Command cmd, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            if (await db.Scalar<int>(TrainingSessionSql.ProgramActive, new { Id = cmd.Body.ProgramId, TenantId = tenantId }, ct) == 0)
                throw Invalid.Field("programId", "Program pelatihan tidak ditemukan atau sudah tidak aktif.");
            var id = Guid.NewGuid();
            await db.Execute(TrainingSessionSql.Insert, TrainingSessionSql.Values(id, tenantId, cmd.Body, clock.GetUtcNow()), ct);
            audit.Touch("TrainingSession", id);
            return await mediator.Send(new GetTrainingSession.Query(id), ct);
        }
    }
}
