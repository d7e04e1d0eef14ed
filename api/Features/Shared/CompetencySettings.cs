using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Infrastructure.Database;

namespace AsnApi.Features.Shared;

/// <summary>
/// The tenant's competency settings (JPM thresholds and the like), read by the profile, the aggregates,
/// needs generation and the settings endpoints: one statement and one set of defaults for all of them.
/// </summary>
public static class CompetencySettings
{
    [Sql] internal const string Sql = """
        SELECT JpmMemenuhiSyarat, JpmMasihMemenuhiSyarat, JpmOptimal, JpmCukupOptimal, Version
        FROM TenantSettings WHERE TenantId = @TenantId
        """;

    public static CompetencySettingsDto Defaults => From(JpmThresholds.Default, 0);

    public static CompetencySettingsDto From(JpmThresholds t, int version) => new()
    {
        JpmMemenuhiSyarat = t.MemenuhiSyarat, JpmMasihMemenuhiSyarat = t.MasihMemenuhiSyarat,
        JpmOptimal = t.Optimal, JpmCukupOptimal = t.CukupOptimal, Version = version,
    };

    public static JpmThresholds ToThresholds(this CompetencySettingsDto s) => new(
        s.JpmMemenuhiSyarat ?? JpmThresholds.Default.MemenuhiSyarat, s.JpmMasihMemenuhiSyarat ?? JpmThresholds.Default.MasihMemenuhiSyarat,
        s.JpmOptimal ?? JpmThresholds.Default.Optimal, s.JpmCukupOptimal ?? JpmThresholds.Default.CukupOptimal);

    public static async Task<CompetencySettingsDto> Load(Db db, Guid tenantId, CancellationToken ct) =>
        await db.Single<CompetencySettingsDto>(Sql, new { TenantId = tenantId }, ct) ?? Defaults;
}
