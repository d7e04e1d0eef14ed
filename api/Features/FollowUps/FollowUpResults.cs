using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using FluentValidation;
using Mediator;

namespace AsnApi.Features.FollowUps;

/// <summary>
/// Level 3 per program, for trainings that ended in a period: how many follow-ups have fallen due, how many were filed
/// and on time, the mean application rating and the mean level change where a level was re-assessed. ForScope is
/// the reusable figure (the effectiveness page and evaluation cycles read it).
/// </summary>
public static class FollowUpResults
{
    public sealed record Query(DateOnly? From, DateOnly? To, Guid? UnderUnitId, Guid? ProgramId) : IQuery<List<FollowUpProgramResult>>;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null)
            .WithMessage("Tanggal akhir tidak boleh sebelum tanggal awal.");
    }

    private static List<string> Where(bool under, bool program, bool from, bool to)
    {
        var where = FollowUpSql.BaseWhere();
        if (under) where.Add("u.Path LIKE @UnderPath");
        if (program) where.Add("s.ProgramId = @ProgramId");
        if (from) where.Add("s.EndDate >= @From");
        if (to) where.Add("s.EndDate <= @To");
        return where;
    }

    internal static string Counts(bool under, bool program, bool from, bool to) => $"""
        SELECT p.Id AS ProgramId, p.Code AS ProgramCode, p.Title AS ProgramTitle,
               SUM(CASE WHEN f.EnrollmentId IS NOT NULL OR s.EndDate <= @DueTo THEN 1 ELSE 0 END) AS FallenDue,
               COUNT(f.EnrollmentId) AS Filed, SUM(CASE WHEN f.OnTime = 1 THEN 1 ELSE 0 END) AS FiledOnTime
        FROM {FollowUpSql.From}
        WHERE {string.Join(" AND ", Where(under, program, from, to))}
        GROUP BY p.Id, p.Code, p.Title
        """;

    internal static string Ratings(bool under, bool program, bool from, bool to) => $"""
        SELECT s.ProgramId, AVG(CAST(r.Application AS FLOAT)) AS MeanApplication, SUM(r.Application) AS ApplicationSum, COUNT(*) AS RatingCount,
               COUNT(r.ReassessedLevel) AS Reassessed,
               AVG(CASE WHEN r.ReassessedLevel IS NOT NULL AND r.LevelBefore IS NOT NULL THEN CAST(r.ReassessedLevel - r.LevelBefore AS FLOAT) END) AS MeanLevelChange
        FROM TrainingFollowUpRatings r JOIN TrainingFollowUps f ON f.EnrollmentId = r.EnrollmentId JOIN TrainingEnrollments en ON en.Id = f.EnrollmentId
             JOIN TrainingSessions s ON s.Id = en.SessionId JOIN Employees e ON e.Id = en.EmployeeId JOIN Units u ON u.Id = e.UnitId
        WHERE {string.Join(" AND ", Where(under, program, from, to))}
        GROUP BY s.ProgramId
        """;

    [Sql]
    internal static IEnumerable<string> AllVariants(ISqlDialect d) =>
        from flags in new[] { (false, false, false, false), (true, true, true, true) }
        from sql in new[] { Counts(flags.Item1, flags.Item2, flags.Item3, flags.Item4), Ratings(flags.Item1, flags.Item2, flags.Item3, flags.Item4) }
        select sql;

    private sealed class CountRow
    {
        public Guid ProgramId { get; init; }
        public string ProgramCode { get; init; } = "";
        public string ProgramTitle { get; init; } = "";
        public int FallenDue { get; init; }
        public int Filed { get; init; }
        public int FiledOnTime { get; init; }
    }

    private sealed class RatingRow
    {
        public Guid ProgramId { get; init; }
        public double? MeanApplication { get; init; }
        public int ApplicationSum { get; init; }
        public int RatingCount { get; init; }
        public int Reassessed { get; init; }
        public double? MeanLevelChange { get; init; }
    }

    /// <summary>
    /// The figures for trainings that ended between from and to (either open), in a scope: <paramref name="scope"/> is
    /// the caller's path pattern ("%" for all), <paramref name="underPath"/> an optional sub-tree pattern.
    /// </summary>
    public static async Task<List<FollowUpProgramResult>> ForScope(Db db, Guid tenantId, string scope, string? underPath, Guid? programId,
        DateOnly? from, DateOnly? to, DateOnly today, CancellationToken ct)
    {
        var (counts, ratings) = await Rows(db, tenantId, scope, underPath, programId, from, to, today, ct);
        return counts.Select(c =>
        {
            ratings.TryGetValue(c.ProgramId, out var r);
            return new FollowUpProgramResult
            {
                ProgramId = c.ProgramId, ProgramCode = c.ProgramCode, ProgramTitle = c.ProgramTitle, FallenDue = c.FallenDue, Filed = c.Filed, FiledOnTime = c.FiledOnTime,
                OnTimePercent = c.FallenDue == 0 ? null : Math.Round(100.0 * c.FiledOnTime / c.FallenDue, 1),
                MeanApplication = r?.MeanApplication is { } m ? Math.Round(m, 2) : null, Reassessed = r?.Reassessed ?? 0,
                MeanLevelChange = r?.MeanLevelChange is { } l ? Math.Round(l, 2) : null,
            };
        }).OrderBy(r => r.ProgramTitle, StringComparer.Ordinal).ToList();
    }

    /// <summary>Level 3 of a whole scope (every program together): the evaluation cycles' indicator.</summary>
    public sealed record Totals(int FallenDue, int Filed, int FiledOnTime, double? MeanApplication);

    public static async Task<Totals> TotalsForScope(Db db, Guid tenantId, string? underPath, DateOnly from, DateOnly to, DateOnly today, CancellationToken ct)
    {
        var (counts, ratings) = await Rows(db, tenantId, "%", underPath, null, from, to, today, ct);
        var ratingCount = ratings.Values.Sum(r => r.RatingCount);
        return new(counts.Sum(c => c.FallenDue), counts.Sum(c => c.Filed), counts.Sum(c => c.FiledOnTime),
            ratingCount == 0 ? null : (double)ratings.Values.Sum(r => r.ApplicationSum) / ratingCount);
    }

    private static async Task<(IReadOnlyList<CountRow> Counts, Dictionary<Guid, RatingRow> Ratings)> Rows(Db db, Guid tenantId, string scope, string? underPath, Guid? programId,
        DateOnly? from, DateOnly? to, DateOnly today, CancellationToken ct)
    {
        var months = await FollowUpSql.Months(db, tenantId, ct);
        var (_, dueTo) = FollowUpRules.EndDatesDueOn(today, months);
        var args = new { TenantId = tenantId, Scope = scope, UnderPath = underPath, ProgramId = programId, From = from, To = to, DueTo = dueTo };
        var flags = (underPath is not null, programId is not null, from is not null, to is not null);
        var counts = await db.Query<CountRow>(Counts(flags.Item1, flags.Item2, flags.Item3, flags.Item4), args, ct);
        var ratings = (await db.Query<RatingRow>(Ratings(flags.Item1, flags.Item2, flags.Item3, flags.Item4), args, ct)).ToDictionary(r => r.ProgramId);
        return (counts, ratings);
    }

    internal sealed class Handler(Db db, CurrentUser user, TimeProvider clock) : IQueryHandler<Query, List<FollowUpProgramResult>>
    {
        public async ValueTask<List<FollowUpProgramResult>> Handle(Query query, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var underPath = await UnitTree.SubtreePattern(db, tenantId, query.UnderUnitId, ct);
            return await ForScope(db, tenantId, await user.UnitScope(ct), underPath, query.ProgramId, query.From, query.To, FollowUpSql.Today(clock), ct);
        }
    }
}
