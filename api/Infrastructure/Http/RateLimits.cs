using System.Collections.Concurrent;
using System.Globalization;
using System.Threading.RateLimiting;
using AsnApi.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace AsnApi.Infrastructure.Http;

public sealed class RateLimitSettings
{
    public bool Enabled { get; set; } = true;
    /// <summary>Requests per window for each API key and each signed-in user.</summary>
    public int PermitLimit { get; set; } = 600;
    /// <summary>Requests per window for each client address without credentials (sign-in, mostly).</summary>
    public int AnonymousPermitLimit { get; set; } = 60;
    public int WindowSeconds { get; set; } = 60;
}

/// <summary>
/// The ASP.NET Core rate limiter, one fixed window per API key, per signed-in user, and per client
/// address for anonymous calls, so that one script cannot slow the API for everybody. Every limited
/// answer says where the caller stands (RateLimit-Limit, -Remaining, -Reset and RateLimit-Policy,
/// draft-ietf-httpapi-ratelimit-headers); a refused one is a 429 problem with Retry-After.
/// </summary>
public sealed class ApiRateLimiter
{
    public const string SectionName = "RateLimit";
    public const string ProblemType = "https://www.rfc-editor.org/rfc/rfc6585#section-4";

    private readonly ConcurrentDictionary<string, DateTimeOffset> _windowStarts = new();
    private readonly RateLimitSettings _settings;
    private readonly TimeProvider _clock;

    public ApiRateLimiter(RateLimitSettings settings, TimeProvider clock)
    {
        _settings = settings;
        _clock = clock;
        Limiter = PartitionedRateLimiter.Create<HttpContext, string>(http => PartitionOf(http) is { } key
            ? RateLimitPartition.GetFixedWindowLimiter(key, k =>
            {
                // The window of a new partition starts now; the limiter replenishes it every Window from here.
                var now = _clock.GetUtcNow();
                _windowStarts[k] = now;
                // Only the header's Reset needs these; forget callers long gone so many addresses cannot grow it without end.
                if (_windowStarts.Count > 100_000)
                    foreach (var (old, start) in _windowStarts)
                        if (now - start > TimeSpan.FromHours(1) + Window) _windowStarts.TryRemove(old, out _);
                return new FixedWindowRateLimiterOptions { PermitLimit = LimitOf(k), Window = Window, QueueLimit = 0, AutoReplenishment = true };
            })
            : RateLimitPartition.GetNoLimiter(""));
    }

    public PartitionedRateLimiter<HttpContext> Limiter { get; }
    private TimeSpan Window => TimeSpan.FromSeconds(_settings.WindowSeconds);
    internal int LimitOf(string partition) => partition.StartsWith("ip:", StringComparison.Ordinal) ? _settings.AnonymousPermitLimit : _settings.PermitLimit;

    /// <summary>API key, else user, else client address; health probes and non-API paths are not limited.</summary>
    public string? PartitionOf(HttpContext http)
    {
        if (!_settings.Enabled || !http.Request.Path.StartsWithSegments("/api")) return null;
        var user = http.User;
        if (user.FindFirst(AsnClaims.ApiKeyId)?.Value is { } key) return "key:" + key;
        if (user.Identity?.IsAuthenticated == true)
            return "user:" + (user.FindFirst(AsnClaims.Subject)?.Value ?? user.FindFirst(AsnClaims.TenantCode)?.Value + "/" + user.Identity.Name);
        return "ip:" + (ClientAddress.Of(http) ?? "-");
    }

    public void WriteHeaders(HttpContext http, string partition)
    {
        var limit = LimitOf(partition);
        var remaining = Limiter.GetStatistics(http)?.CurrentAvailablePermits ?? 0;
        var reset = SecondsToReset(partition);
        var headers = http.Response.Headers;
        headers["RateLimit-Limit"] = limit.ToString(CultureInfo.InvariantCulture);
        headers["RateLimit-Remaining"] = Math.Max(0, remaining).ToString(CultureInfo.InvariantCulture);
        headers["RateLimit-Reset"] = reset.ToString(CultureInfo.InvariantCulture);
        headers["RateLimit-Policy"] = $"{limit};w={_settings.WindowSeconds}";
    }

    internal int SecondsToReset(string partition)
    {
        var start = _windowStarts.GetValueOrDefault(partition, _clock.GetUtcNow());
        var elapsed = (_clock.GetUtcNow() - start).TotalSeconds % Window.TotalSeconds;
        return Math.Max(1, (int)Math.Ceiling(Window.TotalSeconds - elapsed));
    }
}

public static class RateLimits
{
    public static void AddApiRateLimits(this WebApplicationBuilder builder)
    {
        var settings = new RateLimitSettings();
        builder.Configuration.GetSection(ApiRateLimiter.SectionName).Bind(settings);
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton<ApiRateLimiter>();
        builder.Services.AddRateLimiter(_ => { });
        builder.Services.AddOptions<RateLimiterOptions>().Configure<ApiRateLimiter>((o, limiter) =>
        {
            o.GlobalLimiter = limiter.Limiter;
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (context, ct) =>
            {
                var http = context.HttpContext;
                var partition = limiter.PartitionOf(http)!;
                limiter.WriteHeaders(http, partition);
                var retry = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? (int)Math.Ceiling(after.TotalSeconds) : limiter.SecondsToReset(partition);
                http.Response.Headers.RetryAfter = Math.Max(1, retry).ToString(CultureInfo.InvariantCulture);
                var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = 429, Type = ApiRateLimiter.ProblemType, Title = "Terlalu banyak permintaan",
                        Detail = $"Batas {limiter.LimitOf(partition)} permintaan per {settings.WindowSeconds} detik tercapai. Coba lagi setelah {retry} detik.",
                    },
                });
            };
        });
    }

    /// <summary>After authentication: the partition is the caller.</summary>
    public static void UseApiRateLimits(this WebApplication app)
    {
        app.UseRateLimiter();
        var limiter = app.Services.GetRequiredService<ApiRateLimiter>();
        app.Use((http, next) =>
        {
            if (limiter.PartitionOf(http) is { } partition) http.Response.OnStarting(() => { limiter.WriteHeaders(http, partition); return Task.CompletedTask; });
            return next(http);
        });
    }
}
