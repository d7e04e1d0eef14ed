using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using FluentValidation;
using Mediator;

namespace AsnApi.Features.TrainingRecommendations;

/// <summary>
/// Active programs that develop an employee's gaps, ranked by Σ gap × expected gain, without those they already
/// completed; each with its reason and the open sessions that still have a seat.
/// </summary>
public static class GetEmployeeRecommendations
{
    public sealed record Query(Guid EmployeeId, int? Top) : IQuery<TrainingRecommendationsResponse>;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RecommendationSql.Top(this, q => q.Top);
    }

    [Sql] internal const string Employee = """
        SELECT e.Id FROM Employees e JOIN Units u ON u.Id = e.UnitId
        WHERE e.Id = @Id AND e.TenantId = @TenantId AND u.Path LIKE @Scope
        """;

    [Sql] internal static string Programs(ISqlDialect d) => $"""
        SELECT pr.Id AS ProgramId, pr.Code, pr.Title, pr.Form, pr.Jp, {RecommendationSql.Score} AS Score
        FROM CompetencyFacts f
        JOIN TrainingProgramCompetencies pc ON pc.TenantId = f.TenantId AND pc.CompetencyId = f.CompetencyId
        JOIN TrainingPrograms pr ON pr.Id = pc.ProgramId
        WHERE f.EmployeeId = @Id AND f.TenantId = @TenantId AND {RecommendationSql.HasGap} AND pr.IsActive = 1
          AND NOT {RecommendationSql.Completed("@Id", "pr.Id")}
        GROUP BY pr.Id, pr.Code, pr.Title, pr.Form, pr.Jp
        ORDER BY Score DESC, pr.Title, pr.Id {d.Paging}
        """;

    [Sql] internal static string Gaps(ISqlDialect d) => $"""
        SELECT pc.ProgramId AS OwnerId, c.Id AS CompetencyId, c.Code AS CompetencyCode, c.Name AS CompetencyName, f.RequiredLevel, f.AssessedLevel,
               {RecommendationSql.Gap} AS Gap, pc.ExpectedGain
        FROM CompetencyFacts f
        JOIN TrainingProgramCompetencies pc ON pc.TenantId = f.TenantId AND pc.CompetencyId = f.CompetencyId
        JOIN Competencies c ON c.Id = f.CompetencyId
        WHERE f.EmployeeId = @Id AND f.TenantId = @TenantId AND {RecommendationSql.HasGap} AND pc.ProgramId IN ({d.IdsIn("@Programs")})
        ORDER BY Gap DESC, c.Name
        """;

    internal sealed class ProgramRow
    {
        public Guid ProgramId { get; init; }
        public string Code { get; init; } = "";
        public string Title { get; init; } = "";
        public DevelopmentActivityForm Form { get; init; }
        public int Jp { get; init; }
        public int Score { get; init; }
    }

    internal sealed class Handler(Db db, CurrentUser user) : IQueryHandler<Query, TrainingRecommendationsResponse>
    {
        public async ValueTask<TrainingRecommendationsResponse> Handle(Query query, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var key = new { Id = query.EmployeeId, TenantId = tenantId, Scope = await user.UnitScope(ct), Skip = 0, Take = query.Top ?? RecommendationSql.DefaultTop };
            if (await db.Single<Guid?>(Employee, key, ct) is null) throw new NotFoundException("Pegawai", query.EmployeeId);
            var programs = await db.Query<ProgramRow>(Programs(db.Dialect), key, ct);
            if (programs.Count == 0) return new TrainingRecommendationsResponse { EmployeeId = query.EmployeeId };

            var ids = new { key.Id, TenantId = tenantId, Programs = SqlIds.Json(programs.Select(p => p.ProgramId)) };
            var gaps = (await db.Query<RecommendationSql.GapRow>(Gaps(db.Dialect), ids, ct)).ToLookup(g => g.OwnerId);
            var sessions = (await db.Query<RecommendationSql.SessionRow>(RecommendationSql.OpenSessions(db.Dialect), ids, ct)).ToLookup(s => s.ProgramId);
            return new TrainingRecommendationsResponse
            {
                EmployeeId = query.EmployeeId,
                Recommendations = programs.Select(p => new TrainingRecommendation
                {
                    ProgramId = p.ProgramId, Code = p.Code, Title = p.Title, Form = p.Form, FormLabel = ActivityForms.Label(p.Form), Jp = p.Jp, Score = p.Score,
                    Reason = JpLedgerRules.Reason(gaps[p.ProgramId].Select(g => (g.CompetencyName, g.Gap))),
                    Gaps = gaps[p.ProgramId].Select(g => g.ToGap()).ToList(),
                    OpenSessions = sessions[p.ProgramId].Take(RecommendationSql.SessionsPerProgram).Select(s => new RecommendedSession
                    {
                        SessionId = s.SessionId, Name = s.Name, StartDate = s.StartDate, EndDate = s.EndDate, SeatsLeft = s.SeatsLeft,
                    }).ToList(),
                }).ToList(),
            };
        }
    }
}
