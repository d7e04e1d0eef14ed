namespace AsnApi.Infrastructure.Auth;

public static class AsnClaims
{
    public const string TenantId = "tenant_id";
    /// <summary>For external OpenID Connect tokens, which name the tenant by its short code.</summary>
    public const string TenantCode = "tenant";
    public const string UnitId = "unit_id";
    public const string Role = "role";
    public const string Scope = "scope";
    public const string Name = "name";
    public const string Subject = "sub";
    public const string ApiKeyId = "api_key_id";
}

public static class Policies
{
    /// <summary>Any tenant-scoped caller that may read: users of a tenant, and keys with the read, write or import scope.</summary>
    public const string TenantRead = "tenant-read";
    /// <summary>Tenant admins, and keys with the write scope.</summary>
    public const string TenantWrite = "tenant-write";
    /// <summary>Bulk loads: tenant admins, and keys with the import scope.</summary>
    public const string Import = "tenant-import";
    /// <summary>Signed-in tenant admins only (API keys, audit).</summary>
    public const string TenantAdmin = "tenant-admin";
    /// <summary>Tenant admins and unit heads (the latter within their sub-tree, checked by the handler): approvals and verification.</summary>
    public const string Approver = "approver";
    /// <summary>Who may draft development plans: tenant admins, unit heads (their sub-tree) and keys with the write scope.</summary>
    public const string PlanWrite = "plan-write";
    /// <summary>Aggregates across tenants: the national viewer.</summary>
    public const string National = "national";
}
