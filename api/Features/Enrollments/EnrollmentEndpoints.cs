using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.Enrollments;

public static class EnrollmentEndpoints
{
    public static void MapEnrollments(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/training-sessions/{id:guid}/enrollments").WithTags("TrainingEnrollments").RequireAuthorization(Policies.TenantRead).WithProblems();
        group.MapGet("/", async (Guid id, [AsParameters] RosterQuery q, IMediator m, CancellationToken ct) =>
            TypedResults.Ok(await m.Send(new ListEnrollments.Query(id, q.Page, q.PageSize, q.Status, q.Q, q.Sort), ct)))
            .WithName("TrainingEnrollments_List").WithSummary("The session's roster; unit heads see their sub-tree's participants.");
        group.MapGet("/{enrollmentId:guid}", async (Guid id, Guid enrollmentId, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var e = await m.Send(new GetEnrollment.Query(id, enrollmentId), ct);
            return ETags.Ok(http, e, e.Version);
        }).WithName("TrainingEnrollments_Get");
        group.MapPost("/", async (Guid id, EnrollmentRequest body, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var e = await m.Send(new Enroll.Command(id, body), ct);
            return ETags.Created(http, $"/api/v1/training-sessions/{id}/enrollments/{e.Id}", e, e.Version);
        }).WithName("TrainingEnrollments_Create").RequireAuthorization(Policies.PlanWrite)
            .WithSummary("Enrolls an employee while the session is open. 409 with reason full, alreadyEnrolled or notOpen.");
        group.MapPut("/{enrollmentId:guid}", async (Guid id, Guid enrollmentId, EnrollmentUpdateRequest body, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var e = await m.Send(new UpdateEnrollment.Command(id, enrollmentId, body, ETags.IfMatch(http.Request)), ct);
            return ETags.Ok(http, e, e.Version);
        }).WithName("TrainingEnrollments_Update").RequiresIfMatch().RequireAuthorization(Policies.PlanWrite)
            .WithSummary("Attendance per day and the pre- and post-test scores.");
        group.MapPost("/{enrollmentId:guid}/complete", async (Guid id, Guid enrollmentId, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var e = await m.Send(new CompleteEnrollment.Command(id, enrollmentId, ETags.IfMatch(http.Request)), ct);
            return ETags.Ok(http, e, e.Version);
        }).WithName("TrainingEnrollments_Complete").RequiresIfMatch().RequireAuthorization(Policies.PlanWrite)
            .WithSummary("Completed: credits the program's JP, issues the certificate number and closes matching approved plan items.");
        MapStep(group, "attend", EnrollmentStatus.Attending, "TrainingEnrollments_Attend");
        MapStep(group, "not-complete", EnrollmentStatus.NotCompleted, "TrainingEnrollments_NotComplete");
        MapStep(group, "withdraw", EnrollmentStatus.Withdrawn, "TrainingEnrollments_Withdraw");
    }

    private static void MapStep(RouteGroupBuilder group, string step, EnrollmentStatus to, string name) =>
        group.MapPost($"/{{enrollmentId:guid}}/{step}", async (Guid id, Guid enrollmentId, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var e = await m.Send(new MoveEnrollment.Command(id, enrollmentId, to, ETags.IfMatch(http.Request)), ct);
            return ETags.Ok(http, e, e.Version);
        }).WithName(name).RequireAuthorization(Policies.PlanWrite).RequiresIfMatch();

    /// <summary>The roster's query string (the session id comes from the route).</summary>
    public sealed record RosterQuery(int? Page, int? PageSize, EnrollmentStatus? Status, string? Q, string? Sort);
}
