using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using Mediator;

namespace AsnApi.Features.Appraisals;

public static class GetAppraisal
{
    public sealed record Query(Guid Id) : IQuery<PerformanceAppraisalResponse>;

    internal sealed class Handler(Db db, CurrentUser user) : IQueryHandler<Query, PerformanceAppraisalResponse>
    {
        public async ValueTask<PerformanceAppraisalResponse> Handle(Query query, CancellationToken ct) =>
            await AppraisalSql.Load(db, user, await user.TenantId(ct), query.Id, ct);
    }
}
