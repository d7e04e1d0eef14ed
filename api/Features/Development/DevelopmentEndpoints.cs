using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.Development;

public static class DevelopmentEndpoints
{
    public static void MapDevelopment(this IEndpointRouteBuilder app)
    {
        var needs = app.MapGroup("/api/v1/development-needs").WithTags("DevelopmentNeeds").RequireAuthorization(Policies.TenantRead).WithProblems();
        needs.MapGet("/", async ([AsParameters] ListNeeds.Query q, IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(q, ct)))
            .WithName("DevelopmentNeeds_List").WithSummary("Inventarisasi kebutuhan pengembangan kompetensi (AKPK), highest priority first.");
        needs.MapGet("/export", (HttpContext http, [AsParameters] ExportNeeds.Query q, IMediator m, CancellationToken ct) => ExportNeeds.Write(http, q.Format, m.CreateStream(q, ct), ct))
            .WithName("DevelopmentNeeds_Export").Produces(StatusCodes.Status200OK, typeof(Stream), "text/csv", Shared.TableExport.XlsxMediaType)
            .WithSummary("The needs inventory with the list's filters and sort, streamed: format=Csv (default; for Excel: UTF-8 with BOM, semicolon-separated, day-first dates, Indonesian headers) or format=Xlsx.");
        needs.MapPost("/generate", async (GenerateNeedsRequest body, IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(new GenerateNeeds.Command(body), ct)))
            .WithName("DevelopmentNeeds_Generate").RequireAuthorization(Policies.TenantWrite)
            .WithSummary("Generates (or refreshes) a year's needs from the competency gaps.");
        needs.MapPost("/review", async (ReviewNeedsRequest body, IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(new ReviewNeeds.Command(body), ct)))
            .WithName("DevelopmentNeeds_Review").RequireAuthorization(Policies.Approver)
            .WithSummary("Verify (unit head or admin), validate (admin) or reject needs, in one batch.");

        var plans = app.MapGroup("/api/v1/development-plans").WithTags("DevelopmentPlans").RequireAuthorization(Policies.TenantRead).WithProblems();
        plans.MapGet("/", async ([AsParameters] ListPlans.Query q, IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(q, ct)))
            .WithName("DevelopmentPlans_List");
        plans.MapGet("/{id:guid}", async (Guid id, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var p = await m.Send(new GetPlan.Query(id), ct);
            return ETags.Ok(http, p, p.Version);
        }).WithName("DevelopmentPlans_Get");
        plans.MapPost("/", async (DevelopmentPlanRequest body, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var p = await m.Send(new CreatePlan.Command(body), ct);
            return ETags.Created(http, $"/api/v1/development-plans/{p.Id}", p, p.Version);
        }).WithName("DevelopmentPlans_Create").RequireAuthorization(Policies.PlanWrite);
        plans.MapPut("/{id:guid}", async (Guid id, DevelopmentPlanRequest body, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var p = await m.Send(new UpdatePlan.Command(id, body, ETags.IfMatch(http.Request)), ct);
            return ETags.Ok(http, p, p.Version);
        }).WithName("DevelopmentPlans_Update").RequiresIfMatch().RequireAuthorization(Policies.PlanWrite);

        MapStep(plans, "submit", DevelopmentPlanStatus.Submitted, Policies.PlanWrite, "DevelopmentPlans_Submit");
        MapStep(plans, "approve", DevelopmentPlanStatus.Approved, Policies.Approver, "DevelopmentPlans_Approve");
        MapStep(plans, "reject", DevelopmentPlanStatus.Rejected, Policies.Approver, "DevelopmentPlans_Reject");
        MapStep(plans, "revise", DevelopmentPlanStatus.Draft, Policies.PlanWrite, "DevelopmentPlans_Revise");
        MapStep(plans, "complete", DevelopmentPlanStatus.Completed, Policies.Approver, "DevelopmentPlans_Complete");
    }

    private static void MapStep(RouteGroupBuilder plans, string step, DevelopmentPlanStatus to, string policy, string name) =>
        plans.MapPost($"/{{id:guid}}/{step}", async (Guid id, PlanDecisionRequest? body, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var p = await m.Send(new MovePlan.Command(id, to, body?.Reason, ETags.IfMatch(http.Request)), ct);
            return ETags.Ok(http, p, p.Version);
        }).WithName(name).RequireAuthorization(policy).RequiresIfMatch();
}
