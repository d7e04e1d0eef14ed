using System.Diagnostics.Metrics;
using System.Net;
using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace AsnApi.IntegrationTests;

/// <summary>
/// The real host on a Kestrel port, so that the client address is a real TCP peer (127.0.0.1),
/// which this instance trusts as a reverse proxy: X-Forwarded-For then names the client.
/// </summary>
public sealed class BehindProxyFactory : ApiFactory
{
    public BehindProxyFactory() => UseKestrel(0);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Http:KnownProxies", "127.0.0.1,::1");
    }
}

public class SignInThrottleTests(BehindProxyFactory api) : IClassFixture<BehindProxyFactory>
{
    private static HttpRequestMessage SignIn(string username, string password, string? forwardedFor = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/token")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new TokenRequest { Username = username, Password = password }, options: Json.Options),
        };
        if (forwardedFor is not null) request.Headers.Add("X-Forwarded-For", forwardedFor);
        return request;
    }

    /// <summary>Counts this host's password verifications by account kind (its own meter factory, so other hosts do not add to it).</summary>
    private sealed class PasswordChecks : IDisposable
    {
        private readonly MeterListener _listener = new();
        private int _known, _unknown;

        public PasswordChecks(IServiceProvider services)
        {
            var factory = services.GetRequiredService<IMeterFactory>();
            _listener.InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Name == PasswordCheck.CounterName && ReferenceEquals(instrument.Meter.Scope, factory)) l.EnableMeasurementEvents(instrument);
            };
            _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
            {
                foreach (var tag in tags)
                    if (tag.Key == "account") { if ((string?)tag.Value == "known") Interlocked.Add(ref _known, (int)value); else Interlocked.Add(ref _unknown, (int)value); }
            });
            _listener.Start();
        }

        public int Known => Volatile.Read(ref _known);
        public int Unknown => Volatile.Read(ref _unknown);
        public void Dispose() => _listener.Dispose();
    }

    [Fact]
    public async Task Forty_parallel_wrong_passwords_reach_the_password_check_exactly_the_limit()
    {
        using var client = api.CreateClient();
        using var checks = new PasswordChecks(api.Services);
        var responses = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => client.SendAsync(SignIn("viewer@tpi", "salah", "198.51.100.40"))));
        Assert.Equal(5, responses.Count(r => r.StatusCode == HttpStatusCode.Unauthorized));
        Assert.Equal(35, responses.Count(r => r.StatusCode == HttpStatusCode.TooManyRequests));
        Assert.Equal(5, checks.Known);
    }

    [Fact]
    public async Task A_lockout_from_one_address_does_not_lock_the_account_from_another()
    {
        using var client = api.CreateClient();
        for (var i = 0; i < 5; i++)
            await (await client.SendAsync(SignIn("viewer@jmb", "salah", "203.0.113.7"))).Problem(HttpStatusCode.Unauthorized);
        var locked = await client.SendAsync(SignIn("viewer@jmb", "Demo#2026", "203.0.113.7"));
        var problem = await locked.Problem(HttpStatusCode.TooManyRequests);
        Assert.Equal("https://www.rfc-editor.org/rfc/rfc6585#section-4", (string?)problem["type"]);
        Assert.True(locked.Headers.RetryAfter?.Delta > TimeSpan.FromMinutes(14));
        // The real user, elsewhere, still signs in.
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(SignIn("viewer@jmb", "Demo#2026", "203.0.113.8"))).StatusCode);
    }

    [Fact]
    public async Task Unknown_usernames_are_verified_against_a_dummy_hash_like_known_ones()
    {
        using var client = api.CreateClient();
        using var checks = new PasswordChecks(api.Services);
        await (await client.SendAsync(SignIn("tidak-ada@tpi", "salah", "198.51.100.41"))).Problem(HttpStatusCode.Unauthorized);
        Assert.Equal((0, 1), (checks.Known, checks.Unknown));
        await (await client.SendAsync(SignIn("kadinkes@pgk", "salah", "198.51.100.41"))).Problem(HttpStatusCode.Unauthorized);
        Assert.Equal((1, 1), (checks.Known, checks.Unknown));
    }
}

[Collection(ApiCollection.Name)]
public class UntrustedForwardingTests(ApiFactory api)
{
    [Fact]
    public async Task X_Forwarded_For_is_ignored_when_no_proxy_is_configured()
    {
        // A guesser who invents a new address for every attempt is still the same client.
        var client = api.Anonymous();
        for (var i = 0; i < 5; i++)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/token")
            {
                Content = System.Net.Http.Json.JsonContent.Create(new TokenRequest { Username = "xff-uji@tpi", Password = "salah" }, options: Json.Options),
            };
            request.Headers.Add("X-Forwarded-For", $"192.0.2.{i + 1}");
            await (await client.SendAsync(request)).Problem(HttpStatusCode.Unauthorized);
        }
        var last = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/token")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new TokenRequest { Username = "xff-uji@tpi", Password = "salah" }, options: Json.Options),
        };
        last.Headers.Add("X-Forwarded-For", "192.0.2.99");
        await (await client.SendAsync(last)).Problem(HttpStatusCode.TooManyRequests);
    }
}
