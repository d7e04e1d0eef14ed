using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Features.Shared;
using AsnApi.Features.Survey;
using AsnApi.Infrastructure.Database;

namespace AsnApi.Features.Imports;

/// <summary>
/// Survey forms collected elsewhere (paper typed into a sheet, another survey tool), one per row, keyed by the
/// form's submissionId. Each row passes the paper batch's validator and is written with the paper batch's row and
/// insert (<see cref="SurveySql"/>), and the rollup days each service unit received are rebuilt from the responses
/// afterwards, as the batch does, so the IKM report stays exact. Responses are what a citizen answered and never
/// change: a submissionId already recorded with the same answers is unchanged, with other answers it is refused.
/// </summary>
public sealed class SurveyResponsesImport : ImportKind
{
    public override string Name => "survey-responses";
    public override string AuditEntity => "ServiceUnit";

    public override IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("serviceUnit", "Unit Layanan", true, "dukcapil", "serviceUnitSlug", "slug", "kodeunitlayanan"),
        new("submissionId", "ID Pengisian", true, "3f2b8c1e-9d4a-4f6b-8e21-5a7c9d0e1f23", "idformulir", "submission"),
        new("respondedOn", "Tanggal", true, "14/03/2026", "tanggalpengisian", "date"),
        .. Enumerable.Range(1, Unsur.Count).Select(i => new ImportColumn($"u{i}", $"U{i}", true, "3", $"unsur{i}", $"s{i}")),
        new("serviceType", "Jenis Layanan", true, "KTP-el", "layanan"),
        new("sex", "Jenis Kelamin", false, "", "jk", "gender"),
        new("ageBand", "Kelompok Usia", false, "", "usia", "umur"),
        new("education", "Pendidikan", false, "", "pendidikanterakhir"),
        new("occupation", "Pekerjaan", false, ""),
        new("suggestion", "Saran", false, "", "saranmasukan", "masukan"),
    ];

    private static readonly Dictionary<string, Sex> SexWords = new()
    {
        ["l"] = Sex.Male, ["lakilaki"] = Sex.Male, ["pria"] = Sex.Male, ["p"] = Sex.Female, ["perempuan"] = Sex.Female, ["wanita"] = Sex.Female,
    };

    [Sql] internal const string Units = "SELECT Id, Slug, ServiceTypes FROM ServiceUnits WHERE TenantId = @TenantId";

    /// <summary>The file's submissions already recorded in this tenant, with what they answered.</summary>
    [Sql] internal static string Recorded(ISqlDialect d) => $"""
        SELECT SubmissionId, ServiceUnitId, RespondedOn, ServiceType, S1, S2, S3, S4, S5, S6, S7, S8, S9, Sex, AgeBand, Education, Occupation, Suggestion
        FROM SurveyResponses WHERE TenantId = @TenantId AND SubmissionId IN ({d.IdsIn("@Ids")})
        """;

    internal sealed class UnitRow { public Guid Id { get; init; } public string Slug { get; init; } = ""; public string ServiceTypes { get; init; } = "[]"; }

    internal sealed class RecordedRow
    {
        public Guid SubmissionId { get; init; }
        public Guid ServiceUnitId { get; init; }
        public DateOnly RespondedOn { get; init; }
        public string ServiceType { get; init; } = "";
        public int S1 { get; init; }
        public int S2 { get; init; }
        public int S3 { get; init; }
        public int S4 { get; init; }
        public int S5 { get; init; }
        public int S6 { get; init; }
        public int S7 { get; init; }
        public int S8 { get; init; }
        public int S9 { get; init; }
        public string? Sex { get; init; }
        public string? AgeBand { get; init; }
        public string? Education { get; init; }
        public string? Occupation { get; init; }
        public string? Suggestion { get; init; }
        public int[] Scores => [S1, S2, S3, S4, S5, S6, S7, S8, S9];
    }

    private sealed record Parsed(ImportRowReader Row, Guid? SubmissionId, UnitRow? Unit, PaperSurveyResponseRequest Request, string? ServiceType);

    public override async Task<IReadOnlyList<ImportPlan>> Plan(ImportContext ctx, IReadOnlyList<ImportRowReader> rows, CancellationToken ct)
    {
        var t = ctx.Text;
        var validator = new PaperSurveyResponseValidator(new ImportClock(ctx.Now));
        var units = (await ctx.Db.Query<UnitRow>(Units, new { ctx.TenantId }, ct)).ToDictionary(u => u.Slug, StringComparer.OrdinalIgnoreCase);
        var parsed = new List<Parsed>();
        foreach (var row in rows)
        {
            var slug = row.Text("serviceUnit", 100);
            var idText = row.Text("submissionId", 60);
            var on = row.Date("respondedOn");
            var scores = Enumerable.Range(1, Unsur.Count).Select(i => Score(row, $"u{i}", t)).ToList();
            var type = row.Text("serviceType", 100);
            var who = new RespondentProfileRequest
            {
                Sex = row.Enum("sex", SexWords), AgeBand = row.Enum<AgeBand>("ageBand"), Education = row.Enum<Education>("education"), Occupation = row.Enum<Occupation>("occupation"),
            };
            var suggestion = row.TextLines("suggestion", SurveyAnswerRules.MaxSuggestion);

            Guid? submissionId = null;
            if (idText is not null)
            {
                if (Guid.TryParse(idText, out var g) && g != Guid.Empty) submissionId = g;
                else row.Error("submissionId", t.T($"'{idText}' bukan UUID (contoh 3f2b8c1e-9d4a-4f6b-8e21-5a7c9d0e1f23).", $"'{idText}' is not a UUID (e.g. 3f2b8c1e-9d4a-4f6b-8e21-5a7c9d0e1f23)."));
            }
            else if (!row.Failed("submissionId")) row.Error("submissionId", t.T("Wajib diisi: UUID formulir, kunci yang membuat impor ulang tidak menggandakan jawaban.", "Required: the form's UUID, the key that keeps a re-import from counting a response twice."));
            UnitRow? unit = null;
            if (slug is null) { if (!row.Failed("serviceUnit")) row.Error("serviceUnit", t.T("Wajib diisi.", "Required.")); }
            else if (!units.TryGetValue(slug, out unit)) row.Error("serviceUnit", t.T($"Unit layanan '{slug}' tidak ditemukan.", $"Service unit '{slug}' not found."));

            var request = new PaperSurveyResponseRequest
            {
                Scores = scores.Any(s => s is null) ? null : scores.Select(s => s!.Value).ToList(), ServiceType = type, RespondedOn = on,
                Respondent = who, Suggestion = suggestion,
            };
            row.Errors(validator.Validate(request).Errors, ColumnOf);
            string? offered = null;
            if (unit is not null && type is not null)
            {
                var types = ServiceTypeList.Parse(unit.ServiceTypes);
                offered = SurveyAnswerRules.Offered(types, type);
                if (offered is null) row.Error("serviceType", ImportMessages.Of(SurveyAnswerRules.NotOffered(types), t));
            }
            parsed.Add(new(row, submissionId, unit, request, offered));
        }

        var ids = parsed.Where(p => p.SubmissionId is not null).Select(p => p.SubmissionId!.Value).Distinct().ToList();
        var recorded = new Dictionary<Guid, RecordedRow>();
        foreach (var chunk in ids.Chunk(1000))
            foreach (var r in await ctx.Db.Query<RecordedRow>(Recorded(ctx.Db.Dialect), new { ctx.TenantId, Ids = SqlIds.Json(chunk) }, ct)) recorded[r.SubmissionId] = r;

        var seen = new Dictionary<Guid, int>();
        var plans = new List<ImportPlan>();
        foreach (var p in parsed)
        {
            var row = p.Row;
            if (p.SubmissionId is { } sid)
            {
                if (seen.TryGetValue(sid, out var first)) row.Error("submissionId", t.T($"ID pengisian ini sudah ada di baris {first}.", $"This submission id already appears in row {first}."));
                else seen[sid] = row.Number;
            }
            if (row.HasErrors) { plans.Add(new(row.Number, ImportOutcome.Rejected)); continue; }
            var r = p.Request;
            if (recorded.TryGetValue(p.SubmissionId!.Value, out var stored))
            {
                if (Same(stored, p)) plans.Add(new(row.Number, ImportOutcome.Unchanged));
                else
                {
                    row.Error("submissionId", t.T("ID pengisian ini sudah tercatat dengan jawaban lain; jawaban survei tidak diubah lewat impor.",
                        "This submission id is already recorded with other answers; an import does not change survey responses."));
                    plans.Add(new(row.Number, ImportOutcome.Rejected));
                }
                continue;
            }
            var values = SurveySql.Row(ctx.TenantId, p.Unit!.Id, p.SubmissionId.Value, nameof(SurveyChannel.Paper), r.RespondedOn!.Value, ctx.Now,
                p.ServiceType!, r.Scores!, r.Respondent, r.Suggestion, ctx.Actor);
            var (unitId, day) = (p.Unit.Id, r.RespondedOn.Value);
            plans.Add(new(row.Number, ImportOutcome.Inserted, async c =>
            {
                await ctx.Db.Execute(SurveySql.Insert, values, c);
                ctx.Touched.Add(unitId);
                ctx.Spans[unitId] = ctx.Spans.TryGetValue(unitId, out var s) ? (day < s.From ? day : s.From, day > s.To ? day : s.To) : (day, day);
            }));
        }
        return plans;
    }

    /// <summary>The rollup days each service unit received, rebuilt from its responses, as after a paper batch.</summary>
    public override async Task AfterWrite(ImportContext ctx, CancellationToken ct)
    {
        foreach (var (unitId, span) in ctx.Spans) await SurveyRollups.Refresh(ctx.Db, ctx.TenantId, unitId, span.From, span.To, ct);
        ctx.Spans.Clear();
    }

    private static bool Same(RecordedRow s, Parsed p)
    {
        var r = p.Request;
        return s.ServiceUnitId == p.Unit!.Id && s.RespondedOn == r.RespondedOn && s.ServiceType == p.ServiceType && s.Scores.SequenceEqual(r.Scores!)
            && s.Sex == r.Respondent?.Sex?.ToString() && s.AgeBand == r.Respondent?.AgeBand?.ToString() && s.Education == r.Respondent?.Education?.ToString()
            && s.Occupation == r.Respondent?.Occupation?.ToString() && s.Suggestion == (string.IsNullOrWhiteSpace(r.Suggestion) ? null : r.Suggestion);
    }

    private static int? Score(ImportRowReader row, string column, ImportText t)
    {
        var v = row.Decimal(column);
        if (v is null) { if (!row.Failed(column)) row.Error(column, t.T("Wajib diisi: nilai 1 sampai 4.", "Required: a score from 1 to 4.")); return null; }
        if (v != decimal.Truncate(v.Value) || v is < 1 or > 4) { row.Error(column, ImportMessages.Of(SurveyAnswerRules.ScoreRange, t)); return null; }
        return (int)v.Value;
    }

    private static string ColumnOf(string property) => property switch
    {
        nameof(PaperSurveyResponseRequest.Scores) => "u1",
        _ when property.StartsWith("Scores[", StringComparison.Ordinal) => "u" + (int.Parse(property[7..property.IndexOf(']')]) + 1),
        _ when property.StartsWith("Respondent.", StringComparison.Ordinal) => char.ToLowerInvariant(property[11]) + property[12..],
        _ => char.ToLowerInvariant(property[0]) + property[1..],
    };
}
