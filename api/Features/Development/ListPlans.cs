using AsnApi.Contracts;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.Development;

public static class ListPlans
{
    public sealed record Query(int? Page, int? PageSize, int? Year, DevelopmentPlanStatus? Status, Guid? EmployeeId, Guid? UnderUnitId, string? Sort) : IQuery<Paged<DevelopmentPlanResponse>>;

    private static readonly Dictionary<string, string> Sorts = new() { ["updatedAt"] = "pl.UpdatedAt", ["employee"] = "e.Name", ["status"] = "pl.Status", ["year"] = "pl.Year" };

    internal static (string Count, string Select) Build(ISqlDialect d, bool year, bool status, bool employee, bool under, string orderBy)
    {
        var where = new List<string> { "pl.TenantId = @TenantId", "u.Path LIKE @Scope" };
        if (year) where.Add("pl.Year = @Year");
        if (status) where.Add("pl.Status = @Status");
        if (employee) where.Add("pl.EmployeeId = @EmployeeId");
        if (under) where.Add("u.Path LIKE @UnderPath");
        return (Listing.Count(DevelopmentSql.PlanFrom, where), Listing.Select(d, DevelopmentSql.PlanColumns, DevelopmentSql.PlanFrom, where, orderBy));
    }

    [Sql]
    internal static IEnumerable<string> AllVariants(ISqlDialect d) =>
        Sorts.Keys.SelectMany(s => { var (c, q) = Build(d, true, true, true, true, Listing.OrderBy(s, Sorts, "-updatedAt", "pl.Id")); return new[] { c, q }; });

    internal sealed class Handler(Db db, CurrentUser user) : IQueryHandler<Query, Paged<DevelopmentPlanResponse>>
    {
        public async ValueTask<Paged<DevelopmentPlanResponse>> Handle(Query query, CancellationToken ct)
        {
            var (page, size, skip) = Listing.Paging(query.Page, query.PageSize);
            var tenantId = await user.TenantId(ct);
            var underPath = await UnitTree.SubtreePattern(db, tenantId, query.UnderUnitId, ct);
            var (countSql, selectSql) = Build(db.Dialect, query.Year is not null, query.Status is not null, query.EmployeeId is not null, underPath is not null,
                Listing.OrderBy(query.Sort, Sorts, "-updatedAt", "pl.Id"));
            var args = new { TenantId = tenantId, Scope = await user.UnitScope(ct), query.Year, Status = query.Status?.ToString(), query.EmployeeId, UnderPath = underPath, Skip = skip, Take = size };
            return Listing.Page(await db.Query<DevelopmentPlanResponse>(selectSql, args, ct), page, size, await db.Scalar<int>(countSql, args, ct));
        }
    }
}
