using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using Microsoft.IdentityModel.Tokens;

namespace AsnApi.Infrastructure.Auth;

public sealed class AuthOptions
{
    public const string LocalIssuer = "asnapi";
    public int TokenLifetimeMinutes { get; set; } = 60;
    /// <summary>When set, tokens from this OpenID Connect issuer (Keycloak and the like) are trusted instead of local sign-in.</summary>
    public string? Authority { get; set; }
    public string? Audience { get; set; }
    public bool RequireHttpsMetadata { get; set; } = true;
    public int MaxFailedLogins { get; set; } = 5;
    public int LockoutMinutes { get; set; } = 15;
    /// <summary>Failures from one client address, whatever the usernames, before that address waits too.</summary>
    public int MaxFailedLoginsPerAddress { get; set; } = 50;
    /// <summary>Each lockout of the same username and address doubles the previous one, up to this.</summary>
    public int MaxLockoutMinutes { get; set; } = 24 * 60;
}

public sealed class TokenIssuer(SymmetricSecurityKey key, AuthOptions options, TimeProvider clock)
{
    public (string Token, int ExpiresIn) Issue(IEnumerable<Claim> claims)
    {
        var now = clock.GetUtcNow();
        var expiresIn = options.TokenLifetimeMinutes * 60;
        var token = new JwtSecurityToken(
            issuer: AuthOptions.LocalIssuer,
            audience: AuthOptions.LocalIssuer,
            claims: claims,
            notBefore: now.UtcDateTime,
            expires: now.AddSeconds(expiresIn).UtcDateTime,
            signingCredentials: new SigningCredentials(key, SecurityAlgorithms.HmacSha256));
        return (new JwtSecurityTokenHandler().WriteToken(token), expiresIn);
    }
}
