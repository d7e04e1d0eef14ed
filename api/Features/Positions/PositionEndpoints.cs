using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.Positions;

public static class PositionEndpoints
{
    public static void MapPositions(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/positions").WithTags("Positions").RequireAuthorization(Policies.TenantRead).WithProblems();
        g.MapGet("/", async ([AsParameters] ListPositions.Query q, IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(q, ct)))
            .WithName("Positions_List").WithSummary("Jabatan, paged; filter by unit, sub-tree, type, active.");
        g.MapGet("/{id:guid}", async (Guid id, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var p = await m.Send(new GetPosition.Query(id), ct);
            return ETags.Ok(http, p, p.Version);
        }).WithName("Positions_Get");
        g.MapPost("/", async (PositionRequest body, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var p = await m.Send(new CreatePosition.Command(body), ct);
            return ETags.Created(http, $"/api/v1/positions/{p.Id}", p, p.Version);
        }).WithName("Positions_Create").RequireAuthorization(Policies.TenantWrite);
        g.MapPut("/{id:guid}", async (Guid id, PositionRequest body, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var p = await m.Send(new UpdatePosition.Command(id, body, ETags.IfMatch(http.Request)), ct);
            return ETags.Ok(http, p, p.Version);
        }).WithName("Positions_Update").RequiresIfMatch().RequireAuthorization(Policies.TenantWrite);
        g.MapPost("/{id:guid}/deactivate", async (Guid id, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var p = await m.Send(new DeactivatePosition.Command(id, ETags.IfMatch(http.Request)), ct);
            return ETags.Ok(http, p, p.Version);
        }).WithName("Positions_Deactivate").RequiresIfMatch().RequireAuthorization(Policies.TenantWrite);
    }
}
