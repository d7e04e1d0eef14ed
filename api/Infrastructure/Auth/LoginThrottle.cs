using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.Identity;

namespace AsnApi.Infrastructure.Auth;

/// <summary>
/// Slows password guessing without letting anyone lock someone else out from elsewhere. Failures
/// count per username and client address: after MaxFailedLogins of them that pair waits
/// LockoutMinutes, and every further lockout of the same pair doubles the wait (up to
/// MaxLockoutMinutes). One address also waits after MaxFailedLoginsPerAddress failures for any
/// usernames. An attempt reserves its place before the password is checked, so parallel attempts
/// cannot slip past the limit while the first ones are still being verified.
/// </summary>
public sealed class LoginThrottle(AuthOptions options, TimeProvider clock)
{
    private sealed class Entry
    {
        public int Failures;
        public int InFlight;
        public int Lockouts;
        public DateTimeOffset WindowStart;
        public DateTimeOffset LockedUntil;
        public DateTimeOffset LastSeen;
    }

    private readonly ConcurrentDictionary<string, Entry> _entries = new();
    private int _calls;

    private TimeSpan Window => TimeSpan.FromMinutes(options.LockoutMinutes);

    /// <summary>Reserves one attempt, or throws 429 with how long to wait.</summary>
    public Attempt Begin(string username, string? address)
    {
        var now = clock.GetUtcNow();
        if (Interlocked.Increment(ref _calls) % 1000 == 0) Sweep(now);
        var pair = _entries.GetOrAdd("p:" + username.ToLowerInvariant() + "|" + (address ?? "-"), _ => new Entry());
        var ip = _entries.GetOrAdd("a:" + (address ?? "-"), _ => new Entry());
        // Always pair before address: one lock order, no deadlock.
        lock (pair)
            lock (ip)
            {
                var wait = Max(Blocked(pair, options.MaxFailedLogins, now), Blocked(ip, options.MaxFailedLoginsPerAddress, now));
                if (wait is { } w) throw new AsnApi.Infrastructure.Http.TooManyAttemptsException(w);
                pair.InFlight++;
                ip.InFlight++;
                pair.LastSeen = ip.LastSeen = now;
            }
        return new Attempt(this, pair, ip);
    }

    private TimeSpan? Blocked(Entry e, int limit, DateTimeOffset now)
    {
        if (e.LockedUntil > now) return e.LockedUntil - now;
        if (e.Failures > 0 && now - e.WindowStart >= Window) e.Failures = 0;
        // Quiet for as long as the longest lockout since the last one ended: the history is forgiven.
        var quietSince = e.LastSeen > e.LockedUntil ? e.LastSeen : e.LockedUntil;
        if (e.Lockouts > 0 && now - quietSince >= TimeSpan.FromMinutes(options.MaxLockoutMinutes)) e.Lockouts = 0;
        // Attempts still being checked count: they may all turn out to be failures.
        return e.Failures + e.InFlight >= limit ? TimeSpan.FromSeconds(1) : null;
    }

    private static TimeSpan? Max(TimeSpan? a, TimeSpan? b) => a is null ? b : b is null ? a : a > b ? a : b;

    private void Fail(Entry e, int limit, DateTimeOffset now)
    {
        e.InFlight--;
        if (e.Failures == 0) e.WindowStart = now;
        e.Failures++;
        e.LastSeen = now;
        if (e.Failures < limit) return;
        var minutes = Math.Min(options.LockoutMinutes * Math.Pow(2, e.Lockouts), options.MaxLockoutMinutes);
        e.LockedUntil = now + TimeSpan.FromMinutes(minutes);
        e.Lockouts++;
        e.Failures = 0;
    }

    private void Failed(Entry pair, Entry ip)
    {
        var now = clock.GetUtcNow();
        lock (pair) lock (ip)
        {
            Fail(pair, options.MaxFailedLogins, now);
            Fail(ip, options.MaxFailedLoginsPerAddress, now);
        }
    }

    private void Sweep(DateTimeOffset now)
    {
        var forget = TimeSpan.FromMinutes(Math.Max(options.MaxLockoutMinutes, options.LockoutMinutes));
        foreach (var (key, e) in _entries)
            lock (e)
                if (e.InFlight == 0 && now - (e.LastSeen > e.LockedUntil ? e.LastSeen : e.LockedUntil) > forget)
                    _entries.TryRemove(key, out _);
    }

    /// <summary>One reserved sign-in attempt: it ends as a failure or a success.</summary>
    public sealed class Attempt : IDisposable
    {
        private readonly LoginThrottle throttle;
        private readonly Entry pair, ip;
        private int _ended;

        internal Attempt(LoginThrottle throttle, object pair, object ip) => (this.throttle, this.pair, this.ip) = (throttle, (Entry)pair, (Entry)ip);

        /// <summary>An attempt that ended neither way (the request failed or was cancelled) gives its place back.</summary>
        public void Dispose()
        {
            if (Interlocked.Exchange(ref _ended, 1) == 1) return;
            lock (pair) lock (ip) { pair.InFlight--; ip.InFlight--; }
        }

        public void Failed()
        {
            if (Interlocked.Exchange(ref _ended, 1) == 1) return;
            throttle.Failed(pair, ip);
        }

        public void Succeeded()
        {
            if (Interlocked.Exchange(ref _ended, 1) == 1) return;
            lock (pair) lock (ip)
            {
                pair.InFlight--;
                pair.Failures = 0;
                pair.Lockouts = 0;
                ip.InFlight--;
            }
        }
    }
}

/// <summary>
/// Verifies a password against the account's hash, or against a dummy hash when there is no such
/// account, so that a wrong password and an unknown username cost the same time and a guesser
/// cannot tell which usernames exist. Each verification is counted (meter AsnApi.Auth, counter
/// asnapi.auth.password_checks, tag account=known|unknown), which also shows the dummy path runs.
/// </summary>
public sealed class PasswordCheck
{
    public const string MeterName = "AsnApi.Auth";
    public const string CounterName = "asnapi.auth.password_checks";
    private readonly IPasswordHasher<string> _hasher;
    private readonly Counter<long> _checks;
    private readonly string _dummyHash;

    public PasswordCheck(IPasswordHasher<string> hasher, IMeterFactory meters)
    {
        _hasher = hasher;
        _checks = meters.Create(MeterName).CreateCounter<long>(CounterName);
        // Same hasher, same work factor as a real account's hash.
        _dummyHash = hasher.HashPassword("", Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)));
    }

    public bool Verify(string username, string? passwordHash, string password)
    {
        _checks.Add(1, new KeyValuePair<string, object?>("account", passwordHash is null ? "unknown" : "known"));
        var result = _hasher.VerifyHashedPassword(username, passwordHash ?? _dummyHash, password);
        return passwordHash is not null && result != PasswordVerificationResult.Failed;
    }
}
