using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Features.Shared;
using AsnApi.Features.Standards;
using AsnApi.Infrastructure.Database;

namespace AsnApi.Features.Imports;

/// <summary>
/// One required level per row, keyed by position code + competency code: a new pair is added, a known one takes the
/// row's level. Unlike PUT /positions/{id}/standard a file does not replace the whole set (it may list one position in
/// several files); a position that had no standard gets the national defaults the PUT would add, so none is missing.
/// </summary>
public sealed class PositionStandardsImport : ImportKind
{
    public override string Name => "position-standards";
    public override string AuditEntity => "PositionStandard";

    public override IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("positionCode", "Kode Jabatan", true, "PLK-DUKCAPIL-DAFDUK", "jabatan"),
        new("competencyCode", "Kode Kompetensi", true, "M.1", "kompetensi"),
        new("requiredLevel", "Level", true, "3", "levelstandar", "levelyangdipersyaratkan", "level dipersyaratkan"),
    ];

    [Sql] internal const string Positions = "SELECT Id, Code, ManagerialLevel FROM Positions WHERE TenantId = @TenantId AND IsActive = 1";
    [Sql] internal const string Competencies = "SELECT Id, Code, TenantId, IsActive FROM Competencies WHERE TenantId = @TenantId OR TenantId IS NULL";
    [Sql] internal const string Existing = "SELECT PositionId, CompetencyId, RequiredLevel FROM PositionStandards WHERE TenantId = @TenantId";
    [Sql] internal const string SetLevel = """
        UPDATE PositionStandards SET RequiredLevel = @RequiredLevel WHERE PositionId = @PositionId AND CompetencyId = @CompetencyId AND TenantId = @TenantId
        """;

    internal sealed class PositionRow { public Guid Id { get; init; } public string Code { get; init; } = ""; public int ManagerialLevel { get; init; } }
    internal sealed class CompetencyRow { public Guid Id { get; init; } public string Code { get; init; } = ""; public Guid? TenantId { get; init; } public bool IsActive { get; init; } }
    internal sealed class StandardRow { public Guid PositionId { get; init; } public Guid CompetencyId { get; init; } public int RequiredLevel { get; init; } }

    public override async Task<IReadOnlyList<ImportPlan>> Plan(ImportContext ctx, IReadOnlyList<ImportRowReader> rows, CancellationToken ct)
    {
        var t = ctx.Text;
        var args = new { ctx.TenantId };
        var positions = (await ctx.Db.Query<PositionRow>(Positions, args, ct)).ToDictionary(p => p.Code, StringComparer.OrdinalIgnoreCase);
        // The tenant's own code wins over a national one of the same code.
        var competencies = (await ctx.Db.Query<CompetencyRow>(Competencies, args, ct)).OrderBy(c => c.TenantId is null ? 1 : 0)
            .GroupBy(c => c.Code, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var existing = (await ctx.Db.Query<StandardRow>(Existing, args, ct)).ToDictionary(s => (s.PositionId, s.CompetencyId), s => s.RequiredLevel);
        var seen = new Dictionary<(Guid, Guid), int>();
        var plans = new List<ImportPlan>();
        foreach (var row in rows)
        {
            var positionCode = row.Text("positionCode", 50);
            var competencyCode = row.Text("competencyCode", 50);
            var level = row.Decimal("requiredLevel");
            PositionRow? position = null;
            CompetencyRow? competency = null;
            if (positionCode is not null && !positions.TryGetValue(positionCode, out position))
                row.Error("positionCode", t.T($"Kode jabatan {positionCode} tidak ditemukan (atau tidak aktif).", $"Position code {positionCode} not found (or inactive)."));
            if (competencyCode is not null && (!competencies.TryGetValue(competencyCode, out competency) || !competency.IsActive))
                row.Error("competencyCode", t.T($"Kode kompetensi {competencyCode} tidak ditemukan atau sudah tidak aktif.", $"Competency code {competencyCode} not found or no longer active."));
            if (level is { } l && (l != decimal.Truncate(l) || l is < 1 or > 5)) row.Error("requiredLevel", t.T("Level yang dipersyaratkan 1 sampai 5.", "The required level is 1 to 5."));
            foreach (var (column, value, id) in new[] { ("positionCode", positionCode, "Kode jabatan"), ("competencyCode", competencyCode, "Kode kompetensi"), ("requiredLevel", level?.ToString(), "Level") })
                if (value is null && !row.Failed(column)) row.Error(column, t.T($"{id} wajib diisi.", $"{column} is required."));
            if (position is not null && competency is not null)
            {
                if (seen.TryGetValue((position.Id, competency.Id), out var first))
                    row.Error("competencyCode", t.T($"Pasangan jabatan dan kompetensi ini sudah ada di baris {first}.", $"This position and competency pair already appears in row {first}."));
                else seen[(position.Id, competency.Id)] = row.Number;
            }
            if (row.HasErrors) { plans.Add(new(row.Number, ImportOutcome.Rejected)); continue; }

            var values = new { PositionId = position!.Id, CompetencyId = competency!.Id, ctx.TenantId, RequiredLevel = (int)level!.Value };
            if (!existing.TryGetValue((values.PositionId, values.CompetencyId), out var stored))
                plans.Add(new(row.Number, ImportOutcome.Inserted, async c => { await ctx.Db.Execute(StandardSql.Insert, values, c); ctx.Touched.Add(values.PositionId); }));
            else if (stored == values.RequiredLevel) plans.Add(new(row.Number, ImportOutcome.Unchanged));
            else plans.Add(new(row.Number, ImportOutcome.Updated, async c => { await ctx.Db.Execute(SetLevel, values, c); ctx.Touched.Add(values.PositionId); }));
        }
        return plans;
    }

    [Sql] internal const string Present = "SELECT CompetencyId FROM PositionStandards WHERE PositionId = @PositionId AND TenantId = @TenantId";
    [Sql] internal const string ManagerialLevel = "SELECT ManagerialLevel FROM Positions WHERE Id = @Id AND TenantId = @TenantId";

    /// <summary>
    /// A position whose standard the file started gets the national defaults it left out (one with a standard has them all,
    /// since PUT adds them); then the holders' facts and rollups follow.
    /// </summary>
    public override async Task AfterWrite(ImportContext ctx, CancellationToken ct)
    {
        var positions = ctx.Touched.ToList();
        foreach (var positionId in positions)
        {
            var present = (await ctx.Db.Query<Guid>(Present, new { PositionId = positionId, ctx.TenantId }, ct)).ToHashSet();
            if (NationalCompetencies.All.All(n => present.Contains(n.Id))) continue;
            var level = await ctx.Db.Scalar<int>(ManagerialLevel, new { Id = positionId, ctx.TenantId }, ct);
            await ctx.Db.Execute(StandardSql.Insert, NationalCompetencies.All.Where(n => !present.Contains(n.Id))
                .Select(n => new { PositionId = positionId, CompetencyId = n.Id, ctx.TenantId, RequiredLevel = level }), ct);
        }
        await CompetencyFacts.RefreshPositions(ctx.Db, ctx.TenantId, positions, ct);
    }
}
