using AsnApi.Contracts;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using FluentValidation;
using Mediator;

namespace AsnApi.Features.TrainingLedger;

/// <summary>
/// Every active employee in scope for a year against the target of their employment type: earned (classroom and
/// non-classroom), remaining, reached. The below-target list is this list with reached=false, in its own order.
/// One row per employee of the scope, each year a primary-key seek in JpEmployeeYears; the total comes from the rollups.
/// </summary>
public static class ListJpEmployees
{
    public sealed record Query(int? Year, Guid? UnderUnitId, PositionType? PositionType, EmploymentType? EmploymentType, bool? Reached,
        int? Page, int? PageSize, string? Sort, bool? IncludeTotal) : IQuery<Paged<JpEmployeeSummary>>;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            JpLedgerScope.Year(this, q => q.Year);
            RuleFor(q => q.Sort).MaximumLength(60);
        }
    }

    internal static readonly Dictionary<string, string> Sorts = new()
    {
        ["name"] = "e.Name", ["nip"] = "e.Nip", ["unit"] = "u.Name", ["earned"] = "EarnedJp", ["classroom"] = "ClassroomJp", ["remaining"] = "RemainingJp",
    };
    internal const string DefaultSort = "name";

    private const string Earned = "COALESCE(y.EarnedJp, 0)";
    private const string Classroom = "COALESCE(y.ClassroomJp, 0)";
    private static string Target => JpLedgerScope.Target("e.EmploymentType");

    internal static string Columns => $"""
        e.Id AS EmployeeId, e.Nip, e.Name, e.UnitId, u.Name AS UnitName, p.Name AS PositionName, p.Type AS PositionType, e.EmploymentType,
        {Target} AS TargetJp, {Earned} AS EarnedJp, {Classroom} AS ClassroomJp, {Earned} - {Classroom} AS NonClassroomJp,
        CASE WHEN {Earned} >= {Target} THEN 0 ELSE {Target} - {Earned} END AS RemainingJp,
        CASE WHEN {Earned} >= {Target} THEN 1 ELSE 0 END AS ReachedTarget
        """;

    internal static List<string> Where(bool under, bool type, bool employmentType, bool? reached)
    {
        var where = AnalyticsScope.Where(under, type);
        if (employmentType) where.Add("e.EmploymentType = @EmploymentType");
        if (reached is { } r) where.Add(r ? $"{Earned} >= {Target}" : $"{Earned} < {Target}");
        return where;
    }

    internal static (string Count, string Select) Build(ISqlDialect d, bool under, bool type, bool employmentType, bool? reached, string orderBy) =>
        (Listing.Count(ListBelowTarget.From(false), Where(under, type, employmentType, reached)), Listing.Select(d, Columns, ListBelowTarget.From(false), Where(under, type, employmentType, reached), orderBy));

    [Sql]
    internal static IEnumerable<string> AllVariants(ISqlDialect d) =>
        from s in Sorts.Keys
        from reached in new bool?[] { true, false, null }
        from sql in Build(d, true, true, true, reached, OrderBy(d, s, false)) is var (c, q) ? (reached == false ? new[] { q } : new[] { c, q }) : []
        select sql; // with reached=false the count is the below-target list's own

    /// <summary>The sort as SQL: a viewer sorting by NIP gets the order of digits 9–18 only, never of the birth date.</summary>
    internal static string OrderBy(ISqlDialect d, string? sort, bool fullNip) =>
        Listing.OrderBy(sort, fullNip ? Sorts : new Dictionary<string, string>(Sorts) { ["nip"] = d.SubstringFrom("e.Nip", "9") }, DefaultSort, "e.Id");

    internal sealed class Handler(Db db, CurrentUser user, TimeProvider clock) : IQueryHandler<Query, Paged<JpEmployeeSummary>>
    {
        public async ValueTask<Paged<JpEmployeeSummary>> Handle(Query query, CancellationToken ct)
        {
            var (page, size, skip) = Listing.Paging(query.Page, query.PageSize);
            var a = await ListBelowTarget.Resolve(db, user, new ListBelowTarget.Query(query.Year, query.UnderUnitId, query.PositionType, query.EmploymentType, null, null, null), clock.GetUtcNow(), ct);
            var (under, type) = (a.UnderPath is not null, a.PositionType is not null);
            var (countSql, selectSql) = Build(db.Dialect, under, type, a.EmploymentType is not null, query.Reached, OrderBy(db.Dialect, query.Sort, user.CanSeePersonalData));
            var args = new { a.TenantId, a.Scope, a.UnderPath, a.PositionType, a.EmploymentType, a.Year, a.TargetPns, a.TargetPppk, Skip = skip, Take = size };
            int? total = null;
            if (query.IncludeTotal ?? true)
            {
                // From the rollups (counted, reached) unless the employment type is filtered (the headcount rollups do not
                // split by it): a COUNT would read every employee of the scope once more.
                if (a.EmploymentType is null)
                {
                    var counted = await db.Scalar<int>(JpLedgerScope.Counted(under, type), args, ct);
                    var reached = query.Reached is null ? 0 : await db.Scalar<int>(JpLedgerScope.Reached(under, type), args, ct);
                    total = query.Reached switch { true => reached, false => counted - reached, null => counted };
                }
                else total = await db.Scalar<int>(countSql, args, ct);
            }
            return Listing.Page(await db.Query<JpEmployeeSummary>(selectSql, args, ct), page, size, total);
        }
    }
}
