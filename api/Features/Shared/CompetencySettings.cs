using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;

namespace AsnApi.Features.Shared;

/// <summary>
/// The tenant's competency settings (JPM thresholds and the like), read by the profile, the aggregates,
/// needs generation and the settings endpoints: one statement and one set of defaults for all of them.
/// </summary>
public static class CompetencySettings
{
    [Sql] internal const string Sql = """
        SELECT JpmMemenuhiSyarat, JpmMasihMemenuhiSyarat, JpmOptimal, JpmCukupOptimal, AllowSelfApproval, HeatmapMinimumCount, Version
        FROM TenantSettings WHERE TenantId = @TenantId
        """;

    public static CompetencySettingsDto Defaults => From(JpmThresholds.Default, false, Heatmap.DefaultMinimumCount, 0);

    public static CompetencySettingsDto From(JpmThresholds t, bool allowSelfApproval, int heatmapMinimumCount, int version) => new()
    {
        JpmMemenuhiSyarat = t.MemenuhiSyarat, JpmMasihMemenuhiSyarat = t.MasihMemenuhiSyarat,
        JpmOptimal = t.Optimal, JpmCukupOptimal = t.CukupOptimal, AllowSelfApproval = allowSelfApproval, HeatmapMinimumCount = heatmapMinimumCount, Version = version,
    };

    public static JpmThresholds ToThresholds(this CompetencySettingsDto s) => new(
        s.JpmMemenuhiSyarat ?? JpmThresholds.Default.MemenuhiSyarat, s.JpmMasihMemenuhiSyarat ?? JpmThresholds.Default.MasihMemenuhiSyarat,
        s.JpmOptimal ?? JpmThresholds.Default.Optimal, s.JpmCukupOptimal ?? JpmThresholds.Default.CukupOptimal);

    /// <summary>
    /// Separation of duties: the person who drafted or submitted a plan may not approve it, nor may the
    /// person who verified a need validate it, unless the tenant relaxed this (403 otherwise).
    /// </summary>
    public static async Task EnsureSeparateDuties(Db db, Guid tenantId, string actor, IEnumerable<string?> earlierActors, string detail, CancellationToken ct)
    {
        if (!earlierActors.Any(a => string.Equals(a, actor, StringComparison.OrdinalIgnoreCase))) return;
        if ((await Load(db, tenantId, ct)).AllowSelfApproval == true) return;
        throw new ForbiddenException(detail);
    }

    public static async Task<CompetencySettingsDto> Load(Db db, Guid tenantId, CancellationToken ct) =>
        await db.Single<CompetencySettingsDto>(Sql, new { TenantId = tenantId }, ct) ?? Defaults;
}
