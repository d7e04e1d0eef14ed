using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.Units;

public static class UnitEndpoints
{
    public static void MapUnits(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/units").WithTags("Units").RequireAuthorization(Policies.TenantRead).WithProblems();
        g.MapGet("/", async ([AsParameters] ListUnits.Query q, IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(q, ct)))
            .WithName("Units_List").WithSummary("Unit kerja (OPD), paged; filter by parent or whole sub-tree (underUnitId).");
        g.MapGet("/{id:guid}", async (Guid id, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var unit = await m.Send(new GetUnit.Query(id), ct);
            return ETags.Ok(http, unit, unit.Version);
        }).WithName("Units_Get");
        g.MapPost("/", async (UnitRequest body, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var unit = await m.Send(new CreateUnit.Command(body), ct);
            return ETags.Created(http, $"/api/v1/units/{unit.Id}", unit, unit.Version);
        }).WithName("Units_Create").RequireAuthorization(Policies.TenantWrite);
        g.MapPut("/{id:guid}", async (Guid id, UnitRequest body, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var unit = await m.Send(new UpdateUnit.Command(id, body, ETags.IfMatch(http.Request)), ct);
            return ETags.Ok(http, unit, unit.Version);
        }).WithName("Units_Update").RequiresIfMatch().RequireAuthorization(Policies.TenantWrite);
        g.MapPost("/{id:guid}/deactivate", async (Guid id, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var unit = await m.Send(new DeactivateUnit.Command(id, ETags.IfMatch(http.Request)), ct);
            return ETags.Ok(http, unit, unit.Version);
        }).WithName("Units_Deactivate").RequiresIfMatch().RequireAuthorization(Policies.TenantWrite);
    }
}
