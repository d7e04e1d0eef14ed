using AsnApi.Contracts;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.Effectiveness;

/// <summary>
/// Level 4 for a program: the service units with a staff member (ServiceUnitStaff) who completed it, and their
/// combined IKM (from SurveyRollups sums) and complaint deadline figures (complaints received in the period) for the
/// <c>months</c> before the first day of the program's sessions with a completion and the same length after the
/// last day. Two periods side by side, labelled as a comparison: a better index after training is not proof
/// that the training caused it. A unit head sees the service units of their sub-tree.
/// </summary>
public static class GetResultsComparison
{
    public const int DefaultMonths = 6;
    public const string Caveat = "Perbandingan, bukan hubungan sebab-akibat: indeks dan pengaduan juga dipengaruhi hal lain selain pelatihan.";

    public sealed record Query(Guid ProgramId, int? Months) : IQuery<ResultsComparisonResponse>;

    [Sql] internal const string Program = "SELECT Title FROM TrainingPrograms WHERE Id = @ProgramId AND TenantId = @TenantId";

    private const string Completed = """
        TrainingEnrollments en JOIN TrainingSessions s ON s.Id = en.SessionId
        WHERE en.TenantId = @TenantId AND s.TenantId = @TenantId AND s.ProgramId = @ProgramId AND en.Status = 'Completed'
        """;

    [Sql] internal const string Window = $"SELECT MIN(s.StartDate) AS FirstDay, MAX(s.EndDate) AS LastDay FROM {Completed}";

    [Sql] internal const string ServiceUnits = $"""
        SELECT su.Id AS ServiceUnitId, su.Name, COUNT(DISTINCT st.EmployeeId) AS TrainedStaff
        FROM ServiceUnitStaff st JOIN ServiceUnits su ON su.Id = st.ServiceUnitId JOIN Units u ON u.Id = su.UnitId
        WHERE st.TenantId = @TenantId AND u.Path LIKE @Scope AND st.EmployeeId IN (SELECT en.EmployeeId FROM {Completed})
        GROUP BY su.Id, su.Name
        ORDER BY su.Name, su.Id
        """;

    [Sql] internal static string Ikm(ISqlDialect d) => $"""
        SELECT COALESCE(SUM(r.Respondents), 0) AS Respondents, {SurveyRollups.Sums.Replace("SUM(S", "SUM(r.S")}
        FROM SurveyRollups r
        WHERE r.TenantId = @TenantId AND r.Day >= @From AND r.Day <= @To AND r.ServiceUnitId IN ({d.IdsIn("@Ids")})
        """;

    [Sql] internal static string Complaints(ISqlDialect d) => $"""
        SELECT COUNT(*) AS Received,
               COALESCE(SUM(CASE WHEN c.ResolvedOn IS NOT NULL AND c.ResolvedOn <= c.ResolutionDue THEN 1 ELSE 0 END), 0) AS ResolvedOnTime,
               COALESCE(SUM(CASE WHEN c.ResolvedOn IS NOT NULL AND c.ResolvedOn > c.ResolutionDue THEN 1 ELSE 0 END), 0) AS ResolvedLate,
               COALESCE(SUM(CASE WHEN c.ResolvedOn IS NULL AND c.ResolutionDue < @Today THEN 1 ELSE 0 END), 0) AS OpenOverdue
        FROM Complaints c
        WHERE c.TenantId = @TenantId AND c.ReceivedOn >= @From AND c.ReceivedOn <= @To AND c.ServiceUnitId IN ({d.IdsIn("@Ids")})
        """;

    internal sealed class WindowRow
    {
        public DateOnly? FirstDay { get; init; }
        public DateOnly? LastDay { get; init; }
    }

