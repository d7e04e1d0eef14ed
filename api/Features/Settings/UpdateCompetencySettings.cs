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

public static class UpdateCompetencySettings
{
    public sealed record Command(CompetencySettingsDto Body, int? IfMatch) : ICommand<CompetencySettingsDto>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Body).Custom((body, ctx) =>
        {
            foreach (var (field, message) in body.ToThresholds().Problems()) ctx.AddFailure(new ValidationFailure("jpm" + char.ToUpperInvariant(field[0]) + field[1..], message));
            if (body.HeatmapMinimumCount is { } min && !Heatmap.IsValidMinimumCount(min)) ctx.AddFailure(new ValidationFailure("heatmapMinimumCount", "Jumlah minimum heatmap 1 sampai 100."));
        });
    }

    [Sql] internal static string Upsert(ISqlDialect d) => d.Upsert("TenantSettings", ["TenantId"],
        ["JpmMemenuhiSyarat", "JpmMasihMemenuhiSyarat", "JpmOptimal", "JpmCukupOptimal", "HeatmapMinimumCount", "Version", "UpdatedAt"]);

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock, IMediator mediator) : ICommandHandler<Command, CompetencySettingsDto>
    {
        public async ValueTask<CompetencySettingsDto> Handle(Command cmd, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var current = await mediator.Send(new GetCompetencySettings.Query(), ct);
            if (cmd.IfMatch is { } expected && expected != current.Version) throw new PreconditionFailedException(current.Version);
            var t = cmd.Body.ToThresholds();
            var minimumCount = cmd.Body.HeatmapMinimumCount ?? Heatmap.DefaultMinimumCount;
            await db.Execute(Upsert(db.Dialect), new
            {
                TenantId = tenantId, JpmMemenuhiSyarat = t.MemenuhiSyarat, JpmMasihMemenuhiSyarat = t.MasihMemenuhiSyarat,
                JpmOptimal = t.Optimal, JpmCukupOptimal = t.CukupOptimal, HeatmapMinimumCount = minimumCount, Version = current.Version + 1, UpdatedAt = clock.GetUtcNow(),
            }, ct);
            audit.Touch("TenantSettings", tenantId);
            return GetCompetencySettings.From(t, minimumCount, current.Version + 1);
        }
    }
}
