using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Infrastructure.Database;

namespace AsnApi.Features.Shared;

/// <summary>
/// What a completed enrollment credits, in the caller's transaction: the guarded status change with the JP and a
/// certificate number when the program grants one, the program's JP in the ledger dated the session's last day, and
/// the matching items of the employee's approved plans closed. The completion endpoint and the training-records
/// import both complete through here, so an imported roster credits exactly what a click on "selesai" credits.
/// </summary>
public static class TrainingCompletion
{
    /// <summary>An enrollment about to be completed, with its session's end date and its program.</summary>
    public sealed record Completion(
        Guid TenantId, Guid EnrollmentId, int Version, EnrollmentStatus From, Guid EmployeeId, DateOnly EndDate,
        Guid ProgramId, string ProgramCode, string ProgramTitle, DevelopmentActivityForm Form, int Jp, bool GrantsCertificate);

    /// <summary>The next number of the tenant's sequence for the program and year, in one statement (see <see cref="ISqlDialect.TakeNext"/>).</summary>
    [Sql] internal static string TakeCertificateNumber(ISqlDialect d) => d.TakeNext("CertificateSequences", ["TenantId", "Year", "ProgramCode"], "LastNumber");

    [Sql] internal const string TenantCode = "SELECT Code FROM Tenants WHERE Id = @TenantId";

    [Sql] internal const string Complete = """
        UPDATE TrainingEnrollments SET Status = 'Completed', CompletedAt = @Now, JpCredited = @Jp, CertificateNumber = @Certificate,
               Version = Version + 1, UpdatedAt = @Now
        WHERE Id = @Id AND TenantId = @TenantId AND Version = @Version AND Status = @From
        """;

    /// <summary>The version stored now, for the 412 after a guarded write that touched nothing.</summary>
    [Sql] internal const string VersionSql = "SELECT Version FROM TrainingEnrollments WHERE Id = @Id AND TenantId = @TenantId";

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

    /// <summary>Completes the enrollment (412 when its version or status moved since it was read) and credits what follows from it.</summary>
    public static async Task Credit(Db db, Completion c, DateTimeOffset now, string resource, CancellationToken ct)
    {
        var year = c.EndDate.Year;
        string? certificate = null;
        if (c.GrantsCertificate)
        {
            // Taken before the guarded write: if that write fails (412), the rollback returns the number too, so no gaps.
            var n = await db.Scalar<int>(TakeCertificateNumber(db.Dialect), new { c.TenantId, Year = year, c.ProgramCode }, ct);
            certificate = TrainingRules.CertificateNumber(await db.Scalar<string>(TenantCode, new { c.TenantId }, ct), year, c.ProgramCode, n);
        }
        var args = new
        {
            Id = c.EnrollmentId, c.TenantId, c.Version, From = c.From.ToString(), c.Jp, Certificate = certificate, Now = now,
            c.EmployeeId, c.ProgramId, Form = c.Form.ToString(),
        };
        await db.Guarded(Complete, args, VersionSql, new { Id = c.EnrollmentId, c.TenantId }, resource, ct);
        await JpLedger.Add(db, new JpLedger.Credit(c.TenantId, c.EmployeeId, c.EndDate, c.Form, c.Jp, JpLedgerSource.Enrollment, c.EnrollmentId, c.ProgramTitle), now, ct);
        if (await db.Execute(ClosePlanItems, args, ct) > 0) await db.Execute(TouchPlans, args, ct);
    }
}
