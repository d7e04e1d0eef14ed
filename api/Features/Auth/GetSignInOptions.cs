using AsnApi.Contracts;
using AsnApi.Database;
using Mediator;

namespace AsnApi.Features.Auth;

/// <summary>
/// Anonymous: the sign-in page asks whether the demo accounts exist before it prints their password, so a
/// production installation never advertises one. It reads configuration only, never a tenant's data.
/// </summary>
public static class GetSignInOptions
{
    public sealed record Query : IQuery<SignInOptionsResponse>;

    internal sealed class Handler(IHostEnvironment environment, IConfiguration configuration) : IQueryHandler<Query, SignInOptionsResponse>
    {
        public ValueTask<SignInOptionsResponse> Handle(Query query, CancellationToken ct) =>
            ValueTask.FromResult(new SignInOptionsResponse { Demo = DemoSeed.IsEnabled(environment, configuration) });
    }
}
