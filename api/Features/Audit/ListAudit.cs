using System.Globalization;
using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using FluentValidation;
using Mediator;

namespace AsnApi.Features.Audit;

public static class ListAudit
{
    /// <summary>
    /// From and To are whole days in UTC, both inclusive: the log stores UTC instants, and a tenant may be in WIB, WITA or WIT,
    /// so the API does not guess a zone. Actor is matched exactly ("admin@tpi", "apikey:sinkron SIASN").
    /// </summary>
    public sealed record Query(int? Page, int? PageSize, string? EntityType, string? EntityId, string? Actor, DateOnly? From, DateOnly? To, string? Cursor, bool? IncludeTotal)
        : IQuery<Paged<AuditEntryResponse>>;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.To).Must((q, to) => q.From is null || to is null || to >= q.From)
            .WithMessage("Tanggal akhir tidak boleh sebelum tanggal awal.");
    }

    /// <summary>
    /// Newest first, in the order the rows were written: the id (an identity, one writer at a time on SQLite) rather
    /// than the clock, so the order is total, the cursor is one number and (TenantId, Id), (TenantId, Actor, Id),
    /// (TenantId, EntityType, Id) or (TenantId, EntityType, EntityId) with the id at the end serves every page, however long the log grows.
    /// </summary>
    private const string Order = "-id";

    internal static (string Count, string Select) Build(ISqlDialect d, bool entityType, bool entityId, bool actor, bool from, bool to, bool after)
    {
        var where = new List<string> { "TenantId = @TenantId" };
        if (entityType) where.Add("EntityType = @EntityType");
        if (entityId) where.Add("EntityId = @EntityId");
        if (actor) where.Add("Actor = @Actor");
        if (from) where.Add("At >= @FromAt");
        if (to) where.Add("At < @ToAt");
        var count = Listing.Count("AuditLog", where);
        if (after) where.Add(Keyset.AfterUnique("Id", descending: true));
        return (count, Listing.Select(d, "Id, At, Actor, Action, EntityType, EntityId, Data", "AuditLog", where, "Id DESC"));
    }

    [Sql]
    internal static IEnumerable<string> AllVariants(ISqlDialect d)
    {
        var (c, s) = Build(d, true, true, true, true, true, false);
        return [c, s, Build(d, true, true, true, true, true, true).Select];
    }

    internal sealed class Handler(Db db, CurrentUser user) : IQueryHandler<Query, Paged<AuditEntryResponse>>
    {
        public async ValueTask<Paged<AuditEntryResponse>> Handle(Query query, CancellationToken ct)
        {
            var paging = PageRequest.From(query.Page, query.PageSize, query.Cursor, null, Order, [Order]);
            var afterKey = paging.Cursor is { } c ? Keyset.Key(c, k => (long.TryParse(k, NumberStyles.None, CultureInfo.InvariantCulture, out var id), id)) : (long?)null;
            var (countSql, selectSql) = Build(db.Dialect, query.EntityType is not null, query.EntityId is not null, query.Actor is not null, query.From is not null, query.To is not null, afterKey is not null);
            // To is inclusive: everything before the start of the next day.
            DateTimeOffset? fromAt = query.From is { } f ? new DateTimeOffset(f.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;
            DateTimeOffset? toAt = query.To is { } t ? (t == DateOnly.MaxValue ? DateTimeOffset.MaxValue : new DateTimeOffset(t.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)) : null;
            var args = new { TenantId = await user.TenantId(ct), query.EntityType, query.EntityId, query.Actor, FromAt = fromAt, ToAt = toAt, paging.Skip, paging.Take, AfterKey = afterKey };
            int? total = paging.WantsTotal(query.IncludeTotal) ? await db.Scalar<int>(countSql, args, ct) : null;
            var (items, next) = paging.Trim(await db.Query<AuditEntryResponse>(selectSql, args, ct), a => (a.Id.ToString(CultureInfo.InvariantCulture), Guid.Empty));
            return Listing.Page(items, paging.Page, paging.Size, total, next);
        }
    }

    public static void MapAudit(this IEndpointRouteBuilder app) =>
        app.MapGroup("/api/v1/audit").WithProblems().MapGet("/", async ([AsParameters] Query q, IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(q, ct)))
            .WithTags("Audit").WithName("Audit_List").RequireAuthorization(Policies.TenantAdmin)
            .WithSummary("The append-only audit log of the tenant, newest first: who changed what, when. Filters: entityType, entityId, actor (exact), from/to (UTC days, inclusive). Pages by number or by cursor (nextCursor).");
}
