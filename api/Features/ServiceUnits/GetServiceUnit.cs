using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.ServiceUnits;

public static class GetServiceUnit
{
    public sealed record Query(Guid Id) : IQuery<ServiceUnitResponse>;

    [Sql] internal const string Sql = $"SELECT {ServiceUnitSql.Columns} FROM {ServiceUnitSql.From} WHERE su.Id = @Id AND su.TenantId = @TenantId AND u.Path LIKE @Scope";

    internal sealed class Handler(Db db, CurrentUser user) : IQueryHandler<Query, ServiceUnitResponse>
    {
        public async ValueTask<ServiceUnitResponse> Handle(Query query, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var row = await db.Single<ServiceUnitSql.Row>(Sql, new { query.Id, TenantId = tenantId, Scope = await user.UnitScope(ct) }, ct)
                ?? throw new NotFoundException("Unit layanan", query.Id);
            return (await ServiceUnitSql.WithStaff(db, tenantId, [row], ct))[0];
        }
    }
}
