using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.ImprovementPlan;

public static class ImprovementPlanEndpoints
{
    public static void MapImprovementPlan(this IEndpointRouteBuilder app)
    {
        var plan = app.MapGroup("/api/v1/service-units/{id:guid}/improvement-plan").WithTags("ImprovementPlan").RequireAuthorization(Policies.TenantRead).WithProblems();
        plan.MapGet("/", async (Guid id, DateOnly? from, DateOnly? to, IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(new GetImprovementPlan.Query(id, from, to), ct)))
            .WithName("ImprovementPlan_Get")
            .WithSummary("The weak unsur and frequent complaint categories of a service unit, the competencies they point to, its staff with gaps in them, and the programs and open sessions that close them, ranked, each with its reason.");
        plan.MapPost("/draft-plan-items", async (Guid id, DraftPlanItemsRequest body, IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(new DraftPlanItems.Command(id, body), ct)))
            .WithName("ImprovementPlan_DraftPlanItems").RequireAuthorization(Policies.PlanWrite)
            .WithSummary("Drafts development-plan items for the plan's staff (into each one's draft plan of the year, created if none); idempotent: what exists is skipped with the reason.");

        var mapping = app.MapGroup("/api/v1/settings/competency-mapping").WithTags("Settings").RequireAuthorization(Policies.TenantRead).WithProblems();
        mapping.MapGet("/", async (HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var s = await m.Send(new GetCompetencyMapping.Query(), ct);
            return ETags.Ok(http, s, s.Version);
        }).WithName("Settings_GetCompetencyMapping").WithSummary("Which competencies each SKM unsur and complaint category points to (default: domain.md's table, version 0).");
        mapping.MapPut("/", async (CompetencyMappingRequest body, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var s = await m.Send(new UpdateCompetencyMapping.Command(body, ETags.IfMatch(http.Request)), ct);
            return ETags.Ok(http, s, s.Version);
        }).WithName("Settings_UpdateCompetencyMapping").RequiresIfMatch().RequireAuthorization(Policies.TenantAdmin);
        mapping.MapPost("/reset", async (HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var s = await m.Send(new ResetCompetencyMapping.Command(ETags.IfMatch(http.Request)), ct);
            return ETags.Ok(http, s, s.Version);
        }).WithName("Settings_ResetCompetencyMapping").RequiresIfMatch().RequireAuthorization(Policies.TenantAdmin)
            .WithSummary("Back to the default mapping of domain.md.");
    }
}
