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

    // The facts of the program's competencies, their units for the scope; the employees' rows are read for the page only.
    private static string FromWhere(bool under) => $"""
        FROM CompetencyFacts f
        JOIN TrainingProgramCompetencies pc ON pc.ProgramId = @ProgramId AND pc.CompetencyId = f.CompetencyId
        JOIN Units u ON u.Id = f.UnitId
        WHERE f.TenantId = @TenantId AND {RecommendationSql.HasGap} AND u.Path LIKE @Scope{(under ? " AND u.Path LIKE @UnderPath" : "")}
          AND f.EmployeeId NOT IN ({Excluded})
        """;

    // Enrolled in this session (in any state but withdrawn) or completed the program in any session: one set, built once
    // from the program's sessions (TrainingSessions (TenantId, ProgramId), enrollments by session), not probed per fact.
    private const string Excluded = $"""
        SELECT x.EmployeeId FROM TrainingEnrollments x JOIN TrainingSessions s ON s.Id = x.SessionId
        WHERE s.TenantId = @TenantId AND s.ProgramId = @ProgramId
          AND (x.Status = '{nameof(EnrollmentStatus.Completed)}' OR (x.SessionId = @SessionId AND x.Status <> '{nameof(EnrollmentStatus.Withdrawn)}'))
        """;

    internal static (string Count, string Select) Build(ISqlDialect d, bool under) => (
        $"SELECT COUNT(*) FROM (SELECT f.EmployeeId {FromWhere(under)} GROUP BY f.EmployeeId) c",
        $"""
        SELECT g.EmployeeId, e.Nip, e.Name, u.Name AS UnitName, p.Name AS PositionName, g.Score
        FROM (
            SELECT f.EmployeeId, {RecommendationSql.Score} AS Score
            {FromWhere(under)}
            GROUP BY f.EmployeeId
            ORDER BY Score DESC, f.EmployeeId {d.Paging}
        ) g
        JOIN Employees e ON e.Id = g.EmployeeId JOIN Units u ON u.Id = e.UnitId LEFT JOIN Positions p ON p.Id = e.PositionId
        ORDER BY g.Score DESC, g.EmployeeId
        """);

    [Sql] internal static IEnumerable<string> AllVariants(ISqlDialect d) { var (c, s) = Build(d, true); return [c, s]; }

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
            var (countSql, selectSql) = Build(db.Dialect, underPath is not null);
            var args = new { query.SessionId, ProgramId = programId, TenantId = tenantId, Scope = await user.UnitScope(ct), UnderPath = underPath, Skip = skip, Take = size };
            var items = await db.Query<SessionCandidate>(selectSql, args, ct);
            if (items.Count > 0)
            {
                var gaps = (await db.Query<RecommendationSql.GapRow>(Gaps(db.Dialect), new { ProgramId = programId, TenantId = tenantId, Employees = SqlIds.Json(items.Select(i => i.EmployeeId)) }, ct))
                    .ToLookup(g => g.OwnerId);
                foreach (var item in items) item.Gaps = gaps[item.EmployeeId].Select(g => g.ToGap()).ToList();
            }
            return Listing.Page(items, page, size, await db.Scalar<int>(countSql, args, ct));
        }
    }
}
