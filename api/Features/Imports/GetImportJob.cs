using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.Imports;

/// <summary>A job of the caller's tenant: its status and progress, then its report. Another tenant's job is a 404 like a missing one.</summary>
public static class GetImportJob
{
    public sealed record Query(Guid Id) : IQuery<ImportJobResponse>;

    internal sealed class Handler(Db db, CurrentUser user, ImportJobProgress progress) : IQueryHandler<Query, ImportJobResponse>
    {
        public async ValueTask<ImportJobResponse> Handle(Query query, CancellationToken ct)
        {
            var row = await db.Single<ImportJobSql.Row>(ImportJobSql.ById, new { query.Id, TenantId = await user.TenantId(ct) }, ct)
                ?? throw new NotFoundException("Pekerjaan impor", query.Id);
            return row.Response(progress);
        }
    }
}
