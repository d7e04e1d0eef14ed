using AsnApi.Contracts;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.Auth;

public static class AuthEndpoints
{
    public static void MapAuth(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/auth").WithTags("Auth").WithProblems();
        g.MapPost("/token", async (TokenRequest body, HttpContext http, IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(new IssueToken.Query(body, ClientAddress.Of(http)), ct)))
            .WithName("Auth_Token").AllowAnonymous()
            .WithSummary("Sign in with username and password; returns a short-lived bearer token.")
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        g.MapGet("/sign-in-options", async (IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(new GetSignInOptions.Query(), ct)))
            .WithName("Auth_SignInOptions").AllowAnonymous()
            .WithSummary("What the sign-in page may show before anyone signs in (whether the demo accounts exist).");
        g.MapGet("/me", async (IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(new GetMe.Query(), ct)))
            .WithName("Auth_Me").RequireAuthorization();
    }
}
