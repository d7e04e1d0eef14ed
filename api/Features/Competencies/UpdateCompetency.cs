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
    public sealed record Command(Guid Id, CompetencyRequest Body, int IfMatch) : ICommand<CompetencyResponse>;

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
            var key = new { cmd.Id, TenantId = tenantId };
            var current = await CompetencyWrites.Own(db, tenantId, cmd.Id, ct);
            Versioning.Expect(cmd.IfMatch, current.Version);
            var b = cmd.Body;
            var code = b.Code!.Trim();
            await CompetencyWrites.EnsureCodeFree(db, tenantId, code, cmd.Id, ct);
            await db.Guarded(Update, new { cmd.Id, TenantId = tenantId, Code = code, Name = b.Name!.Trim(), FieldGroup = b.FieldGroup?.Trim(), b.Description, current.Version, Now = clock.GetUtcNow() },
                CompetencyWrites.Owner, key, "Kompetensi", ct);
            await CompetencyWrites.ReplaceLevels(db, cmd.Id, b.Levels, ct);
            audit.Touch("Competency", cmd.Id);
            return await mediator.Send(new GetCompetency.Query(cmd.Id), ct);
        }
    }
}
