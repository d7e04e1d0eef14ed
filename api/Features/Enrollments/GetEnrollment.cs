using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.Enrollments;

/// <summary>One participant of a session, with the attendance, the JP a completion credited and the plan items it closed.</summary>
public static class GetEnrollment
{
    public sealed record Query(Guid SessionId, Guid Id) : IQuery<EnrollmentResponse>;

    [Sql] internal const string Sql = $"SELECT {EnrollmentSql.Columns} FROM {EnrollmentSql.From} WHERE en.Id = @Id AND en.SessionId = @SessionId AND en.TenantId = @TenantId AND u.Path LIKE @Scope";

    [Sql] internal const string Attendance = "SELECT Day, Present FROM TrainingAttendance WHERE EnrollmentId = @Id AND TenantId = @TenantId ORDER BY Day";

    [Sql] internal const string Ledger = """
        SELECT Id, Year, EntryDate, Form, Jp, Title FROM JpLedgerEntries
        WHERE Source = 'Enrollment' AND SourceId = @Id AND TenantId = @TenantId
        """;

    /// <summary>Through the employee's plans (indexed by tenant and employee), not a scan of every plan item for the enrollment id.</summary>
    [Sql] internal const string ClosedItems = """
        SELECT pl.Id AS PlanId, pl.Year AS PlanYear, i.Id AS ItemId, i.CompetencyId, c.Name AS CompetencyName, i.Form, i.ActivityName, i.CompletedAt
        FROM DevelopmentPlans pl JOIN DevelopmentPlanItems i ON i.PlanId = pl.Id JOIN Competencies c ON c.Id = i.CompetencyId
        WHERE pl.TenantId = @TenantId AND pl.EmployeeId = @EmployeeId AND i.EnrollmentId = @Id
        ORDER BY pl.Year, i.Position
        """;

    internal sealed class Handler(Db db, CurrentUser user) : IQueryHandler<Query, EnrollmentResponse>
    {
        public async ValueTask<EnrollmentResponse> Handle(Query query, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var args = new { query.Id, query.SessionId, TenantId = tenantId, Scope = await user.UnitScope(ct) };
            var enrollment = await db.Single<EnrollmentResponse>(Sql, args, ct) ?? throw new NotFoundException(EnrollmentSql.Resource, query.Id);
            enrollment.Attendance = await db.Query<AttendanceDayResponse>(Attendance, args, ct);
            enrollment.LedgerEntries = await db.Query<EnrollmentLedgerEntryResponse>(Ledger, args, ct);
            enrollment.ClosedPlanItems = await db.Query<ClosedPlanItemResponse>(ClosedItems, new { query.Id, TenantId = tenantId, enrollment.EmployeeId }, ct);
            return enrollment;
        }
    }
}
