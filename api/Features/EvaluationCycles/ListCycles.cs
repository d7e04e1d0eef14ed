using AsnApi.Contracts;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using FluentValidation;
using Mediator;

namespace AsnApi.Features.EvaluationCycles;

/// <summary>
/// Cycles the caller may see (a unit head: those of their sub-tree), newest period first by default; filters: status,
/// the scope (tenantWide, unitId exactly, or underUnitId for every cycle whose unit lies in that sub-tree), a year the
/// period touches, and a name search.
/// </summary>
public static class ListCycles
{
    public sealed record Query(int? Page, int? PageSize, string? Q, EvaluationCycleStatus? Status, Guid? UnitId, Guid? UnderUnitId, bool? TenantWide, int? Year, string? Sort)
        : IQuery<Paged<EvaluationCycleResponse>>;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Year).InclusiveBetween(2000, 2100).WithMessage("Tahun 2000 sampai 2100.");
    }

    private static readonly Dictionary<string, string> Sorts = new()
    {
        ["periodFrom"] = "c.PeriodFrom", ["name"] = "c.Name", ["status"] = "c.Status", ["createdAt"] = "c.CreatedAt",
    };

    internal static (string Count, string Select) Build(ISqlDialect d, bool q, bool status, bool unit, bool under, bool? tenantWide, bool year, string orderBy)
    {
        var where = new List<string> { EvaluationCycleSql.Visible };
        if (q) where.Add(@"c.Name LIKE @Q ESCAPE '\'");
        if (status) where.Add("c.Status = @Status");
        if (unit) where.Add("c.UnitId = @UnitId");
        if (under) where.Add("u.Path LIKE @UnderPath");
        if (tenantWide == true) where.Add("c.UnitId IS NULL");
        if (tenantWide == false) where.Add("c.UnitId IS NOT NULL");
        if (year) where.Add("c.PeriodFrom <= @YearEnd AND c.PeriodTo >= @YearStart");
        return (Listing.Count(EvaluationCycleSql.From, where), Listing.Select(d, EvaluationCycleSql.Columns, EvaluationCycleSql.From, where, orderBy));
    }

    [Sql]
    internal static IEnumerable<string> AllVariants(ISqlDialect d) =>
        Sorts.Keys.SelectMany(s => { var (c, q) = Build(d, true, true, true, true, true, true, Listing.OrderBy(s, Sorts, "-periodFrom", "c.Id")); return new[] { c, q }; })
            .Append(Build(d, false, false, false, false, false, false, "c.Id").Count);

    internal sealed class Handler(Db db, CurrentUser user) : IQueryHandler<Query, Paged<EvaluationCycleResponse>>
    {
        public async ValueTask<Paged<EvaluationCycleResponse>> Handle(Query query, CancellationToken ct)
        {
            var (page, size, skip) = Listing.Paging(query.Page, query.PageSize);
            var orderBy = Listing.OrderBy(query.Sort, Sorts, "-periodFrom", "c.Id");
            var tenantId = await user.TenantId(ct);
            var underPath = await UnitTree.SubtreePattern(db, tenantId, query.UnderUnitId, ct);
            var (countSql, selectSql) = Build(db.Dialect, query.Q is not null, query.Status is not null, query.UnitId is not null, underPath is not null, query.TenantWide,
                query.Year is not null, orderBy);
            var args = new
            {
                TenantId = tenantId, Scope = await user.UnitScope(ct), Q = Listing.Contains(query.Q), Status = query.Status?.ToString(), query.UnitId, UnderPath = underPath,
                YearStart = query.Year is { } y ? new DateOnly(y, 1, 1) : default, YearEnd = query.Year is { } y2 ? new DateOnly(y2, 12, 31) : default, Skip = skip, Take = size,
            };
            var total = await db.Scalar<int>(countSql, args, ct);
            var rows = await db.Query<EvaluationCycleSql.Row>(selectSql, args, ct);
            return Listing.Page(rows.Select(r => r.ToResponse()).ToList(), page, size, total);
        }
    }
}
