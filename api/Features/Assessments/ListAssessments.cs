using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.Assessments;

public static class ListAssessments
{
    public sealed record Query(int? Page, int? PageSize, Guid? EmployeeId, AssessmentMethod? Method, DateOnly? From, DateOnly? To, string? Sort) : IQuery<Paged<AssessmentResponse>>;

    private static readonly Dictionary<string, string> Sorts = new() { ["assessedOn"] = "a.AssessedOn", ["employee"] = "e.Name", ["method"] = "a.Method" };

    internal static (string Count, string Select) Build(ISqlDialect d, bool employee, bool method, bool from, bool to, string orderBy)
    {
        var where = new List<string> { "a.TenantId = @TenantId", "u.Path LIKE @Scope" };
        if (employee) where.Add("a.EmployeeId = @EmployeeId");
        if (method) where.Add("a.Method = @Method");
        if (from) where.Add("a.AssessedOn >= @From");
        if (to) where.Add("a.AssessedOn <= @To");
        return (Listing.Count(AssessmentSql.From, where), Listing.Select(d, AssessmentSql.Columns, AssessmentSql.From, where, orderBy));
    }

    [Sql]
    internal static IEnumerable<string> AllVariants(ISqlDialect d) =>
        Sorts.Keys.SelectMany(s => { var (c, q) = Build(d, true, true, true, true, Listing.OrderBy("-" + s, Sorts, "-assessedOn", "a.Id")); return new[] { c, q }; });

    internal sealed class Handler(Db db, CurrentUser user) : IQueryHandler<Query, Paged<AssessmentResponse>>
    {
        public async ValueTask<Paged<AssessmentResponse>> Handle(Query query, CancellationToken ct)
        {
            var (page, size, skip) = Listing.Paging(query.Page, query.PageSize);
            var (countSql, selectSql) = Build(db.Dialect, query.EmployeeId is not null, query.Method is not null, query.From is not null, query.To is not null,
                Listing.OrderBy(query.Sort, Sorts, "-assessedOn", "a.Id"));
            var args = new { TenantId = await user.TenantId(ct), Scope = await user.UnitScope(ct), query.EmployeeId, Method = query.Method?.ToString(), query.From, query.To, Skip = skip, Take = size };
            return Listing.Page(await db.Query<AssessmentResponse>(selectSql, args, ct), page, size, await db.Scalar<int>(countSql, args, ct));
        }
    }
}
