using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Pipeline;
using FluentValidation;
using Mediator;

namespace AsnApi.Features.Competencies;

/// <summary>Tenants add their own technical (teknis) competencies; the managerial and socio-cultural ones are national.</summary>
public static class CreateCompetency
{
    public sealed record Command(CompetencyRequest Body) : ICommand<CompetencyResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Body).NotNull().SetValidator(new CompetencyRequestValidator());
    }

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock, IMediator mediator) : ICommandHandler<Command, CompetencyResponse>
    {
        public async ValueTask<CompetencyResponse> Handle(Command cmd, CancellationToken ct)
        {
            var b = cmd.Body;
            var code = b.Code!.Trim();
            var tenantId = await user.TenantId(ct);
            await CompetencyWrites.EnsureCodeFree(db, tenantId, code, Guid.Empty, ct);
            var id = Guid.NewGuid();
            await db.Execute(CompetencySql.InsertTechnical, new { Id = id, TenantId = tenantId, Code = code, Name = b.Name!.Trim(), FieldGroup = b.FieldGroup?.Trim(), b.Description, Now = clock.GetUtcNow() }, ct);
            await CompetencyWrites.ReplaceLevels(db, id, b.Levels, ct);
            audit.Touch("Competency", id);
            return await mediator.Send(new GetCompetency.Query(id), ct);
        }
    }
}
