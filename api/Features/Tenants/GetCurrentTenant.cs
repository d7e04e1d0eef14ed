using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using Mediator;

namespace AsnApi.Features.Tenants;

/// <summary>The caller's own tenant.</summary>
public static class GetCurrentTenant
{
    public sealed record Query : IQuery<TenantResponse>;

    [Sql] internal const string Sql = "SELECT Id, Code, Name, RegionCode, ParentTenantId FROM Tenants WHERE Id = @Id";

    internal sealed class Handler(Db db, CurrentUser user) : IQueryHandler<Query, TenantResponse>
    {
        public async ValueTask<TenantResponse> Handle(Query query, CancellationToken ct) =>
            (await db.Single<TenantResponse>(Sql, new { Id = await user.TenantId(ct) }, ct))!;
    }
}
