using AsnApi.Contracts;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using Mediator;

namespace AsnApi.Features.EvaluationCycles;

/// <summary>A cycle's findings in the order they were written, each with its actions (earliest due first). Two statements, not one per finding.</summary>
public static class ListFindings
{
    public sealed record Query(Guid CycleId) : IQuery<EvaluationFindingsResponse>;

    internal sealed class Handler(Db db, CurrentUser user, TimeProvider clock) : IQueryHandler<Query, EvaluationFindingsResponse>
    {
        public async ValueTask<EvaluationFindingsResponse> Handle(Query query, CancellationToken ct)
        {
            var cycle = await EvaluationCycleSql.Load(db, user, query.CycleId, ct);
            var args = new { TenantId = await user.TenantId(ct), CycleId = cycle.Id };
            var findings = await db.Query<FindingSql.FindingRow>(FindingSql.Findings, args, ct);
            var actions = (await db.Query<FindingSql.ActionRow>(FindingSql.ActionsOfCycle, args, ct)).ToLookup(a => a.FindingId);
            var today = SurveyRollups.DayOf(clock.GetUtcNow());
            return new EvaluationFindingsResponse { CycleId = cycle.Id, Findings = findings.Select(f => FindingSql.ToResponse(f, actions[f.Id], today)).ToList() };
        }
    }
}
