using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.Partners;

public static class PartnerEndpoints
{
    public static void MapPartners(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/partners").WithTags("Partners").RequireAuthorization(Policies.TenantRead).WithProblems();
        g.MapGet("/", async ([AsParameters] ListPartners.Query q, IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(q, ct)))
            .WithName("Partners_List").WithSummary("Mitra pelatihan, paged; filter by kind, active, text.");
        g.MapGet("/{id:guid}", async (Guid id, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var p = await m.Send(new GetPartner.Query(id), ct);
            return ETags.Ok(http, p, p.Version);
        }).WithName("Partners_Get");
        g.MapPost("/", async (PartnerRequest body, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var p = await m.Send(new CreatePartner.Command(body), ct);
            return ETags.Created(http, $"/api/v1/partners/{p.Id}", p, p.Version);
        }).WithName("Partners_Create").RequireAuthorization(Policies.TenantWrite);
        g.MapPut("/{id:guid}", async (Guid id, PartnerRequest body, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var p = await m.Send(new UpdatePartner.Command(id, body, ETags.IfMatch(http.Request)), ct);
            return ETags.Ok(http, p, p.Version);
        }).WithName("Partners_Update").RequiresIfMatch().RequireAuthorization(Policies.TenantWrite);
        g.MapPost("/{id:guid}/deactivate", async (Guid id, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var p = await m.Send(new DeactivatePartner.Command(id, ETags.IfMatch(http.Request)), ct);
            return ETags.Ok(http, p, p.Version);
        }).WithName("Partners_Deactivate").RequiresIfMatch().RequireAuthorization(Policies.TenantWrite);
    }
}
