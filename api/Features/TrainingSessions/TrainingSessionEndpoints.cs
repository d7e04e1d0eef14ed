using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.TrainingSessions;

public static class TrainingSessionEndpoints
{
    public static void MapTrainingSessions(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/training-sessions").WithTags("TrainingSessions").RequireAuthorization(Policies.TenantRead).WithProblems();
        g.MapGet("/", async ([AsParameters] ListTrainingSessions.Query q, IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(q, ct)))
            .WithName("TrainingSessions_List").WithSummary("Angkatan pelatihan by start date; filter by program, status, the days they run on (from, to), text.");
        g.MapGet("/{id:guid}", async (Guid id, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var s = await m.Send(new GetTrainingSession.Query(id), ct);
            return ETags.Ok(http, s, s.Version);
        }).WithName("TrainingSessions_Get");
        g.MapPost("/", async (TrainingSessionRequest body, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var s = await m.Send(new CreateTrainingSession.Command(body), ct);
            return ETags.Created(http, $"/api/v1/training-sessions/{s.Id}", s, s.Version);
        }).WithName("TrainingSessions_Create").RequireAuthorization(Policies.TenantWrite);
        g.MapPut("/{id:guid}", async (Guid id, TrainingSessionRequest body, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var s = await m.Send(new UpdateTrainingSession.Command(id, body, ETags.IfMatch(http.Request)), ct);
            return ETags.Ok(http, s, s.Version);
        }).WithName("TrainingSessions_Update").RequiresIfMatch().RequireAuthorization(Policies.TenantWrite)
            .WithSummary("Edits a planned or open session; capacity never below the seats taken.");

        MapStep(g, "open", TrainingSessionStatus.Open, "TrainingSessions_Open");
        MapStep(g, "start", TrainingSessionStatus.Running, "TrainingSessions_Start");
        MapStep(g, "finish", TrainingSessionStatus.Finished, "TrainingSessions_Finish");
        MapStep(g, "cancel", TrainingSessionStatus.Cancelled, "TrainingSessions_Cancel");
    }

    private static void MapStep(RouteGroupBuilder g, string step, TrainingSessionStatus to, string name) =>
        g.MapPost($"/{{id:guid}}/{step}", async (Guid id, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var s = await m.Send(new MoveTrainingSession.Command(id, to, ETags.IfMatch(http.Request)), ct);
            return ETags.Ok(http, s, s.Version);
        }).WithName(name).RequireAuthorization(Policies.TenantWrite).RequiresIfMatch();
}
