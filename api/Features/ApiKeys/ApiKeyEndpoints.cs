using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.ApiKeys;

public static class ApiKeyEndpoints
{
    public static void MapApiKeys(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/api-keys").WithTags("ApiKeys").RequireAuthorization(Policies.TenantAdmin).WithProblems();
        g.MapGet("/", async ([AsParameters] ListApiKeys.Query q, IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(q, ct)))
            .WithName("ApiKeys_List");
        g.MapPost("/", async (CreateApiKeyRequest body, IMediator m, CancellationToken ct) =>
        {
            var created = await m.Send(new CreateApiKey.Command(body), ct);
            return TypedResults.Created($"/api/v1/api-keys/{created.Key.Id}", created);
        }).WithName("ApiKeys_Create").WithSummary("Creates a scoped key for scripts. The secret is shown only in this response.");
        g.MapPost("/{id:guid}/revoke", async (Guid id, IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(new RevokeApiKey.Command(id), ct)))
            .WithName("ApiKeys_Revoke");
    }
}
