using AsnApi.Contracts;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;

namespace AsnApi.Features.Partners;

/// <summary>What the partner use cases (and the demo seed) share: columns, the insert, the current row, the name check.</summary>
internal static class PartnerSql
{
    public const string Columns = "pa.Id, pa.Name, pa.Kind, pa.ContactName, pa.ContactEmail, pa.ContactPhone, pa.IsActive, pa.Version";

    [Sql] internal const string Current = "SELECT Version, IsActive FROM Partners WHERE Id = @Id AND TenantId = @TenantId";

    [Sql] internal const string Insert = """
        INSERT INTO Partners (Id, TenantId, Name, Kind, ContactName, ContactEmail, ContactPhone, IsActive, Version, CreatedAt, UpdatedAt)
        VALUES (@Id, @TenantId, @Name, @Kind, @ContactName, @ContactEmail, @ContactPhone, 1, 1, @Now, @Now)
        """;

    /// <summary>Case-insensitive on both engines (the unique index is not on SQLite), so "LAN" and "lan" are one partner.</summary>
    [Sql] internal const string NameTaken = "SELECT COUNT(*) FROM Partners WHERE TenantId = @TenantId AND LOWER(Name) = LOWER(@Name) AND Id <> @Id";

    public static async Task EnsureNameFree(Db db, Guid tenantId, Guid id, string name, CancellationToken ct)
    {
        if (await db.Scalar<int>(NameTaken, new { TenantId = tenantId, Name = name, Id = id }, ct) > 0)
            throw new ConflictException($"Mitra bernama {name} sudah ada.", "name");
    }

    /// <summary>The row's values as stored: trimmed, and empty optional text as none.</summary>
    public static object Values(Guid id, Guid tenantId, PartnerRequest b, DateTimeOffset now, int version = 0) => new
    {
        Id = id, Version = version, TenantId = tenantId, Name = b.Name!.Trim(), Kind = b.Kind!.Value.ToString(),
        ContactName = Optional(b.ContactName), ContactEmail = Optional(b.ContactEmail), ContactPhone = Optional(b.ContactPhone), Now = now,
    };

    public static string? Optional(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
