using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.TrainingPrograms;

public static class GetTrainingProgram
{
    public sealed record Query(Guid Id) : IQuery<TrainingProgramResponse>;

    [Sql] internal const string Sql = $"SELECT {TrainingProgramSql.Columns} FROM {TrainingProgramSql.From} WHERE p.Id = @Id AND p.TenantId = @TenantId";

    internal sealed class Handler(Db db, CurrentUser user) : IQueryHandler<Query, TrainingProgramResponse>
    {
        public async ValueTask<TrainingProgramResponse> Handle(Query query, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var program = await db.Single<TrainingProgramResponse>(Sql, new { query.Id, TenantId = tenantId }, ct) ?? throw new NotFoundException("Program pelatihan", query.Id);
            return (await TrainingProgramSql.Complete(db, tenantId, [program], ct))[0];
        }
    }
}
