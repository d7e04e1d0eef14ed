using AsnApi.Contracts;
using AsnApi.Features.Assessments;
using AsnApi.Features.Employees;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Database;

namespace AsnApi.Features.Imports;

/// <summary>
/// One competency result per row; the rows sharing NIP + date + method are one assessment (its natural key).
/// Assessments are history and never change: a key already recorded with the same results is unchanged, with other
/// results it is refused (record a new assessment instead). A rejected row rejects its whole assessment.
/// </summary>
public sealed class AssessmentsImport : ImportKind
{
    public override string Name => "assessments";
    public override string AuditEntity => "Assessment";

    public override IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("nip", "NIP", true, "19860926 201505 1 001"),
        new("assessedOn", "Tanggal Penilaian", true, "15/03/2025", "tanggal", "tglpenilaian"),
        new("method", "Metode", true, "AssessmentCenter", "metodepenilaian"),
        new("competencyCode", "Kode Kompetensi", true, "M.1", "kompetensi"),
        new("level", "Level", true, "3", "nilai", "levelkompetensi"),
        new("assessor", "Penilai", false, "", "asesor"),
        new("note", "Catatan", false, "", "keterangan"),
    ];

    private static readonly Dictionary<string, AssessmentMethod> MethodWords = new()
    {
        ["ac"] = AssessmentMethod.AssessmentCenter, ["ukom"] = AssessmentMethod.UjiKompetensi, ["360"] = AssessmentMethod.Feedback360,
        ["portofolio"] = AssessmentMethod.Portfolio, ["penilaiandiri"] = AssessmentMethod.SelfAssessment,
    };

    [Sql] internal const string Recorded = """
        SELECT a.EmployeeId, a.AssessedOn, a.Method, a.Id AS AssessmentId, r.CompetencyId, r.Level
        FROM Assessments a JOIN AssessmentResults r ON r.AssessmentId = a.Id
        WHERE a.TenantId = @TenantId
        """;

    internal sealed class RecordedRow
    {
        public Guid EmployeeId { get; init; }
        public DateOnly AssessedOn { get; init; }
        public string Method { get; init; } = "";
        public Guid AssessmentId { get; init; }
        public Guid CompetencyId { get; init; }
        public int Level { get; init; }
    }

    private sealed record Result(ImportRowReader Row, Guid CompetencyId, int Level, string? Note);

    public override async Task<IReadOnlyList<ImportPlan>> Plan(ImportContext ctx, IReadOnlyList<ImportRowReader> rows, CancellationToken ct)
    {
        var t = ctx.Text;
        var args = new { ctx.TenantId };
        var employees = (await ctx.Db.Query<ImportEmployees.NipRow>(ImportEmployees.ExistingNips, args, ct)).ToDictionary(e => e.Nip, e => e.Id);
        var competencies = (await ctx.Db.Query<PositionStandardsImport.CompetencyRow>(PositionStandardsImport.Competencies, args, ct)).OrderBy(c => c.TenantId is null ? 1 : 0)
            .GroupBy(c => c.Code, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var recorded = (await ctx.Db.Query<RecordedRow>(Recorded, args, ct)).GroupBy(r => (r.EmployeeId, r.AssessedOn, r.Method))
            .ToDictionary(g => g.Key, g => g.GroupBy(r => r.AssessmentId).Select(a => a.ToDictionary(r => r.CompetencyId, r => r.Level)).ToList());
        var latest = DateOnly.FromDateTime(ctx.Now.UtcDateTime.AddDays(1));

        var groups = new Dictionary<(Guid, DateOnly, string), (List<Result> Results, string? Assessor)>();
        var order = new List<(ImportRowReader Row, (Guid, DateOnly, string)? Key)>();
        foreach (var row in rows)
        {
            var nipText = row.Nip("nip");
            var on = row.Date("assessedOn");
            var method = row.Enum("method", MethodWords);
            var code = row.Text("competencyCode", 50);
            var level = row.Decimal("level");
            var assessor = row.Text("assessor");
            var note = row.Text("note", 2000);
            Guid employeeId = default;
            if (nipText is not null && !employees.TryGetValue(Domain.Nip.Normalize(nipText), out employeeId))
                row.Error("nip", t.T($"Pegawai dengan NIP {nipText} tidak ditemukan.", $"No employee with NIP {nipText}."));
            PositionStandardsImport.CompetencyRow? competency = null;
            if (code is not null && (!competencies.TryGetValue(code, out competency) || !competency.IsActive))
                row.Error("competencyCode", t.T($"Kode kompetensi {code} tidak ditemukan atau sudah tidak aktif.", $"Competency code {code} not found or no longer active."));
            if (on is { } d && (d > latest || d.Year < 1990))
                row.Error("assessedOn", t.T("Tanggal penilaian tidak boleh di masa depan atau sebelum 1990.", "The assessment date cannot be in the future or before 1990."));
            if (level is { } l && (l != decimal.Truncate(l) || l is < 1 or > 5)) row.Error("level", t.T("Level 1 sampai 5.", "Level 1 to 5."));
            foreach (var (column, missing) in new[] { ("nip", nipText is null), ("assessedOn", on is null), ("method", method is null), ("competencyCode", code is null), ("level", level is null) })
                if (missing && !row.Failed(column)) row.Error(column, t.T("Wajib diisi.", "Required."));
            // A row whose key is readable belongs to its assessment even when another cell is wrong, so that it can reject its siblings.
            if (row.Failed("nip") || row.Failed("assessedOn") || row.Failed("method")) { order.Add((row, null)); continue; }
            var key = (employeeId, on!.Value, method!.Value.ToString());
            if (!groups.TryGetValue(key, out var group)) groups[key] = group = ([], assessor);
            order.Add((row, key));
            if (row.HasErrors) continue;
            if (group.Results.FirstOrDefault(r => r.CompetencyId == competency!.Id) is { } twice)
                row.Error("competencyCode", t.T($"Kompetensi {code} sudah ada di baris {twice.Row.Number} untuk penilaian yang sama.", $"Competency {code} already appears in row {twice.Row.Number} for the same assessment."));
            else group.Results.Add(new(row, competency!.Id, (int)level!.Value, note));
        }

        // An assessment is all its rows or none: one bad row rejects its siblings, each told why.
        var outcomes = new Dictionary<(Guid, DateOnly, string), ImportOutcome>();
        foreach (var (key, group) in groups)
        {
            var rowsOfKey = order.Where(o => o.Key == key).Select(o => o.Row).ToList();
            var bad = rowsOfKey.FirstOrDefault(r => r.HasErrors);
            if (bad is not null)
            {
                foreach (var r in rowsOfKey.Where(r => !r.HasErrors))
                    r.Error("nip", t.T($"Penilaian yang sama (NIP, tanggal, metode) ditolak karena baris {bad.Number}.", $"The same assessment (NIP, date, method) is rejected because of row {bad.Number}."));
                outcomes[key] = ImportOutcome.Rejected;
                continue;
            }
            var results = group.Results.ToDictionary(r => r.CompetencyId, r => r.Level);
            if (recorded.TryGetValue(key, out var earlier))
            {
                if (earlier.Any(e => e.Count == results.Count && results.All(r => e.TryGetValue(r.Key, out var lv) && lv == r.Value))) outcomes[key] = ImportOutcome.Unchanged;
                else
                {
                    foreach (var r in rowsOfKey)
                        r.Error("level", t.T("Penilaian dengan NIP, tanggal dan metode ini sudah tercatat dengan hasil lain; penilaian adalah riwayat dan tidak diubah lewat impor.",
                            "An assessment with this NIP, date and method is already recorded with other results; assessments are history and an import does not change them."));
                    outcomes[key] = ImportOutcome.Rejected;
                }
                continue;
            }
            outcomes[key] = ImportOutcome.Inserted;
        }

        var written = new HashSet<(Guid, DateOnly, string)>();
        var plans = new List<ImportPlan>();
        foreach (var (row, key) in order)
        {
            if (key is not { } k || row.HasErrors) { plans.Add(new(row.Number, ImportOutcome.Rejected)); continue; }
            var outcome = outcomes[k];
            // The group's first row carries the write of the whole assessment.
            plans.Add(outcome == ImportOutcome.Inserted && written.Add(k)
                ? new(row.Number, outcome, c => Write(ctx, k, groups[k], c))
                : new(row.Number, outcome));
        }
        return plans;
    }

    private static async Task Write(ImportContext ctx, (Guid EmployeeId, DateOnly On, string Method) key, (List<Result> Results, string? Assessor) group, CancellationToken ct)
    {
        var id = Guid.NewGuid();
        await ctx.Db.Execute(AssessmentSql.Insert, new
        {
            Id = id, ctx.TenantId, key.EmployeeId, AssessedOn = key.On, key.Method, group.Assessor, Notes = (string?)null, CreatedAt = ctx.Now, CreatedBy = ctx.Actor,
        }, ct);
        var rows = group.Results.Select(r => new { AssessmentId = id, r.CompetencyId, ctx.TenantId, key.EmployeeId, r.Level, r.Note, AssessedOn = key.On }).ToList();
        await ctx.Db.Execute(AssessmentSql.InsertResult, rows, ct);
        await ctx.Db.Execute(CreateAssessment.UpsertCurrent(ctx.Db.Dialect), rows, ct);
        ctx.Touched.Add(key.EmployeeId);
    }

    /// <summary>The assessed employees' facts, set-based, and the rollups of their units (an assessment moves nobody).</summary>
    public override Task AfterWrite(ImportContext ctx, CancellationToken ct) => CompetencyFacts.RefreshEmployees(ctx.Db, ctx.TenantId, ctx.Touched, [], ct);
}
