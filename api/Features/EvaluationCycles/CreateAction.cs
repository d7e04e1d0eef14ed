using AsnApi.Contracts;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using AsnApi.Infrastructure.Pipeline;
using FluentValidation;

namespace AsnApi.Features.EvaluationCycles;

/// <summary>
/// A follow-up action of a finding. Allowed also after the cycle closed: closing freezes the figures and the findings,
/// while the follow-up is the work that comes after. Every id must be the tenant's (422 on that field).
/// </summary>
public static class CreateAction
{
    public const int MaxPerFinding = 50;

    public sealed record Command(Guid FindingId, FollowUpActionRequest Body) : Mediator.ICommand<FollowUpActionResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Body).NotNull().SetValidator(new FollowUpActionRequestValidator());
    }

    [Sql] internal const string CountOfFinding = "SELECT COUNT(*) FROM EvaluationActions WHERE TenantId = @TenantId AND FindingId = @FindingId";

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock) : Mediator.ICommandHandler<Command, FollowUpActionResponse>
    {
        public async ValueTask<FollowUpActionResponse> Handle(Command cmd, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var cycleId = await db.Single<Guid?>(FindingSql.FindingOf, new { TenantId = tenantId, Id = cmd.FindingId }, ct) ?? throw new NotFoundException("Temuan", cmd.FindingId);
            await EvaluationCycleSql.Load(db, user, cycleId, ct); // a unit head outside the cycle's sub-tree gets the same 404
            var b = cmd.Body;
            await CycleWrites.CheckReferences(db, tenantId, b, ct);
            if (await db.Scalar<int>(CountOfFinding, new { TenantId = tenantId, cmd.FindingId }, ct) >= MaxPerFinding)
                throw new ConflictException($"Satu temuan paling banyak {MaxPerFinding} tindak lanjut.", reason: "limit");
            var id = Guid.NewGuid();
            var now = clock.GetUtcNow();
            await db.Execute(FindingSql.InsertAction, new
            {
                Id = id, TenantId = tenantId, CycleId = cycleId, cmd.FindingId, Kind = b.Kind!.Value.ToString(), b.PlanItemId, b.ProgramId, b.SessionId,
                Title = string.IsNullOrWhiteSpace(b.Title) ? null : b.Title, b.OwnerEmployeeId, OwnerName = b.OwnerEmployeeId is null ? b.OwnerName : null,
                DueDate = b.DueDate!.Value, Status = nameof(FollowUpActionStatus.Open), Now = now,
            }, ct);
            audit.Touch("EvaluationAction", id);
            var row = await db.Single<FindingSql.ActionRow>(FindingSql.OneAction, new { TenantId = tenantId, Id = id }, ct);
            return row!.ToResponse(SurveyRollups.DayOf(now));
        }
    }
}
