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
/// program already. The scores are kept per program and employee (<see cref="ProgramGapScores"/>), so the page walks
/// IX_ProgramGapScores_Rank in score order and stops after its rows; the count reads the same index range.
/// </summary>
public static class ListSessionCandidates
{
    public sealed record Query(Guid SessionId, Guid? UnderUnitId, int? Page, int? PageSize) : IQuery<Paged<SessionCandidate>>;

    [Sql] internal const string Session = "SELECT ProgramId FROM TrainingSessions WHERE Id = @SessionId AND TenantId = @TenantId";

    // The program's scores; the employee and unit are joined per row, for the scope and for the page's columns.
    private static string Where(bool scoped, bool under, string excluded) => $"""
        WHERE g.TenantId = @TenantId AND g.ProgramId = @ProgramId{(scoped ? " AND u.Path LIKE @Scope" : "")}{(under ? " AND u.Path LIKE @UnderPath" : "")}
          AND {excluded}
        """;

    // Enrolled in this session (in any state but withdrawn) or completed the program in any session. The count builds the
    // set once from the program's sessions (it reads every score of the program anyway); the page probes the few rows it
    // walks, each employee's enrollments (IX_TrainingEnrollments_Tenant_Employee), so it stops after its rows instead of
    // first reading every completion of the program.
    private const string Exclusion = $"""
        x.EmployeeId FROM TrainingEnrollments x JOIN TrainingSessions s ON s.Id = x.SessionId
        WHERE s.TenantId = @TenantId AND s.ProgramId = @ProgramId
          AND (x.Status = '{nameof(EnrollmentStatus.Completed)}' OR (x.SessionId = @SessionId AND x.Status <> '{nameof(EnrollmentStatus.Withdrawn)}'))
        """;
    private const string NotInSet = $"g.EmployeeId NOT IN (SELECT {Exclusion})";
    private const string NotProbed = $"NOT EXISTS (SELECT {Exclusion} AND x.TenantId = @TenantId AND x.EmployeeId = g.EmployeeId)";

    /// <summary>An admin's count reads the scores alone (no scope to check per row); the page always joins the employee for its columns.</summary>
    internal static (string Count, string Select) Build(ISqlDialect d, bool scoped, bool under) => (
        $"SELECT COUNT(*) FROM ProgramGapScores g{(scoped || under ? " JOIN Employees e ON e.Id = g.EmployeeId JOIN Units u ON u.Id = e.UnitId" : "")} {Where(scoped, under, NotInSet)}",
        $"""
        SELECT g.EmployeeId, e.Nip, e.Name, u.Name AS UnitName, p.Name AS PositionName, g.Score
        FROM ProgramGapScores g JOIN Employees e ON e.Id = g.EmployeeId JOIN Units u ON u.Id = e.UnitId LEFT JOIN Positions p ON p.Id = e.PositionId
        {Where(scoped, under, NotProbed)}
        ORDER BY g.Score DESC, g.EmployeeId {d.Paging}
        """);

    [Sql]
    internal static IEnumerable<string> AllVariants(ISqlDialect d) => new[] { true, false }.SelectMany(scoped => { var (c, s) = Build(d, scoped, true); return new[] { c, s }; })
        .Concat([Build(d, false, false).Count, Build(d, false, false).Select]);

    // The page's employees by the facts' primary key: a condition on f.TenantId would let SQLite prefer
    // IX_CompetencyFacts_Competency and read the tenant's facts (a second at 100,000); the tenant is checked on the
    // program's competencies, and the ids come from the tenant's own page.
    [Sql] internal static string Gaps(ISqlDialect d) => $"""
        SELECT f.EmployeeId AS OwnerId, c.Id AS CompetencyId, c.Code AS CompetencyCode, c.Name AS CompetencyName, f.RequiredLevel, f.AssessedLevel,
               {RecommendationSql.Gap} AS Gap, pc.ExpectedGain
        FROM CompetencyFacts f
        JOIN TrainingProgramCompetencies pc ON pc.ProgramId = @ProgramId AND pc.CompetencyId = f.CompetencyId
        JOIN Competencies c ON c.Id = f.CompetencyId
        WHERE pc.TenantId = @TenantId AND {RecommendationSql.HasGap} AND f.EmployeeId IN ({d.IdsIn("@Employees")})
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
