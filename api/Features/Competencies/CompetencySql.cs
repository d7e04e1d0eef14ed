using AsnApi.Infrastructure.Database;

namespace AsnApi.Features.Competencies;

/// <summary>What the competency use cases (and the demo seed and the national dictionary) share.</summary>
internal static class CompetencySql
{
    public const string Columns = """
        c.Id, c.Code, c.Name, c.Kind, c.FieldGroup, c.Description,
        CASE WHEN c.TenantId IS NULL THEN 1 ELSE 0 END AS IsNational, c.IsActive, c.Version
        """;

    /// <summary>National competencies (no tenant) are visible to every tenant.</summary>
    public const string Visible = "(c.TenantId = @TenantId OR c.TenantId IS NULL)";

    /// <summary>A technical competency of a tenant.</summary>
    [Sql] internal const string InsertTechnical = """
        INSERT INTO Competencies (Id, TenantId, Code, Name, Kind, FieldGroup, Description, IsActive, Version, CreatedAt, UpdatedAt)
        VALUES (@Id, @TenantId, @Code, @Name, 'Teknis', @FieldGroup, @Description, 1, 1, @Now, @Now)
        """;

    [Sql] internal const string InsertLevel = "INSERT INTO CompetencyLevels (CompetencyId, Level, Description) VALUES (@CompetencyId, @Level, @Description)";
}
