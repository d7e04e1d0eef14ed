using System.Security.Claims;
using Microsoft.Extensions.Caching.Memory;
using AsnApi.Contracts;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;

namespace AsnApi.Infrastructure.Auth;

/// <summary>
/// Who is calling, resolved once per request from the token or API key. The tenant always
/// comes from here, never from a request body. A unit head's sub-tree is their unit's path.
/// </summary>
public sealed class CurrentUser(IHttpContextAccessor accessor, Db db, IdentityCache cache)
{

    private bool _resolved;
    private Guid? _tenantId;
    private string? _unitPath;

    private ClaimsPrincipal Principal => accessor.HttpContext?.User ?? new ClaimsPrincipal();

    public bool IsAuthenticated => Principal.Identity?.IsAuthenticated == true;
    public string Name => Principal.FindFirstValue(AsnClaims.Name) ?? Principal.Identity?.Name ?? "system";
    public bool IsApiKey => Principal.HasClaim(c => c.Type == AsnClaims.ApiKeyId);

    public Role? Role => Enum.TryParse<Role>(Principal.FindFirstValue(AsnClaims.Role), out var r) ? r : null;

    public IReadOnlyList<string> Scopes => Principal.FindAll(AsnClaims.Scope).Select(c => c.Value).ToList();

    public bool HasScope(ApiKeyScope scope) => Scopes.Contains(scope.ToString().ToLowerInvariant());

    public Guid? UnitId => Guid.TryParse(Principal.FindFirstValue(AsnClaims.UnitId), out var u) ? u : null;

    /// <summary>Birth dates, full NIPs and reporter contacts: see <see cref="PersonalData"/>.</summary>
    public bool CanSeePersonalData => PersonalData.Allowed(Principal);

    [Sql] internal const string TenantByCode = "SELECT Id FROM Tenants WHERE Code = @Code";
    [Sql] internal const string UnitPath = "SELECT Path FROM Units WHERE Id = @Id AND TenantId = @TenantId";

    public async ValueTask<Guid> TenantId(CancellationToken ct)
    {
        await Resolve(ct);
        return _tenantId ?? throw new ForbiddenException("Akun ini tidak terikat ke instansi (tenant).");
    }

    /// <summary>A LIKE pattern every unit-owned row's unit path must match: '%' for all but unit heads.</summary>
    public async ValueTask<string> UnitScope(CancellationToken ct)
    {
        await Resolve(ct);
        return _unitPath is null ? "%" : _unitPath + "%";
    }

    private async ValueTask Resolve(CancellationToken ct)
    {
        if (_resolved) return;
        _resolved = true;
        if (Guid.TryParse(Principal.FindFirstValue(AsnClaims.TenantId), out var id)) _tenantId = id;
        else if (Principal.FindFirstValue(AsnClaims.TenantCode) is { } code)
        {
            // External tokens name the tenant by code; a tenant's id never changes, so it is looked up once, not per request.
            if (!cache.Tenants.TryGetValue(code, out _tenantId))
                cache.Tenants.Set(code, _tenantId = await db.Single<Guid?>(TenantByCode, new { Code = code }, ct), IdentityCache.Entry(IdentityCache.TenantLifetime));
        }

        if (Role == Contracts.Role.UnitHead && _tenantId is { } tenant)
        {
            // A unit head without a (valid) unit sees nothing rather than everything.
            if (UnitId is { } unit && !cache.UnitPaths.TryGetValue((tenant, unit), out _unitPath))
                cache.UnitPaths.Set((tenant, unit), _unitPath = await db.Single<string>(UnitPath, new { Id = unit, TenantId = tenant }, ct), IdentityCache.Entry(IdentityCache.UnitPathLifetime));
            _unitPath ??= "/no-unit/";
        }
    }
}

/// <summary>
/// What <see cref="CurrentUser"/> would otherwise read from the database on every request although it is the
/// same for every request of a token: the tenant id of an external token's tenant code, and a unit head's
/// sub-tree path. One per process (a singleton), bounded in size.
/// </summary>
public sealed class IdentityCache
{
    public static readonly TimeSpan TenantLifetime = TimeSpan.FromMinutes(10);
    /// <summary>
    /// How long a unit head's sub-tree path is reused. A unit move forgets every path at once
    /// (<see cref="ForgetUnitPaths"/>); a path read during a move is at worst the old one, which after the move
    /// matches no unit at all (a path is made of unit ids), so staleness can hide rows for a moment, never show
    /// others. Other instances behind a load balancer notice a move within this time.
    /// </summary>
    public static readonly TimeSpan UnitPathLifetime = TimeSpan.FromSeconds(30);

    public MemoryCache Tenants { get; } = new(new MemoryCacheOptions { SizeLimit = 10_000 });
    public MemoryCache UnitPaths { get; } = new(new MemoryCacheOptions { SizeLimit = 100_000 });

    public static MemoryCacheEntryOptions Entry(TimeSpan lifetime) => new() { AbsoluteExpirationRelativeToNow = lifetime, Size = 1 };

    /// <summary>A unit moved (its path and its sub-tree's changed): every unit head reads their path again.</summary>
    public void ForgetUnitPaths() => UnitPaths.Clear(); // moves are rare (a reorganisation); tracking which paths lie below is not worth it
}
