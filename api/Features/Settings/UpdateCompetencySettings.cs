using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using AsnApi.Infrastructure.Pipeline;
using FluentValidation;
using FluentValidation.Results;
using Mediator;

namespace AsnApi.Features.Settings;

public static class UpdateCompetencySettings
{
    public sealed record Command(CompetencySettingsDto Body, int IfMatch) : ICommand<CompetencySettingsDto>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Body).Custom((body, ctx) =>
        {
            foreach (var (field, message) in body.ToThresholds().Problems()) ctx.AddFailure(new ValidationFailure("jpm" + char.ToUpperInvariant(field[0]) + field[1..], message));
            if (body.HeatmapMinimumCount is { } min && !Heatmap.IsValidMinimumCount(min)) ctx.AddFailure(new ValidationFailure("heatmapMinimumCount", "Jumlah minimum heatmap 1 sampai 100."));
        });
    }

    /// <summary>The tenant's row is created on the first change (version 0 → 1); after that it is only overwritten at the version If-Match named.</summary>
    [Sql]
    internal static string Upsert(ISqlDialect d) => d.Upsert("TenantSettings", ["TenantId"],
        ["JpmMemenuhiSyarat", "JpmMasihMemenuhiSyarat", "JpmOptimal", "JpmCukupOptimal", "AllowSelfApproval", "HeatmapMinimumCount", "Version", "UpdatedAt"], t => $"{t}.Version = @Expected");

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock) : ICommandHandler<Command, CompetencySettingsDto>
    {
        public async ValueTask<CompetencySettingsDto> Handle(Command cmd, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var current = await CompetencySettings.Load(db, tenantId, ct);
            Versioning.Expect(cmd.IfMatch, current.Version);
            var t = cmd.Body.ToThresholds();
            var allow = cmd.Body.AllowSelfApproval ?? false;
            var minimumCount = cmd.Body.HeatmapMinimumCount ?? Heatmap.DefaultMinimumCount;
            await db.Guarded(Upsert(db.Dialect), new
            {
                TenantId = tenantId, JpmMemenuhiSyarat = t.MemenuhiSyarat, JpmMasihMemenuhiSyarat = t.MasihMemenuhiSyarat,
                JpmOptimal = t.Optimal, JpmCukupOptimal = t.CukupOptimal, AllowSelfApproval = allow, HeatmapMinimumCount = minimumCount, Version = current.Version + 1, UpdatedAt = clock.GetUtcNow(), Expected = current.Version,
            }, CompetencySettings.Sql, new { TenantId = tenantId }, "Pengaturan", ct);
            audit.Touch("TenantSetting", tenantId);
            return CompetencySettings.From(t, allow, minimumCount, current.Version + 1);
        }
    }
}
