using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Pipeline;
using Mediator;

namespace AsnApi.Features.Enrollments;

/// <summary>
/// A participant completed the training: in one transaction the program's JP is credited to the ledger (dated the
/// session's last day, so it counts in the year the training ended), a certificate number is issued when the program
/// grants one, and the matching items of the employee's approved development plans (same competency, one the program
/// develops, and same form) are closed with a link to this enrollment.
/// </summary>
public static class CompleteEnrollment
{
    public sealed record Command(Guid SessionId, Guid Id, int IfMatch) : ICommand<EnrollmentResponse>;

    /// <summary>The next number of the tenant's sequence for the program and year, in one statement (see <see cref="ISqlDialect.TakeNext"/>).</summary>
    [Sql] internal static string TakeCertificateNumber(ISqlDialect d) => d.TakeNext("CertificateSequences", ["TenantId", "Year", "ProgramCode"], "LastNumber");

    [Sql] internal const string TenantCode = "SELECT Code FROM Tenants WHERE Id = @TenantId";

    [Sql] internal const string Complete = """
        UPDATE TrainingEnrollments SET Status = 'Completed', CompletedAt = @Now, JpCredited = @Jp, CertificateNumber = @Certificate,
               Version = Version + 1, UpdatedAt = @Now
        WHERE Id = @Id AND TenantId = @TenantId AND Version = @Version AND Status = @From
        """;

    /// <summary>Open items of the employee's approved plans with one of the program's competencies and its form.</summary>
    [Sql] internal const string ClosePlanItems = """
        UPDATE DevelopmentPlanItems SET EnrollmentId = @Id, CompletedAt = @Now
        WHERE TenantId = @TenantId AND EnrollmentId IS NULL AND CompletedAt IS NULL AND Form = @Form
          AND PlanId IN (SELECT pl.Id FROM DevelopmentPlans pl WHERE pl.TenantId = @TenantId AND pl.EmployeeId = @EmployeeId AND pl.Status = 'Approved')
          AND CompetencyId IN (SELECT pc.CompetencyId FROM TrainingProgramCompetencies pc WHERE pc.ProgramId = @ProgramId AND pc.TenantId = @TenantId)
        """;

    /// <summary>A plan whose items changed shows them changed, so its ETag moves on too.</summary>
    [Sql] internal const string TouchPlans = """
        UPDATE DevelopmentPlans SET Version = Version + 1, UpdatedAt = @Now
        WHERE TenantId = @TenantId AND EmployeeId = @EmployeeId AND Status = 'Approved'
          AND EXISTS (SELECT 1 FROM DevelopmentPlanItems i WHERE i.PlanId = DevelopmentPlans.Id AND i.EnrollmentId = @Id)
        """;

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock, IMediator mediator) : ICommandHandler<Command, EnrollmentResponse>
    {
        public async ValueTask<EnrollmentResponse> Handle(Command cmd, CancellationToken ct)
        {
            var state = await EnrollmentSql.Load(db, user, cmd.SessionId, cmd.Id, cmd.IfMatch, ct);
            EnrollmentSql.EnsureCanMove(state.Status, EnrollmentStatus.Completed);
            EnrollmentSql.EnsureSessionAllows(state.SessionStatus, EnrollmentStatus.Completed);
            var tenantId = await user.TenantId(ct);
            var now = clock.GetUtcNow();
            var year = state.EndDate.Year;

            string? certificate = null;
            if (state.GrantsCertificate)
            {
                // Taken before the guarded write: if that write fails (412), the rollback returns the number too, so no gaps.
                var n = await db.Scalar<int>(TakeCertificateNumber(db.Dialect), new { TenantId = tenantId, Year = year, state.ProgramCode }, ct);
                certificate = TrainingRules.CertificateNumber(await db.Scalar<string>(TenantCode, new { TenantId = tenantId }, ct), year, state.ProgramCode, n);
            }
            var args = new
            {
                cmd.Id, TenantId = tenantId, state.Version, From = state.Status.ToString(), Jp = state.ProgramJp, Certificate = certificate, Now = now,
                state.EmployeeId, state.ProgramId, Form = state.ProgramForm.ToString(),
            };
            await db.Guarded(Complete, args, EnrollmentSql.VersionSql, EnrollmentSql.Key(cmd.Id, tenantId), EnrollmentSql.Resource, ct);
            await JpLedger.Add(db, new JpLedger.Credit(tenantId, state.EmployeeId, state.EndDate, state.ProgramForm, state.ProgramJp,
                JpLedgerSource.Enrollment, cmd.Id, state.ProgramTitle), now, ct);
            if (await db.Execute(ClosePlanItems, args, ct) > 0) await db.Execute(TouchPlans, args, ct);
            await EffectivenessRollups.RefreshSession(db, tenantId, cmd.SessionId, ct);
            audit.Touch("TrainingEnrollment", cmd.Id);
            return await mediator.Send(new GetEnrollment.Query(cmd.SessionId, cmd.Id), ct);
        }
    }
}
