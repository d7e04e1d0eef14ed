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

    internal sealed class Handler(Db db, CurrentUser user) : IQueryHandler<Query, CompetencySettingsDto>
    {
        public async ValueTask<CompetencySettingsDto> Handle(Query query, CancellationToken ct) =>
            await db.Single<CompetencySettingsDto>(Sql, new { TenantId = await user.TenantId(ct) }, ct) ?? Defaults;
    }
}

public static class UpdateCompetencySettings
{
    public sealed record Command(CompetencySettingsDto Body, int? IfMatch) : ICommand<CompetencySettingsDto>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Body).Custom((body, ctx) =>
        {
            foreach (var (field, message) in body.ToThresholds().Problems()) ctx.AddFailure(new ValidationFailure("jpm" + char.ToUpperInvariant(field[0]) + field[1..], message));
        });
    }

    [Sql] internal static string Upsert(ISqlDialect d) => d.Upsert("TenantSettings", ["TenantId"],
        ["JpmMemenuhiSyarat", "JpmMasihMemenuhiSyarat", "JpmOptimal", "JpmCukupOptimal", "Version", "UpdatedAt"]);

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock, IMediator mediator) : ICommandHandler<Command, CompetencySettingsDto>
    {
        public async ValueTask<CompetencySettingsDto> Handle(Command cmd, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var current = await mediator.Send(new GetCompetencySettings.Query(), ct);
            if (cmd.IfMatch is { } expected && expected != current.Version) throw new PreconditionFailedException(current.Version);
            var t = cmd.Body.ToThresholds();
            await db.Execute(Upsert(db.Dialect), new
            {
                TenantId = tenantId, JpmMemenuhiSyarat = t.MemenuhiSyarat, JpmMasihMemenuhiSyarat = t.MasihMemenuhiSyarat,
                JpmOptimal = t.Optimal, JpmCukupOptimal = t.CukupOptimal, Version = current.Version + 1, UpdatedAt = clock.GetUtcNow(),
            }, ct);
            audit.Touch("TenantSettings", tenantId);
            return GetCompetencySettings.From(t, current.Version + 1);
        }
    }
}

public static class SettingsEndpoints
{
    public static void MapSettings(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/settings/competency").WithTags("Settings").RequireAuthorization(Policies.TenantRead).WithProblems();
        g.MapGet("/", async (HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var s = await m.Send(new GetCompetencySettings.Query(), ct);
            return ETags.Ok(http, s, s.Version);
        }).WithName("Settings_GetCompetency").WithSummary("JPM category thresholds of the tenant (defaults: MS 80, MMS 68, Optimal 90, Cukup Optimal 78).");
        g.MapPut("/", async (CompetencySettingsDto body, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var s = await m.Send(new UpdateCompetencySettings.Command(body, ETags.IfMatch(http.Request)), ct);
            return ETags.Ok(http, s, s.Version);
        }).WithName("Settings_UpdateCompetency").RequireAuthorization(Policies.TenantAdmin);
    }
}
