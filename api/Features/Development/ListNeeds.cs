using AsnApi.Contracts;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.Development;

public static class ListNeeds
{
    public sealed record Query(
        int? Page, int? PageSize, int? Year, DevelopmentNeedStatus? Status, DevelopmentNeedPriority? Priority,
        Guid? CompetencyId, Guid? EmployeeId, Guid? UnderUnitId, string? Sort, bool? IncludeTotal, DevelopmentNeedSource? Source = null) : IQuery<Paged<DevelopmentNeedResponse>>;

    internal static readonly Dictionary<string, string> Sorts = new()
    {
        ["priority"] = "CASE n.Priority WHEN 'Tinggi' THEN 0 WHEN 'Sedang' THEN 1 ELSE 2 END", ["gap"] = "n.Gap", ["employee"] = "e.Name", ["competency"] = "c.Code",
    };

    internal const string DefaultSort = "priority,-gap,employee";

    internal sealed record Filters(bool Year, bool Status, bool Priority, bool Competency, bool Employee, bool Under, bool Scoped = true, bool Source = false);

    internal static (string Count, string Select) Build(ISqlDialect d, Filters f, string orderBy)
    {
        var where = Where(f);
        // Needs grow with the tenant (up to one per employee, competency and year): without a unit filter the count reads
        // DevelopmentNeeds alone (every other filter is on it), not every row through three joins.
        var count = f.Scoped || f.Under ? Listing.Count(DevelopmentSql.NeedFrom, where) : Listing.Count("DevelopmentNeeds n", where.Where(w => w.StartsWith("n.", StringComparison.Ordinal)));
        return (count, Listing.Select(d, DevelopmentSql.NeedColumns, DevelopmentSql.NeedFrom, where, orderBy));
    }

    internal static List<string> Where(Filters f)
    {
        var where = new List<string> { "n.TenantId = @TenantId", "u.Path LIKE @Scope" };
        if (f.Year) where.Add("n.Year = @Year");
        if (f.Status) where.Add("n.Status = @Status");
        if (f.Priority) where.Add("n.Priority = @Priority");
        if (f.Competency) where.Add("n.CompetencyId = @CompetencyId");
        if (f.Employee) where.Add("n.EmployeeId = @EmployeeId");
        if (f.Under) where.Add("u.Path LIKE @UnderPath");
        if (f.Source) where.Add("n.Source = @Source");
        return where;
    }

    [Sql]
    internal static IEnumerable<string> AllVariants(ISqlDialect d) =>
        Sorts.Keys.SelectMany(s => new[] { true, false }.SelectMany(scoped =>
        {
            var (c, q) = Build(d, new Filters(true, true, true, true, true, scoped, scoped, true), Listing.OrderBy(s, Sorts, "priority", "n.Id"));
            return new[] { c, q };
        }));

    internal sealed class Handler(Db db, CurrentUser user) : IQueryHandler<Query, Paged<DevelopmentNeedResponse>>
    {
        public async ValueTask<Paged<DevelopmentNeedResponse>> Handle(Query query, CancellationToken ct)
        {
            var (page, size, skip) = Listing.Paging(query.Page, query.PageSize);
            var tenantId = await user.TenantId(ct);
            var underPath = await UnitTree.SubtreePattern(db, tenantId, query.UnderUnitId, ct);
            var scope = await user.UnitScope(ct);
            var filters = new Filters(query.Year is not null, query.Status is not null, query.Priority is not null, query.CompetencyId is not null, query.EmployeeId is not null, underPath is not null,
                scope != "%", query.Source is not null);
            var (countSql, selectSql) = Build(db.Dialect, filters, Listing.OrderBy(query.Sort, Sorts, DefaultSort, "n.Id"));
            var args = new
            {
                TenantId = tenantId, Scope = scope, query.Year, Status = query.Status?.ToString(), Priority = query.Priority?.ToString(),
                query.CompetencyId, query.EmployeeId, UnderPath = underPath, Source = query.Source?.ToString(), Skip = skip, Take = size,
            };
            int? total = query.IncludeTotal ?? true ? await db.Scalar<int>(countSql, args, ct) : null;
            return Listing.Page((await db.Query<DevelopmentNeedResponse>(selectSql, args, ct)).Select(DevelopmentSql.Labelled).ToList(), page, size, total);
        }
    }
}
