using AsnApi.Contracts;
using AsnApi.Features.Employees;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Database;

namespace AsnApi.Features.Imports;

/// <summary>
/// Employees by NIP, with positions and units by code, checked by the validator of the single create.
/// A row equal to what is stored (and the employee active) is unchanged and not written, which makes re-runs idempotent.
/// </summary>
public sealed class EmployeesImport : ImportKind
{
    public override string Name => "employees";
    public override string AuditEntity => "Employee";

    public override IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("nip", "NIP", true, "19860926 201505 1 001"),
        new("name", "Nama", true, "Siti Rahayu", "namalengkap", "namapegawai"),
        new("employmentType", "Jenis Kepegawaian", true, "Pns", "jenispegawai", "statuskepegawaian"),
        new("sex", "Jenis Kelamin", false, "", "jk", "gender"),
        new("birthDate", "Tanggal Lahir", false, "", "tgllahir"),
        new("rank", "Golongan", false, "III/a", "gol", "pangkatgolongan"),
        new("positionCode", "Kode Jabatan", false, "PLK-DUKCAPIL-DAFDUK"),
        new("unitCode", "Kode Unit", false, "", "kodeunitkerja"),
    ];

    private static readonly Dictionary<string, Sex> SexWords = new()
    {
        ["l"] = Sex.Male, ["lakilaki"] = Sex.Male, ["pria"] = Sex.Male, ["p"] = Sex.Female, ["perempuan"] = Sex.Female, ["wanita"] = Sex.Female,
    };

    [Sql] internal const string Existing = """
        SELECT Id, Nip, Name, EmploymentType, Sex, BirthDate, Rank, PositionId, UnitId, IsActive FROM Employees WHERE TenantId = @TenantId
        """;

    internal sealed class Stored
    {
        public Guid Id { get; init; }
        public string Nip { get; init; } = "";
        public string Name { get; init; } = "";
        public string EmploymentType { get; init; } = "";
        public string Sex { get; init; } = "";
        public DateOnly BirthDate { get; init; }
        public string? Rank { get; init; }
        public Guid? PositionId { get; init; }
        public Guid UnitId { get; init; }
        public bool IsActive { get; init; }
    }

    private static readonly EmployeeRequestValidator Validator = new();

    public override async Task<IReadOnlyList<ImportPlan>> Plan(ImportContext ctx, IReadOnlyList<ImportRowReader> rows, CancellationToken ct)
    {
        var t = ctx.Text;
        var args = new { ctx.TenantId };
        var positions = (await ctx.Db.Query<ImportEmployees.CodeRow>(ImportEmployees.Positions, args, ct)).ToDictionary(p => p.Code, StringComparer.OrdinalIgnoreCase);
        var units = (await ctx.Db.Query<ImportEmployees.CodeRow>(ImportEmployees.Units, args, ct)).ToDictionary(u => u.Code, StringComparer.OrdinalIgnoreCase);
        var existing = (await ctx.Db.Query<Stored>(Existing, args, ct)).ToDictionary(e => e.Nip);
        var seen = new Dictionary<string, int>();
        var plans = new List<ImportPlan>();
        var bulk = EmployeesBulk.Applies(ctx.Db, rows.Count) ? new EmployeesBulk(ctx.Db) : null;
        var sqlite = EmployeesSqliteWriter.Applies(ctx.Db) ? new EmployeesSqliteWriter(ctx.Db) : null;
        if (sqlite is not null) ctx.Owned.Add(sqlite);

        foreach (var row in rows)
        {
            var nipText = row.Nip("nip");
            var name = row.Text("name");
            var type = row.Enum<EmploymentType>("employmentType");
            var sex = row.Enum("sex", SexWords);
            var birth = row.Date("birthDate");
            var rank = row.Text("rank", 10);
            var positionCode = row.Text("positionCode", 50);
            var unitCode = row.Text("unitCode", 50);

            Guid? positionId = null, unitId = null;
            if (positionCode is not null)
            {
                if (positions.TryGetValue(positionCode, out var p)) (positionId, unitId) = (p.Id, p.UnitId);
                else row.Error("positionCode", t.T($"Kode jabatan {positionCode} tidak ditemukan (atau tidak aktif).", $"Position code {positionCode} not found (or inactive)."));
            }
            if (unitCode is not null)
            {
                if (units.TryGetValue(unitCode, out var u)) unitId = u.Id;
                else row.Error("unitCode", t.T($"Kode unit {unitCode} tidak ditemukan (atau tidak aktif).", $"Unit code {unitCode} not found (or inactive)."));
            }
            var request = new EmployeeRequest { Nip = nipText, Name = name, EmploymentType = type, Sex = sex, BirthDate = birth, Rank = rank, PositionId = positionId, UnitId = unitId };
            row.Errors(Validator.Validate(request).Errors, ColumnOf);

            var nip = Domain.Nip.Normalize(nipText);
            if (nip.Length > 0)
            {
                if (seen.TryGetValue(nip, out var first)) row.Error("nip", t.T($"NIP {nip} sudah ada di baris {first}.", $"NIP {nip} already appears in row {first}."));
                else seen[nip] = row.Number;
            }
            if (row.HasErrors) { plans.Add(new(row.Number, ImportOutcome.Rejected)); continue; }

            var parsed = Domain.Nip.Parse(nip, type!.Value).Nip!;
            var values = new EmployeeImportValues(existing.TryGetValue(nip, out var stored) ? stored.Id : Guid.NewGuid(), ctx.TenantId, parsed.Value, name!,
                type.Value.ToString(), (sex ?? parsed.Sex!.Value).ToString(), parsed.BirthDate, rank, positionId, unitId, ctx.Now);
            if (stored is null)
            {
                plans.Add(new(row.Number, ImportOutcome.Inserted, bulk is not null ? c => bulk.Add(values, c) : sqlite is not null ? c => sqlite.Insert(values, c) : c => ctx.Db.Execute(EmployeeSql.Insert, values, c)));
                // Written only when the plan allows (the engine stops before AfterWrite otherwise), so planned is written.
                ctx.Created.Add(values.Id);
                if (values.UnitId is { } unit) ctx.Units.Add(unit);
            }
            else if (stored.IsActive && stored.Name == values.Name && stored.EmploymentType == values.EmploymentType && stored.Sex == values.Sex
                     && stored.BirthDate == values.BirthDate && stored.Rank == values.Rank && stored.PositionId == values.PositionId && stored.UnitId == values.UnitId)
                plans.Add(new(row.Number, ImportOutcome.Unchanged));
            else
            {
                plans.Add(new(row.Number, ImportOutcome.Updated, bulk is not null ? c => bulk.Add(values, c) : sqlite is not null ? c => sqlite.Overwrite(values, c) : c => ctx.Db.Execute(ImportEmployees.Overwrite, values, c)));
                ctx.Touched.Add(values.Id);
                ctx.Units.Add(stored.UnitId);
            }
        }
        bulk?.Expect(plans.Count(p => p.Outcome is ImportOutcome.Inserted or ImportOutcome.Updated));
        return plans;
    }

    private static string ColumnOf(string property) => property switch
    {
        nameof(EmployeeRequest.UnitId) => "unitCode",
        nameof(EmployeeRequest.PositionId) => "positionCode",
        _ => char.ToLowerInvariant(property[0]) + property[1..],
    };

    /// <summary>Employees' positions and units feed the read models: refreshed for the written employees only (<see cref="EmployeeImportRefresh"/>).</summary>
    public override Task AfterWrite(ImportContext ctx, CancellationToken ct) => EmployeeImportRefresh.Run(ctx, ct);
}
