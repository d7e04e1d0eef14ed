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

    /// <summary>The sorts over the employees (a year without ledger entries: no standings).</summary>
    internal static readonly Dictionary<string, string> Sorts = new()
    {
        ["remaining"] = "RemainingJp", ["earned"] = "EarnedJp", ["name"] = "e.Name", ["nip"] = "e.Nip", ["unit"] = "u.Name",
    };
    /// <summary>The same sorts over the standings: the default (-remaining, name) is IX_JpStandings_Below's order.</summary>
    internal static readonly Dictionary<string, string> StandingSorts = new()
    {
        ["remaining"] = "s.RemainingJp", ["earned"] = "s.EarnedJp", ["name"] = "s.Name", ["nip"] = "e.Nip", ["unit"] = "u.Name",
    };
    internal const string DefaultSort = "-remaining,name";

    private const string Earned = "COALESCE(y.EarnedJp, 0)";

    internal static string From(bool standing) => standing
        ? $"JpStandings s JOIN {AnalyticsScope.EmployeeJoins.Replace("Employees e", "Employees e ON e.Id = s.EmployeeId")}"
        : $"{AnalyticsScope.EmployeeJoins} LEFT JOIN JpEmployeeYears y ON y.TenantId = e.TenantId AND y.EmployeeId = e.Id AND y.Year = @Year";

    internal static string Columns(bool standing) => standing
        ? "s.EmployeeId, e.Nip, e.Name, e.UnitId, u.Name AS UnitName, p.Name AS PositionName, e.EmploymentType, s.TargetJp, s.EarnedJp, s.RemainingJp"
        : $"""
        e.Id AS EmployeeId, e.Nip, e.Name, e.UnitId, u.Name AS UnitName, p.Name AS PositionName, e.EmploymentType,
        {JpLedgerScope.Target("e.EmploymentType")} AS TargetJp, {Earned} AS EarnedJp, {JpLedgerScope.Target("e.EmploymentType")} - {Earned} AS RemainingJp
        """;

    /// <summary>
    /// The filter. On the standings the scope is a join per row, checked while the index gives the order: the page stops
    /// after its rows; an admin's "%" scope is left out, so nothing tempts the planner to start from the units.
    /// </summary>
    internal static List<string> Where(bool standing, bool scoped, bool under, bool type, bool employmentType)
    {
        if (!standing)
        {
            var where = AnalyticsScope.Where(under, type);
            if (employmentType) where.Add("e.EmploymentType = @EmploymentType");
            where.Add($"{Earned} < {JpLedgerScope.Target("e.EmploymentType")}");
            return where;
        }
        var w = new List<string> { "s.TenantId = @TenantId", "s.Year = @Year", "s.Reached = 0" };
        if (scoped) w.Add("u.Path LIKE @Scope");
        if (under) w.Add("u.Path LIKE @UnderPath");
        if (type) w.Add("p.Type = @PositionType");
        if (employmentType) w.Add("s.EmploymentType = @EmploymentType");
        return w;
    }

    internal static string IdColumn(bool standing) => standing ? "s.EmployeeId" : "e.Id";

    internal static (string Count, string Select) Build(ISqlDialect d, bool standing, bool scoped, bool under, bool type, bool employmentType, string orderBy) =>
        (Listing.Count(From(standing), Where(standing, scoped, under, type, employmentType)),
         Listing.Select(d, Columns(standing), From(standing), Where(standing, scoped, under, type, employmentType), orderBy));

    [Sql]
    internal static IEnumerable<string> AllVariants(ISqlDialect d) => new[] { true, false }.SelectMany(standing =>
        Sorts.Keys.SelectMany(s => { var (c, q) = Build(d, standing, true, true, true, true, OrderBy(d, standing, s, false)); return new[] { c, q }; }));

    /// <summary>Whether the year has standings (it has a ledger entry in the tenant and someone active): then the list reads them.</summary>
    [Sql] internal const string HasStandings = "SELECT CASE WHEN EXISTS (SELECT 1 FROM JpStandings WHERE TenantId = @TenantId AND Year = @Year) THEN 1 ELSE 0 END";

    /// <summary>The sort as SQL: a viewer sorting by NIP gets the order of digits 9–18 only, never of the birth date.</summary>
    internal static string OrderBy(ISqlDialect d, bool standing, string? sort, bool fullNip)
    {
        var sorts = standing ? StandingSorts : Sorts;
        return Listing.OrderBy(sort, fullNip ? sorts : new Dictionary<string, string>(sorts) { ["nip"] = d.SubstringFrom("e.Nip", "9") }, DefaultSort, IdColumn(standing));
    }

    public sealed record Args(Guid TenantId, string Scope, string? UnderPath, string? PositionType, string? EmploymentType, int Year, int TargetPns, int TargetPppk, bool Standing);

    internal static async Task<Args> Resolve(Db db, CurrentUser user, Query query, DateTimeOffset now, CancellationToken ct)
    {
        var scope = await AnalyticsScope.Resolve(db, user, query.UnderUnitId, query.PositionType, ct);
        var targets = await TrainingSettings.Load(db, scope.TenantId, ct);
        var year = query.Year ?? now.Year;
        var standing = await db.Scalar<int>(HasStandings, new { scope.TenantId, Year = year }, ct) == 1;
        return new Args(scope.TenantId, scope.Scope, scope.UnderPath, scope.PositionType, query.EmploymentType?.ToString(), year,
            targets.TargetFor(EmploymentType.Pns), targets.TargetFor(EmploymentType.Pppk), standing);
    }

    internal sealed class Handler(Db db, CurrentUser user, TimeProvider clock) : IQueryHandler<Query, Paged<JpBelowTargetEmployee>>
    {
        public async ValueTask<Paged<JpBelowTargetEmployee>> Handle(Query query, CancellationToken ct)
        {
            var (page, size, skip) = Listing.Paging(query.Page, query.PageSize);
            var a = await Resolve(db, user, query, clock.GetUtcNow(), ct);
            var (countSql, selectSql) = Build(db.Dialect, a.Standing, a.Scope != "%", a.UnderPath is not null, a.PositionType is not null, a.EmploymentType is not null,
                OrderBy(db.Dialect, a.Standing, query.Sort, user.CanSeePersonalData));
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
