namespace AsnApi.Contracts;

public enum Role { NationalViewer, TenantAdmin, UnitHead, Viewer }

public sealed class TokenRequest
{
    public string? Username { get; init; }
    public string? Password { get; init; }
}

public sealed class TokenResponse
{
    public required string AccessToken { get; init; }
    public string TokenType { get; init; } = "Bearer";
    /// <summary>Lifetime of the token in seconds.</summary>
    public required int ExpiresIn { get; init; }
}

/// <summary>What the sign-in page may say before anyone signs in.</summary>
public sealed class SignInOptionsResponse
{
    /// <summary>True while the demo accounts exist (demo seeding on, not Production): the page may show their password.</summary>
    public required bool Demo { get; init; }
}

public sealed class MeResponse
{
    public required string Username { get; init; }
    public string? DisplayName { get; init; }
    public required Role Role { get; init; }
    public Guid? TenantId { get; init; }
    public string? TenantCode { get; init; }
    public string? TenantName { get; init; }
    public Guid? UnitId { get; init; }
    /// <summary>Set for API keys: read, write, import.</summary>
    public IReadOnlyList<string> Scopes { get; init; } = [];
}

/// <summary>PersonalData adds full NIPs and birth dates to what the other scopes may read.</summary>
public enum ApiKeyScope { Read, Write, Import, PersonalData }

public sealed class CreateApiKeyRequest
{
    public string? Name { get; init; }
    public IReadOnlyList<ApiKeyScope>? Scopes { get; init; }
    /// <summary>Optional expiry; no expiry when omitted.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }
}

public sealed class ApiKeyResponse
{
    public Guid Id { get; init; }
    public string Name { get; init; } = "";
    /// <summary>The first characters of the key, to recognise it. The key itself is never stored.</summary>
    public string Prefix { get; init; } = "";
    public string Scopes { get; init; } = "";
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? ExpiresAt { get; init; }
    public DateTimeOffset? RevokedAt { get; init; }
    public string CreatedBy { get; init; } = "";
}

public sealed class CreatedApiKeyResponse
{
    public required ApiKeyResponse Key { get; init; }
    /// <summary>The secret, shown only in this response. Send it as `Authorization: ApiKey &lt;secret&gt;`.</summary>
    public required string Secret { get; init; }
}

public sealed class TenantResponse
{
    public Guid Id { get; init; }
    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
    /// <summary>Kemendagri region code, e.g. 21.72.</summary>
    public string RegionCode { get; init; } = "";
    public Guid? ParentTenantId { get; init; }
}

public sealed class AuditEntryResponse
{
    public long Id { get; init; }
    public DateTimeOffset At { get; init; }
    public string Actor { get; init; } = "";
    public string Action { get; init; } = "";
    public string EntityType { get; init; } = "";
    public string? EntityId { get; init; }
    public string? Data { get; init; }
}

public sealed class TenantSummaryResponse
{
    public Guid TenantId { get; init; }
    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
    public string RegionCode { get; init; } = "";
    public int Units { get; init; }
    public int Positions { get; init; }
    public int ActiveEmployees { get; init; }
    public int Pns { get; init; }
    public int Pppk { get; init; }
}
