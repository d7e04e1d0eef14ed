using AsnApi.Contracts;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.Appraisals;

/// <summary>
/// Appraisals, paged: by period, unit sub-tree, predicate or employee. A period's list is served by the unique
/// (TenantId, PeriodId, EmployeeId) index, a predicate filter by (TenantId, PeriodId, Predicate).
/// </summary>
public static class ListAppraisals
{
    public sealed record Query(int? Page, int? PageSize, Guid? PeriodId, Guid? UnderUnitId, SkpPredicate? Predicate, Guid? EmployeeId, string? Sort, bool? IncludeTotal)
        : IQuery<Paged<PerformanceAppraisalResponse>>;

    // From best to worst, the matrix's order, not the names' alphabet.
    private const string PredicateRank = "CASE a.Predicate WHEN 'SangatBaik' THEN 0 WHEN 'Baik' THEN 1 WHEN 'ButuhPerbaikan' THEN 2 WHEN 'KurangMisconduct' THEN 3 ELSE 4 END";

    internal static readonly Dictionary<string, string> Sorts = new()
    {
        ["name"] = "e.Name", ["nip"] = "e.Nip", ["unit"] = "u.Name", ["predicate"] = PredicateRank, ["period"] = "p.StartDate", ["updated"] = "a.UpdatedAt",
    };
    internal const string DefaultSort = "-period,name";

    internal sealed record Filters(bool Period, bool Under, bool Predicate, bool Employee);

    internal static (string Count, string Select) Build(ISqlDialect d, Filters f, string orderBy)
    {
        var where = new List<string> { "a.TenantId = @TenantId", "u.Path LIKE @Scope" };
        if (f.Period) where.Add("a.PeriodId = @PeriodId");
        if (f.Under) where.Add("u.Path LIKE @UnderPath");
        if (f.Predicate) where.Add("a.Predicate = @Predicate");
        if (f.Employee) where.Add("a.EmployeeId = @EmployeeId");
        return (Listing.Count(AppraisalSql.From, where), Listing.Select(d, AppraisalSql.Columns, AppraisalSql.From, where, orderBy));
    }

    internal static string OrderBy(ISqlDialect d, string? sort, bool fullNip) =>
        Listing.OrderBy(sort, fullNip ? Sorts : new Dictionary<string, string>(Sorts) { ["nip"] = d.SubstringFrom("e.Nip", "9") }, DefaultSort, "a.Id");

    [Sql]
    internal static IEnumerable<string> AllVariants(ISqlDialect d) =>
        Sorts.Keys.SelectMany(s => new[] { true, false }.SelectMany(full =>
        {
            var (c, q) = Build(d, new Filters(true, true, true, true), OrderBy(d, s, full));
            return new[] { c, q };
        }));

    internal sealed class Handler(Db db, CurrentUser user) : IQueryHandler<Query, Paged<PerformanceAppraisalResponse>>
    {
        public async ValueTask<Paged<PerformanceAppraisalResponse>> Handle(Query query, CancellationToken ct)
        {
            var (page, size, skip) = Listing.Paging(query.Page, query.PageSize);
            var tenantId = await user.TenantId(ct);
            var underPath = await UnitTree.SubtreePattern(db, tenantId, query.UnderUnitId, ct);
            var filters = new Filters(query.PeriodId is not null, underPath is not null, query.Predicate is not null, query.EmployeeId is not null);
            var (countSql, selectSql) = Build(db.Dialect, filters, OrderBy(db.Dialect, query.Sort, user.CanSeePersonalData));
            var args = new
            {
                TenantId = tenantId, Scope = await user.UnitScope(ct), query.PeriodId, UnderPath = underPath, Predicate = query.Predicate?.ToString(), query.EmployeeId,
                Skip = skip, Take = size,
            };
            int? total = query.IncludeTotal ?? true ? await db.Scalar<int>(countSql, args, ct) : null;
            var items = (await db.Query<PerformanceAppraisalResponse>(selectSql, args, ct)).Select(AppraisalSql.Labelled).ToList();
            return Listing.Page(items, page, size, total);
        }
    }
}
