using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using AsnApi.Infrastructure.Pipeline;
using FluentValidation;
using Mediator;

namespace AsnApi.Features.EvaluationCycles;

/// <summary>Renames an open cycle or moves its period. Its scope (unitId) is fixed: a cycle of another scope is another cycle.</summary>
public static class UpdateCycle
{
    public sealed record Command(Guid Id, EvaluationCycleRequest Body, int IfMatch) : ICommand<EvaluationCycleResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Body).NotNull().SetValidator(new EvaluationCycleRequestValidator());
    }

    [Sql] internal const string Update = """
        UPDATE EvaluationCycles SET Name = @Name, PeriodFrom = @PeriodFrom, PeriodTo = @PeriodTo, Version = Version + 1, UpdatedAt = @Now
        WHERE Id = @Id AND TenantId = @TenantId AND Version = @Version AND Status = 'Open'
        """;

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock, IMediator mediator) : ICommandHandler<Command, EvaluationCycleResponse>
    {
        public async ValueTask<EvaluationCycleResponse> Handle(Command cmd, CancellationToken ct)
        {
            var cycle = await EvaluationCycleSql.Load(db, user, cmd.Id, ct);
            Versioning.Expect(cmd.IfMatch, cycle.Version);
            EvaluationCycleSql.EnsureOpen(cycle);
            var b = cmd.Body;
            if (b.UnitId != cycle.UnitId) throw Invalid.Field("unitId", "Cakupan unit siklus tidak dapat diubah; buat siklus baru untuk cakupan lain.");
            var tenantId = await user.TenantId(ct);
            await db.Guarded(Update, new { cmd.Id, TenantId = tenantId, Name = b.Name!, PeriodFrom = b.PeriodFrom!.Value, PeriodTo = b.PeriodTo!.Value, cycle.Version, Now = clock.GetUtcNow() },
                EvaluationCycleSql.Current, EvaluationCycleSql.Key(cmd.Id, tenantId, await user.UnitScope(ct)), "Siklus evaluasi", ct);
            audit.Touch("EvaluationCycle", cmd.Id);
            return await mediator.Send(new GetCycle.Query(cmd.Id), ct);
        }
    }
}
