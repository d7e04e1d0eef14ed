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
        }).WithName("Settings_UpdateCompetency").RequiresIfMatch().RequireAuthorization(Policies.TenantAdmin);

        // The JP targets share the tenant's settings row, and so its version (ETag) with the competency settings.
        var training = app.MapGroup("/api/v1/settings/training").WithTags("Settings").RequireAuthorization(Policies.TenantRead).WithProblems();
        training.MapGet("/", async (HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var s = await m.Send(new GetTrainingSettings.Query(), ct);
            return ETags.Ok(http, s, s.Version);
        }).WithName("Settings_GetTraining").WithSummary("Yearly JP targets per employment type (default 20 JP, PP 17/2020).");
        training.MapPut("/", async (TrainingSettingsDto body, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var s = await m.Send(new UpdateTrainingSettings.Command(body, ETags.IfMatch(http.Request)), ct);
            return ETags.Ok(http, s, s.Version);
        }).WithName("Settings_UpdateTraining").RequiresIfMatch().RequireAuthorization(Policies.TenantAdmin);
    }
}
