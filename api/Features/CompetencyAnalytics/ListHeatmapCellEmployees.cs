using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using FluentValidation;
using Mediator;

namespace AsnApi.Features.CompetencyAnalytics;

/// <summary>
/// The employees behind one heatmap cell: the same facts the cell aggregates (assessed employees of the row's
/// unit, or of its sub-tree, whose standard includes the competency), largest gap first. Its total equals the
/// cell's count.
/// </summary>
public static class ListHeatmapCellEmployees
{
    public sealed record Query(Guid? UnitId, Guid? CompetencyId, HeatmapRollup? Rollup, PositionType? PositionType, int? Page, int? PageSize)
        : IQuery<Paged<HeatmapCellEmployee>>;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.UnitId).NotEmpty().WithMessage("unitId wajib diisi.");
            RuleFor(q => q.CompetencyId).NotEmpty().WithMessage("competencyId wajib diisi.");
        }
    }

    // A unit outside the caller's scope (another tenant's, or outside a unit head's sub-tree) does not exist for them.
    [Sql] internal const string UnitPath = "SELECT Path FROM Units WHERE Id = @Id AND TenantId = @TenantId AND Path LIKE @Scope";
    [Sql] internal const string CompetencyVisible = "SELECT COUNT(*) FROM Competencies WHERE Id = @Id AND (TenantId = @TenantId OR TenantId IS NULL)";

    internal static (string Count, string Select) Build(ISqlDialect d, bool subtree, bool type)
    {
        const string from = "CompetencyFacts f JOIN Units u ON u.Id = f.UnitId JOIN Employees e ON e.Id = f.EmployeeId LEFT JOIN Positions p ON p.Id = f.PositionId";
        var where = new List<string> { "f.TenantId = @TenantId", "u.Path LIKE @Scope", "f.CompetencyId = @CompetencyId", "f.AssessedLevel IS NOT NULL" };
        where.Add(subtree ? "u.Path LIKE @UnderPath" : "f.UnitId = @UnitId");
        if (type) where.Add("p.Type = @PositionType");
        var fromWhere = from + " WHERE " + string.Join(" AND ", where);
        return ($"SELECT COUNT(*) FROM {fromWhere}",
            $"""
            SELECT e.Id AS EmployeeId, e.Nip, e.Name, u.Name AS UnitName, p.Name AS PositionName, f.RequiredLevel, f.AssessedLevel,
                   f.RequiredLevel - f.AssessedLevel AS Gap
            FROM {fromWhere}
            ORDER BY f.RequiredLevel - f.AssessedLevel DESC, e.Name ASC, e.Id ASC
            {d.Paging}
            """);
    }

    [Sql]
    internal static IEnumerable<string> AllVariants(ISqlDialect d)
    {
        var (c1, s1) = Build(d, true, true);
        var (c2, s2) = Build(d, false, false);
        return [c1, s1, c2, s2];
    }

    internal sealed class Handler(Db db, CurrentUser user) : IQueryHandler<Query, Paged<HeatmapCellEmployee>>
    {
        public async ValueTask<Paged<HeatmapCellEmployee>> Handle(Query query, CancellationToken ct)
        {
            var (page, size, skip) = Listing.Paging(query.Page, query.PageSize);
            var tenantId = await user.TenantId(ct);
            var scope = await user.UnitScope(ct);
            var path = await db.Single<string>(UnitPath, new { Id = query.UnitId, TenantId = tenantId, Scope = scope }, ct)
                ?? throw new NotFoundException("Unit", query.UnitId);
            if (await db.Scalar<int>(CompetencyVisible, new { Id = query.CompetencyId, TenantId = tenantId }, ct) == 0)
                throw new NotFoundException("Kompetensi", query.CompetencyId);
            var subtree = (query.Rollup ?? HeatmapRollup.Subtree) == HeatmapRollup.Subtree;
            var (countSql, selectSql) = Build(db.Dialect, subtree, query.PositionType is not null);
            var args = new
            {
                TenantId = tenantId, Scope = scope, UnderPath = path + "%", query.UnitId, query.CompetencyId,
                PositionType = query.PositionType?.ToString(), Skip = skip, Take = size,
            };
            return Listing.Page(await db.Query<HeatmapCellEmployee>(selectSql, args, ct), page, size, await db.Scalar<int>(countSql, args, ct));
        }
    }
}
