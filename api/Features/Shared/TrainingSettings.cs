using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Infrastructure.Database;

namespace AsnApi.Features.Shared;

/// <summary>The tenant's yearly JP targets per employment type, read by the ledger and the settings endpoints (same row and version as the competency settings).</summary>
public static class TrainingSettings
{
    public const int MinTarget = 1;
    public const int MaxTarget = 200;

    [Sql] internal const string Sql = "SELECT JpTargetPns, JpTargetPppk, FollowUpMonths, Version FROM TenantSettings WHERE TenantId = @TenantId";

    public static TrainingSettingsDto Defaults => new() { JpTargetPns = TrainingRules.DefaultTargetJp, JpTargetPppk = TrainingRules.DefaultTargetJp, FollowUpMonths = FollowUpRules.DefaultMonths, Version = 0 };

    public static async Task<TrainingSettingsDto> Load(Db db, Guid tenantId, CancellationToken ct) =>
        await db.Single<TrainingSettingsDto>(Sql, new { TenantId = tenantId }, ct) ?? Defaults;

    public static int TargetFor(this TrainingSettingsDto s, EmploymentType type) =>
        TrainingRules.TargetJp(type, s.JpTargetPns ?? TrainingRules.DefaultTargetJp, s.JpTargetPppk ?? TrainingRules.DefaultTargetJp);
}
