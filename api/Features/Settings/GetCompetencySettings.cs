using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using AsnApi.Infrastructure.Pipeline;
using FluentValidation;
using FluentValidation.Results;
using Mediator;

namespace AsnApi.Features.Settings;

/// <summary>The tenant's JPM thresholds; the domain defaults until a tenant admin changes them.</summary>
public static class GetCompetencySettings
{
    public sealed record Query : IQuery<CompetencySettingsDto>;

    [Sql] internal const string Sql = """
        SELECT JpmMemenuhiSyarat, JpmMasihMemenuhiSyarat, JpmOptimal, JpmCukupOptimal, HeatmapMinimumCount, Version
        FROM TenantSettings WHERE TenantId = @TenantId
        """;

    public static CompetencySettingsDto Defaults => From(JpmThresholds.Default, Heatmap.DefaultMinimumCount, 0);

    public static CompetencySettingsDto From(JpmThresholds t, int heatmapMinimumCount, int version) => new()
    {
        JpmMemenuhiSyarat = t.MemenuhiSyarat, JpmMasihMemenuhiSyarat = t.MasihMemenuhiSyarat,
        JpmOptimal = t.Optimal, JpmCukupOptimal = t.CukupOptimal, HeatmapMinimumCount = heatmapMinimumCount, Version = version,
    };

    public static JpmThresholds ToThresholds(this CompetencySettingsDto s) => new(
        s.JpmMemenuhiSyarat ?? JpmThresholds.Default.MemenuhiSyarat, s.JpmMasihMemenuhiSyarat ?? JpmThresholds.Default.MasihMemenuhiSyarat,
        s.JpmOptimal ?? JpmThresholds.Default.Optimal, s.JpmCukupOptimal ?? JpmThresholds.Default.CukupOptimal);

    internal sealed class Handler(Db db, CurrentUser user) : IQueryHandler<Query, CompetencySettingsDto>
    {
        public async ValueTask<CompetencySettingsDto> Handle(Query query, CancellationToken ct) =>
            await db.Single<CompetencySettingsDto>(Sql, new { TenantId = await user.TenantId(ct) }, ct) ?? Defaults;
    }
}
