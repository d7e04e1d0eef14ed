using System.Globalization;
using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.Audit;

public static class ListAudit
{
    public sealed record Query(int? Page, int? PageSize, string? EntityType, string? EntityId, string? Cursor, bool? IncludeTotal)
        : IQuery<Paged<AuditEntryResponse>>;

    /// <summary>
    /// Newest first, in the order the rows were written: the id (an identity, one writer at a time on SQLite) rather
    /// than the clock, so the order is total, the cursor is one number and (TenantId, Id) or (TenantId, EntityType,
    /// EntityId) with the id at the end serves every page, however long the log grows.
    /// </summary>
    private const string Order = "-id";

    internal static (string Count, string Select) Build(ISqlDialect d, bool entityType, bool entityId, bool after)
    {
        var where = new List<string> { "TenantId = @TenantId" };
        if (entityType) where.Add("EntityType = @EntityType");
        if (entityId) where.Add("EntityId = @EntityId");
        var count = Listing.Count("AuditLog", where);
        if (after) where.Add(Keyset.AfterUnique("Id", descending: true));
        return (count, Listing.Select(d, "Id, At, Actor, Action, EntityType, EntityId, Data", "AuditLog", where, "Id DESC"));
    }

    [Sql]
    internal static IEnumerable<string> AllVariants(ISqlDialect d)
    {
        var (c, s) = Build(d, true, true, false);
        return [c, s, Build(d, true, true, true).Select];
    }

    internal sealed class Handler(Db db, CurrentUser user) : IQueryHandler<Query, Paged<AuditEntryResponse>>
    {
        public async ValueTask<Paged<AuditEntryResponse>> Handle(Query query, CancellationToken ct)
        {
            var paging = PageRequest.From(query.Page, query.PageSize, query.Cursor, null, Order, [Order]);
            var afterKey = paging.Cursor is { } c ? Keyset.Key(c, k => (long.TryParse(k, NumberStyles.None, CultureInfo.InvariantCulture, out var id), id)) : (long?)null;
            var (countSql, selectSql) = Build(db.Dialect, query.EntityType is not null, query.EntityId is not null, afterKey is not null);
            var args = new { TenantId = await user.TenantId(ct), query.EntityType, query.EntityId, paging.Skip, paging.Take, AfterKey = afterKey };
            int? total = paging.WantsTotal(query.IncludeTotal) ? await db.Scalar<int>(countSql, args, ct) : null;
            var (items, next) = paging.Trim(await db.Query<AuditEntryResponse>(selectSql, args, ct), a => (a.Id.ToString(CultureInfo.InvariantCulture), Guid.Empty));
            return Listing.Page(items, paging.Page, paging.Size, total, next);
        }
    }

    public static void MapAudit(this IEndpointRouteBuilder app) =>
        app.MapGroup("/api/v1/audit").WithProblems().MapGet("/", async ([AsParameters] Query q, IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(q, ct)))
            .WithTags("Audit").WithName("Audit_List").RequireAuthorization(Policies.TenantAdmin)
            .WithSummary("The append-only audit log of the tenant, newest first: who changed what, when. Pages by number or by cursor (nextCursor).");
}
