using AsnApi.Contracts;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.Effectiveness;

/// <summary>
/// Levels 1 and 2 by program or by partner for sessions whose last day is in the period (default the last twelve
/// months), of participants in the caller's scope and underUnitId. Reads the rollups only: a few rows per session.
/// </summary>
public static class ListEffectiveness
{
    public sealed record Query(EffectivenessGrouping? GroupBy, DateOnly? From, DateOnly? To, Guid? UnderUnitId) : IQuery<EffectivenessListResponse>;

    [Sql] internal const string ByProgram = $"""
        SELECT p.Id, p.Title AS Name, p.Code, COUNT(DISTINCT r.SessionId) AS Sessions, {EffectivenessSums.SumColumns}
        FROM {EffectivenessSums.RollupFrom}
        WHERE {EffectivenessSums.RollupWhere}
        GROUP BY p.Id, p.Title, p.Code
        ORDER BY p.Title, p.Id
        """;

    [Sql] internal const string ByPartner = $"""
        SELECT pa.Id, pa.Name, COUNT(DISTINCT r.SessionId) AS Sessions, {EffectivenessSums.SumColumns}
        FROM {EffectivenessSums.RollupFrom} LEFT JOIN Partners pa ON pa.Id = p.PartnerId
        WHERE {EffectivenessSums.RollupWhere}
        GROUP BY pa.Id, pa.Name
        ORDER BY pa.Name, pa.Id
        """;

    internal sealed class Row : EffectivenessSums.Sums
    {
        public Guid? Id { get; init; }
        public string? Name { get; init; }
        public string? Code { get; init; }
        public int Sessions { get; init; }
    }

    public const string NoPartner = "Tanpa mitra (diselenggarakan sendiri)";

    internal sealed class Handler(Db db, CurrentUser user, TimeProvider clock) : IQueryHandler<Query, EffectivenessListResponse>
    {
        public async ValueTask<EffectivenessListResponse> Handle(Query query, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var (from, to) = EffectivenessPeriod.Resolve(query.From, query.To, clock);
            var under = await UnitTree.SubtreePattern(db, tenantId, query.UnderUnitId, ct) ?? "%";
            var args = new { TenantId = tenantId, Scope = await user.UnitScope(ct), UnderPath = under, From = from, To = to };
            var groupBy = query.GroupBy ?? EffectivenessGrouping.Program;
            var rows = await db.Query<Row>(groupBy == EffectivenessGrouping.Program ? ByProgram : ByPartner, args, ct);
            var total = await db.Single<EffectivenessFigures.ScopeRow>(EffectivenessFigures.ScopeSums, args, ct) ?? new EffectivenessFigures.ScopeRow();
            return new EffectivenessListResponse
            {
                GroupBy = groupBy, From = from, To = to, Reaction = total.Reaction(), Learning = total.Learning(),
                Items = rows.Select(r => new EffectivenessRow
                {
                    Id = r.Id, Name = r.Name ?? NoPartner, Code = r.Code, Sessions = r.Sessions, Reaction = r.Reaction(), Learning = r.Learning(),
                }).ToList(),
            };
        }
    }
}

/// <summary>The sessions behind a program's or partner's row, newest first, with their levels 1 and 2: the drill-down.</summary>
public static class ListEffectivenessSessions
{
    public sealed record Query(Guid? ProgramId, Guid? PartnerId, DateOnly? From, DateOnly? To, Guid? UnderUnitId) : IQuery<IReadOnlyList<EffectivenessSessionRow>>;

    internal static string Build(bool program, bool partner) => $"""
        SELECT s.Id AS SessionId, s.Name AS SessionName, s.StartDate, s.EndDate, s.Status, {EffectivenessSums.SumColumns}
        FROM {EffectivenessSums.RollupFrom}
        WHERE {EffectivenessSums.RollupWhere}{(program ? " AND s.ProgramId = @ProgramId" : "")}{(partner ? " AND p.PartnerId = @PartnerId" : "")}
        GROUP BY s.Id, s.Name, s.StartDate, s.EndDate, s.Status
        ORDER BY s.EndDate DESC, s.Id
        """;

    [Sql] internal static IEnumerable<string> AllVariants() => [Build(true, false), Build(false, true), Build(false, false), Build(true, true)];

    internal sealed class Row : EffectivenessSums.Sums
    {
        public Guid SessionId { get; init; }
        public string SessionName { get; init; } = "";
        public DateOnly StartDate { get; init; }
        public DateOnly EndDate { get; init; }
        public TrainingSessionStatus Status { get; init; }
    }

    internal sealed class Handler(Db db, CurrentUser user, TimeProvider clock) : IQueryHandler<Query, IReadOnlyList<EffectivenessSessionRow>>
    {
        public async ValueTask<IReadOnlyList<EffectivenessSessionRow>> Handle(Query query, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var (from, to) = EffectivenessPeriod.Resolve(query.From, query.To, clock);
            var under = await UnitTree.SubtreePattern(db, tenantId, query.UnderUnitId, ct) ?? "%";
            var args = new { TenantId = tenantId, Scope = await user.UnitScope(ct), UnderPath = under, From = from, To = to, query.ProgramId, query.PartnerId };
            var rows = await db.Query<Row>(Build(query.ProgramId is not null, query.PartnerId is not null), args, ct);
            return rows.Select(r => new EffectivenessSessionRow
            {
                SessionId = r.SessionId, SessionName = r.SessionName, StartDate = r.StartDate, EndDate = r.EndDate, Status = r.Status,
                Reaction = r.Reaction(), Learning = r.Learning(),
            }).ToList();
        }
    }
}
