using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.Auth;

public static class GetMe
{
    public sealed record Query : IQuery<MeResponse>;

    internal sealed class TenantRow { public string Code { get; init; } = ""; public string Name { get; init; } = ""; }

    [Sql] internal const string Tenant = "SELECT Code, Name FROM Tenants WHERE Id = @Id";
    [Sql] internal const string DisplayName = "SELECT DisplayName FROM Users WHERE Username = @Username";

    internal sealed class Handler(Db db, CurrentUser user) : IQueryHandler<Query, MeResponse>
    {
        public async ValueTask<MeResponse> Handle(Query query, CancellationToken ct)
        {
            Guid? tenantId = null;
            try { tenantId = await user.TenantId(ct); } catch (ForbiddenException) { /* the national viewer has none */ }
            var tenant = tenantId is null ? null : await db.Single<TenantRow>(Tenant, new { Id = tenantId }, ct);
            return new MeResponse
            {
                Username = user.Name,
                DisplayName = user.IsApiKey ? user.Name : await db.Single<string>(DisplayName, new { Username = user.Name }, ct),
                Role = user.Role ?? (user.HasScope(ApiKeyScope.Write) ? Role.TenantAdmin : Role.Viewer),
                TenantId = tenantId,
                TenantCode = tenant?.Code,
                TenantName = tenant?.Name,
                UnitId = user.UnitId,
                Scopes = user.Scopes,
            };
        }
    }
}
