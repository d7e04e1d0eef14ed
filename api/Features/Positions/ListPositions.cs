using AsnApi.Contracts;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.Positions;

public static class ListPositions
{
    public sealed record Query(int? Page, int? PageSize, string? Q, Guid? UnitId, Guid? UnderUnitId, PositionType? Type, bool? Active, string? Sort) : IQuery<Paged<PositionResponse>>;

    private static readonly Dictionary<string, string> Sorts = new()
    {
        ["name"] = "p.Name", ["code"] = "p.Code", ["type"] = "p.Type", ["level"] = "p.ManagerialLevel", ["unit"] = "u.Name",
    };

    internal static (string Count, string Select) Build(ISqlDialect d, bool q, bool unit, bool under, bool type, bool active, string orderBy)
    {
        var where = new List<string> { "p.TenantId = @TenantId", "u.Path LIKE @Scope" };
        if (q) where.Add(@"(p.Name LIKE @Q ESCAPE '\' OR p.Code LIKE @Q ESCAPE '\')");
        if (unit) where.Add("p.UnitId = @UnitId");
        if (under) where.Add("u.Path LIKE @UnderPath");
        if (type) where.Add("p.Type = @Type");
        if (active) where.Add("p.IsActive = @Active");
        return (Listing.Count(PositionSql.From, where), Listing.Select(d, PositionSql.Columns, PositionSql.From, where, orderBy));
    }

    [Sql]
    internal static IEnumerable<string> AllVariants(ISqlDialect d) =>
        Sorts.Keys.SelectMany(s => { var (c, q) = Build(d, true, true, true, true, true, Listing.OrderBy(s, Sorts, "name", "p.Id")); return new[] { c, q }; });

    internal sealed class Handler(Db db, CurrentUser user) : IQueryHandler<Query, Paged<PositionResponse>>
    {
        public async ValueTask<Paged<PositionResponse>> Handle(Query query, CancellationToken ct)
        {
            var (page, size, skip) = Listing.Paging(query.Page, query.PageSize);
            var orderBy = Listing.OrderBy(query.Sort, Sorts, "name", "p.Id");
            var tenantId = await user.TenantId(ct);
            var underPath = await UnitTree.SubtreePattern(db, tenantId, query.UnderUnitId, ct);

            var (countSql, selectSql) = Build(db.Dialect, query.Q is not null, query.UnitId is not null, underPath is not null, query.Type is not null, query.Active is not null, orderBy);
            var args = new { TenantId = tenantId, Scope = await user.UnitScope(ct), Q = Listing.Contains(query.Q), query.UnitId, UnderPath = underPath, Type = query.Type?.ToString(), query.Active, Skip = skip, Take = size };
            var total = await db.Scalar<int>(countSql, args, ct);
            var items = await db.Query<PositionResponse>(selectSql, args, ct);
            return Listing.Page(items, page, size, total);
        }
    }
}
