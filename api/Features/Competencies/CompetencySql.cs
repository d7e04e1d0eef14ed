namespace AsnApi.Features.Competencies;

internal static class CompetencySql
{
    public const string Columns = """
        c.Id, c.Code, c.Name, c.Kind, c.FieldGroup, c.Description,
        CASE WHEN c.TenantId IS NULL THEN 1 ELSE 0 END AS IsNational, c.IsActive, c.Version
        """;

    /// <summary>National competencies (no tenant) are visible to every tenant.</summary>
    public const string Visible = "(c.TenantId = @TenantId OR c.TenantId IS NULL)";
}
