using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Features.Positions;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Database;

namespace AsnApi.Features.Imports;

/// <summary>Positions by code, their units by code, checked by the validator the single create and update share.</summary>
public sealed class PositionsImport : ImportKind
{
    public override string Name => "positions";
    public override string AuditEntity => "Position";

    public override IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("code", "Kode Jabatan", true, "PLK-DUKCAPIL-ARSIP", "positioncode", "kode"),
        new("name", "Nama Jabatan", true, "Pengelola Arsip", "positionname", "nama"),
        new("type", "Jenis Jabatan", true, "Pelaksana", "positiontype", "jenis"),
        new("managerialLevel", "Level Manajerial", false, "", "level"),
        new("unitCode", "Kode Unit", true, "DUKCAPIL", "unit"),
    ];

    [Sql] internal const string Existing = "SELECT Id, Code, Name, Type, ManagerialLevel, UnitId, IsActive FROM Positions WHERE TenantId = @TenantId";
    [Sql] internal const string Overwrite = """
        UPDATE Positions SET Name = @Name, Type = @Type, ManagerialLevel = @Level, UnitId = @UnitId, Version = Version + 1, UpdatedAt = @Now
        WHERE Id = @Id AND TenantId = @TenantId
        """;

    internal sealed class Stored
    {
        public Guid Id { get; init; }
        public string Code { get; init; } = "";
        public string Name { get; init; } = "";
        public string Type { get; init; } = "";
        public int ManagerialLevel { get; init; }
        public Guid UnitId { get; init; }
        public bool IsActive { get; init; }
    }

    private static readonly PositionRequestValidator Validator = new();

    public override async Task<IReadOnlyList<ImportPlan>> Plan(ImportContext ctx, IReadOnlyList<ImportRowReader> rows, CancellationToken ct)
    {
        var t = ctx.Text;
        var args = new { ctx.TenantId };
        var units = (await ctx.Db.Query<Features.Employees.ImportEmployees.CodeRow>(Features.Employees.ImportEmployees.Units, args, ct)).ToDictionary(u => u.Code, StringComparer.OrdinalIgnoreCase);
        var positions = (await ctx.Db.Query<Stored>(Existing, args, ct)).ToDictionary(p => p.Code, StringComparer.OrdinalIgnoreCase);
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var plans = new List<ImportPlan>();
        foreach (var row in rows)
        {
            var code = row.Text("code", 50);
            var name = row.Text("name");
            var type = row.Enum<PositionType>("type");
            var level = row.Decimal("managerialLevel");
            var unitCode = row.Text("unitCode", 50);
            Guid? unitId = null;
            if (unitCode is not null)
            {
                if (units.TryGetValue(unitCode, out var u)) unitId = u.Id;
                else row.Error("unitCode", t.T($"Kode unit {unitCode} tidak ditemukan (atau tidak aktif).", $"Unit code {unitCode} not found (or inactive)."));
            }
            if (level is { } l && l != decimal.Truncate(l)) row.Error("managerialLevel", t.T("Level manajerial harus bilangan bulat 1 sampai 5.", "The managerial level must be a whole number from 1 to 5."));
            var request = new PositionRequest { Code = code, Name = name, Type = type, ManagerialLevel = level is { } v && v == decimal.Truncate(v) && v is >= 0 and <= 100 ? (int)v : null, UnitId = unitId };
            row.Errors(Validator.Validate(request).Errors, p => p == nameof(PositionRequest.UnitId) ? "unitCode" : char.ToLowerInvariant(p[0]) + p[1..]);
            if (code is not null)
            {
                if (seen.TryGetValue(code, out var first)) row.Error("code", t.T($"Kode jabatan {code} sudah ada di baris {first}.", $"Position code {code} already appears in row {first}."));
                else seen[code] = row.Number;
            }
            positions.TryGetValue(code ?? "", out var stored);
            if (stored is { IsActive: false } && !row.HasErrors)
                row.Error("code", t.T($"Jabatan {code} tidak aktif; impor tidak mengaktifkannya kembali.", $"Position {code} is inactive; an import does not reactivate it."));
            if (row.HasErrors) { plans.Add(new(row.Number, ImportOutcome.Rejected)); continue; }

            var values = new { Id = stored?.Id ?? Guid.NewGuid(), ctx.TenantId, UnitId = unitId!.Value, Code = code!, Name = name!, Type = type!.Value.ToString(), Level = PositionRules.Level(request), ctx.Now };
            if (stored is null) plans.Add(new(row.Number, ImportOutcome.Inserted, c => ctx.Db.Execute(PositionSql.Insert, values, c)));
            else if (stored.Name == values.Name && stored.Type == values.Type && stored.ManagerialLevel == values.Level && stored.UnitId == values.UnitId)
                plans.Add(new(row.Number, ImportOutcome.Unchanged));
            else plans.Add(new(row.Number, ImportOutcome.Updated, c => ctx.Db.Execute(Overwrite, values, c)));
        }
        return plans;
    }

    /// <summary>A position's type and level weigh its required levels and its unit places its holders: the facts follow, as after a position update.</summary>
    public override Task AfterWrite(ImportContext ctx, CancellationToken ct) => CompetencyFacts.RefreshTenant(ctx.Db, ctx.TenantId, ct);
}
