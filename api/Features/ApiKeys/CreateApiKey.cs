using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Pipeline;
using AsnApi.Infrastructure.Http;
using FluentValidation;
using Mediator;

namespace AsnApi.Features.ApiKeys;

/// <summary>A tenant admin creates a scoped key for a script or integration. The secret is returned once and only its hash is stored.</summary>
public static class CreateApiKey
{
    public sealed record Command(CreateApiKeyRequest Body) : ICommand<CreatedApiKeyResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            // 90, not the column's 100: the key acts as "apikey:" + its name, and AuditLog.Actor holds 100 characters.
            RuleFor(c => c.Body.Name).NotEmpty().WithMessage("Nama kunci wajib diisi.").MaximumLength(90);
            RuleFor(c => c.Body.Scopes).NotEmpty().WithMessage("Pilih minimal satu cakupan: read, write, import.")
                .Must(s => s!.Any(x => x != ApiKeyScope.PersonalData)).When(c => c.Body.Scopes is { Count: > 0 }, ApplyConditionTo.CurrentValidator)
                .WithMessage("PersonalData hanya menambah data pribadi pada cakupan read, write atau import; pilih juga salah satunya.");
            RuleFor(c => c.Body.Scopes).MaxItems(Enum.GetValues<ApiKeyScope>().Length);
            RuleForEach(c => c.Body.Scopes).IsInEnum();
            RuleFor(c => c.Body.ExpiresAt).Must(e => e is null || e > clock.GetUtcNow()).WithMessage("Tanggal kedaluwarsa harus di masa depan.");
        }
    }

    [Sql] internal const string Insert = """
        INSERT INTO ApiKeys (Id, TenantId, Name, Prefix, KeyHash, Scopes, CreatedBy, CreatedAt, ExpiresAt, RevokedAt)
        VALUES (@Id, @TenantId, @Name, @Prefix, @KeyHash, @Scopes, @CreatedBy, @CreatedAt, @ExpiresAt, NULL)
        """;

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock) : ICommandHandler<Command, CreatedApiKeyResponse>
    {
        public async ValueTask<CreatedApiKeyResponse> Handle(Command cmd, CancellationToken ct)
        {
            var secret = Infrastructure.Auth.ApiKeys.New();
            var key = new ApiKeyResponse
            {
                Id = Guid.NewGuid(),
                Name = cmd.Body.Name!.Trim(),
                Prefix = Infrastructure.Auth.ApiKeys.PrefixOf(secret)!,
                Scopes = string.Join(',', cmd.Body.Scopes!.Distinct().Order().Select(s => s.ToString().ToLowerInvariant())),
                CreatedAt = clock.GetUtcNow(),
                ExpiresAt = cmd.Body.ExpiresAt,
                CreatedBy = user.Name,
            };
            await db.Execute(Insert, new { key.Id, TenantId = await user.TenantId(ct), key.Name, key.Prefix, KeyHash = Infrastructure.Auth.ApiKeys.Hash(secret), key.Scopes, key.CreatedBy, key.CreatedAt, key.ExpiresAt }, ct);
            audit.Touch("ApiKey", key.Id);
            return new CreatedApiKeyResponse { Key = key, Secret = secret };
        }
    }
}
