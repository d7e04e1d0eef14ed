using AsnApi.Contracts;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.Units;

public static class ListUnits
{
    public sealed record Query(int? Page, int? PageSize, string? Q, Guid? ParentId, Guid? UnderUnitId, bool? Active, string? Sort) : IQuery<Paged<UnitResponse>>;

    private static readonly Dictionary<string, string> Sorts = new()
    {
        ["name"] = "u.Name", ["code"] = "u.Code", ["path"] = "u.Path", ["depth"] = "u.Depth",
    };

    /// <summary>Builds the filter for the given query; every filter is an indexed column (TenantId, Path, ParentId, Name).</summary>
    internal static (string Count, string Select) Build(ISqlDialect d, bool q, bool parent, bool under, bool active, string orderBy)
    {
        var where = new List<string> { "u.TenantId = @TenantId", "u.Path LIKE @Scope" };
        if (q) where.Add(@"(u.Name LIKE @Q ESCAPE '\' OR u.Code LIKE @Q ESCAPE '\')");
        if (parent) where.Add("u.ParentId = @ParentId");
        if (under) where.Add("u.Path LIKE @UnderPath");
        if (active) where.Add("u.IsActive = @Active");
        return (Listing.Count(UnitSql.From, where), Listing.Select(d, UnitSql.Columns, UnitSql.From, where, orderBy));
    }

    [Sql]
    internal static IEnumerable<string> AllVariants(ISqlDialect d) =>
        Sorts.Keys.SelectMany(s => { var (c, q) = Build(d, true, true, true, true, Listing.OrderBy("-" + s, Sorts, "name", "u.Id")); return new[] { c, q }; });

    internal sealed class Handler(Db db, CurrentUser user) : IQueryHandler<Query, Paged<UnitResponse>>
    {
        public async ValueTask<Paged<UnitResponse>> Handle(Query query, CancellationToken ct)
        {
            var (page, size, skip) = Listing.Paging(query.Page, query.PageSize);
            var orderBy = Listing.OrderBy(query.Sort, Sorts, "path", "u.Id");
            var tenantId = await user.TenantId(ct);
            var underPath = await UnitTree.SubtreePattern(db, tenantId, query.UnderUnitId, ct);

            var (countSql, selectSql) = Build(db.Dialect, query.Q is not null, query.ParentId is not null, underPath is not null, query.Active is not null, orderBy);
            var args = new { TenantId = tenantId, Scope = await user.UnitScope(ct), Q = Listing.Contains(query.Q), query.ParentId, UnderPath = underPath, query.Active, Skip = skip, Take = size };
            var total = await db.Scalar<int>(countSql, args, ct);
            var items = await db.Query<UnitResponse>(selectSql, args, ct);
            return Listing.Page(items, page, size, total);
        }
    }
}
