using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;

namespace AsnApi.Features.EvaluationCycles;

/// <summary>Checks that creating a cycle, writing findings and adding actions share: the scope a caller may name, ids that must be the tenant's, a finding's evidence.</summary>
internal static class CycleWrites
{
    [Sql] internal const string UnitInScope = "SELECT COUNT(*) FROM Units WHERE Id = @Id AND TenantId = @TenantId AND IsActive = 1 AND Path LIKE @Scope";
    [Sql] internal const string PlanItemExists = "SELECT COUNT(*) FROM DevelopmentPlanItems WHERE Id = @Id AND TenantId = @TenantId";
    [Sql] internal const string ProgramExists = "SELECT COUNT(*) FROM TrainingPrograms WHERE Id = @Id AND TenantId = @TenantId";
    [Sql] internal const string SessionExists = "SELECT COUNT(*) FROM TrainingSessions WHERE Id = @Id AND TenantId = @TenantId";
    [Sql] internal const string EmployeeExists = "SELECT COUNT(*) FROM Employees WHERE Id = @Id AND TenantId = @TenantId AND IsActive = 1";

    /// <summary>
    /// A unit head evaluates their own sub-tree only: a tenant-wide cycle is for tenant admins and write keys (403), a unit
    /// outside the sub-tree, of another tenant, inactive or unknown is a 422 on unitId.
    /// </summary>
    public static async Task CheckScope(Db db, CurrentUser user, Guid tenantId, Guid? unitId, CancellationToken ct)
    {
        var scope = await user.UnitScope(ct);
        if (unitId is null)
        {
            if (scope != "%") throw new ForbiddenException("Kepala unit hanya dapat membuat siklus evaluasi untuk unit kerjanya sendiri atau unit di bawahnya.");
            return;
        }
        if (await db.Scalar<int>(UnitInScope, new { Id = unitId, TenantId = tenantId, Scope = scope }, ct) == 0)
            throw Invalid.Field("unitId", "Unit kerja tidak ditemukan, tidak aktif, atau di luar wewenang Anda.");
    }

    /// <summary>Every id an action names must be a record of the tenant: 422 on that field otherwise (another tenant's looks the same as none).</summary>
    public static async Task CheckReferences(Db db, Guid tenantId, FollowUpActionRequest b, CancellationToken ct)
    {
        async Task Exists(string sql, Guid? id, string field, string message)
        {
            if (id is { } v && await db.Scalar<int>(sql, new { Id = v, TenantId = tenantId }, ct) == 0) throw Invalid.Field(field, message);
        }
        await Exists(PlanItemExists, b.PlanItemId, "planItemId", "Butir rencana pengembangan tidak ditemukan.");
        await Exists(ProgramExists, b.ProgramId, "programId", "Program pelatihan tidak ditemukan.");
        await Exists(SessionExists, b.SessionId, "sessionId", "Sesi pelatihan tidak ditemukan.");
        await Exists(EmployeeExists, b.OwnerEmployeeId, "ownerEmployeeId", "Pegawai penanggung jawab tidak ditemukan atau tidak aktif.");
    }

    /// <summary>
    /// A finding's evidence link: the one given, else the page of the indicator it names. An indicator code the cycle does
    /// not have is a 422 on indicatorCode (the same rule for a new finding and a corrected one).
    /// </summary>
    public static async Task<string?> EvidenceLink(Db db, Guid tenantId, EvaluationCycleSql.Row cycle, FindingRequest b, DateTimeOffset now, CancellationToken ct)
    {
        if (b.IndicatorCode is not { } code) return b.EvidenceLink;
        var (_, _, indicators) = await EvaluationIndicators.Of(db, tenantId, cycle, now, ct);
        var indicator = indicators.FirstOrDefault(i => i.Code == code) ?? throw Invalid.Field("indicatorCode", $"Indikator {code} tidak ada pada siklus ini.");
        return b.EvidenceLink ?? indicator.Link;
    }
}
