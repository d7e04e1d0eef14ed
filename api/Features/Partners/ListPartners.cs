using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.Partners;

/// <summary>A tenant has tens of partners, not thousands: the (TenantId, Name) index serves the default order and the tenant filter.</summary>
public static class ListPartners
{
    public sealed record Query(int? Page, int? PageSize, string? Q, PartnerKind? Kind, bool? Active, string? Sort) : IQuery<Paged<PartnerResponse>>;

    private static readonly Dictionary<string, string> Sorts = new() { ["name"] = "pa.Name", ["kind"] = "pa.Kind" };

    internal static (string Count, string Select) Build(ISqlDialect d, bool q, bool kind, bool active, string orderBy)
    {
        var where = new List<string> { "pa.TenantId = @TenantId" };
        if (q) where.Add(@"(pa.Name LIKE @Q ESCAPE '\' OR pa.ContactName LIKE @Q ESCAPE '\')");
        if (kind) where.Add("pa.Kind = @Kind");
        if (active) where.Add("pa.IsActive = @Active");
        return (Listing.Count("Partners pa", where), Listing.Select(d, PartnerSql.Columns, "Partners pa", where, orderBy));
    }

    [Sql]
    internal static IEnumerable<string> AllVariants(ISqlDialect d) =>
        Sorts.Keys.SelectMany(s => { var (c, q) = Build(d, true, true, true, Listing.OrderBy(s, Sorts, "name", "pa.Id")); return new[] { c, q }; });

    internal sealed class Handler(Db db, CurrentUser user) : IQueryHandler<Query, Paged<PartnerResponse>>
    {
        public async ValueTask<Paged<PartnerResponse>> Handle(Query query, CancellationToken ct)
        {
            var (page, size, skip) = Listing.Paging(query.Page, query.PageSize);
            var (countSql, selectSql) = Build(db.Dialect, query.Q is not null, query.Kind is not null, query.Active is not null, Listing.OrderBy(query.Sort, Sorts, "name", "pa.Id"));
            var args = new { TenantId = await user.TenantId(ct), Q = Listing.Contains(query.Q), Kind = query.Kind?.ToString(), query.Active, Skip = skip, Take = size };
            return Listing.Page(await db.Query<PartnerResponse>(selectSql, args, ct), page, size, await db.Scalar<int>(countSql, args, ct));
        }
    }
}
