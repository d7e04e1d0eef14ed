using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;

namespace AsnApi.Features.Employees;

/// <summary>What create and update both need from the database: the position, the unit, and the NIP's uniqueness.</summary>
internal static class EmployeeRules
{
    [Sql] internal const string PositionUnit = "SELECT UnitId FROM Positions WHERE Id = @Id AND TenantId = @TenantId AND IsActive = 1";
    [Sql] internal const string NipTaken = "SELECT COUNT(*) FROM Employees WHERE TenantId = @TenantId AND Nip = @Nip AND Id <> @Id";

    internal sealed record Resolved(string Nip, Sex Sex, DateOnly BirthDate, Guid UnitId, string? Rank);

    public static async Task<Resolved> Resolve(Db db, Guid tenantId, Guid employeeId, EmployeeRequest b, CancellationToken ct)
    {
        var nip = Nip.Parse(b.Nip, b.EmploymentType!.Value).Nip!; // the validator has already accepted it
        Guid? unitId = b.UnitId;
        if (b.PositionId is { } positionId)
        {
            var positionUnit = await db.Single<Guid?>(PositionUnit, new { Id = positionId, TenantId = tenantId }, ct)
                ?? throw Invalid.Field("positionId", "Jabatan tidak ditemukan atau tidak aktif.");
            unitId ??= positionUnit;
        }
        await UnitTree.EnsureActiveUnit(db, tenantId, unitId, ct);
        if (await db.Scalar<int>(NipTaken, new { TenantId = tenantId, Nip = nip.Value, Id = employeeId }, ct) > 0)
            throw new ConflictException($"NIP {nip.Value} sudah terdaftar.", "nip");
        return new Resolved(nip.Value, b.Sex ?? nip.Sex!.Value, nip.BirthDate, unitId!.Value, string.IsNullOrWhiteSpace(b.Rank) ? null : b.Rank.Trim());
    }
}
