using AsnApi.Contracts;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using AsnApi.Infrastructure.Pipeline;
using FluentValidation;

namespace AsnApi.Features.EvaluationCycles;

/// <summary>
/// Corrects a finding of an open cycle (If-Match: the finding's version). The whole finding is replaced, by the rules of a
/// new one: an evidence link left out becomes the named indicator's page again. A closed cycle's findings are final: 409
/// `closed`, whatever the version (closing does not move a finding's version, so the 409 is what tells why).
/// </summary>
public static class UpdateFinding
{
    public sealed record Command(Guid Id, FindingRequest Body, int IfMatch) : Mediator.ICommand<FindingResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Body).NotNull().SetValidator(new FindingRequestValidator());
    }

    // The cycle must still be open when the row is written, so a close that committed after the check leaves the finding as it was (412: re-read).
    [Sql] internal const string Update = """
        UPDATE EvaluationFindings SET Title = @Title, Description = @Description, IndicatorCode = @IndicatorCode, EvidenceLink = @EvidenceLink,
            Severity = @Severity, Version = Version + 1, UpdatedAt = @Now
        WHERE Id = @Id AND TenantId = @TenantId AND Version = @Version
          AND EXISTS (SELECT 1 FROM EvaluationCycles c WHERE c.Id = EvaluationFindings.CycleId AND c.TenantId = @TenantId AND c.Status = 'Open')
        """;

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock) : Mediator.ICommandHandler<Command, FindingResponse>
    {
        public async ValueTask<FindingResponse> Handle(Command cmd, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var key = new { TenantId = tenantId, cmd.Id };
            var before = await db.Single<FindingSql.FindingRow>(FindingSql.OneFinding, key, ct) ?? throw new NotFoundException("Temuan", cmd.Id);
            var cycle = await EvaluationCycleSql.Load(db, user, before.CycleId, ct); // a unit head outside the cycle's sub-tree gets the same 404
            EvaluationCycleSql.EnsureOpen(cycle);
            Versioning.Expect(cmd.IfMatch, before.Version);
            var b = cmd.Body;
            var now = clock.GetUtcNow();
            var link = await CycleWrites.EvidenceLink(db, tenantId, cycle, b, now, ct);
            await db.Guarded(Update, new
            {
                cmd.Id, TenantId = tenantId, Title = b.Title!, Description = string.IsNullOrWhiteSpace(b.Description) ? null : b.Description, b.IndicatorCode,
                EvidenceLink = link, Severity = b.Severity!.Value.ToString(), before.Version, Now = now,
            }, FindingSql.FindingVersion, key, "Temuan", ct);
            audit.Touch("EvaluationFinding", cmd.Id);
            audit.Data = new { before = FindingSql.ToResponse(before, [], SurveyRollups.DayOf(now)), after = b };
            var after = (await db.Single<FindingSql.FindingRow>(FindingSql.OneFinding, key, ct))!;
            var actions = await db.Query<FindingSql.ActionRow>(FindingSql.ActionsOfFinding, key, ct);
            return FindingSql.ToResponse(after, actions, SurveyRollups.DayOf(now));
        }
    }
}
