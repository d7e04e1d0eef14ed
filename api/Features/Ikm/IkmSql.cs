using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;

namespace AsnApi.Features.Ikm;

/// <summary>
/// The IKM reports read the rollups only (<see cref="SurveyRollups"/>): per service unit the sums of its days in
/// the period, a few hundred rows per service unit and year however many people answered.
/// </summary>
internal static class IkmSql
{
    private const string RollupSums = "SUM(r.Respondents) AS Respondents, SUM(r.S1) AS S1, SUM(r.S2) AS S2, SUM(r.S3) AS S3, SUM(r.S4) AS S4, SUM(r.S5) AS S5, SUM(r.S6) AS S6, SUM(r.S7) AS S7, SUM(r.S8) AS S8, SUM(r.S9) AS S9";

    /// <summary>Every service unit in scope with its sums (null without responses in the period), by name.</summary>
    internal static string UnitSums(bool one, bool under) => $"""
        SELECT su.Id AS ServiceUnitId, su.Name AS ServiceUnitName, su.Slug, su.UnitId, u.Name AS UnitName, su.PopulationPerYear, {RollupSums}
        FROM ServiceUnits su JOIN Units u ON u.Id = su.UnitId
        LEFT JOIN SurveyRollups r ON r.ServiceUnitId = su.Id AND r.TenantId = su.TenantId AND r.Day >= @From AND r.Day <= @To
        WHERE su.TenantId = @TenantId AND u.Path LIKE @Scope{(one ? " AND su.Id = @ServiceUnitId" : "")}{(under ? " AND u.Path LIKE @UnderPath" : "")}
        GROUP BY su.Id, su.Name, su.Slug, su.UnitId, u.Name, su.PopulationPerYear
        ORDER BY su.Name, su.Id
        """;

    /// <summary>Sums per quarter over the service units in scope.</summary>
    internal static string Quarters(bool one, bool under) => $"""
        SELECT r.Year, r.Quarter, {RollupSums}
        FROM SurveyRollups r JOIN ServiceUnits su ON su.Id = r.ServiceUnitId JOIN Units u ON u.Id = su.UnitId
        WHERE r.TenantId = @TenantId AND su.TenantId = @TenantId AND u.Path LIKE @Scope AND r.Day >= @From AND r.Day <= @To{(one ? " AND su.Id = @ServiceUnitId" : "")}{(under ? " AND u.Path LIKE @UnderPath" : "")}
        GROUP BY r.Year, r.Quarter
        ORDER BY r.Year, r.Quarter
        """;

    /// <summary>The public's view: one service unit named by tenant code and slug.</summary>
    [Sql] internal const string PublicSums = $"""
        SELECT su.Id AS ServiceUnitId, su.Name AS ServiceUnitName, su.Slug, su.UnitId, u.Name AS UnitName, su.PopulationPerYear, {RollupSums}
        FROM ServiceUnits su JOIN Tenants t ON t.Id = su.TenantId JOIN Units u ON u.Id = su.UnitId
        LEFT JOIN SurveyRollups r ON r.ServiceUnitId = su.Id AND r.TenantId = su.TenantId AND r.Day >= @From AND r.Day <= @To
        WHERE t.Code = @TenantCode AND su.Slug = @Slug
        GROUP BY su.Id, su.Name, su.Slug, su.UnitId, u.Name, su.PopulationPerYear
        """;

    [Sql]
    internal static IEnumerable<string> AllVariants() =>
        [UnitSums(true, false), UnitSums(false, true), UnitSums(false, false), Quarters(true, false), Quarters(false, true), Quarters(false, false)];

    internal class Sums
    {
        public long? Respondents { get; init; }
        public long? S1 { get; init; }
        public long? S2 { get; init; }
        public long? S3 { get; init; }
        public long? S4 { get; init; }
        public long? S5 { get; init; }
        public long? S6 { get; init; }
        public long? S7 { get; init; }
        public long? S8 { get; init; }
        public long? S9 { get; init; }

        public IkmResult Result() => Domain.Ikm.FromSums((int)(Respondents ?? 0), [S1 ?? 0, S2 ?? 0, S3 ?? 0, S4 ?? 0, S5 ?? 0, S6 ?? 0, S7 ?? 0, S8 ?? 0, S9 ?? 0]);
    }

