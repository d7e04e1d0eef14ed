using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.Competencies;

public static class CompetencyEndpoints
{
    public static void MapCompetencies(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/competencies").WithTags("Competencies").RequireAuthorization(Policies.TenantRead).WithProblems();
        g.MapGet("/", async ([AsParameters] ListCompetencies.Query q, IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(q, ct)))
            .WithName("Competencies_List").WithSummary("Kamus kompetensi: the national dictionary and the tenant's technical competencies.");
        g.MapGet("/{id:guid}", async (Guid id, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var c = await m.Send(new GetCompetency.Query(id), ct);
            return ETags.Ok(http, c, c.Version);
        }).WithName("Competencies_Get");
        g.MapPost("/", async (CompetencyRequest body, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var c = await m.Send(new CreateCompetency.Command(body), ct);
            return ETags.Created(http, $"/api/v1/competencies/{c.Id}", c, c.Version);
        }).WithName("Competencies_Create").RequireAuthorization(Policies.TenantWrite).WithSummary("Creates a technical competency of the tenant.");
        g.MapPut("/{id:guid}", async (Guid id, CompetencyRequest body, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var c = await m.Send(new UpdateCompetency.Command(id, body, ETags.IfMatch(http.Request)), ct);
            return ETags.Ok(http, c, c.Version);
        }).WithName("Competencies_Update").RequiresIfMatch().RequireAuthorization(Policies.TenantWrite);
        g.MapPost("/{id:guid}/retire", async (Guid id, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var c = await m.Send(new RetireCompetency.Command(id, ETags.IfMatch(http.Request)), ct);
            return ETags.Ok(http, c, c.Version);
        }).WithName("Competencies_Retire").RequiresIfMatch().RequireAuthorization(Policies.TenantWrite);
    }
}
