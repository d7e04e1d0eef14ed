using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Features.Settings;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Pipeline;
using FluentValidation;
using Mediator;

namespace AsnApi.Features.Development;

/// <summary>
/// AKPK step one: every assessed competency below its standard becomes a development need for the year,
/// prioritised by gap size and the employee's JPM fit. Running it again after new assessments refreshes
/// unreviewed needs and drops those whose gap has closed; reviewed needs are left as they are.
/// Beside the gaps, each employee whose latest SKP appraisal of a period ending in the year rates results or behaviour
/// below expectations gets one performance need (Source = Performance), refreshed and dropped the same way.
/// </summary>
public static class GenerateNeeds
{
    public sealed record Command(GenerateNeedsRequest Body) : ICommand<GenerateNeedsResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Body.Year).NotNull().WithMessage("Tahun wajib diisi.").InclusiveBetween(2000, 2100).WithMessage("Tahun tidak masuk akal.");
    }

    internal static string Gaps(bool under) => $"""
        SELECT f.EmployeeId, f.CompetencyId, f.RequiredLevel, f.AssessedLevel,
               SUM(f.AssessedLevel) OVER (PARTITION BY f.EmployeeId) AS AssessedSum,
               SUM(f.RequiredLevel) OVER (PARTITION BY f.EmployeeId) AS RequiredSum
        FROM {AnalyticsScope.Facts(under, false)} AND f.AssessedLevel IS NOT NULL
        """;

    internal static string Existing(bool under) => $"""
        SELECT n.Id, n.EmployeeId, n.CompetencyId, n.Status, n.Gap, n.AssessedLevel, n.RequiredLevel, n.Priority
        FROM DevelopmentNeeds n JOIN Employees e ON e.Id = n.EmployeeId JOIN Units u ON u.Id = e.UnitId
        WHERE n.TenantId = @TenantId AND n.Year = @Year AND n.Source = 'Competency' AND u.Path LIKE @Scope{(under ? " AND u.Path LIKE @UnderPath" : "")}
        """;

    /// <summary>Appraisals of active employees in scope whose period ends in the year, latest period first.</summary>
    internal static string Appraisals(bool under) => $"""
        SELECT a.Id AS AppraisalId, a.EmployeeId, a.ResultsRating, a.BehaviourRating, a.Predicate
        FROM PerformanceAppraisals a JOIN AppraisalPeriods p ON p.Id = a.PeriodId JOIN Employees e ON e.Id = a.EmployeeId JOIN Units u ON u.Id = e.UnitId
        WHERE a.TenantId = @TenantId AND e.IsActive = 1 AND p.EndDate >= @YearStart AND p.EndDate <= @YearEnd AND u.Path LIKE @Scope{(under ? " AND u.Path LIKE @UnderPath" : "")}
        ORDER BY p.EndDate DESC, p.StartDate DESC
        """;

    internal static string ExistingPerformance(bool under) => $"""
        SELECT n.Id, n.EmployeeId, n.AppraisalId, n.Status, n.Priority
        FROM DevelopmentNeeds n JOIN Employees e ON e.Id = n.EmployeeId JOIN Units u ON u.Id = e.UnitId
        WHERE n.TenantId = @TenantId AND n.Year = @Year AND n.Source = 'Performance' AND u.Path LIKE @Scope{(under ? " AND u.Path LIKE @UnderPath" : "")}
        """;

    [Sql]
    internal static IEnumerable<string> AllVariants() =>
        [Gaps(true), Gaps(false), Existing(true), Existing(false), Appraisals(true), Appraisals(false), ExistingPerformance(true), ExistingPerformance(false)];

    [Sql] internal const string InsertPerformance = """
        INSERT INTO DevelopmentNeeds (Id, TenantId, Year, EmployeeId, Source, AppraisalId, Priority, Status, Version, CreatedAt, UpdatedAt, EmployeeName)
        SELECT @Id, @TenantId, @Year, @EmployeeId, 'Performance', @AppraisalId, @Priority, 'Identified', 1, @Now, @Now, e.Name
        FROM Employees e WHERE e.Id = @EmployeeId AND e.TenantId = @TenantId
        """;
    [Sql] internal const string RefreshPerformance = """
        UPDATE DevelopmentNeeds SET AppraisalId = @AppraisalId, Priority = @Priority, Version = Version + 1, UpdatedAt = @Now
        WHERE Id = @Id AND TenantId = @TenantId AND Status = 'Identified'
        """;

    internal sealed class AppraisalRow
    {
        public Guid AppraisalId { get; init; }
        public Guid EmployeeId { get; init; }
        public SkpRating ResultsRating { get; init; }
        public SkpRating BehaviourRating { get; init; }
        public SkpPredicate Predicate { get; init; }
    }

    internal sealed class PerformanceNeedRow
    {
        public Guid Id { get; init; }
        public Guid EmployeeId { get; init; }
        public Guid? AppraisalId { get; init; }
        public string Status { get; init; } = "";
        public string Priority { get; init; } = "";
    }

    [Sql] internal const string Insert = """
        INSERT INTO DevelopmentNeeds (Id, TenantId, Year, EmployeeId, CompetencyId, RequiredLevel, AssessedLevel, Gap, Priority, Status, Version, CreatedAt, UpdatedAt, EmployeeName)
        SELECT @Id, @TenantId, @Year, @EmployeeId, @CompetencyId, @RequiredLevel, @AssessedLevel, @Gap, @Priority, 'Identified', 1, @Now, @Now, e.Name
        FROM Employees e WHERE e.Id = @EmployeeId AND e.TenantId = @TenantId
        """;
    [Sql] internal const string Refresh = """
        UPDATE DevelopmentNeeds SET RequiredLevel = @RequiredLevel, AssessedLevel = @AssessedLevel, Gap = @Gap, Priority = @Priority,
               Version = Version + 1, UpdatedAt = @Now
        WHERE Id = @Id AND TenantId = @TenantId AND Status = 'Identified'
        """;
    /// <summary>An unreviewed need that a plan already answers stays: the plan item points at it.</summary>
    [Sql] internal const string Remove = """
        DELETE FROM DevelopmentNeeds
        WHERE Id = @Id AND TenantId = @TenantId AND Status = 'Identified'
          AND NOT EXISTS (SELECT 1 FROM DevelopmentPlanItems i WHERE i.NeedId = DevelopmentNeeds.Id)
        """;

    internal sealed class GapRow
    {
        public Guid EmployeeId { get; init; }
        public Guid CompetencyId { get; init; }
        public int RequiredLevel { get; init; }
        public int AssessedLevel { get; init; }
        public int AssessedSum { get; init; }
        public int RequiredSum { get; init; }
    }

    internal sealed class NeedRow
    {
        public Guid Id { get; init; }
        public Guid EmployeeId { get; init; }
        public Guid CompetencyId { get; init; }
        public string Status { get; init; } = "";
        public int Gap { get; init; }
        public int AssessedLevel { get; init; }
        public int RequiredLevel { get; init; }
        public string Priority { get; init; } = "";
    }

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock, IMediator mediator) : ICommandHandler<Command, GenerateNeedsResponse>
    {
        public async ValueTask<GenerateNeedsResponse> Handle(Command cmd, CancellationToken ct)
        {
            var year = cmd.Body.Year!.Value;
            if (cmd.Body.UnderUnitId is { } under) await UnitTree.EnsureVisible(db, user, under, ct);
            var scope = await AnalyticsScope.Resolve(db, user, cmd.Body.UnderUnitId, null, ct);
            var thresholds = (await mediator.Send(new GetCompetencySettings.Query(), ct)).ToThresholds();
            var args = new { scope.TenantId, scope.Scope, scope.UnderPath, Year = year };
            var gaps = (await db.Query<GapRow>(Gaps(scope.UnderPath is not null), args, ct)).Where(g => g.RequiredLevel > g.AssessedLevel).ToList();
            var existing = (await db.Query<NeedRow>(Existing(scope.UnderPath is not null), args, ct)).ToDictionary(n => (n.EmployeeId, n.CompetencyId));
            var now = clock.GetUtcNow();

            var inserts = new List<object>();
            var refreshes = new List<object>();
            var kept = 0;
            foreach (var g in gaps)
            {
                var gap = g.RequiredLevel - g.AssessedLevel;
                var priority = DevelopmentRules.Priority(gap, Jpm.FromSums(g.AssessedSum, g.RequiredSum, thresholds).Fit).ToString();
                if (!existing.Remove((g.EmployeeId, g.CompetencyId), out var need))
                    inserts.Add(new { Id = Guid.NewGuid(), scope.TenantId, Year = year, g.EmployeeId, g.CompetencyId, g.RequiredLevel, g.AssessedLevel, Gap = gap, Priority = priority, Now = now });
                else if (need.Status != nameof(DevelopmentNeedStatus.Identified)) kept++;
                else if (need.Gap != gap || need.AssessedLevel != g.AssessedLevel || need.RequiredLevel != g.RequiredLevel || need.Priority != priority)
                    refreshes.Add(new { need.Id, scope.TenantId, g.RequiredLevel, g.AssessedLevel, Gap = gap, Priority = priority, Now = now });
            }
            // What is left in `existing` no longer has a gap: unreviewed ones go, reviewed ones stay on record.
            var removals = existing.Values.Where(n => n.Status == nameof(DevelopmentNeedStatus.Identified)).Select(n => new { n.Id, scope.TenantId }).ToList();
            kept += existing.Values.Count(n => n.Status != nameof(DevelopmentNeedStatus.Identified));

            // Performance needs: the latest appraisal of the year per employee decides.
            var (yearStart, yearEnd) = Skp.Annual(year);
            var appraisalArgs = new { scope.TenantId, scope.Scope, scope.UnderPath, Year = year, YearStart = yearStart, YearEnd = yearEnd };
            var below = (await db.Query<AppraisalRow>(Appraisals(scope.UnderPath is not null), appraisalArgs, ct))
                .DistinctBy(a => a.EmployeeId).Where(a => Skp.IsPerformanceNeed(a.ResultsRating, a.BehaviourRating)).ToList();
            var performance = (await db.Query<PerformanceNeedRow>(ExistingPerformance(scope.UnderPath is not null), args, ct)).ToDictionary(n => n.EmployeeId);
            var performanceInserts = new List<object>();
            var performanceRefreshes = new List<object>();
            foreach (var a in below)
            {
                var priority = Skp.NeedPriority(a.Predicate).ToString();
                if (!performance.Remove(a.EmployeeId, out var need))
                    performanceInserts.Add(new { Id = Guid.NewGuid(), scope.TenantId, Year = year, a.EmployeeId, a.AppraisalId, Priority = priority, Now = now });
                else if (need.Status != nameof(DevelopmentNeedStatus.Identified)) kept++;
                else if (need.AppraisalId != a.AppraisalId || need.Priority != priority)
                    performanceRefreshes.Add(new { need.Id, scope.TenantId, a.AppraisalId, Priority = priority, Now = now });
            }
            removals.AddRange(performance.Values.Where(n => n.Status == nameof(DevelopmentNeedStatus.Identified)).Select(n => new { n.Id, scope.TenantId }));
            kept += performance.Values.Count(n => n.Status != nameof(DevelopmentNeedStatus.Identified));

            await db.Execute(Insert, inserts, ct);
            await db.Execute(Refresh, refreshes, ct);
            await db.Execute(InsertPerformance, performanceInserts, ct);
            await db.Execute(RefreshPerformance, performanceRefreshes, ct);
            var removed = await db.Execute(Remove, removals, ct);
            kept += removals.Count - removed;
            audit.Touch("DevelopmentNeed", year);
            return new GenerateNeedsResponse
            {
                Year = year, EmployeesWithGaps = gaps.Select(g => g.EmployeeId).Distinct().Count(),
                Created = inserts.Count + performanceInserts.Count, Updated = refreshes.Count + performanceRefreshes.Count, PerformanceNeeds = below.Count,
                Removed = removed, KeptReviewed = kept,
            };
        }
    }
}
