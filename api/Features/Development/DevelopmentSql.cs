using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;

namespace AsnApi.Features.Development;

internal static class DevelopmentSql
{
    public const string NeedColumns = """
        n.Id, n.Year, n.EmployeeId, e.Name AS EmployeeName, e.Nip, u.Name AS UnitName, n.Source, n.CompetencyId, c.Code AS CompetencyCode,
        c.Name AS CompetencyName, n.RequiredLevel, n.AssessedLevel, n.Gap, n.AppraisalId, pa.Predicate,
        n.Priority, n.Status, n.ReviewedBy, n.ReviewedAt, n.RejectionReason, n.Version
        """;
    /// <summary>A performance need has no competency (migration 0022), so the competency and the appraisal are both optional joins.</summary>
    public const string NeedFrom = """
        DevelopmentNeeds n JOIN Employees e ON e.Id = n.EmployeeId JOIN Units u ON u.Id = e.UnitId
        LEFT JOIN Competencies c ON c.Id = n.CompetencyId LEFT JOIN PerformanceAppraisals pa ON pa.Id = n.AppraisalId
        """;

    public static DevelopmentNeedResponse Labelled(DevelopmentNeedResponse n)
    {
        n.SourceLabel = n.Source == DevelopmentNeedSource.Performance ? "Kinerja (SKP)" : "Kompetensi";
        n.PredicateLabel = n.Predicate is { } p ? Skp.Label(p) : null;
        return n;
    }

    /// <summary>How a message or the export names what a need is about: the competency, or the appraisal's predicate.</summary>
    public static string Subject(string? competencyName, string? predicate) =>
        competencyName ?? (predicate is null ? "Kinerja (SKP)" : $"Kinerja (SKP): {Skp.Label(Enum.Parse<SkpPredicate>(predicate))}");

    public const string PlanColumns = """
        pl.Id, pl.EmployeeId, e.Name AS EmployeeName, e.Nip, e.UnitId, u.Name AS UnitName, pl.Year, pl.Title, pl.Status, pl.SubmittedAt,
        pl.DecidedBy, pl.DecidedAt, pl.RejectionReason, pl.CompletedAt, pl.CreatedBy, pl.Version,
        COALESCE((SELECT SUM(i.PlannedJp) FROM DevelopmentPlanItems i WHERE i.PlanId = pl.Id), 0) AS TotalJp
        """;
    public const string PlanFrom = "DevelopmentPlans pl JOIN Employees e ON e.Id = pl.EmployeeId JOIN Units u ON u.Id = e.UnitId";

    /// <summary>A plan as a change sees it, within the caller's scope.</summary>
    internal sealed class PlanState
    {
        public string Status { get; init; } = "";
        public int Version { get; init; }
        public Guid EmployeeId { get; init; }
        public int Year { get; init; }
        public string? CreatedBy { get; init; }
        public string? SubmittedBy { get; init; }
    }

    [Sql] internal const string PlanStateSql = """
        SELECT pl.Status, pl.Version, pl.EmployeeId, pl.Year, pl.CreatedBy, pl.SubmittedBy FROM DevelopmentPlans pl JOIN Employees e ON e.Id = pl.EmployeeId JOIN Units u ON u.Id = e.UnitId
        WHERE pl.Id = @Id AND pl.TenantId = @TenantId AND u.Path LIKE @Scope
        """;

    /// <summary>The plan as the caller may see it (404 otherwise), after If-Match names its version (412).</summary>
    public static async Task<PlanState> LoadPlan(Db db, CurrentUser user, Guid id, int ifMatch, CancellationToken ct)
    {
        var state = await db.Single<PlanState>(PlanStateSql, PlanKey(id, await user.TenantId(ct), await user.UnitScope(ct)), ct)
            ?? throw new NotFoundException("Rencana pengembangan", id);
        Versioning.Expect(ifMatch, state.Version);
        return state;
    }

    public static object PlanKey(Guid id, Guid tenantId, string scope) => new { Id = id, TenantId = tenantId, Scope = scope };

    /// <summary>A new plan is a draft.</summary>
    [Sql] internal const string InsertPlan = """
        INSERT INTO DevelopmentPlans (Id, TenantId, EmployeeId, Year, Title, Status, CreatedBy, Version, CreatedAt, UpdatedAt)
        VALUES (@Id, @TenantId, @EmployeeId, @Year, @Title, 'Draft', @CreatedBy, 1, @Now, @Now)
        """;

    /// <summary>One step of the plan flow, guarded by the version and the state it starts from.</summary>
    [Sql] internal const string MovePlan = """
        UPDATE DevelopmentPlans SET Status = @To, Version = Version + 1, UpdatedAt = @Now,
               SubmittedAt = CASE WHEN @To = 'Submitted' THEN @Now ELSE SubmittedAt END,
               SubmittedBy = CASE WHEN @To = 'Submitted' THEN @By ELSE SubmittedBy END,
               DecidedBy = CASE WHEN @To IN ('Approved', 'Rejected') THEN @By WHEN @To = 'Draft' THEN NULL ELSE DecidedBy END,
               DecidedAt = CASE WHEN @To IN ('Approved', 'Rejected') THEN @Now WHEN @To = 'Draft' THEN NULL ELSE DecidedAt END,
               RejectionReason = CASE WHEN @To = 'Rejected' THEN @Reason WHEN @To = 'Draft' THEN RejectionReason ELSE NULL END,
               CompletedAt = CASE WHEN @To = 'Completed' THEN @Now ELSE CompletedAt END
        WHERE Id = @Id AND TenantId = @TenantId AND Version = @Version AND Status = @From
        """;

    /// <summary>Another plan of the employee for the year, whatever its state.</summary>
    [Sql] internal const string PlanOfYear = "SELECT Status FROM DevelopmentPlans WHERE TenantId = @TenantId AND EmployeeId = @EmployeeId AND Year = @Year AND Id <> @Id";

    /// <summary>
    /// One plan per employee per year, in any state: AKPK reporting counts the year's plan of each employee,
    /// and every state has a way forward (a draft is edited, a rejected plan revised, an approved one completed).
    /// </summary>
    public static async Task EnsureOnePlanPerYear(Db db, Guid tenantId, Guid planId, Guid employeeId, int year, CancellationToken ct)
    {
        var existing = (await db.Query<string>(PlanOfYear, new { TenantId = tenantId, EmployeeId = employeeId, Year = year, Id = planId }, ct)).FirstOrDefault();
        if (existing is not null)
            throw new ConflictException(
                $"Pegawai ini sudah memiliki rencana pengembangan tahun {year} (berstatus {StatusLabels.Of(Enum.Parse<DevelopmentPlanStatus>(existing))}). " +
                "Satu pegawai satu rencana per tahun: ubah atau revisi rencana yang ada.", "year");
    }

    [Sql] internal const string EmployeeInScope = """
        SELECT COUNT(*) FROM Employees e JOIN Units u ON u.Id = e.UnitId
        WHERE e.Id = @Id AND e.TenantId = @TenantId AND u.Path LIKE @Scope
        """;

    /// <summary>Unit heads act only within their sub-tree; for them an employee outside it does not exist (404).</summary>
    public static async Task EnsureEmployeeInScope(Db db, CurrentUser user, Guid employeeId, string field, CancellationToken ct)
    {
        if (await db.Scalar<int>(EmployeeInScope, new { Id = employeeId, TenantId = await user.TenantId(ct), Scope = await user.UnitScope(ct) }, ct) == 0)
            throw Invalid.Field(field, "Pegawai tidak ditemukan dalam lingkup Anda.");
    }
}
