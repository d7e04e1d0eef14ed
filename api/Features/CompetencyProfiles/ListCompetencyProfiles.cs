using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Features.Settings;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using FluentValidation;
using Mediator;

namespace AsnApi.Features.CompetencyProfiles;

/// <summary>
/// Competency profiles and gaps as rows: every active employee in scope × every competency of their position's standard,
/// with the current level, the gap, when it was assessed, and the employee's JPM and categories. HR reads it as one
/// sheet; the heatmap cell list covers one unit × one competency and only the assessed, the profile one employee.
/// It reads the standard from PositionStandards and the level from CurrentCompetencies (the CompetencyFacts read model
/// holds assessed pairs only, migration 0027, and a never-assessed competency is a row here, with no level).
/// </summary>
public static class ListCompetencyProfiles
{
    public sealed record Query(
        string? Q, Guid? UnderUnitId, PositionType? PositionType, Guid? CompetencyId, bool? OnlyGaps,
        int? Page, int? PageSize, string? Sort, bool? IncludeTotal) : IQuery<Paged<CompetencyProfileRow>>;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Q).MaximumLength(100);
            RuleFor(q => q.Sort).MaximumLength(60);
        }
    }

    internal static readonly Dictionary<string, string> Sorts = new()
    {
        ["name"] = "e.Name", ["nip"] = "e.Nip", ["unit"] = "u.Name", ["position"] = "p.Name", ["competency"] = "c.Code",
        ["gap"] = "s.RequiredLevel - cc.Level", ["required"] = "s.RequiredLevel", ["assessed"] = "cc.Level", ["assessedOn"] = "cc.AssessedOn",
    };
    internal const string DefaultSort = "name";
    // Every sort ends on the row's key, the employee then the competency: paging is stable, and an employee's rows stay together.
    internal const string RowKey = "e.Id ASC, c.Code ASC, s.CompetencyId";

    /// <summary>A caller who sees masked NIPs sorts by the visible digits only: ordering by the whole NIP is ordering by birth date.</summary>
    internal static Dictionary<string, string> SortsFor(ISqlDialect d, bool personalData) =>
        personalData ? Sorts : Sorts.ToDictionary(s => s.Key, s => s.Key == "nip" ? d.SubstringFrom("e.Nip", "9") : s.Value);

    internal const string From = """
        Employees e
        JOIN PositionStandards s ON s.PositionId = e.PositionId
        JOIN Units u ON u.Id = e.UnitId
        LEFT JOIN Positions p ON p.Id = e.PositionId
        JOIN Competencies c ON c.Id = s.CompetencyId
        LEFT JOIN CurrentCompetencies cc ON cc.EmployeeId = e.Id AND cc.CompetencyId = s.CompetencyId
        """;

    // The JPM sums of the row's employee over all of their assessed facts (not only the filtered rows), and the size of
    // their standard: primary-key ranges of about fifteen rows each, read only for the rows returned.
    internal const string Columns = """
        e.Id AS EmployeeId, e.Nip, e.Name, e.UnitId, u.Name AS UnitName, p.Name AS PositionName, p.Type AS PositionType,
        s.CompetencyId, c.Code AS CompetencyCode, c.Name AS CompetencyName, c.Kind AS CompetencyKind,
        s.RequiredLevel, cc.Level AS AssessedLevel, cc.AssessedOn,
        (SELECT SUM(s1.AssessedLevel) FROM CompetencyFacts s1 WHERE s1.EmployeeId = e.Id AND s1.AssessedLevel IS NOT NULL) AS AssessedSum,
        (SELECT SUM(s2.RequiredLevel) FROM CompetencyFacts s2 WHERE s2.EmployeeId = e.Id AND s2.AssessedLevel IS NOT NULL) AS RequiredSum,
        (SELECT COUNT(s3.AssessedLevel) FROM CompetencyFacts s3 WHERE s3.EmployeeId = e.Id) AS AssessedCount,
        (SELECT COUNT(*) FROM PositionStandards s4 WHERE s4.PositionId = e.PositionId) AS StandardCount
        """;

    internal sealed record Filters(bool Under, bool PositionType, bool Competency, bool OnlyGaps, bool Name, bool Nip, bool Q);

    internal static List<string> Where(ISqlDialect d, Filters f)
    {
        // The tenant is the employee's (a standard belongs to its position's tenant). Not also s.TenantId: that would let
        // SQLite drive the query from a PositionStandards index and sort every row of the tenant, where walking the
        // employees by name (IX_Employees_Tenant_Name_Id) and seeking each one's standard by primary key stops after the page.
        var where = new List<string> { "e.TenantId = @TenantId", "e.IsActive = 1", "u.Path LIKE @Scope" };
        if (f.Under) where.Add("u.Path LIKE @UnderPath");
        if (f.PositionType) where.Add("p.Type = @PositionType");
        if (f.Competency) where.Add("s.CompetencyId = @CompetencyId");
        if (f.OnlyGaps) where.Add("cc.Level < s.RequiredLevel");
        if (f.Name) where.Add(d.EmployeeNameSearch("e"));
        else if (f.Nip) where.Add(@"e.Nip LIKE @NipPrefix ESCAPE '\'");
        else if (f.Q) where.Add("1 = 0"); // neither a word nor NIP digits: no one
        return where;
    }

    internal static (string Count, string Select) Build(ISqlDialect d, Filters f, string orderBy) =>
        (Count(d, f), Listing.Select(d, Columns, From, Where(d, f), orderBy));

    /// <summary>
    /// The number of rows, without reading them through the list's joins (1.5 million at 100,000 employees). A gap is an
    /// assessed pair below its level, so "only gaps" counts the facts of the scope's units (the covering index
    /// IX_CompetencyFacts_Unit). Otherwise the rows are the scope's active employees per position times the size of that
    /// position's standard: one pass over the employees, grouped, joined to the standards' sizes (a join, not a
    /// sub-query inside SUM, which SQL Server refuses). A search narrows to a few employees first, so it counts through
    /// the list's own joins.
    /// </summary>
    internal static string Count(ISqlDialect d, Filters f)
    {
        if (f.Name || f.Nip || f.Q) return Listing.Count(From, Where(d, f));
        if (f.OnlyGaps)
        {
            var where = AnalyticsScope.Facts(f.Under, f.PositionType);
            if (f.Competency) where += " AND f.CompetencyId = @CompetencyId";
            return $"SELECT COUNT(*) FROM {where} AND f.AssessedLevel < f.RequiredLevel";
        }
        var scope = new List<string> { "e.TenantId = @TenantId", "e.IsActive = 1", "u.Path LIKE @Scope" };
        if (f.Under) scope.Add("u.Path LIKE @UnderPath");
        if (f.PositionType) scope.Add("p.Type = @PositionType");
        return $"""
            SELECT COALESCE(SUM(k.Holders * ps.Competencies), 0)
            FROM (
                SELECT e.PositionId, COUNT(*) AS Holders
                FROM Employees e JOIN Units u ON u.Id = e.UnitId{(f.PositionType ? " JOIN Positions p ON p.Id = e.PositionId" : "")}
                WHERE {string.Join(" AND ", scope)}
                GROUP BY e.PositionId
            ) k
            JOIN (
                SELECT PositionId, COUNT(*) AS Competencies FROM PositionStandards
                WHERE TenantId = @TenantId{(f.Competency ? " AND CompetencyId = @CompetencyId" : "")}
                GROUP BY PositionId
            ) ps ON ps.PositionId = k.PositionId
            """;
    }

    [Sql]
    internal static IEnumerable<string> AllVariants(ISqlDialect d) =>
        from personal in new[] { true, false }
        from s in Sorts.Keys
        from f in new[] { new Filters(true, true, true, true, true, false, true), new Filters(false, false, false, false, false, true, true), new Filters(false, false, false, false, false, false, false), new Filters(true, true, true, true, false, false, false), new Filters(true, true, true, false, false, false, false) }
        from sql in Build(d, f, Listing.OrderBy(s, SortsFor(d, personal), DefaultSort, RowKey)) is var (c, q) ? new[] { c, q } : []
        select sql;

    /// <summary>A row as the query reads it, with the employee's JPM sums; <see cref="Complete"/> turns it into the response.</summary>
    internal sealed class Row
    {
        public Guid EmployeeId { get; init; }
        public string Nip { get; init; } = "";
        public string Name { get; init; } = "";
        public Guid UnitId { get; init; }
        public string UnitName { get; init; } = "";
        public string? PositionName { get; init; }
        public PositionType? PositionType { get; init; }
        public Guid CompetencyId { get; init; }
        public string CompetencyCode { get; init; } = "";
        public string CompetencyName { get; init; } = "";
        public CompetencyKind CompetencyKind { get; init; }
        public int RequiredLevel { get; init; }
        public int? AssessedLevel { get; init; }
        public DateOnly? AssessedOn { get; init; }
        public int? AssessedSum { get; init; }
        public int? RequiredSum { get; init; }
        public int AssessedCount { get; init; }
        public int StandardCount { get; init; }
    }

    /// <summary>The JPM and its categories as the employee's profile computes them (<see cref="Jpm"/>).</summary>
    internal static CompetencyProfileRow Complete(Row r, JpmThresholds thresholds)
    {
        var jpm = Jpm.FromSums(r.AssessedSum ?? 0, r.RequiredSum ?? 0, thresholds);
        return new CompetencyProfileRow
        {
            EmployeeId = r.EmployeeId, Nip = r.Nip, Name = r.Name, UnitId = r.UnitId, UnitName = r.UnitName, PositionName = r.PositionName,
            PositionType = r.PositionType, CompetencyId = r.CompetencyId, CompetencyCode = r.CompetencyCode, CompetencyName = r.CompetencyName,
            CompetencyKind = r.CompetencyKind, RequiredLevel = r.RequiredLevel, AssessedLevel = r.AssessedLevel,
            Gap = Jpm.Gap(r.RequiredLevel, r.AssessedLevel), AssessedOn = r.AssessedOn,
            Jpm = jpm.Rounded, FitCategory = jpm.Fit, FitLabel = JpmLabels.Of(jpm.Fit), MappingCategory = jpm.Mapping, MappingLabel = JpmLabels.Of(jpm.Mapping),
            JpmComplete = r.StandardCount > 0 && r.AssessedCount == r.StandardCount,
        };
    }

    /// <summary>The filters resolved once for the list and the export: scope, sub-tree, search, competency.</summary>
    internal sealed record Resolved(Filters Filters, object Args, JpmThresholds Thresholds);

    internal static async Task<Resolved> Resolve(Db db, CurrentUser user, string? q, Guid? underUnitId, PositionType? positionType, Guid? competencyId, bool? onlyGaps,
        int skip, int take, CancellationToken ct)
    {
        var scope = await AnalyticsScope.Resolve(db, user, underUnitId, positionType, ct);
        // Another tenant's competency is a 404, as everywhere; an unknown one too (a typo should not read as "no gaps").
        if (competencyId is { } id && await db.Scalar<int>(CompetencyAnalytics.ListHeatmapCellEmployees.CompetencyVisible, new { Id = id, scope.TenantId }, ct) == 0)
            throw new NotFoundException("Kompetensi", competencyId);
        var nipLike = q?.Trim() is { Length: > 0 } t && t.All(c => char.IsAsciiDigit(c) || c is ' ' or '*');
        var name = nipLike ? NameSearch.From(null) : NameSearch.From(q);
        var nipPrefix = nipLike ? PersonalData.NipSearchPattern(q, user.CanSeePersonalData) : null;
        var filters = new Filters(scope.UnderPath is not null, scope.PositionType is not null, competencyId is not null, onlyGaps == true,
            name.NameWordCount > 0, nipPrefix is not null, !string.IsNullOrWhiteSpace(q));
        var args = new
        {
            scope.TenantId, scope.Scope, scope.UnderPath, scope.PositionType, CompetencyId = competencyId,
            name.NameMatch, name.NameWords, name.NameWordCount, NipPrefix = nipPrefix, Skip = skip, Take = take,
        };
        return new Resolved(filters, args, (await CompetencySettings.Load(db, scope.TenantId, ct)).ToThresholds());
    }

    internal sealed class Handler(Db db, CurrentUser user) : IQueryHandler<Query, Paged<CompetencyProfileRow>>
    {
        public async ValueTask<Paged<CompetencyProfileRow>> Handle(Query query, CancellationToken ct)
        {
            var (page, size, skip) = Listing.Paging(query.Page, query.PageSize);
            var orderBy = Listing.OrderBy(query.Sort, SortsFor(db.Dialect, user.CanSeePersonalData), DefaultSort, RowKey);
            var r = await Resolve(db, user, query.Q, query.UnderUnitId, query.PositionType, query.CompetencyId, query.OnlyGaps, skip, size, ct);
            var (countSql, selectSql) = Build(db.Dialect, r.Filters, orderBy);
            int? total = query.IncludeTotal ?? true ? await db.Scalar<int>(countSql, r.Args, ct) : null;
            var rows = await db.Query<Row>(selectSql, r.Args, ct);
            return Listing.Page(rows.Select(x => Complete(x, r.Thresholds)).ToList(), page, size, total);
        }
    }
}
