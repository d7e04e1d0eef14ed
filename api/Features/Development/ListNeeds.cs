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

    /// <summary>
    /// "priority" is Tinggi, Sedang, Rendah: the text's descending order (<see cref="OrderBy"/> turns the direction round),
    /// and "employee" the name kept on the need (<see cref="EmployeeCopies"/>), so IX_DevelopmentNeeds_Tenant_Year_Order
    /// gives the default order and a page stops after its rows instead of sorting the year.
    /// </summary>
    internal static readonly Dictionary<string, string> Sorts = new()
    {
        ["priority"] = "n.Priority", ["gap"] = "n.Gap", ["employee"] = "n.EmployeeName", ["competency"] = "c.Code",
    };

    internal const string DefaultSort = "priority,-gap,employee";

    /// <summary>The sort as SQL, "priority" ascending (most urgent first) being the text descending.</summary>
    internal static string OrderBy(string? sort)
    {
        var keys = (string.IsNullOrWhiteSpace(sort) ? DefaultSort : sort).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(k => k.TrimStart('-', '+') == "priority" ? (k.StartsWith('-') ? "priority" : "-priority") : k);
        return Listing.OrderBy(string.Join(",", keys), Sorts, DefaultSort, "n.Id");
    }

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
        var where = new List<string> { "n.TenantId = @TenantId" };
        // An admin's scope ("%") is left out: a condition on the joined unit could make the planner start from the units.
        if (f.Scoped) where.Add("u.Path LIKE @Scope");
        if (f.Year) where.Add("n.Year = @Year");
        if (f.Status) where.Add("n.Status = @Status");
        if (f.Priority) where.Add("n.Priority = @Priority");
        if (f.Competency) where.Add("n.CompetencyId = @CompetencyId");
        if (f.Employee) where.Add("n.EmployeeId = @EmployeeId");
        if (f.Under) where.Add("u.Path LIKE @UnderPath");
        // An expression, not the bare parameter: SQLite compares a bare @Source with the partial index UX_DevelopmentNeeds_Performance
        // (WHERE Source = 'Performance') and so compiles the statement again whenever it is bound (SqliteStatementReuseTests).
        if (f.Source) where.Add("n.Source = COALESCE(@Source, '')");
        return where;
    }

    [Sql]
    internal static IEnumerable<string> AllVariants(ISqlDialect d) =>
        Sorts.Keys.SelectMany(s => new[] { true, false }.SelectMany(scoped =>
        {
            var (c, q) = Build(d, new Filters(true, true, true, true, true, scoped, scoped, true), OrderBy(s));
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
            var (countSql, selectSql) = Build(db.Dialect, filters, OrderBy(query.Sort));
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
