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
        PositionType? PositionType, EmploymentType? EmploymentType, bool? Active, string? Sort) : IQuery<Paged<EmployeeResponse>>;

    private static readonly Dictionary<string, string> Sorts = new()
    {
        ["name"] = "e.Name", ["nip"] = "e.Nip", ["unit"] = "u.Name", ["position"] = "p.Name", ["rank"] = "e.Rank", ["updatedAt"] = "e.UpdatedAt",
    };

    /// <summary>Callers who see masked NIPs sort by the visible digits only: ordering by the whole NIP is ordering by birth date.</summary>
    private static Dictionary<string, string> SortsFor(ISqlDialect d, bool personalData) =>
        personalData ? Sorts : Sorts.ToDictionary(s => s.Key, s => s.Key == "nip" ? d.SubstringFrom("e.Nip", "9") : s.Value);

    internal sealed record Filters(bool Q, bool Unit, bool Under, bool Position, bool PositionType, bool EmploymentType, bool Active);

    internal static (string Count, string Select) Build(ISqlDialect d, Filters f, string orderBy)
    {
        var where = new List<string> { "e.TenantId = @TenantId", "u.Path LIKE @Scope" };
        // A NIP is matched from its start (the index serves it); a name anywhere in it.
        if (f.Q) where.Add(@"(e.Name LIKE @Q ESCAPE '\' OR e.Nip LIKE @NipPrefix ESCAPE '\')");
        if (f.Unit) where.Add("e.UnitId = @UnitId");
        if (f.Under) where.Add("u.Path LIKE @UnderPath");
        if (f.Position) where.Add("e.PositionId = @PositionId");
        if (f.PositionType) where.Add("p.Type = @PositionType");
        if (f.EmploymentType) where.Add("e.EmploymentType = @EmploymentType");
        if (f.Active) where.Add("e.IsActive = @Active");
        return (Listing.Count(EmployeeSql.From, where), Listing.Select(d, EmployeeSql.Columns, EmployeeSql.From, where, orderBy));
    }

    [Sql]
    internal static IEnumerable<string> AllVariants(ISqlDialect d) =>
        from personal in new[] { true, false }
        from s in Sorts.Keys
        from sql in Build(d, new Filters(true, true, true, true, true, true, true), Listing.OrderBy(s, SortsFor(d, personal), "name", "e.Id")) is var (c, q) ? new[] { c, q } : []
        select sql;

    internal sealed class Handler(Db db, CurrentUser user) : IQueryHandler<Query, Paged<EmployeeResponse>>
    {
        public async ValueTask<Paged<EmployeeResponse>> Handle(Query query, CancellationToken ct)
        {
            var (page, size, skip) = Listing.Paging(query.Page, query.PageSize);
            var orderBy = Listing.OrderBy(query.Sort, SortsFor(db.Dialect, user.CanSeePersonalData), "name", "e.Id");
            var tenantId = await user.TenantId(ct);
            var underPath = await UnitTree.SubtreePattern(db, tenantId, query.UnderUnitId, ct);

            var filters = new Filters(!string.IsNullOrWhiteSpace(query.Q), query.UnitId is not null, underPath is not null, query.PositionId is not null,
                query.PositionType is not null, query.EmploymentType is not null, query.Active is not null);
            var (countSql, selectSql) = Build(db.Dialect, filters, orderBy);
            var args = new
            {
                TenantId = tenantId, Scope = await user.UnitScope(ct), ShowPersonal = user.CanSeePersonalData,
                Q = Listing.Contains(query.Q), NipPrefix = PersonalData.NipSearchPattern(query.Q, user.CanSeePersonalData),
                query.UnitId, UnderPath = underPath, query.PositionId, PositionType = query.PositionType?.ToString(),
                EmploymentType = query.EmploymentType?.ToString(), query.Active, Skip = skip, Take = size,
            };
            var total = await db.Scalar<int>(countSql, args, ct);
            var items = await db.Query<EmployeeResponse>(selectSql, args, ct);
            return Listing.Page(items, page, size, total);
        }
    }
}
