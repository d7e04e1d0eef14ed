using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Pipeline;
using FluentValidation;
using Mediator;

namespace AsnApi.Features.Settings;

/// <summary>
/// Sets the yearly JP targets. No ledger figure needs a refresh: the rollups keep how many earned each JP value, so
/// "reached the target" is counted against whatever target is set when it is read.
/// </summary>
public static class UpdateTrainingSettings
{
    public sealed class TrainingSettingsValidator : AbstractValidator<TrainingSettingsDto>
    {
        public TrainingSettingsValidator()
        {
            RuleFor(s => s.JpTargetPns).InclusiveBetween(TrainingSettings.MinTarget, TrainingSettings.MaxTarget).WithMessage("Target JP PNS 1 sampai 200.");
            RuleFor(s => s.JpTargetPppk).InclusiveBetween(TrainingSettings.MinTarget, TrainingSettings.MaxTarget).WithMessage("Target JP PPPK 1 sampai 200.");
            RuleFor(s => s.FollowUpMonths).InclusiveBetween(FollowUpRules.MinMonths, FollowUpRules.MaxMonths).WithMessage("Tindak lanjut pasca pelatihan 1 sampai 12 bulan setelah pelatihan.");
        }
    }

    public sealed record Command(TrainingSettingsDto Body, int IfMatch) : ICommand<TrainingSettingsDto>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Body).NotNull().SetValidator(new TrainingSettingsValidator());
    }

    /// <summary>
    /// The settings row is shared with the competency settings, so its first insert needs their values too (the current
    /// ones, i.e. the defaults); after that only the JP targets and the follow-up months change, at the version If-Match named.
    /// </summary>
    [Sql]
    internal static string Upsert(ISqlDialect d) => d.Upsert("TenantSettings", ["TenantId"],
        ["JpmMemenuhiSyarat", "JpmMasihMemenuhiSyarat", "JpmOptimal", "JpmCukupOptimal", "JpTargetPns", "JpTargetPppk", "FollowUpMonths", "Version", "UpdatedAt"], t => $"{t}.Version = @Expected");

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock) : ICommandHandler<Command, TrainingSettingsDto>
    {
        public async ValueTask<TrainingSettingsDto> Handle(Command cmd, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var current = await TrainingSettings.Load(db, tenantId, ct);
            Versioning.Expect(cmd.IfMatch, current.Version);
            var t = (await CompetencySettings.Load(db, tenantId, ct)).ToThresholds();
            var pns = cmd.Body.JpTargetPns ?? TrainingRules.DefaultTargetJp;
            var pppk = cmd.Body.JpTargetPppk ?? TrainingRules.DefaultTargetJp;
            var months = cmd.Body.FollowUpMonths ?? current.FollowUpMonths ?? FollowUpRules.DefaultMonths;
            await db.Guarded(Upsert(db.Dialect), new
            {
                TenantId = tenantId, JpmMemenuhiSyarat = t.MemenuhiSyarat, JpmMasihMemenuhiSyarat = t.MasihMemenuhiSyarat, JpmOptimal = t.Optimal, JpmCukupOptimal = t.CukupOptimal,
                JpTargetPns = pns, JpTargetPppk = pppk, FollowUpMonths = months, Version = current.Version + 1, UpdatedAt = clock.GetUtcNow(), Expected = current.Version,
            }, TrainingSettings.Sql, new { TenantId = tenantId }, "Pengaturan", ct);
            // The below-target list reads each employee's standing against the target: a new target rewrites the tenant's rows.
            if (pns != current.TargetFor(EmploymentType.Pns) || pppk != current.TargetFor(EmploymentType.Pppk))
                await JpStandings.Retargeted(db, tenantId, pns, pppk, ct);
            audit.Touch("TenantSetting", tenantId);
            return new TrainingSettingsDto { JpTargetPns = pns, JpTargetPppk = pppk, FollowUpMonths = months, Version = current.Version + 1 };
        }
    }
}
