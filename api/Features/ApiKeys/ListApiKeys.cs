using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.ApiKeys;

public static class ListApiKeys
{
    public sealed record Query(int? Page, int? PageSize) : IQuery<Paged<ApiKeyResponse>>;

    [Sql] internal const string Count = "SELECT COUNT(*) FROM ApiKeys WHERE TenantId = @TenantId";
    [Sql] internal static string Select(ISqlDialect d) => $"SELECT {ApiKeySql.Columns} FROM ApiKeys WHERE TenantId = @TenantId ORDER BY CreatedAt DESC, Id {d.Paging}";

    internal sealed class Handler(Db db, CurrentUser user) : IQueryHandler<Query, Paged<ApiKeyResponse>>
    {
        public async ValueTask<Paged<ApiKeyResponse>> Handle(Query query, CancellationToken ct)
        {
            var (page, size, skip) = Listing.Paging(query.Page, query.PageSize);
            var args = new { TenantId = await user.TenantId(ct), Skip = skip, Take = size };
            return Listing.Page(await db.Query<ApiKeyResponse>(Select(db.Dialect), args, ct), page, size, await db.Scalar<int>(Count, args, ct));
        }
    }
}
