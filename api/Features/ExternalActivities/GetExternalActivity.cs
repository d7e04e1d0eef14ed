using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using Mediator;

namespace AsnApi.Features.ExternalActivities;

public static class GetExternalActivity
{
    public sealed record Query(Guid EmployeeId, Guid Id) : IQuery<ExternalActivityResponse>;

    internal sealed class Handler(Db db, CurrentUser user) : IQueryHandler<Query, ExternalActivityResponse>
    {
        public async ValueTask<ExternalActivityResponse> Handle(Query query, CancellationToken ct) =>
            await ExternalActivitySql.Load(db, user, await user.TenantId(ct), query.EmployeeId, query.Id, ct);
    }
}
