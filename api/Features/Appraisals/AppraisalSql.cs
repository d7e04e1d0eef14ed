using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;

namespace AsnApi.Features.Appraisals;

/// <summary>What the period and appraisal use cases share: columns, the scoped reads, the checks.</summary>
internal static class AppraisalSql
{
    public const string PeriodColumns = """
        p.Id, p.Name, p.StartDate, p.EndDate, p.Version,
        (SELECT COUNT(*) FROM PerformanceAppraisals a WHERE a.TenantId = p.TenantId AND a.PeriodId = p.Id) AS AppraisalCount
        """;

    [Sql] internal const string GetPeriod = $"SELECT {PeriodColumns} FROM AppraisalPeriods p WHERE p.Id = @Id AND p.TenantId = @TenantId";
    [Sql] internal const string CurrentPeriod = "SELECT Version FROM AppraisalPeriods WHERE Id = @Id AND TenantId = @TenantId";

    /// <summary>Another period of the tenant sharing a day with the range: periods do not overlap, so a date has one period.</summary>
    [Sql] internal const string Overlapping = """
        SELECT Name FROM AppraisalPeriods
        WHERE TenantId = @TenantId AND Id <> @Id AND StartDate <= @EndDate AND EndDate >= @StartDate
        ORDER BY StartDate
        """;

    [Sql] internal const string NameTaken = "SELECT COUNT(*) FROM AppraisalPeriods WHERE TenantId = @TenantId AND LOWER(Name) = LOWER(@Name) AND Id <> @Id";

    public static async Task<AppraisalPeriodResponse> LoadPeriod(Db db, Guid tenantId, Guid id, CancellationToken ct) =>
        await db.Single<AppraisalPeriodResponse>(GetPeriod, new { Id = id, TenantId = tenantId }, ct) ?? throw new NotFoundException("Periode penilaian", id);

    /// <summary>The period's name and dates as stored: the dates given, or the year's 1 January – 31 December.</summary>
    public static (string Name, DateOnly Start, DateOnly End) PeriodValues(AppraisalPeriodRequest b)
    {
        var (start, end) = b.StartDate is { } s && b.EndDate is { } e ? (s, e) : Skp.Annual(b.Year!.Value);
        var name = string.IsNullOrWhiteSpace(b.Name) ? $"Periode SKP {(b.Year ?? start.Year)}" : b.Name.Trim();
        return (name, start, end);
    }

    public static async Task EnsurePeriodFree(Db db, Guid tenantId, Guid id, string name, DateOnly start, DateOnly end, CancellationToken ct)
    {
        if (await db.Single<string>(Overlapping, new { TenantId = tenantId, Id = id, StartDate = start, EndDate = end }, ct) is { } other)
            throw new ConflictException($"Periode bertumpang tindih dengan periode {other}: satu tanggal hanya boleh masuk satu periode penilaian.", "startDate", "overlap");
        if (await db.Scalar<int>(NameTaken, new { TenantId = tenantId, Id = id, Name = name }, ct) > 0)
            throw new ConflictException($"Periode bernama {name} sudah ada.", "name", "nameTaken");
    }

    public const string Columns = """
        a.Id, a.EmployeeId, e.Name AS EmployeeName, e.Nip, e.UnitId, u.Name AS UnitName, a.PeriodId, p.Name AS PeriodName,
        a.ResultsRating, a.BehaviourRating, a.Predicate, a.Notes, a.AppraisedBy, a.CreatedAt, a.UpdatedAt, a.Version
        """;

    /// <summary>An appraisal belongs to its employee's unit: a unit head sees those of their sub-tree only.</summary>
    public const string From = "PerformanceAppraisals a JOIN Employees e ON e.Id = a.EmployeeId JOIN Units u ON u.Id = e.UnitId JOIN AppraisalPeriods p ON p.Id = a.PeriodId";

    [Sql] internal const string Get = $"SELECT {Columns} FROM {From} WHERE a.Id = @Id AND a.TenantId = @TenantId AND u.Path LIKE @Scope";

    [Sql] internal const string Current = "SELECT Version FROM PerformanceAppraisals WHERE Id = @Id AND TenantId = @TenantId";

    [Sql] internal const string EmployeeInScope = """
        SELECT e.UnitId FROM Employees e JOIN Units u ON u.Id = e.UnitId
        WHERE e.Id = @Id AND e.TenantId = @TenantId AND u.Path LIKE @Scope
        """;

    public static PerformanceAppraisalResponse Labelled(PerformanceAppraisalResponse a)
    {
        a.ResultsRatingLabel = Skp.Label(a.ResultsRating);
        a.BehaviourRatingLabel = Skp.Label(a.BehaviourRating);
        a.PredicateLabel = Skp.Label(a.Predicate);
        return a;
    }

    public static async Task<PerformanceAppraisalResponse> Load(Db db, CurrentUser user, Guid tenantId, Guid id, CancellationToken ct) =>
        Labelled(await db.Single<PerformanceAppraisalResponse>(Get, new { Id = id, TenantId = tenantId, Scope = await user.UnitScope(ct) }, ct)
            ?? throw new NotFoundException("Penilaian kinerja", id));
}
