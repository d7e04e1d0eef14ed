using System.Security.Claims;
using System.Security.Cryptography;
using AsnApi.Infrastructure.Auth;
using Microsoft.IdentityModel.Tokens;

namespace AsnApi.UnitTests;

/// <summary>
/// The bearer-token cache against real tokens, signed and validated by the real handlers; only the clock is moved by
/// hand (tokens live an hour, and tests never sleep).
/// </summary>
public class ValidatedTokenCacheTests
{
    private sealed class Clock : TimeProvider
    {
        public DateTimeOffset Now = DateTimeOffset.UtcNow;
        public override DateTimeOffset GetUtcNow() => Now;
    }

    private static readonly SymmetricSecurityKey Key = new(RandomNumberGenerator.GetBytes(32));

    private static TokenValidationParameters Parameters(Clock clock, SecurityKey key) => new()
    {
        ValidIssuer = AuthOptions.LocalIssuer,
        ValidAudience = AuthOptions.LocalIssuer,
        IssuerSigningKey = key,
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        ClockSkew = TimeSpan.FromSeconds(30),
        NameClaimType = AsnClaims.Name,
        RoleClaimType = AsnClaims.Role,
        // The library reads the system clock; this checks the same lifetime (and skew) against the hand-moved one.
        LifetimeValidator = (notBefore, expires, _, p) =>
            (notBefore is null || notBefore <= clock.Now.UtcDateTime + p.ClockSkew) && expires is { } e && clock.Now.UtcDateTime - p.ClockSkew < e,
    };

    private static string Token(Clock clock, string name, string role, int minutes = 60) =>
        new TokenIssuer(Key, new AuthOptions { TokenLifetimeMinutes = minutes }, clock)
            .Issue([new Claim(AsnClaims.Subject, Guid.NewGuid().ToString()), new Claim(AsnClaims.Name, name), new Claim(AsnClaims.Role, role)]).Token;

    [Fact]
    public async Task A_cached_token_is_refused_once_it_has_expired()
    {
        var clock = new Clock();
        var cache = new ValidatedTokenCache(clock, external: false);
        var token = Token(clock, "andi", "TenantAdmin");
        Assert.True((await cache.ValidateTokenAsync(token, Parameters(clock, Key))).IsValid);

        clock.Now += TimeSpan.FromMinutes(59);
        Assert.True((await cache.ValidateTokenAsync(token, Parameters(clock, Key))).IsValid);

        clock.Now += TimeSpan.FromMinutes(2); // past the expiry and the 30 s of clock skew
        var late = await cache.ValidateTokenAsync(token, Parameters(clock, Key));
        Assert.False(late.IsValid);
    }

    [Fact]
    public async Task A_token_altered_after_a_valid_copy_was_cached_is_validated_in_full_and_refused()
    {
        var clock = new Clock();
        var cache = new ValidatedTokenCache(clock, external: false);
        var token = Token(clock, "andi", "TenantAdmin");
        Assert.True((await cache.ValidateTokenAsync(token, Parameters(clock, Key))).IsValid);

        var forged = token[..^2] + (token[^2] == 'A' ? "BB" : "AA");
        Assert.False((await cache.ValidateTokenAsync(forged, Parameters(clock, Key))).IsValid);
        // A different payload with the cached token's signature: another key in the cache, and a bad signature.
        var parts = token.Split('.');
        var other = Token(clock, "siti", "TenantAdmin").Split('.');
        Assert.False((await cache.ValidateTokenAsync($"{parts[0]}.{other[1]}.{parts[2]}", Parameters(clock, Key))).IsValid);
    }

    [Fact]
    public async Task Each_request_gets_its_own_identity_with_its_own_tokens_claims()
    {
        var clock = new Clock();
        var cache = new ValidatedTokenCache(clock, external: false);
        var admin = Token(clock, "andi", "TenantAdmin");
        var viewer = Token(clock, "siti", "Viewer");

        var first = (await cache.ValidateTokenAsync(admin, Parameters(clock, Key))).ClaimsIdentity;
        first.AddClaim(new Claim(AsnClaims.Role, "NationalViewer")); // what one request does to its principal
        var again = (await cache.ValidateTokenAsync(admin, Parameters(clock, Key))).ClaimsIdentity;
        var other = (await cache.ValidateTokenAsync(viewer, Parameters(clock, Key))).ClaimsIdentity;

        Assert.NotSame(first, again);
        Assert.Equal(["TenantAdmin"], again.FindAll(AsnClaims.Role).Select(c => c.Value));
        Assert.Equal("andi", again.Name);
        Assert.True(new ClaimsPrincipal(again).IsInRole("TenantAdmin"));
        Assert.Equal("siti", other.Name);
        Assert.Equal(["Viewer"], other.FindAll(AsnClaims.Role).Select(c => c.Value));
    }

    [Fact]
    public async Task An_external_issuers_token_is_validated_again_after_five_minutes_so_a_withdrawn_key_stops_working()
    {
        var clock = new Clock();
        var cache = new ValidatedTokenCache(clock, external: true);
        var token = Token(clock, "andi", "TenantAdmin");
        var rotated = Parameters(clock, new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32))); // the issuer no longer publishes Key
        Assert.True((await cache.ValidateTokenAsync(token, Parameters(clock, Key))).IsValid);

        clock.Now += TimeSpan.FromMinutes(4);
        Assert.True((await cache.ValidateTokenAsync(token, rotated)).IsValid); // within the documented lifetime: the earlier outcome

        clock.Now += TimeSpan.FromMinutes(2);
        Assert.False((await cache.ValidateTokenAsync(token, rotated)).IsValid);
    }
}
