using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.TrainingSessions;

public static class GetTrainingSession
{
    public sealed record Query(Guid Id) : IQuery<TrainingSessionResponse>;

    [Sql] internal const string Sql = $"SELECT {TrainingSessionSql.Columns} FROM {TrainingSessionSql.From} WHERE s.Id = @Id AND s.TenantId = @TenantId";

    internal sealed class Handler(Db db, CurrentUser user) : IQueryHandler<Query, TrainingSessionResponse>
    {
        public async ValueTask<TrainingSessionResponse> Handle(Query query, CancellationToken ct)
        {
            var session = await db.Single<TrainingSessionResponse>(Sql, new { query.Id, TenantId = await user.TenantId(ct) }, ct)
                ?? throw new NotFoundException("Angkatan pelatihan", query.Id);
            return TrainingSessionSql.Labelled(new[] { session })[0];
        }
    }
}
