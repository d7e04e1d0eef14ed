using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.Standards;

public static class StandardEndpoints
{
    public static void MapStandards(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/positions/{id:guid}/standard").WithTags("Standards").RequireAuthorization(Policies.TenantRead).WithProblems();
        g.MapGet("/", async (Guid id, IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(new GetPositionStandard.Query(id), ct)))
            .WithName("Standards_Get").WithSummary("Standar kompetensi jabatan: the required level of each competency.");
        g.MapPut("/", async (Guid id, PositionStandardRequest body, IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(new SetPositionStandard.Command(id, body), ct)))
            .WithName("Standards_Set").RequireAuthorization(Policies.TenantWrite)
            .WithSummary("Replaces the whole standard; national competencies left out get the position type's default level.");
        g.MapPost("/copy", async (Guid id, CopyStandardRequest body, IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(new CopyPositionStandard.Command(id, body), ct)))
            .WithName("Standards_Copy").RequireAuthorization(Policies.TenantWrite).WithSummary("Copies this standard onto other positions, replacing theirs.");
    }
}
