using AsnApi.Contracts;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.Employees;

public static class ListEmployees
{
    public sealed record Query(
        int? Page, int? PageSize, string? Q, Guid? UnitId, Guid? UnderUnitId, Guid? PositionId,
        PositionType? PositionType, EmploymentType? EmploymentType, bool? Active, string? Sort,
        string? Cursor, bool? IncludeTotal) : IQuery<Paged<EmployeeResponse>>;

    private static readonly Dictionary<string, string> Sorts = new()
    {
        ["name"] = "e.Name", ["nip"] = "e.Nip", ["unit"] = "u.Name", ["position"] = "p.Name", ["rank"] = "e.Rank", ["updatedAt"] = "e.UpdatedAt",
    };

    /// <summary>Sorts on one NOT NULL text key (then the id), served by an index: these page by cursor too.</summary>
    private static readonly string[] KeysetSorts = ["name", "-name", "nip", "-nip"];

    /// <summary>Callers who see masked NIPs sort by the visible digits only: ordering by the whole NIP is ordering by birth date.</summary>
    internal static Dictionary<string, string> SortsFor(ISqlDialect d, bool personalData) =>
        personalData ? Sorts : Sorts.ToDictionary(s => s.Key, s => s.Key == "nip" ? d.SubstringFrom("e.Nip", "9") : s.Value);

    internal sealed record Filters(
        bool Scoped, bool Name, bool Nip, bool Q, bool Unit, bool Under, bool Position, bool PositionType, bool EmploymentType, bool Active, string? After = null);

    internal static (string Count, string Select) Build(ISqlDialect d, Filters f, string orderBy, bool paged = true)
    {
        // Predicates on Employees alone, and those that need the unit or position joined.
        var own = new List<string> { "e.TenantId = @TenantId" };
        var joined = new List<string>();
        if (f.Scoped) joined.Add("u.Path LIKE @Scope"); // everyone but a unit head sees every unit: no join needed for that
        // A name by any word's start (the engine's word index), or a NIP from its start (the unique index serves it).
        if (f.Name) own.Add(d.EmployeeNameSearch("e"));
        else if (f.Nip) own.Add(@"e.Nip LIKE @NipPrefix ESCAPE '\'");
        else if (f.Q) own.Add("1 = 0"); // a search with neither a word nor NIP digits in it finds no one
        if (f.Unit) own.Add("e.UnitId = @UnitId");
        if (f.Under) joined.Add("u.Path LIKE @UnderPath");
        if (f.Position) own.Add("e.PositionId = @PositionId");
        if (f.PositionType) joined.Add("p.Type = @PositionType");
        if (f.EmploymentType) own.Add("e.EmploymentType = @EmploymentType");
        if (f.Active) own.Add("e.IsActive = @Active");
        var all = own.Concat(joined).ToList();
        // Counting 100,000 rows through two joins cost most of a first page; without a joined filter the count reads one index.
        var count = joined.Count == 0 ? Listing.Count("Employees e", own) : Listing.Count(EmployeeSql.From, all);
        if (f.After is not null) all.Add(f.After);
        // The export streams every row of the filter: the same statement without the page.
        return (count, paged ? Listing.Select(d, EmployeeSql.Columns, EmployeeSql.From, all, orderBy)
            : $"SELECT {EmployeeSql.Columns} FROM {EmployeeSql.From} WHERE {string.Join(" AND ", all)} ORDER BY {orderBy}");
    }

    [Sql]
    internal static IEnumerable<string> AllVariants(ISqlDialect d) =>
        from personal in new[] { true, false }
        from s in Sorts.Keys
        from scoped in new[] { true, false }
        from filters in new[]
        {
            new Filters(scoped, true, false, true, true, true, true, true, true, true),
            new Filters(scoped, false, true, true, true, true, true, true, true, true),
            new Filters(scoped, false, false, false, false, false, false, false, false, false, After(SortsFor(d, personal), s)),
        }
        from sql in Build(d, filters, Listing.OrderBy(s, SortsFor(d, personal), "name", "e.Id")) is var (c, q) ? new[] { c, q } : []
        select sql;

    private static string After(IReadOnlyDictionary<string, string> sorts, string sort) =>
        Keyset.After(sorts[sort.TrimStart('-')], sort.StartsWith('-'), "e.Id");

    internal sealed class Handler(Db db, CurrentUser user) : IQueryHandler<Query, Paged<EmployeeResponse>>
    {
        public async ValueTask<Paged<EmployeeResponse>> Handle(Query query, CancellationToken ct)
        {
            var sorts = SortsFor(db.Dialect, user.CanSeePersonalData);
            var orderBy = Listing.OrderBy(query.Sort, sorts, "name", "e.Id");
            var paging = PageRequest.From(query.Page, query.PageSize, query.Cursor, query.Sort, "name", KeysetSorts);
            var (sort, cursor) = (paging.Sort, paging.Cursor);

            var tenantId = await user.TenantId(ct);
            var underPath = await UnitTree.SubtreePattern(db, tenantId, query.UnderUnitId, ct);
            var scope = await user.UnitScope(ct);
            // Digits (spaces and the mask's * allowed) are a NIP, from its start; anything else is a name, by word starts.
            // Never both: "name OR NIP" keeps either index from driving the query, and costs a scan of the tenant.
            var nipLike = query.Q?.Trim() is { Length: > 0 } t && t.All(c => char.IsAsciiDigit(c) || c is ' ' or '*');
            var name = nipLike ? NameSearch.From(null) : NameSearch.From(query.Q);
            var nipPrefix = nipLike ? PersonalData.NipSearchPattern(query.Q, user.CanSeePersonalData) : null;

            var filters = new Filters(scope != "%", name.NameWordCount > 0, nipPrefix is not null, !string.IsNullOrWhiteSpace(query.Q),
                query.UnitId is not null, underPath is not null, query.PositionId is not null,
                query.PositionType is not null, query.EmploymentType is not null, query.Active is not null,
                cursor is null ? null : After(sorts, sort));
            var (countSql, selectSql) = Build(db.Dialect, filters, orderBy);
            var args = new
            {
                TenantId = tenantId, Scope = scope, ShowPersonal = user.CanSeePersonalData,
                name.NameMatch, name.NameWords, name.NameWordCount, NipPrefix = nipPrefix,
                query.UnitId, UnderPath = underPath, query.PositionId, PositionType = query.PositionType?.ToString(),
                EmploymentType = query.EmploymentType?.ToString(), query.Active, paging.Skip, paging.Take,
                AfterKey = cursor?.Key, AfterId = cursor?.Id,
            };
            int? total = paging.WantsTotal(query.IncludeTotal) ? await db.Scalar<int>(countSql, args, ct) : null;
            var rows = await db.Query<EmployeeResponse>(selectSql, args, ct);
            // The key as the ORDER BY sees it: for masked callers the NIP's visible digits only (the cursor must not carry a birth date).
            var (items, next) = paging.Trim(rows, e => (sort.TrimStart('-') == "name" ? e.Name : user.CanSeePersonalData ? e.Nip : e.Nip[8..], e.Id));
            return Listing.Page(items, paging.Page, paging.Size, total, next);
        }
    }
}
