using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.ExternalActivities;

public static class ExternalActivityEndpoints
{
    public static void MapExternalActivities(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/employees/{id:guid}/external-activities").WithTags("ExternalActivities").RequireAuthorization(Policies.TenantRead).WithProblems();
        g.MapGet("/", async (Guid id, int? year, int? page, int? pageSize, string? sort, IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(new ListExternalActivities.Query(id, year, page, pageSize, sort), ct)))
            .WithName("ExternalActivities_List").WithSummary("Seminars, workshops, e-learning and the like outside any session, newest first; filter by year.");
        g.MapGet("/{activityId:guid}", async (Guid id, Guid activityId, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var a = await m.Send(new GetExternalActivity.Query(id, activityId), ct);
            return ETags.Ok(http, a, a.Version);
        }).WithName("ExternalActivities_Get");
        g.MapPost("/", async (Guid id, ExternalActivityRequest body, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var a = await m.Send(new CreateExternalActivity.Command(id, body), ct);
            return ETags.Created(http, $"/api/v1/employees/{id}/external-activities/{a.Id}", a, a.Version);
        }).WithName("ExternalActivities_Create").RequireAuthorization(Policies.PlanWrite).WithSummary("Records an activity and credits its JP in the ledger of its year.");
        g.MapPut("/{activityId:guid}", async (Guid id, Guid activityId, ExternalActivityRequest body, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var a = await m.Send(new UpdateExternalActivity.Command(id, activityId, body, ETags.IfMatch(http.Request)), ct);
            return ETags.Ok(http, a, a.Version);
        }).WithName("ExternalActivities_Update").RequiresIfMatch().RequireAuthorization(Policies.PlanWrite);
        g.MapDelete("/{activityId:guid}", async (Guid id, Guid activityId, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            await m.Send(new DeleteExternalActivity.Command(id, activityId, ETags.IfMatch(http.Request)), ct);
            return TypedResults.NoContent();
        }).WithName("ExternalActivities_Delete").RequiresIfMatch().RequireAuthorization(Policies.PlanWrite).WithSummary("Deletes an activity recorded by mistake and takes back its JP.");
    }
}
