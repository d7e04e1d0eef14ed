using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;

namespace AsnApi.Features.ImprovementPlan;

/// <summary>
/// The tenant's unsur/category → competency mapping as the use cases of this area read it. Without a row of the tenant,
/// or after a reset, it is the default of domain.md (<see cref="ImprovementPlanRules.Defaults"/>), computed here, so a
/// reset copies nothing and a corrected default reaches every tenant that kept it.
/// </summary>
internal static class MappingSql
{
    public const string UnsurKind = "Unsur";
    public const string CategoryKind = "ComplaintCategory";

    [Sql] internal const string Header = "SELECT IsDefault, Version FROM ImprovementMappings WHERE TenantId = @TenantId";
    [Sql] internal const string Sources = "SELECT SourceKind, SourceKey, UnitTechnical FROM ImprovementMappingSources WHERE TenantId = @TenantId ORDER BY SourceKind, Position";
    [Sql] internal const string Competencies = """
        SELECT m.SourceKind, m.SourceKey, c.Id, c.Code, c.Name, c.Kind
        FROM ImprovementMappingCompetencies m JOIN Competencies c ON c.Id = m.CompetencyId
        WHERE m.TenantId = @TenantId
        ORDER BY m.SourceKind, m.SourceKey, m.Position
        """;
    [Sql] internal const string National = "SELECT Id, Code, Name, Kind FROM Competencies WHERE TenantId IS NULL";

    /// <summary>The header is created on the first change (version 0 → 1); after that only overwritten at the version If-Match named.</summary>
    [Sql] internal static string UpsertHeader(ISqlDialect d) => d.Upsert("ImprovementMappings", ["TenantId"], ["IsDefault", "Version", "UpdatedAt"], t => $"{t}.Version = @Expected");
    [Sql] internal const string ClearSources = "DELETE FROM ImprovementMappingSources WHERE TenantId = @TenantId";
    [Sql] internal const string ClearCompetencies = "DELETE FROM ImprovementMappingCompetencies WHERE TenantId = @TenantId";
    [Sql] internal const string InsertSource = """
        INSERT INTO ImprovementMappingSources (TenantId, SourceKind, SourceKey, UnitTechnical, Position)
        VALUES (@TenantId, @SourceKind, @SourceKey, @UnitTechnical, @Position)
        """;
    [Sql] internal const string InsertCompetency = """
        INSERT INTO ImprovementMappingCompetencies (TenantId, SourceKind, SourceKey, CompetencyId, Position)
        VALUES (@TenantId, @SourceKind, @SourceKey, @CompetencyId, @Position)
        """;

    /// <summary>Writes the header at version + 1 (412 when someone else wrote first) and clears the entries.</summary>
    public static async Task<int> Replace(Db db, Guid tenantId, int ifMatch, bool isDefault, DateTimeOffset now, CancellationToken ct)
    {
        var version = await Version(db, tenantId, ct);
        Versioning.Expect(ifMatch, version);
        await db.Guarded(UpsertHeader(db.Dialect), new { TenantId = tenantId, IsDefault = isDefault, Version = version + 1, UpdatedAt = now, Expected = version },
            Header, new { TenantId = tenantId }, "Pemetaan kompetensi", ct);
        await db.Execute(ClearCompetencies, new { TenantId = tenantId }, ct);
        await db.Execute(ClearSources, new { TenantId = tenantId }, ct);
        return version + 1;
    }

    internal sealed class HeaderRow
    {
        public bool IsDefault { get; init; }
        public int Version { get; init; }
    }

    internal sealed class SourceRow
    {
        public string SourceKind { get; init; } = "";
        public string SourceKey { get; init; } = "";
        public bool UnitTechnical { get; init; }
    }

    internal sealed class CompetencyRow
    {
        public string SourceKind { get; init; } = "";
        public string SourceKey { get; init; } = "";
        public Guid Id { get; init; }
        public string Code { get; init; } = "";
        public string Name { get; init; } = "";
        public CompetencyKind Kind { get; init; }

        public MappedCompetency ToMapped() => new() { Id = Id, Code = Code, Name = Name, Kind = Kind };
    }

    public static async Task<int> Version(Db db, Guid tenantId, CancellationToken ct) =>
        (await db.Single<HeaderRow>(Header, new { TenantId = tenantId }, ct))?.Version ?? 0;

    public static async Task<CompetencyMappingResponse> Load(Db db, Guid tenantId, CancellationToken ct)
    {
        var header = await db.Single<HeaderRow>(Header, new { TenantId = tenantId }, ct);
        if (header is null || header.IsDefault) return await Default(db, header?.Version ?? 0, ct);

        var sources = await db.Query<SourceRow>(Sources, new { TenantId = tenantId }, ct);
        var competencies = (await db.Query<CompetencyRow>(Competencies, new { TenantId = tenantId }, ct))
            .ToLookup(c => (c.SourceKind, c.SourceKey));
        var unsur = sources.Where(s => s.SourceKind == UnsurKind).ToDictionary(s => s.SourceKey);
        return new CompetencyMappingResponse
        {
            Version = header.Version,
            IsDefault = false,
            Unsur = Enumerable.Range(0, Domain.Unsur.Count).Select(i =>
            {
                var code = Domain.Unsur.Code(i);
                return new UnsurMapping
                {
                    Code = code, Name = Domain.Unsur.Names[i], UnitTechnical = unsur.TryGetValue(code, out var s) && s.UnitTechnical,
                    Competencies = competencies[(UnsurKind, code)].Select(c => c.ToMapped()).ToList(),
                };
            }).ToList(),
            Categories = sources.Where(s => s.SourceKind == CategoryKind).Select(s => new CategoryMapping
            {
                Category = s.SourceKey, Competencies = competencies[(CategoryKind, s.SourceKey)].Select(c => c.ToMapped()).ToList(),
            }).ToList(),
        };
    }

    private static async Task<CompetencyMappingResponse> Default(Db db, int version, CancellationToken ct)
    {
        var national = (await db.Query<CompetencyRow>(National, null, ct)).ToDictionary(c => c.Id);
        var defaults = ImprovementPlanRules.Defaults.ToDictionary(d => d.Code);
        return new CompetencyMappingResponse
        {
            Version = version,
            IsDefault = true,
            Unsur = Enumerable.Range(0, Domain.Unsur.Count).Select(i =>
            {
                var code = Domain.Unsur.Code(i);
                var d = defaults.GetValueOrDefault(code);
                return new UnsurMapping
                {
                    Code = code, Name = Domain.Unsur.Names[i], UnitTechnical = d?.UnitTechnical ?? false,
                    Competencies = d is null ? [] : ImprovementPlanRules.DefaultCompetencyIds(d).Select(id => national[id].ToMapped()).ToList(),
                };
            }).ToList(),
            Categories = [],
        };
    }
}
