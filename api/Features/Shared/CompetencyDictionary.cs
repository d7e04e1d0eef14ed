using AsnApi.Infrastructure.Database;

namespace AsnApi.Features.Shared;

/// <summary>The competencies a tenant may use (its own and the national dictionary), as assessments and plans check them.</summary>
public static class CompetencyDictionary
{
    [Sql] internal static string ActiveAmong(ISqlDialect d) => $"""
        SELECT c.Id FROM Competencies c
        WHERE (c.TenantId = @TenantId OR c.TenantId IS NULL) AND c.IsActive = 1 AND c.Id IN ({d.IdsIn("@Ids")})
        """;

    /// <summary>Which of these ids are active competencies the tenant may use: one query, however many ids.</summary>
    public static async Task<HashSet<Guid>> Active(Db db, Guid tenantId, IEnumerable<Guid> ids, CancellationToken ct) =>
        (await db.Query<Guid>(ActiveAmong(db.Dialect), new { TenantId = tenantId, Ids = SqlIds.Json(ids.Distinct()) }, ct)).ToHashSet();
}
