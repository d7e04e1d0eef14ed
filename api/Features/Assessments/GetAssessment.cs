using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.Assessments;

public static class GetAssessment
{
    public sealed record Query(Guid Id) : IQuery<AssessmentResponse>;

    [Sql] internal const string Sql = $"SELECT {AssessmentSql.Columns} FROM {AssessmentSql.From} WHERE a.Id = @Id AND a.TenantId = @TenantId AND u.Path LIKE @Scope";
    [Sql] internal const string Results = """
        SELECT r.CompetencyId, c.Code, c.Name, r.Level, r.Note
        FROM AssessmentResults r JOIN Competencies c ON c.Id = r.CompetencyId
        WHERE r.AssessmentId = @Id AND r.TenantId = @TenantId
        ORDER BY c.Kind, c.Code
        """;

    internal sealed class Handler(Db db, CurrentUser user) : IQueryHandler<Query, AssessmentResponse>
    {
        public async ValueTask<AssessmentResponse> Handle(Query query, CancellationToken ct)
        {
            var args = new { query.Id, TenantId = await user.TenantId(ct), Scope = await user.UnitScope(ct) };
            var assessment = await db.Single<AssessmentResponse>(Sql, args, ct) ?? throw new NotFoundException("Penilaian", query.Id);
            assessment.Results = await db.Query<AssessmentResultResponse>(Results, args, ct);
            return assessment;
        }
    }
}
