using AsnApi.Contracts;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.ServiceUnits;

public static class ListServiceUnits
{
    public sealed record Query(int? Page, int? PageSize, string? Q, Guid? UnitId, Guid? UnderUnitId, bool? SurveyOpen, string? Sort) : IQuery<Paged<ServiceUnitResponse>>;

    private static readonly Dictionary<string, string> Sorts = new()
    {
        ["name"] = "su.Name", ["slug"] = "su.Slug", ["unit"] = "u.Name", ["population"] = "su.PopulationPerYear",
    };

    internal static (string Count, string Select) Build(ISqlDialect d, bool q, bool unit, bool under, bool open, string orderBy)
    {
        var where = new List<string> { "su.TenantId = @TenantId", "u.Path LIKE @Scope" };
        if (q) where.Add(@"(su.Name LIKE @Q ESCAPE '\' OR su.Slug LIKE @Q ESCAPE '\')");
        if (unit) where.Add("su.UnitId = @UnitId");
        if (under) where.Add("u.Path LIKE @UnderPath");
        if (open) where.Add("su.SurveyOpen = @SurveyOpen");
        return (Listing.Count(ServiceUnitSql.From, where), Listing.Select(d, ServiceUnitSql.Columns, ServiceUnitSql.From, where, orderBy));
    }

    [Sql]
    internal static IEnumerable<string> AllVariants(ISqlDialect d) =>
        Sorts.Keys.SelectMany(s => { var (c, q) = Build(d, true, true, true, true, Listing.OrderBy(s, Sorts, "name", "su.Id")); return new[] { c, q }; });

    internal sealed class Handler(Db db, CurrentUser user) : IQueryHandler<Query, Paged<ServiceUnitResponse>>
    {
        public async ValueTask<Paged<ServiceUnitResponse>> Handle(Query query, CancellationToken ct)
        {
            var (page, size, skip) = Listing.Paging(query.Page, query.PageSize);
            var orderBy = Listing.OrderBy(query.Sort, Sorts, "name", "su.Id");
            var tenantId = await user.TenantId(ct);
            var underPath = await UnitTree.SubtreePattern(db, tenantId, query.UnderUnitId, ct);
            var (countSql, selectSql) = Build(db.Dialect, query.Q is not null, query.UnitId is not null, underPath is not null, query.SurveyOpen is not null, orderBy);
            var args = new { TenantId = tenantId, Scope = await user.UnitScope(ct), Q = Listing.Contains(query.Q), query.UnitId, UnderPath = underPath, query.SurveyOpen, Skip = skip, Take = size };
            var total = await db.Scalar<int>(countSql, args, ct);
            var rows = await db.Query<ServiceUnitSql.Row>(selectSql, args, ct);
            return Listing.Page(await ServiceUnitSql.WithStaff(db, tenantId, rows, ct), page, size, total);
        }
    }
}
