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
        Sorts.Keys.SelectMany(s => { var (c, q) = Build(d, new Filters(true, true, true, true, true, true, true), Listing.OrderBy(s, Sorts, "name", "e.Id")); return new[] { c, q }; });

    internal sealed class Handler(Db db, CurrentUser user) : IQueryHandler<Query, Paged<EmployeeResponse>>
    {
        public async ValueTask<Paged<EmployeeResponse>> Handle(Query query, CancellationToken ct)
        {
            var (page, size, skip) = Listing.Paging(query.Page, query.PageSize);
            var orderBy = Listing.OrderBy(query.Sort, Sorts, "name", "e.Id");
            var tenantId = await user.TenantId(ct);
            var underPath = await UnitTree.SubtreePattern(db, tenantId, query.UnderUnitId, ct);

            var filters = new Filters(!string.IsNullOrWhiteSpace(query.Q), query.UnitId is not null, underPath is not null, query.PositionId is not null,
                query.PositionType is not null, query.EmploymentType is not null, query.Active is not null);
            var (countSql, selectSql) = Build(db.Dialect, filters, orderBy);
            var args = new
            {
                TenantId = tenantId, Scope = await user.UnitScope(ct), ShowPersonal = user.CanSeePersonalData,
                Q = Listing.Contains(query.Q), NipPrefix = Listing.StartsWith(Domain.Nip.Normalize(query.Q)),
                query.UnitId, UnderPath = underPath, query.PositionId, PositionType = query.PositionType?.ToString(),
                EmploymentType = query.EmploymentType?.ToString(), query.Active, Skip = skip, Take = size,
            };
            var total = await db.Scalar<int>(countSql, args, ct);
            var items = await db.Query<EmployeeResponse>(selectSql, args, ct);
            return Listing.Page(items, page, size, total);
        }
    }
}
