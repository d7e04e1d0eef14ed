using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using AsnApi.Infrastructure.Database;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace AsnApi.Infrastructure.Auth;

/// <summary>`Authorization: ApiKey asn_&lt;prefix&gt;_&lt;secret&gt;` for scripts and integrations. Keys are stored as SHA-256 hashes.</summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, Db db, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";


    [Sql] internal const string ByPrefix = "SELECT Id, TenantId, Name, KeyHash, Scopes, ExpiresAt, RevokedAt FROM ApiKeys WHERE Prefix = @Prefix";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith(SchemeName + " ", StringComparison.OrdinalIgnoreCase)) return AuthenticateResult.NoResult();
        var key = header[(SchemeName.Length + 1)..].Trim();
        if (ApiKeys.PrefixOf(key) is not { } prefix) return AuthenticateResult.Fail("Kunci API harus berbentuk asn_<prefix>_<rahasia>.");

        var rows = await db.Query<KeyRowDto>(ByPrefix, new { Prefix = prefix }, Context.RequestAborted);
        var row = rows.FirstOrDefault();
        if (row is null || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(row.KeyHash), Encoding.ASCII.GetBytes(ApiKeys.Hash(key))))
            return AuthenticateResult.Fail("Kunci API tidak dikenal.");
        var now = clock.GetUtcNow();
        if (row.RevokedAt is not null || (row.ExpiresAt is { } exp && exp <= now)) return AuthenticateResult.Fail("Kunci API sudah dicabut atau kedaluwarsa.");

        var claims = new List<Claim>
        {
            new(AsnClaims.Name, "apikey:" + row.Name),
            new(AsnClaims.TenantId, row.TenantId.ToString()),
            new(AsnClaims.ApiKeyId, row.Id.ToString()),
        };
        claims.AddRange(row.Scopes.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => new Claim(AsnClaims.Scope, s)));
        var identity = new ClaimsIdentity(claims, SchemeName, AsnClaims.Name, AsnClaims.Role);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    /// <summary>Says why a key was refused, in the header (RFC 6750 style) and in the problem's detail.</summary>
    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        if (result.Failure is { } failure)
        {
            Response.Headers.WWWAuthenticate = $"{SchemeName} error=\"invalid_key\", error_description=\"{failure.Message}\"";
            Context.Items[Http.ProblemMapping.AuthFailureKey] = failure.Message;
        }
        else Response.Headers.WWWAuthenticate = SchemeName;
    }

    internal sealed class KeyRowDto
    {
        public Guid Id { get; init; }
        public Guid TenantId { get; init; }
        public string Name { get; init; } = "";
        public string KeyHash { get; init; } = "";
        public string Scopes { get; init; } = "";
        public DateTimeOffset? ExpiresAt { get; init; }
        public DateTimeOffset? RevokedAt { get; init; }
    }
}

public static class ApiKeys
{
    /// <summary>asn_ + 8 hex prefix (looked up, indexed) + _ + 43 url-safe secret characters.</summary>
    public static string New()
    {
        var prefix = Convert.ToHexString(RandomNumberGenerator.GetBytes(4)).ToLowerInvariant();
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return $"asn_{prefix}_{secret}";
    }

    public static string? PrefixOf(string key)
    {
        var parts = key.Split('_', 3);
        return parts.Length == 3 && parts[0] == "asn" && parts[1].Length == 8 && parts[2].Length > 0 ? parts[1] : null;
    }

    public static string Hash(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
