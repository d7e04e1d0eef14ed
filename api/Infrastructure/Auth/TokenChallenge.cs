using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace AsnApi.Infrastructure.Auth;

/// <summary>
/// Why a bearer token was refused, for the client: WWW-Authenticate: Bearer error="invalid_token",
/// error_description="…" (RFC 6750) and the problem's detail. Our own words, never the library's
/// message, which can name keys, issuers and internal types. No token at all gets a bare challenge.
/// </summary>
public static class TokenChallenge
{
    public static Task Explain(JwtBearerChallengeContext context)
    {
        if (context.AuthenticateFailure is not { } failure) return Task.CompletedTask;
        var description = failure switch
        {
            SecurityTokenExpiredException => "Token sudah kedaluwarsa; masuk lagi untuk mendapatkan token baru.",
            SecurityTokenNotYetValidException => "Token belum berlaku.",
            SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => "Tanda tangan token tidak valid.",
            SecurityTokenInvalidIssuerException or SecurityTokenInvalidAudienceException => "Token ini tidak diterbitkan untuk API ini.",
            _ => "Token tidak valid.",
        };
        context.Error = "invalid_token";
        context.ErrorDescription = description;
        context.HttpContext.Items[Http.ProblemMapping.AuthFailureKey] = description;
        return Task.CompletedTask;
    }
}
