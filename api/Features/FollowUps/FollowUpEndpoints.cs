using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.FollowUps;

public static class FollowUpEndpoints
{
    public static void MapFollowUps(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/training-follow-ups").WithTags("TrainingFollowUps").RequireAuthorization(Policies.TenantRead).WithProblems();
        g.MapGet("/", async (FollowUpStatus? status, Guid? underUnitId, Guid? programId, Guid? sessionId, int? page, int? pageSize, string? sort, IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(new ListFollowUps.Query(status, underUnitId, programId, sessionId, page, pageSize, sort), ct)))
            .WithName("TrainingFollowUps_List")
            .WithSummary("The post-training follow-up queue (level 3): completed enrollments, due a set number of months after the session ended; filter by status, sub-tree, program or session.");
        g.MapGet("/results", async (DateOnly? from, DateOnly? to, Guid? underUnitId, Guid? programId, IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(new FollowUpResults.Query(from, to, underUnitId, programId), ct)))
            .WithName("TrainingFollowUps_Results")
            .WithSummary("Level 3 per program for sessions that ended in the period: follow-ups fallen due, filed, on time, mean application and level change.");
        g.MapGet("/{enrollmentId:guid}", async (Guid enrollmentId, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var f = await m.Send(new GetFollowUp.Query(enrollmentId), ct);
            return ETags.Ok(http, f, f.Version);
        }).WithName("TrainingFollowUps_Get");
        g.MapPost("/{enrollmentId:guid}", async (Guid enrollmentId, FollowUpRequest body, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var f = await m.Send(new FileFollowUp.Command(enrollmentId, body), ct);
            return ETags.Created(http, $"/api/v1/training-follow-ups/{enrollmentId}", f, f.Version);
        }).WithName("TrainingFollowUps_File").RequireAuthorization(Policies.Approver)
            .WithSummary("Files the follow-up of a completed enrollment: the supervisor (a unit head over the employee's unit) or an admin; re-assessed levels become an assessment (PostTrainingEvaluation).");
        g.MapPut("/{enrollmentId:guid}", async (Guid enrollmentId, FollowUpRequest body, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var f = await m.Send(new CorrectFollowUp.Command(enrollmentId, body, ETags.IfMatch(http.Request)), ct);
            return ETags.Ok(http, f, f.Version);
        }).WithName("TrainingFollowUps_Correct").RequiresIfMatch().RequireAuthorization(Policies.Approver);
    }
}
