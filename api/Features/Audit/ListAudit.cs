using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.Audit;

public static class ListAudit
{
    public sealed record Query(int? Page, int? PageSize, string? EntityType, string? EntityId) : IQuery<Paged<AuditEntryResponse>>;

    internal static (string Count, string Select) Build(ISqlDialect d, bool entityType, bool entityId)
    {
        var where = new List<string> { "TenantId = @TenantId" };
        if (entityType) where.Add("EntityType = @EntityType");
        if (entityId) where.Add("EntityId = @EntityId");
        return (Listing.Count("AuditLog", where), Listing.Select(d, "Id, At, Actor, Action, EntityType, EntityId, Data", "AuditLog", where, "At DESC, Id DESC"));
    }

    [Sql] internal static IEnumerable<string> AllVariants(ISqlDialect d) { var (c, s) = Build(d, true, true); return [c, s]; }

    internal sealed class Handler(Db db, CurrentUser user) : IQueryHandler<Query, Paged<AuditEntryResponse>>
    {
        public async ValueTask<Paged<AuditEntryResponse>> Handle(Query query, CancellationToken ct)
        {
            var (page, size, skip) = Listing.Paging(query.Page, query.PageSize);
            var (countSql, selectSql) = Build(db.Dialect, query.EntityType is not null, query.EntityId is not null);
            var args = new { TenantId = await user.TenantId(ct), query.EntityType, query.EntityId, Skip = skip, Take = size };
            return Listing.Page(await db.Query<AuditEntryResponse>(selectSql, args, ct), page, size, await db.Scalar<int>(countSql, args, ct));
        }
    }

    public static void MapAudit(this IEndpointRouteBuilder app) =>
        app.MapGroup("/api/v1/audit").WithProblems().MapGet("/", async ([AsParameters] Query q, IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(q, ct)))
            .WithTags("Audit").WithName("Audit_List").RequireAuthorization(Policies.TenantAdmin)
            .WithSummary("The append-only audit log of the tenant: who changed what, when.");
}
