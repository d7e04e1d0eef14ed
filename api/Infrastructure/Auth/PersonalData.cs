using System.Security.Claims;
using System.Text.Json.Serialization.Metadata;
using AsnApi.Contracts;

namespace AsnApi.Infrastructure.Auth;

/// <summary>
/// Who may see personal data (birth dates, and the birth-date digits of a NIP): tenant admins, unit
/// heads (they only ever read their own sub-tree) and API keys with the PersonalData scope. Viewers
/// and keys without that scope get NIPs masked and birth dates null.
/// </summary>
public static class PersonalData
{
    public static bool Allowed(ClaimsPrincipal user) =>
        user.IsInRole(nameof(Role.TenantAdmin)) || user.IsInRole(nameof(Role.UnitHead))
        || user.HasClaim(AsnClaims.Scope, ScopeClaim(ApiKeyScope.PersonalData));

    public static string ScopeClaim(ApiKeyScope scope) => scope.ToString().ToLowerInvariant();

    /// <summary>198609262015051001 → ********2015051001: what is left (TMT, sex, serial) is not a birth date.</summary>
    public static string MaskNip(string nip) =>
        nip.Length > MaskedNipAttribute.Mask.Length ? MaskedNipAttribute.Mask + nip[MaskedNipAttribute.Mask.Length..] : MaskedNipAttribute.Mask;

    /// <summary>
    /// The LIKE pattern a NIP search uses. Callers who see masked NIPs search only what they see
    /// (digits 9–18), or a search by birth date would reveal the masked digits one guess at a time:
    /// a query of up to ten digits (a pasted masked NIP loses its asterisks) is matched from digit 9,
    /// a longer one is read from digit 1 and its first eight digits are ignored.
    /// </summary>
    public static string? NipSearchPattern(string? query, bool allowed)
    {
        var q = Domain.Nip.Normalize(query);
        if (allowed) return Http.Listing.StartsWith(q);
        q = q.TrimStart('*');
        if (q.Length > 10) q = q[MaskedNipAttribute.Mask.Length..];
        // One '_' per hidden digit: LIKE's single-character wildcard, so the index order still holds.
        return string.IsNullOrEmpty(q) ? null : "________" + Http.Listing.StartsWith(q);
    }

    /// <summary>
    /// Masks every [MaskedNip] property while a response is written, so no query or handler can
    /// forget it: the decision is made once, here, from the caller of the current request.
    /// </summary>
    public static Action<JsonTypeInfo> JsonModifier(IHttpContextAccessor accessor) => info =>
    {
        if (info.Kind != JsonTypeInfoKind.Object) return;
        foreach (var property in info.Properties)
        {
            if (property.PropertyType != typeof(string) || property.Get is not { } get
                || property.AttributeProvider?.IsDefined(typeof(MaskedNipAttribute), inherit: false) != true) continue;
            property.Get = owner =>
            {
                var value = get(owner) as string;
                var user = accessor.HttpContext?.User;
                return value is null || (user is not null && Allowed(user)) ? value : MaskNip(value);
            };
        }
    };
}
