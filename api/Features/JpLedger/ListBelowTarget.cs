using AsnApi.Contracts;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using FluentValidation;
using Mediator;

namespace AsnApi.Features.TrainingLedger;

/// <summary>
/// Active employees below the target of their employment type in a year, with what they earned and what is left:
/// whom to send to the next session. It lists people, so it reads one row per employee of the scope (each year a
/// primary-key seek in JpEmployeeYears), bounded by the page for the rows and by the scope for the count.
/// </summary>
public static class ListBelowTarget
{
    public sealed record Query(int? Year, Guid? UnderUnitId, PositionType? PositionType, EmploymentType? EmploymentType, int? Page, int? PageSize, string? Sort)
        : IQuery<Paged<JpBelowTargetEmployee>>;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => JpLedgerScope.Year(this, q => q.Year);
    }

    internal static readonly Dictionary<string, string> Sorts = new()
    {
        ["remaining"] = "RemainingJp", ["earned"] = "EarnedJp", ["name"] = "e.Name", ["nip"] = "e.Nip", ["unit"] = "u.Name",
    };
    internal const string DefaultSort = "-remaining,name";

    private const string Earned = "COALESCE(y.EarnedJp, 0)";

    internal static string From => $"{AnalyticsScope.EmployeeJoins} LEFT JOIN JpEmployeeYears y ON y.TenantId = e.TenantId AND y.EmployeeId = e.Id AND y.Year = @Year";

    internal static string Columns => $"""
        e.Id AS EmployeeId, e.Nip, e.Name, e.UnitId, u.Name AS UnitName, p.Name AS PositionName, e.EmploymentType,
        {JpLedgerScope.Target("e.EmploymentType")} AS TargetJp, {Earned} AS EarnedJp, {JpLedgerScope.Target("e.EmploymentType")} - {Earned} AS RemainingJp
        """;

    internal static List<string> Where(bool under, bool type, bool employmentType)
    {
        var where = AnalyticsScope.Where(under, type);
        if (employmentType) where.Add("e.EmploymentType = @EmploymentType");
        where.Add($"{Earned} < {JpLedgerScope.Target("e.EmploymentType")}");
        return where;
    }

    internal static (string Count, string Select) Build(ISqlDialect d, bool under, bool type, bool employmentType, string orderBy) =>
        (Listing.Count(From, Where(under, type, employmentType)), Listing.Select(d, Columns, From, Where(under, type, employmentType), orderBy));

    [Sql]
    internal static IEnumerable<string> AllVariants(ISqlDialect d) =>
        Sorts.Keys.SelectMany(s => { var (c, q) = Build(d, true, true, true, Listing.OrderBy(s, Sorts, DefaultSort, "e.Id")); return new[] { c, q }; });

    /// <summary>The sort as SQL: a viewer sorting by NIP gets the order of digits 9–18 only, never of the birth date.</summary>
    internal static string OrderBy(ISqlDialect d, string? sort, bool fullNip) =>
        Listing.OrderBy(sort, fullNip ? Sorts : new Dictionary<string, string>(Sorts) { ["nip"] = d.SubstringFrom("e.Nip", "9") }, DefaultSort, "e.Id");

    public sealed record Args(Guid TenantId, string Scope, string? UnderPath, string? PositionType, string? EmploymentType, int Year, int TargetPns, int TargetPppk);

    internal static async Task<Args> Resolve(Db db, CurrentUser user, Query query, DateTimeOffset now, CancellationToken ct)
    {
        var scope = await AnalyticsScope.Resolve(db, user, query.UnderUnitId, query.PositionType, ct);
        var targets = await TrainingSettings.Load(db, scope.TenantId, ct);
        return new Args(scope.TenantId, scope.Scope, scope.UnderPath, scope.PositionType, query.EmploymentType?.ToString(), query.Year ?? now.Year,
            targets.TargetFor(EmploymentType.Pns), targets.TargetFor(EmploymentType.Pppk));
    }

    internal sealed class Handler(Db db, CurrentUser user, TimeProvider clock) : IQueryHandler<Query, Paged<JpBelowTargetEmployee>>
    {
        public async ValueTask<Paged<JpBelowTargetEmployee>> Handle(Query query, CancellationToken ct)
        {
            var (page, size, skip) = Listing.Paging(query.Page, query.PageSize);
            var a = await Resolve(db, user, query, clock.GetUtcNow(), ct);
            var (countSql, selectSql) = Build(db.Dialect, a.UnderPath is not null, a.PositionType is not null, a.EmploymentType is not null, OrderBy(db.Dialect, query.Sort, user.CanSeePersonalData));
            var args = new { a.TenantId, a.Scope, a.UnderPath, a.PositionType, a.EmploymentType, a.Year, a.TargetPns, a.TargetPppk, Skip = skip, Take = size };
            // The total is the summary's counted − reached, from the rollups, unless the employment type is filtered (the
            // headcount rollups do not split by it): a COUNT would read every employee of the scope once more.
            var total = a.EmploymentType is null
                ? await db.Scalar<int>(JpLedgerScope.Counted(a.UnderPath is not null, a.PositionType is not null), args, ct)
                    - await db.Scalar<int>(JpLedgerScope.Reached(a.UnderPath is not null, a.PositionType is not null), args, ct)
                : await db.Scalar<int>(countSql, args, ct);
            return Listing.Page(await db.Query<JpBelowTargetEmployee>(selectSql, args, ct), page, size, total);
        }
    }
}
