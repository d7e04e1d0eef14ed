using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.TrainingPrograms;

public static class TrainingProgramEndpoints
{
    public static void MapTrainingPrograms(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/training-programs").WithTags("TrainingPrograms").RequireAuthorization(Policies.TenantRead).WithProblems();
        g.MapGet("/", async ([AsParameters] ListTrainingPrograms.Query q, IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(q, ct)))
            .WithName("TrainingPrograms_List").WithSummary("Katalog program pelatihan, paged; filter by form, competency, partner, active, text (title or code).");
        g.MapGet("/{id:guid}", async (Guid id, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var p = await m.Send(new GetTrainingProgram.Query(id), ct);
            return ETags.Ok(http, p, p.Version);
        }).WithName("TrainingPrograms_Get");
        g.MapPost("/", async (TrainingProgramRequest body, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var p = await m.Send(new CreateTrainingProgram.Command(body), ct);
            return ETags.Created(http, $"/api/v1/training-programs/{p.Id}", p, p.Version);
        }).WithName("TrainingPrograms_Create").RequireAuthorization(Policies.TenantWrite);
        g.MapPut("/{id:guid}", async (Guid id, TrainingProgramRequest body, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var p = await m.Send(new UpdateTrainingProgram.Command(id, body, ETags.IfMatch(http.Request)), ct);
            return ETags.Ok(http, p, p.Version);
        }).WithName("TrainingPrograms_Update").RequiresIfMatch().RequireAuthorization(Policies.TenantWrite);
        g.MapPost("/{id:guid}/deactivate", async (Guid id, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var p = await m.Send(new DeactivateTrainingProgram.Command(id, ETags.IfMatch(http.Request)), ct);
            return ETags.Ok(http, p, p.Version);
        }).WithName("TrainingPrograms_Deactivate").RequiresIfMatch().RequireAuthorization(Policies.TenantWrite);
    }
}
