using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.EvaluationCycles;

public static class EvaluationCycleEndpoints
{
    public static void MapEvaluationCycles(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/evaluation-cycles").WithTags("EvaluationCycles").RequireAuthorization(Policies.TenantRead).WithProblems();
        g.MapGet("/", async ([AsParameters] ListCycles.Query q, IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(q, ct)))
            .WithName("EvaluationCycles_List").WithSummary("Evaluation cycles, newest period first; filter by status, unit, sub-tree, tenant-wide, year.");
        g.MapGet("/{id:guid}", async (Guid id, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var c = await m.Send(new GetCycle.Query(id), ct);
            return ETags.Ok(http, c, c.Version);
        }).WithName("EvaluationCycles_Get");
        g.MapPost("/", async (EvaluationCycleRequest body, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var c = await m.Send(new CreateCycle.Command(body), ct);
            return ETags.Created(http, $"/api/v1/evaluation-cycles/{c.Id}", c, c.Version);
        }).WithName("EvaluationCycles_Create").RequireAuthorization(Policies.PlanWrite);
        g.MapPut("/{id:guid}", async (Guid id, EvaluationCycleRequest body, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var c = await m.Send(new UpdateCycle.Command(id, body, ETags.IfMatch(http.Request)), ct);
            return ETags.Ok(http, c, c.Version);
        }).WithName("EvaluationCycles_Update").RequiresIfMatch().RequireAuthorization(Policies.PlanWrite);
        g.MapPost("/{id:guid}/close", async (Guid id, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var c = await m.Send(new CloseCycle.Command(id, ETags.IfMatch(http.Request)), ct);
            return ETags.Ok(http, c, c.Version);
        }).WithName("EvaluationCycles_Close").RequiresIfMatch().RequireAuthorization(Policies.PlanWrite)
            .WithSummary("Closes an open cycle and stores its indicators as a snapshot that never changes; 409 when already closed.");
        g.MapGet("/{id:guid}/indicators", async (Guid id, IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(new GetCycleIndicators.Query(id), ct)))
            .WithName("EvaluationCycles_Indicators").WithSummary("Live figures of an open cycle, or the snapshot of a closed one.");
        g.MapGet("/{id:guid}/comparison", async (Guid id, IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(new CompareCycle.Query(id), ct)))
            .WithName("EvaluationCycles_Comparison").WithSummary("Indicator by indicator against the latest closed cycle of the same scope before this one.");
        g.MapGet("/{id:guid}/findings", async (Guid id, IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(new ListFindings.Query(id), ct)))
            .WithName("EvaluationCycles_Findings").WithSummary("The cycle's findings (at most 100), each with its follow-up actions.");
        g.MapPost("/{id:guid}/findings", async (Guid id, FindingRequest body, IMediator m, CancellationToken ct) =>
                TypedResults.Created((string?)null, await m.Send(new CreateFinding.Command(id, body), ct)))
            .WithName("EvaluationCycles_CreateFinding").RequireAuthorization(Policies.PlanWrite);

        var f = app.MapGroup("/api/v1/evaluation-findings").WithTags("EvaluationCycles").RequireAuthorization(Policies.TenantRead).WithProblems();
        f.MapPost("/{id:guid}/actions", async (Guid id, FollowUpActionRequest body, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var a = await m.Send(new CreateAction.Command(id, body), ct);
            return ETags.Created(http, $"/api/v1/evaluation-actions/{a.Id}", a, a.Version);
        }).WithName("EvaluationFindings_CreateAction").RequireAuthorization(Policies.PlanWrite);
        f.MapPut("/{id:guid}", async (Guid id, FindingRequest body, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var r = await m.Send(new UpdateFinding.Command(id, body, ETags.IfMatch(http.Request)), ct);
            return ETags.Ok(http, r, r.Version);
        }).WithName("EvaluationFindings_Update").RequiresIfMatch().RequireAuthorization(Policies.PlanWrite)
            .WithSummary("Corrects a finding while its cycle is open (If-Match); 409 `closed` once the cycle is closed.");
        f.MapDelete("/{id:guid}", async (Guid id, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            await m.Send(new DeleteFinding.Command(id, ETags.IfMatch(http.Request)), ct);
            return TypedResults.NoContent();
        }).WithName("EvaluationFindings_Delete").RequiresIfMatch().RequireAuthorization(Policies.PlanWrite)
            .WithSummary("Deletes a finding of an open cycle with its actions not yet started (If-Match); 409 `closed` or `actionsStarted` otherwise.");

        var a = app.MapGroup("/api/v1/evaluation-actions").WithTags("EvaluationCycles").RequireAuthorization(Policies.TenantRead).WithProblems();
        a.MapPost("/{id:guid}/transition", async (Guid id, FollowUpTransitionRequest body, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var r = await m.Send(new MoveAction.Command(id, body, ETags.IfMatch(http.Request)), ct);
            return ETags.Ok(http, r, r.Version);
        }).WithName("EvaluationActions_Transition").RequiresIfMatch().RequireAuthorization(Policies.PlanWrite)
            .WithSummary("Open → InProgress → Done, or Cancelled; If-Match required, 409 for a step that does not exist.");
    }
}
