using AsnApi.Contracts;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.Development;

public static class ListPlans
{
    public sealed record Query(int? Page, int? PageSize, int? Year, DevelopmentPlanStatus? Status, Guid? EmployeeId, Guid? UnderUnitId, string? Sort, bool? IncludeTotal)
        : IQuery<Paged<DevelopmentPlanResponse>>;

    private static readonly Dictionary<string, string> Sorts = new() { ["updatedAt"] = "pl.UpdatedAt", ["employee"] = "e.Name", ["status"] = "pl.Status", ["year"] = "pl.Year" };

    internal static (string Count, string Select) Build(ISqlDialect d, bool scoped, bool year, bool status, bool employee, bool under, string orderBy)
    {
        var own = new List<string> { "pl.TenantId = @TenantId" };
        if (year) own.Add("pl.Year = @Year");
        if (status) own.Add("pl.Status = @Status");
        if (employee) own.Add("pl.EmployeeId = @EmployeeId");
        var all = new List<string>(own) { "u.Path LIKE @Scope" };
        if (under) all.Add("u.Path LIKE @UnderPath");
        // A plan per employee and year grows with the tenant: without a unit filter the count reads DevelopmentPlans alone.
        var count = scoped || under ? Listing.Count(DevelopmentSql.PlanFrom, all) : Listing.Count("DevelopmentPlans pl", own);
        return (count, Listing.Select(d, DevelopmentSql.PlanColumns, DevelopmentSql.PlanFrom, all, orderBy));
    }

    [Sql]
    internal static IEnumerable<string> AllVariants(ISqlDialect d) =>
        Sorts.Keys.SelectMany(s => new[] { true, false }.SelectMany(scoped =>
        {
            var (c, q) = Build(d, scoped, true, true, true, scoped, Listing.OrderBy(s, Sorts, "-updatedAt", "pl.Id"));
            return new[] { c, q };
        }));

    internal sealed class Handler(Db db, CurrentUser user) : IQueryHandler<Query, Paged<DevelopmentPlanResponse>>
    {
        public async ValueTask<Paged<DevelopmentPlanResponse>> Handle(Query query, CancellationToken ct)
        {
            var (page, size, skip) = Listing.Paging(query.Page, query.PageSize);
            var tenantId = await user.TenantId(ct);
            var underPath = await UnitTree.SubtreePattern(db, tenantId, query.UnderUnitId, ct);
            var scope = await user.UnitScope(ct);
            var (countSql, selectSql) = Build(db.Dialect, scope != "%", query.Year is not null, query.Status is not null, query.EmployeeId is not null, underPath is not null,
                Listing.OrderBy(query.Sort, Sorts, "-updatedAt", "pl.Id"));
            var args = new { TenantId = tenantId, Scope = scope, query.Year, Status = query.Status?.ToString(), query.EmployeeId, UnderPath = underPath, Skip = skip, Take = size };
            int? total = query.IncludeTotal ?? true ? await db.Scalar<int>(countSql, args, ct) : null;
            return Listing.Page(await db.Query<DevelopmentPlanResponse>(selectSql, args, ct), page, size, total);
        }
    }
}
