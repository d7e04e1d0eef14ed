using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using FluentValidation;

namespace AsnApi.Features.Competencies;

/// <summary>What create and update share: the national dictionary is read-only, and levels are replaced as a set.</summary>
internal static class CompetencyWrites
{
    [Sql] internal const string Owner = "SELECT TenantId, Version, IsActive FROM Competencies WHERE Id = @Id AND (TenantId = @TenantId OR TenantId IS NULL)";
    [Sql] internal const string NationalCode = "SELECT COUNT(*) FROM Competencies WHERE TenantId IS NULL AND Code = @Code";
    [Sql] internal const string TenantCode = "SELECT COUNT(*) FROM Competencies WHERE TenantId = @TenantId AND Code = @Code AND Id <> @Id";
    [Sql] internal const string DeleteLevels = "DELETE FROM CompetencyLevels WHERE CompetencyId = @Id";

    internal sealed class OwnerRow { public Guid? TenantId { get; init; } public int Version { get; init; } public bool IsActive { get; init; } }

    /// <summary>The row, after checking it exists for this tenant (404) and is the tenant's own (403).</summary>
    public static async Task<OwnerRow> Own(Db db, Guid tenantId, Guid id, CancellationToken ct)
    {
        var row = await db.Single<OwnerRow>(Owner, new { Id = id, TenantId = tenantId }, ct) ?? throw new NotFoundException("Kompetensi", id);
        if (row.TenantId is null) throw new ForbiddenException("Kompetensi nasional (PermenPAN-RB 38/2017) hanya dapat dibaca.");
        return row;
    }

    /// <summary>
    /// A code is the tenant's key for a competency: checked here so the 409 names the field and says which code; the
    /// unique index still decides between two concurrent creates (a 409 without the field).
    /// </summary>
    public static async Task EnsureCodeFree(Db db, Guid tenantId, string code, Guid exceptId, CancellationToken ct)
    {
        if (await db.Scalar<int>(NationalCode, new { Code = code }, ct) > 0)
            throw new ConflictException($"Kode {code} dipakai kamus kompetensi nasional.", "code");
        if (await db.Scalar<int>(TenantCode, new { TenantId = tenantId, Code = code, Id = exceptId }, ct) > 0)
            throw new ConflictException($"Kode {code} sudah dipakai kompetensi lain di instansi ini.", "code");
    }

    public static async Task ReplaceLevels(Db db, Guid id, IReadOnlyList<CompetencyLevelDto>? levels, CancellationToken ct)
    {
        await db.Execute(DeleteLevels, new { Id = id }, ct);
        if (levels is { Count: > 0 })
            await db.Execute(CompetencySql.InsertLevel, levels.Select(l => new { CompetencyId = id, l.Level, Description = l.Description!.Trim() }), ct);
    }
}
