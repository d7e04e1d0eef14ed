using System.Security.Claims;
using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using FluentValidation;
using Mediator;

namespace AsnApi.Features.Auth;

/// <summary>Username + password → a short-lived JWT. A query: it writes nothing (and must never audit a password).</summary>
public static class IssueToken
{
    public sealed record Query(TokenRequest Body, string? Address) : IQuery<TokenResponse>;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Body.Username).NotEmpty().WithMessage("Nama pengguna wajib diisi.").MaximumLength(100);
            RuleFor(q => q.Body.Password).NotEmpty().WithMessage("Kata sandi wajib diisi.").MaximumLength(200);
        }
    }

    internal sealed class UserRow
    {
        public Guid Id { get; init; }
        public Guid? TenantId { get; init; }
        public string Username { get; init; } = "";
        public string? DisplayName { get; init; }
        public string PasswordHash { get; init; } = "";
        public string Role { get; init; } = "";
        public Guid? UnitId { get; init; }
    }

    [Sql] internal const string ByUsername = "SELECT Id, TenantId, Username, DisplayName, PasswordHash, Role, UnitId FROM Users WHERE Username = @Username AND IsActive = 1";

    internal sealed class Handler(Db db, LoginThrottle throttle, TokenIssuer issuer, PasswordCheck passwords) : IQueryHandler<Query, TokenResponse>
    {
        public async ValueTask<TokenResponse> Handle(Query query, CancellationToken ct)
        {
            var username = query.Body.Username!.Trim().ToLowerInvariant();
            using var attempt = throttle.Begin(username, query.Address);

            var user = await db.Single<UserRow>(ByUsername, new { Username = username }, ct);
            if (!passwords.Verify(username, user?.PasswordHash, query.Body.Password!))
            {
                attempt.Failed();
                throw new SignInFailedException();
            }
            attempt.Succeeded();

            var claims = new List<Claim>
            {
                new(AsnClaims.Subject, user!.Id.ToString()),
                new(AsnClaims.Name, user.Username),
                new(AsnClaims.Role, user.Role),
            };
            if (user.TenantId is { } tenant) claims.Add(new(AsnClaims.TenantId, tenant.ToString()));
            if (user.UnitId is { } unit) claims.Add(new(AsnClaims.UnitId, unit.ToString()));
            var (token, expiresIn) = issuer.Issue(claims);
            return new TokenResponse { AccessToken = token, ExpiresIn = expiresIn };
        }
    }
}
