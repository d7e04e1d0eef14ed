using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.ServiceUnits;

public static class ServiceUnitEndpoints
{
    public static void MapServiceUnits(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/service-units").WithTags("ServiceUnits").RequireAuthorization(Policies.TenantRead).WithProblems();
        g.MapGet("/", async ([AsParameters] ListServiceUnits.Query q, IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(q, ct)))
            .WithName("ServiceUnits_List").WithSummary("Unit layanan, paged; filter by unit, sub-tree, survey open.");
        g.MapGet("/{id:guid}", async (Guid id, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var s = await m.Send(new GetServiceUnit.Query(id), ct);
            return ETags.Ok(http, s, s.Version);
        }).WithName("ServiceUnits_Get");
        g.MapPost("/", async (ServiceUnitRequest body, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var s = await m.Send(new CreateServiceUnit.Command(body), ct);
            return ETags.Created(http, $"/api/v1/service-units/{s.Id}", s, s.Version);
        }).WithName("ServiceUnits_Create").RequireAuthorization(Policies.TenantWrite);
        g.MapPut("/{id:guid}", async (Guid id, ServiceUnitRequest body, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var s = await m.Send(new UpdateServiceUnit.Command(id, body, ETags.IfMatch(http.Request)), ct);
            return ETags.Ok(http, s, s.Version);
        }).WithName("ServiceUnits_Update").RequiresIfMatch().RequireAuthorization(Policies.TenantWrite);
    }
}
