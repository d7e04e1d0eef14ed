using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.Positions;

public static class GetPosition
{
    public sealed record Query(Guid Id) : IQuery<PositionResponse>;

    [Sql] internal const string Sql = $"SELECT {PositionSql.Columns} FROM {PositionSql.From} WHERE p.Id = @Id AND p.TenantId = @TenantId AND u.Path LIKE @Scope";

    internal sealed class Handler(Db db, CurrentUser user) : IQueryHandler<Query, PositionResponse>
    {
        public async ValueTask<PositionResponse> Handle(Query query, CancellationToken ct) =>
            await db.Single<PositionResponse>(Sql, new { query.Id, TenantId = await user.TenantId(ct), Scope = await user.UnitScope(ct) }, ct)
            ?? throw new NotFoundException("Jabatan", query.Id);
    }
}
