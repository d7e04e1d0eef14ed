using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.Tenants;

public static class TenantEndpoints
{
    public static void MapTenants(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1").WithProblems();
        g.MapGet("/tenant", async (IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(new GetCurrentTenant.Query(), ct)))
            .WithTags("Tenants").WithName("Tenants_Current").RequireAuthorization(Policies.TenantRead);
        g.MapGet("/national/summary", async (IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(new NationalSummary.Query(), ct)))
            .WithTags("National").WithName("National_Summary").RequireAuthorization(Policies.National)
            .WithSummary("Aggregates per regional government, for the national viewer.");
    }
}
