using AsnApi.Contracts;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Database;

namespace AsnApi.Features.ServiceUnits;

/// <summary>What the service-unit use cases (and the demo seed) share: the row read, its staff, the inserts.</summary>
internal static class ServiceUnitSql
{
    public const string Columns = "su.Id, su.Name, su.Slug, su.UnitId, u.Name AS UnitName, su.ServiceTypes, su.PopulationPerYear, su.SurveyOpen, t.Code AS TenantCode, su.Version, su.CreatedAt, su.UpdatedAt";
    public const string From = "ServiceUnits su JOIN Units u ON u.Id = su.UnitId JOIN Tenants t ON t.Id = su.TenantId";

    [Sql] internal const string Current = "SELECT Version FROM ServiceUnits WHERE Id = @Id AND TenantId = @TenantId";

    [Sql] internal const string Insert = """
        INSERT INTO ServiceUnits (Id, TenantId, UnitId, Name, Slug, ServiceTypes, PopulationPerYear, SurveyOpen, Version, CreatedAt, UpdatedAt)
        VALUES (@Id, @TenantId, @UnitId, @Name, @Slug, @ServiceTypes, @PopulationPerYear, @SurveyOpen, 1, @Now, @Now)
        """;

    [Sql] internal const string SlugTaken = "SELECT COUNT(*) FROM ServiceUnits WHERE TenantId = @TenantId AND Slug = @Slug AND Id <> @Id";

    [Sql] internal const string ClearStaff = "DELETE FROM ServiceUnitStaff WHERE ServiceUnitId = @Id AND TenantId = @TenantId";
    [Sql] internal static string InsertStaff(ISqlDialect d) => $"""
        INSERT INTO ServiceUnitStaff (ServiceUnitId, TenantId, EmployeeId)
        SELECT @Id, @TenantId, e.Id FROM Employees e WHERE e.TenantId = @TenantId AND e.Id IN ({d.IdsIn("@Ids")})
        """;
    [Sql] internal static string ActiveEmployees(ISqlDialect d) => $"SELECT Id FROM Employees WHERE TenantId = @TenantId AND IsActive = 1 AND Id IN ({d.IdsIn("@Ids")})";

    [Sql] internal static string StaffOf(ISqlDialect d) => $"SELECT ServiceUnitId, EmployeeId FROM ServiceUnitStaff WHERE TenantId = @TenantId AND ServiceUnitId IN ({d.IdsIn("@Ids")}) ORDER BY ServiceUnitId, EmployeeId";

    public static string ServiceTypesJson(IEnumerable<string> types) => ServiceTypeList.ToJson(types);

    public static string PublicPath(string tenantCode, string slug) => $"/api/v1/public/{tenantCode}/service-units/{slug}";

    /// <summary>The row as selected; the service types are a JSON array and the staff come from their own table.</summary>
    internal sealed class Row
    {
        public Guid Id { get; init; }
        public string Name { get; init; } = "";
        public string Slug { get; init; } = "";
        public Guid UnitId { get; init; }
        public string UnitName { get; init; } = "";
        public string ServiceTypes { get; init; } = "[]";
        public int PopulationPerYear { get; init; }
        public bool SurveyOpen { get; init; }
        public string TenantCode { get; init; } = "";
        public int Version { get; init; }
        public DateTimeOffset CreatedAt { get; init; }
        public DateTimeOffset UpdatedAt { get; init; }

        public ServiceUnitResponse ToResponse(IReadOnlyList<Guid> staff) => new()
        {
            Id = Id, Name = Name, Slug = Slug, UnitId = UnitId, UnitName = UnitName, ServiceTypes = ServiceTypeList.Parse(ServiceTypes),
            PopulationPerYear = PopulationPerYear, StaffIds = staff, SurveyOpen = SurveyOpen, PublicPath = PublicPath(TenantCode, Slug),
            Version = Version, CreatedAt = CreatedAt, UpdatedAt = UpdatedAt,
        };
    }

    internal sealed record StaffRow(Guid ServiceUnitId, Guid EmployeeId);

    public static async Task<IReadOnlyList<ServiceUnitResponse>> WithStaff(Db db, Guid tenantId, IReadOnlyList<Row> rows, CancellationToken ct)
    {
        if (rows.Count == 0) return [];
        var staff = (await db.Query<StaffRow>(StaffOf(db.Dialect), new { TenantId = tenantId, Ids = SqlIds.Json(rows.Select(r => r.Id)) }, ct))
            .ToLookup(s => s.ServiceUnitId, s => s.EmployeeId);
        return rows.Select(r => r.ToResponse(staff[r.Id].ToList())).ToList();
    }
}
