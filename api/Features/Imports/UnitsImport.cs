using AsnApi.Contracts;
using AsnApi.Features.Units;
using AsnApi.Infrastructure.Database;

namespace AsnApi.Features.Imports;

/// <summary>
/// Units by code, their parents by code (an existing unit, or one on an earlier row of the same file), checked by the
/// single create's validator. A known code may be renamed; moving a unit changes its sub-tree's paths and stays with
/// PUT /units/{id}, which checks the move.
/// </summary>
public sealed class UnitsImport : ImportKind
{
    public override string Name => "units";
    public override string AuditEntity => "Unit";

    public override IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("code", "Kode Unit", true, "DUKCAPIL-BID-1", "unitcode", "kode"),
        new("name", "Nama Unit", true, "Bidang Pelayanan", "unitname", "nama"),
        new("parentCode", "Kode Unit Induk", false, "DUKCAPIL", "induk", "kodeinduk", "parent"),
    ];

    [Sql] internal const string Existing = "SELECT Id, Code, Name, ParentId, Path, Depth, IsActive FROM Units WHERE TenantId = @TenantId";
    [Sql] internal const string Rename = "UPDATE Units SET Name = @Name, Version = Version + 1, UpdatedAt = @Now WHERE Id = @Id AND TenantId = @TenantId";

    internal sealed class Stored
    {
        public Guid Id { get; init; }
        public string Code { get; init; } = "";
        public string Name { get; init; } = "";
        public Guid? ParentId { get; init; }
        public string Path { get; init; } = "";
        public int Depth { get; init; }
        public bool IsActive { get; init; }
    }

    private static readonly UnitRequestValidator Validator = new();

    public override async Task<IReadOnlyList<ImportPlan>> Plan(ImportContext ctx, IReadOnlyList<ImportRowReader> rows, CancellationToken ct)
    {
        var t = ctx.Text;
        var units = (await ctx.Db.Query<Stored>(Existing, new { ctx.TenantId }, ct)).ToDictionary(u => u.Code, StringComparer.OrdinalIgnoreCase);
        var inFile = new Dictionary<string, (int Row, bool Ok)>(StringComparer.OrdinalIgnoreCase);
        var plans = new List<ImportPlan>();
        foreach (var row in rows)
        {
            var code = row.Text("code", 50);
            var name = row.Text("name");
            var parentCode = row.Text("parentCode", 50);
            row.Errors(Validator.Validate(new UnitRequest { Code = code, Name = name }).Errors, p => char.ToLowerInvariant(p[0]) + p[1..]);
            if (code is not null && inFile.TryGetValue(code, out var earlier))
                row.Error("code", t.T($"Kode unit {code} sudah ada di baris {earlier.Row}.", $"Unit code {code} already appears in row {earlier.Row}."));

            Stored? parent = null;
            if (parentCode is not null)
            {
                if (string.Equals(parentCode, code, StringComparison.OrdinalIgnoreCase))
                    row.Error("parentCode", t.T("Unit tidak dapat menjadi induk dirinya sendiri.", "A unit cannot be its own parent."));
                else if (!units.TryGetValue(parentCode, out parent) || !parent.IsActive)
                {
                    row.Error("parentCode", inFile.TryGetValue(parentCode, out var p) && !p.Ok
                        ? t.T($"Unit induk {parentCode} (baris {p.Row}) ditolak.", $"Parent unit {parentCode} (row {p.Row}) was rejected.")
                        : t.T($"Kode unit induk {parentCode} tidak ditemukan atau tidak aktif (induk baru harus di baris sebelumnya).",
                            $"Parent unit code {parentCode} not found or inactive (a new parent must be on an earlier row)."));
                    parent = null;
                }
            }
            var known = code is not null && !inFile.ContainsKey(code) && units.TryGetValue(code, out var s) ? s : null;
            if (known is not null && !row.HasErrors)
            {
                if (!known.IsActive) row.Error("code", t.T($"Unit {code} tidak aktif; aktifkan dulu sebelum mengimpornya.", $"Unit {code} is inactive; reactivate it before importing it."));
                else if (known.ParentId != parent?.Id)
                    row.Error("parentCode", t.T($"Impor tidak memindahkan unit {code} ke induk lain; gunakan PUT /api/v1/units/{{id}}.",
                        $"An import does not move unit {code} to another parent; use PUT /api/v1/units/{{id}}."));
            }
            if (code is not null) inFile.TryAdd(code, (row.Number, !row.HasErrors));
            if (row.HasErrors) { plans.Add(new(row.Number, ImportOutcome.Rejected)); continue; }

            if (known is not null)
            {
                plans.Add(known.Name == name
                    ? new(row.Number, ImportOutcome.Unchanged)
                    : new(row.Number, ImportOutcome.Updated, c => ctx.Db.Execute(Rename, new { known.Id, ctx.TenantId, Name = name, ctx.Now }, c)));
                continue;
            }
            var id = Guid.NewGuid();
            var created = new Stored
            {
                Id = id, Code = code!, Name = name!, ParentId = parent?.Id, IsActive = true,
                Path = (parent?.Path ?? "/") + id + "/", Depth = parent is null ? 0 : parent.Depth + 1,
            };
            units[code!] = created; // later rows may name it as their parent
            plans.Add(new(row.Number, ImportOutcome.Inserted, c => ctx.Db.Execute(UnitSql.Insert,
                new { created.Id, ctx.TenantId, created.ParentId, created.Code, created.Name, created.Path, created.Depth, ctx.Now }, c)));
        }
        return plans;
    }
}
