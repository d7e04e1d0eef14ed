using Microsoft.Extensions.Caching.Memory;

namespace AsnApi.Infrastructure.Auth;

/// <summary>
/// Slows password guessing: after MaxFailedLogins failures for one username, or five times that
/// from one address, sign-in answers 429 until the window passes.
/// </summary>
public sealed class LoginThrottle(IMemoryCache cache, AuthOptions options)
{
    private sealed class Counter { public int Failures; }

    private TimeSpan Window => TimeSpan.FromMinutes(options.LockoutMinutes);

    public TimeSpan? RetryAfter(string username, string? address) =>
        Count("u:" + username.ToLowerInvariant()) >= options.MaxFailedLogins || Count("a:" + address) >= options.MaxFailedLogins * 5
            ? Window : null;

    public void Failed(string username, string? address)
    {
        Bump("u:" + username.ToLowerInvariant());
        Bump("a:" + address);
    }

    public void Succeeded(string username) => cache.Remove("u:" + username.ToLowerInvariant());

    private int Count(string key) => cache.TryGetValue<Counter>(key, out var c) ? c!.Failures : 0;

    private void Bump(string key)
    {
        var counter = cache.GetOrCreate(key, e => { e.AbsoluteExpirationRelativeToNow = Window; return new Counter(); })!;
        Interlocked.Increment(ref counter.Failures);
    }
}
