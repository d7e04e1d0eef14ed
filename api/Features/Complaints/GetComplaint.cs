using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.Complaints;

public static class GetComplaint
{
    public sealed record Query(Guid Id) : IQuery<ComplaintResponse>;

    [Sql] internal const string Sql = $"SELECT {ComplaintSql.Columns} FROM {ComplaintSql.From} WHERE c.Id = @Id AND c.TenantId = @TenantId AND u.Path LIKE @Scope";

    internal sealed class Handler(Db db, CurrentUser user, TimeProvider clock) : IQueryHandler<Query, ComplaintResponse>
    {
        public async ValueTask<ComplaintResponse> Handle(Query query, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var row = await db.Single<ComplaintSql.Row>(Sql, new { query.Id, TenantId = tenantId, Scope = await user.UnitScope(ct) }, ct)
                ?? throw new NotFoundException("Pengaduan", query.Id);
            var (deadlines, _) = await ComplaintSql.LoadSettings(db, tenantId, ct);
            return row.ToResponse(ComplaintSql.SeesReporter(user), ComplaintSql.DayOf(clock.GetUtcNow()), deadlines, await ComplaintSql.History(db, tenantId, row.Id, ct));
        }
    }
}
