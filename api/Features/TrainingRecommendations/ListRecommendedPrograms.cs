using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using FluentValidation;
using Mediator;

namespace AsnApi.Features.TrainingRecommendations;

/// <summary>
/// The active programs that would close the most gap in a unit sub-tree: Σ over a program's competencies of its expected
/// gain × the gaps summed in scope (the CompetencyRollups' GapBelowSum), which is Σ gap × gain over every employee, the
/// same score as one employee's recommendations, read from a few rows per unit instead of one per employee.
/// </summary>
public static class ListRecommendedPrograms
{
    public sealed record Query(Guid? UnderUnitId, PositionType? PositionType, int? Top) : IQuery<RecommendedProgramsResponse>;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RecommendationSql.Top(this, q => q.Top);
    }

    private static string Gaps(bool under, bool type) =>
        $"(SELECT x.CompetencyId, SUM(x.GapBelowSum) AS GapSum, SUM(x.BelowStandard) AS Below FROM {AnalyticsScope.Rollups("CompetencyRollups", under, type)} GROUP BY x.CompetencyId) r";

    internal static string Programs(ISqlDialect d, bool under, bool type) => $"""
        SELECT pr.Id AS ProgramId, pr.Code, pr.Title, pr.Form, pr.Jp, SUM(pc.ExpectedGain * r.GapSum) AS Score
        FROM TrainingPrograms pr
        JOIN TrainingProgramCompetencies pc ON pc.ProgramId = pr.Id
        JOIN {Gaps(under, type)} ON r.CompetencyId = pc.CompetencyId
        WHERE pr.TenantId = @TenantId AND pr.IsActive = 1 AND r.GapSum > 0
        GROUP BY pr.Id, pr.Code, pr.Title, pr.Form, pr.Jp
        ORDER BY Score DESC, pr.Title, pr.Id {d.Paging}
        """;

    internal static string Competencies(ISqlDialect d, bool under, bool type) => $"""
        SELECT pc.ProgramId, c.Id AS CompetencyId, c.Code AS CompetencyCode, c.Name AS CompetencyName, pc.ExpectedGain, r.Below AS EmployeesBelow, r.GapSum
        FROM TrainingProgramCompetencies pc
        JOIN Competencies c ON c.Id = pc.CompetencyId
        JOIN {Gaps(under, type)} ON r.CompetencyId = pc.CompetencyId
        WHERE pc.TenantId = @TenantId AND r.GapSum > 0 AND pc.ProgramId IN ({d.IdsIn("@Programs")})
        ORDER BY r.GapSum DESC, c.Name
        """;

    [Sql] internal static IEnumerable<string> AllVariants(ISqlDialect d) => [Programs(d, true, true), Competencies(d, true, true)];

    internal sealed class ProgramRow
    {
        public Guid ProgramId { get; init; }
        public string Code { get; init; } = "";
        public string Title { get; init; } = "";
        public DevelopmentActivityForm Form { get; init; }
        public int Jp { get; init; }
        public int Score { get; init; }
    }

    internal sealed class CompetencyRow
    {
        public Guid ProgramId { get; init; }
        public Guid CompetencyId { get; init; }
        public string CompetencyCode { get; init; } = "";
        public string CompetencyName { get; init; } = "";
        public int ExpectedGain { get; init; }
        public int EmployeesBelow { get; init; }
        public int GapSum { get; init; }
    }

    internal sealed class Handler(Db db, CurrentUser user) : IQueryHandler<Query, RecommendedProgramsResponse>
    {
        public async ValueTask<RecommendedProgramsResponse> Handle(Query query, CancellationToken ct)
        {
            var scope = await AnalyticsScope.Resolve(db, user, query.UnderUnitId, query.PositionType, ct);
            var (under, type) = (scope.UnderPath is not null, scope.PositionType is not null);
            var args = new { scope.TenantId, scope.Scope, scope.UnderPath, scope.PositionType, Skip = 0, Take = query.Top ?? RecommendationSql.DefaultTop };
            var programs = await db.Query<ProgramRow>(Programs(db.Dialect, under, type), args, ct);
            if (programs.Count == 0) return new RecommendedProgramsResponse();
            var competencies = (await db.Query<CompetencyRow>(Competencies(db.Dialect, under, type),
                new { args.TenantId, args.Scope, args.UnderPath, args.PositionType, Programs = SqlIds.Json(programs.Select(p => p.ProgramId)) }, ct)).ToLookup(c => c.ProgramId);
            return new RecommendedProgramsResponse
            {
                Recommendations = programs.Select(p => new RecommendedProgram
                {
                    ProgramId = p.ProgramId, Code = p.Code, Title = p.Title, Form = p.Form, FormLabel = ActivityForms.Label(p.Form), Jp = p.Jp, Score = p.Score,
                    Competencies = competencies[p.ProgramId].Select(c => new ProgramGapClosed
                    {
                        CompetencyId = c.CompetencyId, CompetencyCode = c.CompetencyCode, CompetencyName = c.CompetencyName,
                        ExpectedGain = c.ExpectedGain, EmployeesBelow = c.EmployeesBelow, GapSum = c.GapSum,
                    }).ToList(),
                }).ToList(),
            };
        }
    }
}