    internal sealed class UnitRow : Sums
    {
        public Guid ServiceUnitId { get; init; }
        public string ServiceUnitName { get; init; } = "";
        public string Slug { get; init; } = "";
        public Guid UnitId { get; init; }
        public string UnitName { get; init; } = "";
        public long PopulationPerYear { get; init; }
    }

    internal sealed class QuarterRow : Sums
    {
        public int Year { get; init; }
        public int Quarter { get; init; }
    }

    public static List<UnsurScore> Unsur(IkmResult r) => r.Nrr.Select((n, i) => new UnsurScore { Code = Domain.Unsur.Code(i), Name = Domain.Unsur.Names[i], Nrr = n }).ToList();

    public static UnsurScore? Weakest(IkmResult r) => r.WeakestIndex is { } i ? new UnsurScore { Code = Domain.Unsur.Code(i), Name = Domain.Unsur.Names[i], Nrr = r.Nrr[i] } : null;

    public static IkmResponse Report(UnitRow row, DateOnly from, DateOnly to)
    {
        var r = row.Result();
        var n = SampleSize.PopulationIn(row.PopulationPerYear, from, to);
        var required = SampleSize.Required(n);
        return new IkmResponse
        {
            ServiceUnitId = row.ServiceUnitId, ServiceUnitName = row.ServiceUnitName, Slug = row.Slug, UnitId = row.UnitId, UnitName = row.UnitName,
            From = from, To = to, RespondentCount = r.RespondentCount, Unsur = Unsur(r), Ikm = r.Value, Grade = r.Grade,
            GradeLabel = r.Grade is { } g ? Domain.Ikm.Label(g) : null, WeakestUnsur = Weakest(r),
            PopulationInPeriod = n, RequiredSample = required, SampleSufficient = r.RespondentCount > 0 && r.RespondentCount >= required,
        };
    }

    /// <summary>All the service units' respondents in one index; the sample is judged against all their people.</summary>
    public static IkmSummary Combined(IReadOnlyList<UnitRow> rows, DateOnly from, DateOnly to)
    {
        long Sum(Func<UnitRow, long?> f) => rows.Sum(x => f(x) ?? 0);
        var r = Domain.Ikm.FromSums((int)Sum(x => x.Respondents), [Sum(x => x.S1), Sum(x => x.S2), Sum(x => x.S3), Sum(x => x.S4), Sum(x => x.S5), Sum(x => x.S6), Sum(x => x.S7), Sum(x => x.S8), Sum(x => x.S9)]);
        var n = rows.Sum(x => SampleSize.PopulationIn(x.PopulationPerYear, from, to));
        var required = SampleSize.Required(n);
        return new IkmSummary
        {
            ServiceUnitCount = rows.Count, RespondentCount = r.RespondentCount, Unsur = Unsur(r), Ikm = r.Value, Grade = r.Grade,
            GradeLabel = r.Grade is { } g ? Domain.Ikm.Label(g) : null, WeakestUnsur = Weakest(r),
            PopulationInPeriod = n, RequiredSample = required, SampleSufficient = r.RespondentCount > 0 && r.RespondentCount >= required,
        };
    }
}

/// <summary>The period of a report: both ends inclusive; by default the twelve months up to today (WIB).</summary>
internal static class IkmPeriod
{
    public const int MaxYears = 10;
    private static readonly DateOnly Earliest = new(2000, 1, 1);

    public static (DateOnly From, DateOnly To) Resolve(DateOnly? from, DateOnly? to, TimeProvider clock, int defaultMonths = 12)
    {
        var end = to ?? SurveyRollups.DayOf(clock.GetUtcNow());
        // Checked before any date arithmetic: a year-1 or year-9999 end would overflow it (a 500, not a problem).
        if (end < Earliest) throw Invalid.Field("to", "Tanggal akhir paling awal 1 Januari 2000.");
        var start = from ?? end.AddMonths(-defaultMonths).AddDays(1);
        if (start < Earliest) throw Invalid.Field("from", "Tanggal awal paling awal 1 Januari 2000.");
        if (start > end) throw Invalid.Field("from", "Tanggal awal tidak boleh setelah tanggal akhir.");
        if (start.Year <= DateOnly.MaxValue.Year - MaxYears && end > start.AddYears(MaxYears)) throw Invalid.Field("to", $"Periode paling panjang {MaxYears} tahun.");
        return (start, end);
    }
}
