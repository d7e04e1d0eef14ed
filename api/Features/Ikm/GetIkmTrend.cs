using AsnApi.Contracts;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.Ikm;

/// <summary>
/// The IKM by quarter, for one service unit or all in the tenant or a sub-tree, every quarter of the period listed
/// (a quarter without respondents has no index rather than a zero). By default the last eight quarters.
/// </summary>
public static class GetIkmTrend
{
    public sealed record Query(Guid? ServiceUnitId, Guid? UnderUnitId, DateOnly? From, DateOnly? To) : IQuery<IkmTrendResponse>;

    internal sealed class Handler(Db db, CurrentUser user, TimeProvider clock) : IQueryHandler<Query, IkmTrendResponse>
    {
        public async ValueTask<IkmTrendResponse> Handle(Query query, CancellationToken ct)
        {
            var today = SurveyRollups.DayOf(clock.GetUtcNow());
            var quarterStart = new DateOnly(today.Year, (SurveyRollups.QuarterOf(today) - 1) * 3 + 1, 1);
            var (from, to) = IkmPeriod.Resolve(query.From ?? (query.To is null ? quarterStart.AddMonths(-21) : null), query.To, clock, defaultMonths: 24);
            var tenantId = await user.TenantId(ct);
            var scope = await user.UnitScope(ct);
            if (query.ServiceUnitId is { } id) await ServiceUnitScope.EnsureVisible(db, user, id, ct);
            var underPath = await UnitTree.SubtreePattern(db, tenantId, query.UnderUnitId, ct);
            var rows = (await db.Query<IkmSql.QuarterRow>(IkmSql.Quarters(query.ServiceUnitId is not null, underPath is not null),
                new { TenantId = tenantId, Scope = scope, query.ServiceUnitId, UnderPath = underPath, From = from, To = to }, ct))
                .ToDictionary(r => (r.Year, r.Quarter));

            var quarters = new List<IkmQuarter>();
            for (var (y, q) = (from.Year, SurveyRollups.QuarterOf(from)); (y, q).CompareTo((to.Year, SurveyRollups.QuarterOf(to))) <= 0; (y, q) = q == 4 ? (y + 1, 1) : (y, q + 1))
            {
                var r = rows.TryGetValue((y, q), out var row) ? row.Result() : Domain.Ikm.FromSums(0, new long[9]);
                quarters.Add(new IkmQuarter
                {
                    Year = y, Quarter = q, RespondentCount = r.RespondentCount, Ikm = r.Value, Grade = r.Grade, GradeLabel = r.Grade is { } g ? Domain.Ikm.Label(g) : null,
                });
            }
            return new IkmTrendResponse { From = from, To = to, Quarters = quarters };
        }
    }
}
