using AsnApi.Contracts;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using FluentValidation.Results;

namespace AsnApi.Features.ServiceUnits;

/// <summary>What create and update both check and write: the unit, the slug, the staff.</summary>
internal static class ServiceUnitWrites
{
    public static async Task<(List<string> Types, List<Guid> Staff)> Check(Db db, Guid tenantId, Guid id, ServiceUnitRequest b, CancellationToken ct)
    {
        await UnitTree.EnsureActiveUnit(db, tenantId, b.UnitId, ct);
        var staff = (b.StaffIds ?? []).Distinct().ToList();
        if (staff.Count > 0)
        {
            var found = (await db.Query<Guid>(ServiceUnitSql.ActiveEmployees(db.Dialect), new { TenantId = tenantId, Ids = SqlIds.Json(staff) }, ct)).ToHashSet();
            var missing = b.StaffIds!.Select((e, i) => (e, i)).Where(x => !found.Contains(x.e))
                .Select(x => new ValidationFailure($"staffIds[{x.i}]", "Pegawai tidak ditemukan atau tidak aktif.")).ToList();
            if (missing.Count > 0) throw new FluentValidation.ValidationException(missing);
        }
        if (await db.Scalar<int>(ServiceUnitSql.SlugTaken, new { TenantId = tenantId, b.Slug, Id = id }, ct) > 0)
            throw new ConflictException($"Slug '{b.Slug}' sudah dipakai unit layanan lain.", "slug");
        return (ListText.Cleaned(b.ServiceTypes!), staff);
    }

    public static async Task ReplaceStaff(Db db, Guid tenantId, Guid id, List<Guid> staff, CancellationToken ct)
    {
        await db.Execute(ServiceUnitSql.ClearStaff, new { Id = id, TenantId = tenantId }, ct);
        if (staff.Count > 0) await db.Execute(ServiceUnitSql.InsertStaff(db.Dialect), new { Id = id, TenantId = tenantId, Ids = SqlIds.Json(staff) }, ct);
    }
}
