using System.Security.Claims;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AsnApi.Infrastructure.Auth;

/// <summary>
/// Validates a bearer token once, not on every request it comes with. A dashboard or script sends the same token
/// for up to an hour; parsing it, checking its HMAC and building its claims again each time was the largest cost of a
/// read outside the database (see README, "The hot read path").
/// <para>
/// Only successful validations are kept, keyed by the whole token (a changed byte is another key, validated in full),
/// and never past the token's own expiry, so an expired token is refused exactly as without the cache. Nothing about a
/// local token is revocable before it expires (a deactivated user's token was already valid until then: sign-in is
/// where an account is checked), so keeping the outcome adds no window. For an external issuer an entry also lives at
/// most <see cref="MaxLifetime"/>, so a key the issuer withdraws stops being trusted within that time.
/// </para>
/// Each request gets its own identity (copies of the cached claims), so nothing one request does to its principal
/// reaches another.
/// </summary>
public sealed class ValidatedTokenCache : JsonWebTokenHandler
{
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromMinutes(5);
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 20_000 });
    private readonly TimeProvider _clock;
    private readonly bool _external;

    public ValidatedTokenCache(TimeProvider clock, bool external)
    {
        _clock = clock;
        _external = external;
        MapInboundClaims = false; // as the JwtBearer options say: claim names exactly as issued
    }

    private sealed record Entry(SecurityToken Token, Claim[] Claims, string? AuthenticationType, string NameType, string RoleType, string? Issuer, DateTimeOffset Expires);

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        // The entry's own expiry is checked against the same clock as the validation, not only the cache's timer.
        if (_cache.TryGetValue(token, out Entry? hit) && hit is not null && _clock.GetUtcNow() < hit.Expires)
        {
            return new TokenValidationResult
            {
                IsValid = true,
                SecurityToken = hit.Token,
                ClaimsIdentity = new ClaimsIdentity(hit.Claims, hit.AuthenticationType, hit.NameType, hit.RoleType),
                Issuer = hit.Issuer,
                TokenType = JwtConstants.HeaderType,
            };
        }

        var result = await base.ValidateTokenAsync(token, validationParameters);
        if (!result.IsValid || result.SecurityToken is null || result.ClaimsIdentity is not { } identity) return result;

        var now = _clock.GetUtcNow();
        var expires = new DateTimeOffset(DateTime.SpecifyKind(result.SecurityToken.ValidTo, DateTimeKind.Utc));
        if (_external && expires > now + MaxLifetime) expires = now + MaxLifetime;
        // A token without an expiry (ValidTo is MinValue) is not kept: nothing would say when to stop trusting it.
        if (expires > now)
        {
            var entry = new Entry(result.SecurityToken, identity.Claims.ToArray(), identity.AuthenticationType, identity.NameClaimType, identity.RoleClaimType, result.Issuer, expires);
            _cache.Set(token, entry, new MemoryCacheEntryOptions { AbsoluteExpiration = expires, Size = 1 });
        }
        return result;
    }
}
