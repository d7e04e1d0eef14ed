using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Pipeline;
using FluentValidation;
using Mediator;

namespace AsnApi.Features.TrainingPrograms;

/// <summary>A program of the catalogue: what is taught, in which form, for how many JP, with whom, and the competencies it develops.</summary>
public static class CreateTrainingProgram
{
    public sealed record Command(TrainingProgramRequest Body) : ICommand<TrainingProgramResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Body).NotNull().SetValidator(new TrainingProgramRequestValidator());
    }

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock, IMediator mediator) : ICommandHandler<Command, TrainingProgramResponse>
    {
        public async ValueTask<TrainingProgramResponse> Handle(Command cmd, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var id = Guid.NewGuid();
            await ProgramWrites.Check(db, tenantId, id, cmd.Body, keptPartnerId: null, ct);
            await db.Execute(TrainingProgramSql.Insert, TrainingProgramSql.Values(id, tenantId, cmd.Body, clock.GetUtcNow()), ct);
            await ProgramWrites.ReplaceCompetencies(db, tenantId, id, cmd.Body.Competencies, ct);
            audit.Touch("TrainingProgram", id);
            return await mediator.Send(new GetTrainingProgram.Query(id), ct);
        }
    }
}
