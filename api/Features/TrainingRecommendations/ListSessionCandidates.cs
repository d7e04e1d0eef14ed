using AsnApi.Contracts;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.TrainingRecommendations;

/// <summary>
/// Active employees (a unit head's sub-tree only) whose gaps the session's program develops, ranked by Σ gap × expected
/// gain, with those gaps; without anyone enrolled in the session (in any state but withdrawn) or who completed the
/// program already. Read from CompetencyFacts through its (TenantId, CompetencyId, …) index: the program's few
/// competencies, not the whole tenant.
/// </summary>
public static class ListSessionCandidates
{
    public sealed record Query(Guid SessionId, Guid? UnderUnitId, int? Page, int? PageSize) : IQuery<Paged<SessionCandidate>>;

    [Sql] internal const string Session = "SELECT ProgramId FROM TrainingSessions WHERE Id = @SessionId AND TenantId = @TenantId";

    // The facts of the program's competencies, their units for the scope (not joined for an admin: nothing to check per
    // fact); the employees' rows are read for the page only.
    private static string FromWhere(bool scoped, bool under) => $"""
        FROM CompetencyFacts f
        JOIN TrainingProgramCompetencies pc ON pc.ProgramId = @ProgramId AND pc.CompetencyId = f.CompetencyId{(scoped || under ? " JOIN Units u ON u.Id = f.UnitId" : "")}
        WHERE f.TenantId = @TenantId AND {RecommendationSql.HasGap}{(scoped ? " AND u.Path LIKE @Scope" : "")}{(under ? " AND u.Path LIKE @UnderPath" : "")}
          AND f.EmployeeId NOT IN ({Excluded})
        """;

    // Enrolled in this session (in any state but withdrawn) or completed the program in any session: one set, built once
    // from the program's sessions (TrainingSessions (TenantId, ProgramId), enrollments by session), not probed per fact.
    private const string Excluded = $"""
        SELECT x.EmployeeId FROM TrainingEnrollments x JOIN TrainingSessions s ON s.Id = x.SessionId
        WHERE s.TenantId = @TenantId AND s.ProgramId = @ProgramId
          AND (x.Status = '{nameof(EnrollmentStatus.Completed)}' OR (x.SessionId = @SessionId AND x.Status <> '{nameof(EnrollmentStatus.Withdrawn)}'))
        """;

    /// <summary>
    /// The page and the total in one pass: ranking needs every candidate's score anyway, so the count of the grouped rows
    /// (a window over them) costs nothing more, where a separate COUNT grouped the facts a second time. The COUNT alone
    /// is left for a page past the end, which has no row to carry the total.
    /// </summary>
    internal static (string Count, string Select) Build(ISqlDialect d, bool scoped, bool under) => (
        $"SELECT COUNT(*) FROM (SELECT f.EmployeeId {FromWhere(scoped, under)} GROUP BY f.EmployeeId) c",
        $"""
        SELECT g.EmployeeId, e.Nip, e.Name, u.Name AS UnitName, p.Name AS PositionName, g.Score, g.Total
        FROM (
            SELECT f.EmployeeId, {RecommendationSql.Score} AS Score, COUNT(*) OVER () AS Total
            {FromWhere(scoped, under)}
            GROUP BY f.EmployeeId
            ORDER BY Score DESC, f.EmployeeId {d.Paging}
        ) g
        JOIN Employees e ON e.Id = g.EmployeeId JOIN Units u ON u.Id = e.UnitId LEFT JOIN Positions p ON p.Id = e.PositionId
        ORDER BY g.Score DESC, g.EmployeeId
        """);

    [Sql]
    internal static IEnumerable<string> AllVariants(ISqlDialect d) => new[] { true, false }.SelectMany(scoped => { var (c, s) = Build(d, scoped, true); return new[] { c, s }; })
        .Concat([Build(d, false, false).Select]);

    private sealed class Row
    {
        public Guid EmployeeId { get; init; }
        public string Nip { get; init; } = "";
        public string Name { get; init; } = "";
        public string UnitName { get; init; } = "";
        public string? PositionName { get; init; }
        public int Score { get; init; }
        public int Total { get; init; }
    }

    [Sql] internal static string Gaps(ISqlDialect d) => $"""
        SELECT f.EmployeeId AS OwnerId, c.Id AS CompetencyId, c.Code AS CompetencyCode, c.Name AS CompetencyName, f.RequiredLevel, f.AssessedLevel,
               {RecommendationSql.Gap} AS Gap, pc.ExpectedGain
        FROM CompetencyFacts f
        JOIN TrainingProgramCompetencies pc ON pc.ProgramId = @ProgramId AND pc.CompetencyId = f.CompetencyId
        JOIN Competencies c ON c.Id = f.CompetencyId
        WHERE f.TenantId = @TenantId AND {RecommendationSql.HasGap} AND f.EmployeeId IN ({d.IdsIn("@Employees")})
        ORDER BY Gap DESC, c.Name
        """;

    internal sealed class Handler(Db db, CurrentUser user) : IQueryHandler<Query, Paged<SessionCandidate>>
    {
        public async ValueTask<Paged<SessionCandidate>> Handle(Query query, CancellationToken ct)
        {
            var (page, size, skip) = Listing.Paging(query.Page, query.PageSize);
            var tenantId = await user.TenantId(ct);
            var programId = await db.Single<Guid?>(Session, new { query.SessionId, TenantId = tenantId }, ct) ?? throw new NotFoundException("Angkatan pelatihan", query.SessionId);
            var underPath = await UnitTree.SubtreePattern(db, tenantId, query.UnderUnitId, ct);
            var scope = await user.UnitScope(ct);
            var (countSql, selectSql) = Build(db.Dialect, scope != "%", underPath is not null);
            var args = new { query.SessionId, ProgramId = programId, TenantId = tenantId, Scope = scope, UnderPath = underPath, Skip = skip, Take = size };
            var rows = await db.Query<Row>(selectSql, args, ct);
            var items = rows.Select(r => new SessionCandidate { EmployeeId = r.EmployeeId, Nip = r.Nip, Name = r.Name, UnitName = r.UnitName, PositionName = r.PositionName, Score = r.Score }).ToList();
            if (items.Count > 0)
            {
                var gaps = (await db.Query<RecommendationSql.GapRow>(Gaps(db.Dialect), new { ProgramId = programId, TenantId = tenantId, Employees = SqlIds.Json(items.Select(i => i.EmployeeId)) }, ct))
                    .ToLookup(g => g.OwnerId);
                foreach (var item in items) item.Gaps = gaps[item.EmployeeId].Select(g => g.ToGap()).ToList();
            }
            var total = rows.Count > 0 ? rows[0].Total : skip == 0 ? 0 : await db.Scalar<int>(countSql, args, ct);
            return Listing.Page(items, page, size, total);
        }
    }
}
