using System.Globalization;
using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.Assessments;

public static class ListAssessments
{
    public sealed record Query(
        int? Page, int? PageSize, Guid? EmployeeId, AssessmentMethod? Method, DateOnly? From, DateOnly? To, string? Sort,
        string? Cursor, bool? IncludeTotal) : IQuery<Paged<AssessmentResponse>>;

    private static readonly Dictionary<string, string> Sorts = new() { ["assessedOn"] = "a.AssessedOn", ["employee"] = "e.Name", ["method"] = "a.Method" };

    /// <summary>The assessment date then the id, served by (TenantId, AssessedOn DESC, Id): these page by cursor too.</summary>
    private static readonly string[] KeysetSorts = ["-assessedOn", "assessedOn"];
    private const string DefaultSort = "-assessedOn";

    internal sealed record Filters(bool Scoped, bool Employee, bool Method, bool From, bool To, string? After = null);

    internal static (string Count, string Select) Build(ISqlDialect d, Filters f, string orderBy)
    {
        var where = new List<string> { "a.TenantId = @TenantId" };
        if (f.Employee) where.Add("a.EmployeeId = @EmployeeId");
        if (f.Method) where.Add("a.Method = @Method");
        if (f.From) where.Add("a.AssessedOn >= @From");
        if (f.To) where.Add("a.AssessedOn <= @To");
        // Everyone but a unit head sees every unit: the count then reads Assessments alone, not 100,000 rows through two joins.
        var count = f.Scoped ? Listing.Count(AssessmentSql.From, [.. where, "u.Path LIKE @Scope"]) : Listing.Count("Assessments a", where);
        var all = new List<string>(where) { "u.Path LIKE @Scope" };
        if (f.After is not null) all.Add(f.After);
        return (count, Listing.Select(d, AssessmentSql.Columns, AssessmentSql.From, all, orderBy));
    }

    private static string After(string sort) => Keyset.After("a.AssessedOn", sort.StartsWith('-'), "a.Id");

    [Sql]
    internal static IEnumerable<string> AllVariants(ISqlDialect d) =>
        from s in Sorts.Keys.SelectMany(k => new[] { k, "-" + k })
        from scoped in new[] { true, false }
        from sql in Build(d, new Filters(scoped, true, true, true, true, KeysetSorts.Contains(s) ? After(s) : null),
            Listing.OrderBy(s, Sorts, DefaultSort, "a.Id")) is var (c, q) ? new[] { c, q } : []
        select sql;

    internal sealed class Handler(Db db, CurrentUser user) : IQueryHandler<Query, Paged<AssessmentResponse>>
    {
        public async ValueTask<Paged<AssessmentResponse>> Handle(Query query, CancellationToken ct)
        {
            var orderBy = Listing.OrderBy(query.Sort, Sorts, DefaultSort, "a.Id");
            var paging = PageRequest.From(query.Page, query.PageSize, query.Cursor, query.Sort, DefaultSort, KeysetSorts);
            var afterKey = paging.Cursor is { } c
                ? Keyset.Key(c, k => (DateOnly.TryParseExact(k, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d), d))
                : (DateOnly?)null;
            var scope = await user.UnitScope(ct);
            var (countSql, selectSql) = Build(db.Dialect,
                new Filters(scope != "%", query.EmployeeId is not null, query.Method is not null, query.From is not null, query.To is not null,
                    paging.Cursor is null ? null : After(paging.Sort)), orderBy);
            var args = new
            {
                TenantId = await user.TenantId(ct), Scope = scope, query.EmployeeId, Method = query.Method?.ToString(), query.From, query.To,
                paging.Skip, paging.Take, AfterKey = afterKey, AfterId = paging.Cursor?.Id,
            };
            int? total = paging.WantsTotal(query.IncludeTotal) ? await db.Scalar<int>(countSql, args, ct) : null;
            var (items, next) = paging.Trim(await db.Query<AssessmentResponse>(selectSql, args, ct),
                a => (a.AssessedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), a.Id));
            return Listing.Page(items, paging.Page, paging.Size, total, next);
        }
    }
}
