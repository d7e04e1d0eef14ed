using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace AsnApi.Infrastructure.Http;

/// <summary>
/// The client's address, which the sign-in throttle and rate limits key on. Behind a reverse proxy
/// the TCP peer is the proxy, so X-Forwarded-For is read, but only from the proxies and networks
/// configured in Http:KnownProxies and Http:KnownNetworks. None are trusted by default (not even
/// loopback): anyone can send the header, and believing it would let a guesser pick a fresh address
/// for every attempt.
/// </summary>
public static class ClientAddress
{
    public const string KnownProxiesKey = "Http:KnownProxies";
    public const string KnownNetworksKey = "Http:KnownNetworks";

    public static void AddClientAddress(this WebApplicationBuilder builder)
    {
        var proxies = Values(builder.Configuration, KnownProxiesKey).Select(IPAddress.Parse).ToList();
        var networks = Values(builder.Configuration, KnownNetworksKey).Select(System.Net.IPNetwork.Parse).ToList();
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var p in proxies) o.KnownProxies.Add(p);
            foreach (var n in networks) o.KnownIPNetworks.Add(n);
            // Walk back through every trusted hop; the walk stops at the first address that is not trusted.
            o.ForwardLimit = null;
        });
    }

    /// <summary>Only when proxies are configured: with none, the middleware would trust the header on hosts that report no peer address.</summary>
    public static void UseClientAddress(this WebApplication app)
    {
        if (Values(app.Configuration, KnownProxiesKey).Any() || Values(app.Configuration, KnownNetworksKey).Any())
            app.UseForwardedHeaders();
    }

    public static string? Of(HttpContext http) => http.Connection.RemoteIpAddress?.ToString();

    /// <summary>A list in configuration: array entries (Http:KnownProxies:0) or one comma-separated value.</summary>
    private static IEnumerable<string> Values(IConfiguration config, string key)
    {
        var section = config.GetSection(key);
        var values = section.GetChildren().Select(c => c.Value).Append(section.Value);
        return values.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct();
    }
}
