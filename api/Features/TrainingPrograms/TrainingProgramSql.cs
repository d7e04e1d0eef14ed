using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Infrastructure.Database;

namespace AsnApi.Features.TrainingPrograms;

/// <summary>What the program use cases (and the demo seed) share: columns, inserts, the current row, and the competencies of a page of programs.</summary>
internal static class TrainingProgramSql
{
    public const string Columns = """
        p.Id, p.Code, p.Title, p.Description, p.Form, p.Delivery, p.Jp, p.PartnerId, pa.Name AS PartnerName, p.CostPerParticipant,
        p.GrantsCertificate, p.IsActive, p.Version
        """;
    public const string From = "TrainingPrograms p LEFT JOIN Partners pa ON pa.Id = p.PartnerId";

    /// <summary>A change reads the partner too: an update may keep a partner that has been deactivated since.</summary>
    internal sealed class Row
    {
        public int Version { get; init; }
        public bool IsActive { get; init; }
        public Guid? PartnerId { get; init; }
    }

    [Sql] internal const string Current = "SELECT Version, IsActive, PartnerId FROM TrainingPrograms WHERE Id = @Id AND TenantId = @TenantId";

    [Sql] internal const string Insert = """
        INSERT INTO TrainingPrograms (Id, TenantId, Code, Title, Description, Form, Delivery, Jp, PartnerId, CostPerParticipant, GrantsCertificate, IsActive, Version, CreatedAt, UpdatedAt)
        VALUES (@Id, @TenantId, @Code, @Title, @Description, @Form, @Delivery, @Jp, @PartnerId, @CostPerParticipant, @GrantsCertificate, 1, 1, @Now, @Now)
        """;

    [Sql] internal const string InsertCompetency = """
        INSERT INTO TrainingProgramCompetencies (ProgramId, TenantId, CompetencyId, ExpectedGain) VALUES (@ProgramId, @TenantId, @CompetencyId, @ExpectedGain)
        """;

    [Sql] internal const string ClearCompetencies = "DELETE FROM TrainingProgramCompetencies WHERE ProgramId = @ProgramId AND TenantId = @TenantId";

    internal sealed class CompetencyRow
    {
        public Guid ProgramId { get; init; }
        public Guid CompetencyId { get; init; }
        public string CompetencyCode { get; init; } = "";
        public string CompetencyName { get; init; } = "";
        public int ExpectedGain { get; init; }
    }

    [Sql]
    internal static string CompetenciesOf(ISqlDialect d) => $"""
        SELECT pc.ProgramId, pc.CompetencyId, c.Code AS CompetencyCode, c.Name AS CompetencyName, pc.ExpectedGain
        FROM TrainingProgramCompetencies pc JOIN Competencies c ON c.Id = pc.CompetencyId
        WHERE pc.TenantId = @TenantId AND pc.ProgramId IN ({d.IdsIn("@Ids")})
        ORDER BY c.Code, pc.CompetencyId
        """;

    /// <summary>Fills the computed fields and the competencies of these programs, with one query however many there are.</summary>
    public static async Task<IReadOnlyList<TrainingProgramResponse>> Complete(Db db, Guid tenantId, IReadOnlyList<TrainingProgramResponse> programs, CancellationToken ct)
    {
        if (programs.Count == 0) return programs;
        var rows = await db.Query<CompetencyRow>(CompetenciesOf(db.Dialect), new { TenantId = tenantId, Ids = SqlIds.Json(programs.Select(p => p.Id)) }, ct);
        var byProgram = rows.ToLookup(r => r.ProgramId);
        foreach (var p in programs)
        {
            p.FormLabel = ActivityForms.Label(p.Form);
            p.IsClassroom = DevelopmentRules.IsClassroom(p.Form);
            p.Competencies = byProgram[p.Id].Select(r => new ProgramCompetencyResponse
            {
                CompetencyId = r.CompetencyId, CompetencyCode = r.CompetencyCode, CompetencyName = r.CompetencyName, ExpectedGain = r.ExpectedGain,
            }).ToList();
        }
        return programs;
    }

    /// <summary>The row's values as stored: the code upper-cased (certificate numbers carry it), text trimmed, empty text as none.</summary>
    public static object Values(Guid id, Guid tenantId, TrainingProgramRequest b, DateTimeOffset now, int version = 0) => new
    {
        Id = id, TenantId = tenantId, Version = version, Code = NormalCode(b.Code!), Title = b.Title!.Trim(),
        Description = string.IsNullOrWhiteSpace(b.Description) ? null : b.Description.Trim(), Form = b.Form!.Value.ToString(),
        Delivery = b.Delivery!.Value.ToString(), Jp = b.Jp!.Value, b.PartnerId, b.CostPerParticipant, GrantsCertificate = b.GrantsCertificate ?? false, Now = now,
    };

    public static string NormalCode(string code) => code.Trim().ToUpperInvariant();
}
