using System.Net;
using System.Net.Http.Json;
using AsnApi.Contracts;
using static AsnApi.IntegrationTests.ImportKindsTests;

namespace AsnApi.IntegrationTests;

/// <summary>POST /api/v1/imports/survey-responses: forms keyed by submissionId, written as the paper batch writes them, so the IKM stays exact.</summary>
[Collection(ApiCollection.Name)]
public class ImportSurveyResponsesTests(ApiFactory api)
{
    private static readonly Random Rng = new(1125);

    private sealed record Form(Guid Id, DateOnly Day, int[] Scores, string Type);

    private static List<Form> Forms(int count, int month = 3) => Enumerable.Range(0, count)
        .Select(i => new Form(Guid.NewGuid(), new DateOnly(2025, month, 1 + i % 28), Enumerable.Range(0, 9).Select(_ => Rng.Next(1, 5)).ToArray(), i % 2 == 0 ? "KTP-el" : "akta kelahiran")).ToList();

    private static string Semicolon(string slug, IEnumerable<Form> forms) =>
        "Unit Layanan;ID Pengisian;Tanggal;U1;U2;U3;U4;U5;U6;U7;U8;U9;Jenis Layanan;Jenis Kelamin;Pendidikan;Saran\r\n"
        + string.Concat(forms.Select((f, i) => $"{slug.ToUpperInvariant()};{f.Id};{f.Day:dd/MM/yyyy};{string.Join(';', f.Scores)};{f.Type};{(i % 2 == 0 ? "P" : "")};{(i % 3 == 0 ? "S1" : "")};{(i % 4 == 0 ? "\"antre lama;\r\nmohon ditambah loket\"" : "")}\r\n"));

    private static async Task<ServiceUnitResponse> NewUnit(HttpClient admin, string unitCode = "DUKCAPIL") =>
        await ServiceUnitTests.Create(admin, ServiceUnitTests.Body(await ServiceUnitTests.UnitByCode(admin, unitCode)));

    private static async Task<IkmResponse> Ikm(HttpClient admin, Guid unitId) => await admin.Get<IkmResponse>($"/api/v1/service-units/{unitId}/ikm?from=2025-01-01&to=2025-12-31");

    /// <summary>The report against figures computed here from the file's raw scores: NRR the mean per unsur, IKM = Σ(NRR/9) × 25.</summary>
    private static void AssertReportOf(IReadOnlyList<Form> forms, IkmResponse report)
    {
        Assert.Equal(forms.Count, report.RespondentCount);
        var nrr = Enumerable.Range(0, 9).Select(i => forms.Sum(f => f.Scores[i]) / (decimal)forms.Count).ToList();
        Assert.Equal(nrr, report.Unsur.Select(u => u.Nrr!.Value));
        Assert.Equal(Math.Round(nrr.Sum(n => n / 9m) * 25m, 20), Math.Round(report.Ikm!.Value, 20));
    }

