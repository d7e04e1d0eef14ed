using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using Mediator;

namespace AsnApi.Features.FollowUps;

/// <summary>One completed enrollment's follow-up: the competencies to rate, and the ratings once filed.</summary>
public static class GetFollowUp
{
    public sealed record Query(Guid EnrollmentId) : IQuery<FollowUpResponse>;

    internal sealed class Handler(Db db, CurrentUser user, TimeProvider clock) : IQueryHandler<Query, FollowUpResponse>
    {
        public async ValueTask<FollowUpResponse> Handle(Query query, CancellationToken ct) => await FollowUpSql.Load(db, user, clock, query.EnrollmentId, ct);
    }
}
