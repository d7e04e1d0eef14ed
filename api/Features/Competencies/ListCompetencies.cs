using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.Competencies;

public static class ListCompetencies
{
    public sealed record Query(int? Page, int? PageSize, string? Q, CompetencyKind? Kind, string? FieldGroup, bool? Active, string? Sort) : IQuery<Paged<CompetencyResponse>>;

    private static readonly Dictionary<string, string> Sorts = new() { ["code"] = "c.Code", ["name"] = "c.Name", ["kind"] = "c.Kind" };

    internal static (string Count, string Select) Build(ISqlDialect d, bool q, bool kind, bool group, bool active, string orderBy)
    {
        var where = new List<string> { CompetencySql.Visible };
        if (q) where.Add(@"(c.Name LIKE @Q ESCAPE '\' OR c.Code LIKE @Q ESCAPE '\')");
        if (kind) where.Add("c.Kind = @Kind");
        if (group) where.Add("c.FieldGroup = @FieldGroup");
        if (active) where.Add("c.IsActive = @Active");
        return (Listing.Count("Competencies c", where), Listing.Select(d, CompetencySql.Columns, "Competencies c", where, orderBy));
    }

    [Sql]
    internal static IEnumerable<string> AllVariants(ISqlDialect d) =>
        Sorts.Keys.SelectMany(s => { var (c, q) = Build(d, true, true, true, true, Listing.OrderBy(s, Sorts, "code", "c.Id")); return new[] { c, q }; });

    internal sealed class Handler(Db db, CurrentUser user) : IQueryHandler<Query, Paged<CompetencyResponse>>
    {
        public async ValueTask<Paged<CompetencyResponse>> Handle(Query query, CancellationToken ct)
        {
            var (page, size, skip) = Listing.Paging(query.Page, query.PageSize);
            var (countSql, selectSql) = Build(db.Dialect, query.Q is not null, query.Kind is not null, query.FieldGroup is not null, query.Active is not null,
                Listing.OrderBy(query.Sort, Sorts, "code", "c.Id"));
            var args = new { TenantId = await user.TenantId(ct), Q = Listing.Contains(query.Q), Kind = query.Kind?.ToString(), query.FieldGroup, query.Active, Skip = skip, Take = size };
            return Listing.Page(await db.Query<CompetencyResponse>(selectSql, args, ct), page, size, await db.Scalar<int>(countSql, args, ct));
        }
    }
}