    [Fact]
    public async Task A_csv_dry_runs_then_imports_with_exact_ikm_figures_and_a_re_import_in_any_format_is_unchanged()
    {
        var admin = await api.As("admin@tpi");
        var unit = await NewUnit(admin);
        var forms = Forms(40);
        var csv = Semicolon(unit.Slug, forms);

        var dry = await (await admin.PostAsync("/api/v1/imports/survey-responses?dryRun=true", Csv(csv, bom: true))).Read<ImportReport>();
        Assert.Equal((40, 0, 0), (dry.Inserted, dry.Rejected, dry.Errors.Count));
        Assert.Equal(0, (await Ikm(admin, unit.Id)).RespondentCount);

        var done = await (await admin.PostAsync("/api/v1/imports/survey-responses", Csv(csv, bom: true))).Read<ImportReport>();
        Assert.Equal((40, true), (done.Inserted, done.Written));
        AssertReportOf(forms, await Ikm(admin, unit.Id));
        IkmTests.RollupsMatchResponses(api);
        var list = await admin.Get<Paged<SurveyResponseItem>>($"/api/v1/service-units/{unit.Id}/survey-responses?pageSize=100&withSuggestion=true");
        Assert.Equal(10, list.Total);
        Assert.All(list.Items, r => Assert.Equal(("antre lama;\nmohon ditambah loket", SurveyChannel.Paper, Sex.Female, "admin@tpi"), (r.Suggestion!.Replace("\r\n", "\n"), r.Channel, r.Sex, r.EnteredBy)));
        Assert.Contains(list.Items, r => r.ServiceType == "Akta Kelahiran" || r.ServiceType == "KTP-el");

        var again = await (await admin.PostAsync("/api/v1/imports/survey-responses", Csv(csv))).Read<ImportReport>();
        Assert.Equal((0, 40), (again.Inserted, again.Unchanged));

        // XLSX adds new forms; JSON sends the first ones again: unchanged, nothing counted twice.
        var more = Forms(6, month: 4);
        var header = new[] { "serviceUnitSlug", "submissionId", "respondedOn", "u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9", "serviceType" };
        var xlsx = Xlsx(("Sheet1", [header, .. more.Select(f => (string[])[unit.Slug, f.Id.ToString(), f.Day.ToString("yyyy-MM-dd"), .. f.Scores.Select(s => s.ToString()), f.Type])]));
        Assert.Equal(6, (await (await admin.PostAsync("/api/v1/imports/survey-responses", XlsxContent(xlsx))).Read<ImportReport>()).Inserted);
        var json = forms.Take(3).Select(f => new Dictionary<string, object?>
        {
            ["serviceUnit"] = unit.Slug, ["submissionId"] = f.Id, ["respondedOn"] = f.Day.ToString("dd-MM-yyyy"), ["serviceType"] = f.Type,
            ["u1"] = f.Scores[0], ["u2"] = f.Scores[1], ["u3"] = f.Scores[2], ["u4"] = f.Scores[3], ["u5"] = f.Scores[4], ["u6"] = f.Scores[5], ["u7"] = f.Scores[6], ["u8"] = f.Scores[7], ["u9"] = f.Scores[8],
            ["sex"] = f == forms[0] || f == forms[2] ? "Perempuan" : null, ["education"] = f == forms[0] ? "S1" : null, ["suggestion"] = f == forms[0] ? "antre lama;\r\nmohon ditambah loket" : null,
        });
        Assert.Equal((0, 3), await (await admin.PostAsJsonAsync("/api/v1/imports/survey-responses", json)).Read<ImportReport>() is var r2 ? (r2.Inserted, r2.Unchanged) : default);
        AssertReportOf([.. forms, .. more], await Ikm(admin, unit.Id));
        IkmTests.RollupsMatchResponses(api);
    }

    [Fact]
    public async Task One_bad_row_refuses_the_file_valid_only_writes_the_rest_and_a_known_submission_with_other_answers_is_refused()
    {
        var admin = await api.As("admin@tpi");
        var unit = await NewUnit(admin);
        var forms = Forms(4);
        var csv = Semicolon(unit.Slug, forms) + $"{unit.Slug};{Guid.NewGuid()};01/03/2025;1;2;5;4;1;2;3;4;1;KTP-el;;;\r\n"
            + $"{unit.Slug};bukan-uuid;01/03/2025;1;2;3;4;1;2;3;4;1;Paspor;;;\r\n";
        var problem = await (await admin.PostAsync("/api/v1/imports/survey-responses", Csv(csv))).Problem((HttpStatusCode)422, "rows[6].u3", "rows[7].submissionId", "rows[7].serviceType");
        Assert.Contains("KTP-el, Akta Kelahiran", problem["errors"]!["rows[7].serviceType"]![0]!.GetValue<string>());
        Assert.Equal(0, (await Ikm(admin, unit.Id)).RespondentCount);

        var partly = await (await admin.PostAsync("/api/v1/imports/survey-responses?mode=valid-only", Csv(csv))).Read<ImportReport>();
        Assert.Equal((4, 2), (partly.Inserted, partly.Rejected));
        AssertReportOf(forms, await Ikm(admin, unit.Id));

        var changed = Semicolon(unit.Slug, [forms[0] with { Scores = [4, 4, 4, 4, 4, 4, 4, 4, 4] }]);
        var refused = await (await admin.PostAsync("/api/v1/imports/survey-responses?dryRun=true", Csv(changed))).Read<ImportReport>();
        Assert.Equal(("submissionId", 1), (refused.Errors.Single().Column, refused.Rejected));
        IkmTests.RollupsMatchResponses(api);
    }

    [Fact]
    public async Task Another_tenants_service_unit_is_not_found_and_their_figures_are_untouched()
    {
        var admin = await api.As("admin@tpi");
        var other = await api.As("admin@jmb");
        var theirs = await NewUnit(other, "DINKES");
        var report = await (await admin.PostAsync("/api/v1/imports/survey-responses?mode=valid-only", Csv(Semicolon(theirs.Slug, Forms(2))))).Read<ImportReport>();
        Assert.Equal((0, 2), (report.Inserted, report.Rejected));
        Assert.All(report.Errors, e => Assert.Equal("serviceUnit", e.Column));
        Assert.Equal(0, (await Ikm(other, theirs.Id)).RespondentCount);
    }
}
