using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.Competencies;

public static class GetCompetency
{
    public sealed record Query(Guid Id) : IQuery<CompetencyResponse>;

    [Sql] internal const string Sql = $"SELECT {CompetencySql.Columns} FROM Competencies c WHERE c.Id = @Id AND {CompetencySql.Visible}";
    [Sql] internal const string Levels = "SELECT Level, Description FROM CompetencyLevels WHERE CompetencyId = @Id ORDER BY Level";

    internal sealed class Handler(Db db, CurrentUser user) : IQueryHandler<Query, CompetencyResponse>
    {
        public async ValueTask<CompetencyResponse> Handle(Query query, CancellationToken ct)
        {
            var competency = await db.Single<CompetencyResponse>(Sql, new { query.Id, TenantId = await user.TenantId(ct) }, ct)
                ?? throw new NotFoundException("Kompetensi", query.Id);
            competency.Levels = await db.Query<CompetencyLevelDto>(Levels, new { query.Id }, ct);
            return competency;
        }
    }
}
