using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.Partners;

public static class GetPartner
{
    public sealed record Query(Guid Id) : IQuery<PartnerResponse>;

    [Sql] internal const string Sql = $"SELECT {PartnerSql.Columns} FROM Partners pa WHERE pa.Id = @Id AND pa.TenantId = @TenantId";

    internal sealed class Handler(Db db, CurrentUser user) : IQueryHandler<Query, PartnerResponse>
    {
        public async ValueTask<PartnerResponse> Handle(Query query, CancellationToken ct) =>
            await db.Single<PartnerResponse>(Sql, new { query.Id, TenantId = await user.TenantId(ct) }, ct) ?? throw new NotFoundException("Mitra", query.Id);
    }
}
