using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.Standards;

public static class GetPositionStandard
{
    public sealed record Query(Guid PositionId) : IQuery<PositionStandardResponse>;

    [Sql] internal const string Items = """
        SELECT s.CompetencyId, c.Code, c.Name, c.Kind, s.RequiredLevel
        FROM PositionStandards s JOIN Competencies c ON c.Id = s.CompetencyId
        WHERE s.PositionId = @Id AND s.TenantId = @TenantId
        ORDER BY c.Kind, c.Code
        """;

    internal sealed class Handler(Db db, CurrentUser user) : IQueryHandler<Query, PositionStandardResponse>
    {
        public async ValueTask<PositionStandardResponse> Handle(Query query, CancellationToken ct)
        {
            var args = new { Id = query.PositionId, TenantId = await user.TenantId(ct), Scope = await user.UnitScope(ct) };
            var position = await db.Single<StandardSql.PositionRow>(StandardSql.Position, args, ct) ?? throw new NotFoundException("Jabatan", query.PositionId);
            return new PositionStandardResponse
            {
                PositionId = position.Id, PositionName = position.Name, PositionType = position.Type, ManagerialLevel = position.ManagerialLevel,
                Items = await db.Query<StandardItemResponse>(Items, args, ct),
            };
        }
    }
}
