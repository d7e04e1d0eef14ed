using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.Units;

public static class GetUnit
{
    public sealed record Query(Guid Id) : IQuery<UnitResponse>;

    [Sql] internal const string Sql = $"SELECT {UnitSql.Columns} FROM {UnitSql.From} WHERE u.Id = @Id AND u.TenantId = @TenantId AND u.Path LIKE @Scope";

    internal sealed class Handler(Db db, CurrentUser user) : IQueryHandler<Query, UnitResponse>
    {
        public async ValueTask<UnitResponse> Handle(Query query, CancellationToken ct) =>
            await db.Single<UnitResponse>(Sql, new { query.Id, TenantId = await user.TenantId(ct), Scope = await user.UnitScope(ct) }, ct)
            ?? throw new NotFoundException("Unit kerja", query.Id);
    }
}
