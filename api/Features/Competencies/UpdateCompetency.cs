using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using AsnApi.Infrastructure.Pipeline;
using FluentValidation;
using Mediator;

namespace AsnApi.Features.Competencies;

public static class UpdateCompetency
{
    public sealed record Command(Guid Id, CompetencyRequest Body, int? IfMatch) : ICommand<CompetencyResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Body).NotNull().SetValidator(new CompetencyRequestValidator());
    }

    [Sql] internal const string Update = """
        UPDATE Competencies SET Code = @Code, Name = @Name, FieldGroup = @FieldGroup, Description = @Description,
               Version = Version + 1, UpdatedAt = @Now
        WHERE Id = @Id AND TenantId = @TenantId AND Version = @Version
        """;

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock, IMediator mediator) : ICommandHandler<Command, CompetencyResponse>
    {
        public async ValueTask<CompetencyResponse> Handle(Command cmd, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var version = await CompetencyWrites.OwnVersion(db, tenantId, cmd.Id, cmd.IfMatch, ct);
            var b = cmd.Body;
            var code = b.Code!.Trim();
            await CompetencyWrites.EnsureCodeFree(db, code, ct);
            if (await db.Execute(Update, new { cmd.Id, TenantId = tenantId, Code = code, Name = b.Name!.Trim(), FieldGroup = b.FieldGroup?.Trim(), b.Description, Version = version, Now = clock.GetUtcNow() }, ct) == 0)
                throw new PreconditionFailedException(version + 1);
            await CompetencyWrites.ReplaceLevels(db, cmd.Id, b.Levels, ct);
            audit.Touch("Competency", cmd.Id);
            return await mediator.Send(new GetCompetency.Query(cmd.Id), ct);
        }
    }
}
