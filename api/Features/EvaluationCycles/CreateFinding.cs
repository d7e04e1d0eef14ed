using AsnApi.Contracts;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using AsnApi.Infrastructure.Pipeline;
using FluentValidation;

namespace AsnApi.Features.EvaluationCycles;

/// <summary>
/// A finding of an open cycle (a closed cycle's record is final: 409). The evidence link defaults to the page of the
/// indicator it names; an indicator code the cycle does not have is a 422. At most <see cref="MaxPerCycle"/> findings.
/// </summary>
public static class CreateFinding
{
    public const int MaxPerCycle = 100;

    public sealed record Command(Guid CycleId, FindingRequest Body) : Mediator.ICommand<FindingResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Body).NotNull().SetValidator(new FindingRequestValidator());
    }

    [Sql] internal const string CountOfCycle = "SELECT COUNT(*) FROM EvaluationFindings WHERE TenantId = @TenantId AND CycleId = @CycleId";

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock) : Mediator.ICommandHandler<Command, FindingResponse>
    {
        public async ValueTask<FindingResponse> Handle(Command cmd, CancellationToken ct)
        {
            var cycle = await EvaluationCycleSql.Load(db, user, cmd.CycleId, ct);
            EvaluationCycleSql.EnsureOpen(cycle);
            var tenantId = await user.TenantId(ct);
            var b = cmd.Body;
            var now = clock.GetUtcNow();
            var link = await CycleWrites.EvidenceLink(db, tenantId, cycle, b, now, ct);
            if (await db.Scalar<int>(CountOfCycle, new { TenantId = tenantId, CycleId = cycle.Id }, ct) >= MaxPerCycle)
                throw new ConflictException($"Satu siklus paling banyak {MaxPerCycle} temuan.", reason: "limit");
            var row = new FindingSql.FindingRow
            {
                Id = Guid.NewGuid(), CycleId = cycle.Id, Title = b.Title!, Description = string.IsNullOrWhiteSpace(b.Description) ? null : b.Description, IndicatorCode = b.IndicatorCode,
                EvidenceLink = link, Severity = b.Severity!.Value, CreatedAt = now, Version = 1,
            };
            await db.Execute(FindingSql.InsertFinding, new
            {
                row.Id, TenantId = tenantId, row.CycleId, row.Title, row.Description, row.IndicatorCode, row.EvidenceLink, Severity = row.Severity.ToString(), Now = now,
            }, ct);
            audit.Touch("EvaluationFinding", row.Id);
            return FindingSql.ToResponse(row, [], SurveyRollups.DayOf(now));
        }
    }
}
