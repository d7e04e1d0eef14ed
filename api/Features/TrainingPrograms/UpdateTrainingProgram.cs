using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using AsnApi.Infrastructure.Pipeline;
using FluentValidation;
using Mediator;

namespace AsnApi.Features.TrainingPrograms;

/// <summary>
/// Replaces the program, its competency list included. Completions already credited keep the JP and form they were
/// credited with (the ledger holds its own copy), so a corrected JP applies to completions from now on.
/// </summary>
public static class UpdateTrainingProgram
{
    public sealed record Command(Guid Id, TrainingProgramRequest Body, int IfMatch) : ICommand<TrainingProgramResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Body).NotNull().SetValidator(new TrainingProgramRequestValidator());
    }

    [Sql] internal const string Update = """
        UPDATE TrainingPrograms SET Code = @Code, Title = @Title, Description = @Description, Form = @Form, Delivery = @Delivery, Jp = @Jp,
               PartnerId = @PartnerId, CostPerParticipant = @CostPerParticipant, GrantsCertificate = @GrantsCertificate,
               Version = Version + 1, UpdatedAt = @Now
        WHERE Id = @Id AND TenantId = @TenantId AND Version = @Version
        """;

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock, IMediator mediator) : ICommandHandler<Command, TrainingProgramResponse>
    {
        public async ValueTask<TrainingProgramResponse> Handle(Command cmd, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var key = new { cmd.Id, TenantId = tenantId };
            var current = await db.Single<TrainingProgramSql.Row>(TrainingProgramSql.Current, key, ct) ?? throw new NotFoundException("Program pelatihan", cmd.Id);
            Versioning.Expect(cmd.IfMatch, current.Version);
            await ProgramWrites.Check(db, tenantId, cmd.Id, cmd.Body, current.PartnerId, ct);
            await db.Guarded(Update, TrainingProgramSql.Values(cmd.Id, tenantId, cmd.Body, clock.GetUtcNow(), current.Version), TrainingProgramSql.Current, key, "Program pelatihan", ct);
            await ProgramWrites.ReplaceCompetencies(db, tenantId, cmd.Id, cmd.Body.Competencies, ct);
            audit.Touch("TrainingProgram", cmd.Id);
            return await mediator.Send(new GetTrainingProgram.Query(cmd.Id), ct);
        }
    }
}
