using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.TrainingPrograms;

/// <summary>
/// The catalogue. Each filter has an index keyed by tenant first: form (TenantId, Form), partner (TenantId, PartnerId),
/// competency (TrainingProgramCompetencies (TenantId, CompetencyId, ProgramId)), the default order (TenantId, Title).
/// </summary>
public static class ListTrainingPrograms
{
    public sealed record Query(int? Page, int? PageSize, string? Q, DevelopmentActivityForm? Form, Guid? CompetencyId, Guid? PartnerId, bool? Active, string? Sort)
        : IQuery<Paged<TrainingProgramResponse>>;

    private static readonly Dictionary<string, string> Sorts = new() { ["title"] = "p.Title", ["code"] = "p.Code", ["jp"] = "p.Jp", ["form"] = "p.Form" };

    internal static (string Count, string Select) Build(ISqlDialect d, bool q, bool form, bool competency, bool partner, bool active, string orderBy)
    {
        var where = new List<string> { "p.TenantId = @TenantId" };
        if (q) where.Add(@"(p.Title LIKE @Q ESCAPE '\' OR p.Code LIKE @Q ESCAPE '\')");
        if (form) where.Add("p.Form = @Form");
        if (competency) where.Add("p.Id IN (SELECT pc.ProgramId FROM TrainingProgramCompetencies pc WHERE pc.TenantId = @TenantId AND pc.CompetencyId = @CompetencyId)");
        if (partner) where.Add("p.PartnerId = @PartnerId");
        if (active) where.Add("p.IsActive = @Active");
        return (Listing.Count(TrainingProgramSql.From, where), Listing.Select(d, TrainingProgramSql.Columns, TrainingProgramSql.From, where, orderBy));
    }

    [Sql]
    internal static IEnumerable<string> AllVariants(ISqlDialect d) =>
        Sorts.Keys.SelectMany(s => { var (c, q) = Build(d, true, true, true, true, true, Listing.OrderBy(s, Sorts, "title", "p.Id")); return new[] { c, q }; });

    internal sealed class Handler(Db db, CurrentUser user) : IQueryHandler<Query, Paged<TrainingProgramResponse>>
    {
        public async ValueTask<Paged<TrainingProgramResponse>> Handle(Query query, CancellationToken ct)
        {
            var (page, size, skip) = Listing.Paging(query.Page, query.PageSize);
            var tenantId = await user.TenantId(ct);
            var (countSql, selectSql) = Build(db.Dialect, query.Q is not null, query.Form is not null, query.CompetencyId is not null, query.PartnerId is not null,
                query.Active is not null, Listing.OrderBy(query.Sort, Sorts, "title", "p.Id"));
            var args = new
            {
                TenantId = tenantId, Q = Listing.Contains(query.Q), Form = query.Form?.ToString(), query.CompetencyId, query.PartnerId, query.Active, Skip = skip, Take = size,
            };
            var items = await TrainingProgramSql.Complete(db, tenantId, await db.Query<TrainingProgramResponse>(selectSql, args, ct), ct);
            return Listing.Page(items, page, size, await db.Scalar<int>(countSql, args, ct));
        }
    }
}
