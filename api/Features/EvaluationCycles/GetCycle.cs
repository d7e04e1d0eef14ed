using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using Mediator;

namespace AsnApi.Features.EvaluationCycles;

public static class GetCycle
{
    public sealed record Query(Guid Id) : IQuery<EvaluationCycleResponse>;

    internal sealed class Handler(Db db, CurrentUser user) : IQueryHandler<Query, EvaluationCycleResponse>
    {
        public async ValueTask<EvaluationCycleResponse> Handle(Query query, CancellationToken ct) => (await EvaluationCycleSql.Load(db, user, query.Id, ct)).ToResponse();
    }
}
