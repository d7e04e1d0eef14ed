using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using AsnApi.Infrastructure.Pipeline;
using Mediator;

namespace AsnApi.Features.ApiKeys;

public static class RevokeApiKey
{
    public sealed record Command(Guid Id) : ICommand<ApiKeyResponse>;

    [Sql] internal const string Revoke = "UPDATE ApiKeys SET RevokedAt = COALESCE(RevokedAt, @Now) WHERE Id = @Id AND TenantId = @TenantId";
    [Sql] internal const string Get = $"SELECT {ApiKeySql.Columns} FROM ApiKeys WHERE Id = @Id AND TenantId = @TenantId";

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock) : ICommandHandler<Command, ApiKeyResponse>
    {
        public async ValueTask<ApiKeyResponse> Handle(Command cmd, CancellationToken ct)
        {
            var args = new { cmd.Id, TenantId = await user.TenantId(ct), Now = clock.GetUtcNow() };
            if (await db.Execute(Revoke, args, ct) == 0) throw new NotFoundException("Kunci API", cmd.Id);
            audit.Touch("ApiKey", cmd.Id);
            return (await db.Single<ApiKeyResponse>(Get, args, ct))!;
        }
    }
}
