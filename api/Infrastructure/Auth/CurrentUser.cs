using System.Security.Claims;
using AsnApi.Contracts;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;

namespace AsnApi.Infrastructure.Auth;

/// <summary>
/// Who is calling, resolved once per request from the token or API key. The tenant always
/// comes from here, never from a request body. A unit head's sub-tree is their unit's path.
/// </summary>
public sealed class CurrentUser(IHttpContextAccessor accessor, Db db)
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
            _tenantId = await db.Single<Guid?>(TenantByCode, new { Code = code }, ct);

        if (Role == Contracts.Role.UnitHead && _tenantId is { } tenant)
        {
            // A unit head without a (valid) unit sees nothing rather than everything.
            _unitPath = UnitId is { } unit ? await db.Single<string>(UnitPath, new { Id = unit, TenantId = tenant }, ct) : null;
            _unitPath ??= "/no-unit/";
        }
    }
}
