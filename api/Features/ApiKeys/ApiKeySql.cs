namespace AsnApi.Features.ApiKeys;

/// <summary>The columns of an ApiKeyResponse (never the hash), shared by the list and the revoke answer.</summary>
internal static class ApiKeySql
{
    internal const string Columns = "Id, Name, Prefix, Scopes, CreatedAt, ExpiresAt, RevokedAt, CreatedBy";
}
