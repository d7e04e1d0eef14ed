using System.Threading.RateLimiting;
using AsnApi.Infrastructure.Http;

namespace AsnApi.Features.Survey;

/// <summary>
/// Public submissions per client address and minute (PublicApi:SubmissionsPerMinute, default 20), on top of
/// the anonymous quota every /api call has: a form at a busy counter sends a few a minute from one
/// address (a shared office Wi-Fi), a script stuffing the index sends many. Every attempt counts, retries
/// included. The client address is the one the sign-in throttle uses (see ClientAddress, Http:KnownProxies).
/// The windows live in this process's memory, like the other limits.
/// </summary>
public sealed class PublicSubmissionLimit : IDisposable
{
    public const string Key = "PublicApi:SubmissionsPerMinute";
    public const int Default = 20;

    private readonly PartitionedRateLimiter<string> _limiter;

    public PublicSubmissionLimit(IConfiguration config)
    {
        PerMinute = config.GetValue<int?>(Key) ?? Default;
        _limiter = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetFixedWindowLimiter(address, _ =>
            new FixedWindowRateLimiterOptions { PermitLimit = PerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0, AutoReplenishment = true }));
    }

    public int PerMinute { get; }

    /// <summary>Takes one submission from the caller's quota, or answers 429 with Retry-After.</summary>
    public void Take(HttpContext http)
    {
        using var lease = _limiter.AttemptAcquire(ClientAddress.Of(http) ?? "-");
        if (lease.IsAcquired) return;
        var retry = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
        throw new RateLimitedException($"Terlalu banyak pengisian survei dari alamat ini: paling banyak {PerMinute} per menit. Coba lagi setelah {Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds))} detik.", retry);
    }

    public void Dispose() => _limiter.Dispose();
}