    internal sealed class IkmRow
    {
        public long Respondents { get; init; }
        public long? S1 { get; init; }
        public long? S2 { get; init; }
        public long? S3 { get; init; }
        public long? S4 { get; init; }
        public long? S5 { get; init; }
        public long? S6 { get; init; }
        public long? S7 { get; init; }
        public long? S8 { get; init; }
        public long? S9 { get; init; }
    }

    internal sealed class ComplaintRow
    {
        public int Received { get; init; }
        public int ResolvedOnTime { get; init; }
        public int ResolvedLate { get; init; }
        public int OpenOverdue { get; init; }
    }

    internal sealed class Handler(Db db, CurrentUser user, TimeProvider clock) : IQueryHandler<Query, ResultsComparisonResponse>
    {
        public async ValueTask<ResultsComparisonResponse> Handle(Query query, CancellationToken ct)
        {
            var months = query.Months ?? DefaultMonths;
            if (months is < 1 or > 24) throw Invalid.Field("months", "Panjang periode 1 sampai 24 bulan.");
            var tenantId = await user.TenantId(ct);
            var args = new { query.ProgramId, TenantId = tenantId, Scope = await user.UnitScope(ct) };
            var title = await db.Single<string>(Program, args, ct) ?? throw new NotFoundException("Program pelatihan", query.ProgramId);
            var window = await db.Single<WindowRow>(Window, args, ct);
            var units = await db.Query<ResultsServiceUnit>(ServiceUnits, args, ct);
            var response = new ResultsComparisonResponse
            {
                ProgramId = query.ProgramId, ProgramTitle = title, Caveat = Caveat, Months = months, TrainingFrom = window?.FirstDay, TrainingTo = window?.LastDay,
                ServiceUnits = units,
            };
            if (window?.FirstDay is not { } first || window.LastDay is not { } last) return response;
            var p = Domain.Effectiveness.Periods(first, last, months);
            var ids = SqlIds.Json(units.Select(u => u.ServiceUnitId));
            var today = SurveyRollups.DayOf(clock.GetUtcNow());
            return new ResultsComparisonResponse
            {
                ProgramId = response.ProgramId, ProgramTitle = title, Caveat = Caveat, Months = months, TrainingFrom = first, TrainingTo = last, ServiceUnits = units,
                Before = await Figures(tenantId, ids, p.BeforeFrom, p.BeforeTo, today, ct),
                After = await Figures(tenantId, ids, p.AfterFrom, p.AfterTo, today, ct),
            };
        }

        private async Task<ResultsPeriodFigures> Figures(Guid tenantId, string ids, DateOnly from, DateOnly to, DateOnly today, CancellationToken ct)
        {
            var args = new { TenantId = tenantId, Ids = ids, From = from, To = to, Today = today };
            var s = await db.Single<IkmRow>(Ikm(db.Dialect), args, ct) ?? new IkmRow();
            var ikm = Domain.Ikm.FromSums((int)s.Respondents, [s.S1 ?? 0, s.S2 ?? 0, s.S3 ?? 0, s.S4 ?? 0, s.S5 ?? 0, s.S6 ?? 0, s.S7 ?? 0, s.S8 ?? 0, s.S9 ?? 0]);
            var c = await db.Single<ComplaintRow>(Complaints(db.Dialect), args, ct) ?? new ComplaintRow();
            var decided = c.ResolvedOnTime + c.ResolvedLate + c.OpenOverdue;
            return new ResultsPeriodFigures
            {
                From = from, To = to, IkmRespondents = ikm.RespondentCount, Ikm = ikm.Value, IkmGrade = ikm.Grade,
                IkmGradeLabel = ikm.Grade is { } g ? Domain.Ikm.Label(g) : null,
                ComplaintsReceived = c.Received, ComplaintsResolvedOnTime = c.ResolvedOnTime, ComplaintsResolvedLate = c.ResolvedLate,
                ComplaintsOpenOverdue = c.OpenOverdue, ComplaintCompliance = decided == 0 ? null : (double)c.ResolvedOnTime / decided,
            };
        }
    }
}
