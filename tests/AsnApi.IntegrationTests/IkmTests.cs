using System.Net;
using AsnApi.Contracts;
using AsnApi.Domain;
using Microsoft.Data.Sqlite;

namespace AsnApi.IntegrationTests;

/// <summary>
/// The IKM reports read the daily rollups; these tests compare them with figures computed here from the
/// answers the test itself sent, and compare the rollup table with a GROUP BY of the stored responses.
/// </summary>
[Collection(ApiCollection.Name)]
public class IkmTests(ApiFactory api)
{
    private static readonly Random Rng = new(20261125);

    private static int[] RandomScores() => Enumerable.Range(0, 9).Select(_ => Rng.Next(1, 5)).ToArray();

    private static async Task<ServiceUnitResponse> NewUnit(HttpClient admin, string unitCode, int population) =>
        await ServiceUnitTests.Create(admin, ServiceUnitTests.Body(await ServiceUnitTests.UnitByCode(admin, unitCode), population: population));

    private static async Task Paper(HttpClient admin, Guid serviceUnitId, IEnumerable<(DateOnly Day, int[] Scores)> forms) =>
        await (await admin.Post($"/api/v1/service-units/{serviceUnitId}/survey-responses",
            new PaperSurveyBatchRequest { Responses = forms.Select(f => SurveyTests.Paper(f.Day, f.Scores, "KTP-el", "catatan-kertas " + f.Day)).ToList() })).Read<PaperSurveyBatchResponse>();

    /// <summary>What the report must say, from the raw scores: NRR the mean, IKM = Σ(NRR/9) × 25.</summary>
    private static void AssertFigures(IReadOnlyList<int[]> answers, int respondents, IReadOnlyList<UnsurScore> unsur, decimal? ikm)
    {
        Assert.Equal(answers.Count, respondents);
        var nrr = Enumerable.Range(0, 9).Select(i => answers.Sum(a => a[i]) / (decimal)answers.Count).ToList();
        Assert.Equal(nrr, unsur.Select(u => u.Nrr!.Value));
        var expected = nrr.Sum(n => n / 9m) * 25m;
        Assert.Equal(Math.Round(expected, 20), Math.Round(ikm!.Value, 20));
    }

    [Fact]
    public async Task A_service_units_report_matches_figures_computed_from_its_raw_responses()
    {
        var admin = await api.As("admin@tpi");
        var unit = await NewUnit(admin, "DUKCAPIL", population: 1000);
        var forms = Enumerable.Range(0, 240).Select(i => (Day: new DateOnly(2025, 1, 1).AddDays(i * 3 % 360), Scores: RandomScores())).ToList();
        await Paper(admin, unit.Id, forms.Take(100));
        await Paper(admin, unit.Id, forms.Skip(100));

        var from = new DateOnly(2025, 2, 1);
        var to = new DateOnly(2025, 7, 31);
        var report = await admin.Get<IkmResponse>($"/api/v1/service-units/{unit.Id}/ikm?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}");
        var inPeriod = forms.Where(f => f.Day >= from && f.Day <= to).Select(f => f.Scores).ToList();
        AssertFigures(inPeriod, report.RespondentCount, report.Unsur, report.Ikm);
        Assert.Equal(Enumerable.Range(1, 9).Select(i => "U" + i), report.Unsur.Select(u => u.Code));
        Assert.Equal("Persyaratan", report.Unsur[0].Name);
        Assert.Equal(Ikm.GradeOf(report.Ikm!.Value), report.Grade);
        Assert.Equal(Ikm.Label(report.Grade!.Value), report.GradeLabel);
        var lowest = report.Unsur.Min(u => u.Nrr);
        Assert.Equal(report.Unsur.First(u => u.Nrr == lowest).Code, report.WeakestUnsur!.Code);
        // 181 days of 1,000 a year: N = 496, which needs 217 respondents; the ~120 here are too few, and it says so.
        Assert.Equal((from, to, 496L, 217), (report.From, report.To, report.PopulationInPeriod, report.RequiredSample));
        Assert.False(report.SampleSufficient);
        Assert.Equal((unit.Name, unit.Slug, unit.UnitId), (report.ServiceUnitName, report.Slug, report.UnitId));

        // A public submission today moves today's figures at once.
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        var todayAnswer = SurveyTests.Answer([4, 4, 4, 4, 4, 4, 4, 4, 4]);
        await (await api.Anonymous().Post(unit.PublicPath + "/survey-responses", todayAnswer)).Read<SurveySubmissionResponse>(HttpStatusCode.Created);
        var now = await admin.Get<IkmResponse>($"/api/v1/service-units/{unit.Id}/ikm?from={today:yyyy-MM-dd}&to={today:yyyy-MM-dd}");
        Assert.Equal((1, 100m, IkmGrade.A, "Sangat Baik"), (now.RespondentCount, now.Ikm, now.Grade, now.GradeLabel));

        AssertRollupsMatchResponses();
    }

    [Fact]
    public async Task Without_respondents_the_report_has_no_index_and_the_sample_is_insufficient()
    {
        var admin = await api.As("admin@tpi");
        var unit = await NewUnit(admin, "DUKCAPIL", population: 100);
        var report = await admin.Get<IkmResponse>($"/api/v1/service-units/{unit.Id}/ikm?from=2024-01-01&to=2024-12-31");
        Assert.Equal((0, (decimal?)null, (IkmGrade?)null, (string?)null, (UnsurScore?)null), (report.RespondentCount, report.Ikm, report.Grade, report.GradeLabel, report.WeakestUnsur));
        Assert.All(report.Unsur, u => Assert.Null(u.Nrr));
        // 2024 has 366 days: N = 101 → 81.
        Assert.Equal((101L, 81, false), (report.PopulationInPeriod, report.RequiredSample, report.SampleSufficient));

        await Paper(admin, unit.Id, Enumerable.Range(0, 81).Select(i => (new DateOnly(2024, 6, 1), new[] { 3, 3, 3, 3, 3, 3, 3, 3, 3 })));
        var enough = await admin.Get<IkmResponse>($"/api/v1/service-units/{unit.Id}/ikm?from=2024-01-01&to=2024-12-31");
        Assert.True(enough.SampleSufficient);
        Assert.Equal(75m, enough.Ikm);
        Assert.Equal(IkmGrade.C, enough.Grade);
    }

    [Fact]
    public async Task The_tenant_report_lists_each_service_unit_of_the_sub_tree_and_combines_their_respondents()
    {
        var admin = await api.As("admin@amq");
        var a = await NewUnit(admin, "DINKES-YANKES", 2000);
        var b = await NewUnit(admin, "DINKES", 3000);
        var outside = await NewUnit(admin, "DUKCAPIL", 5000);
        var day = new DateOnly(2023, 5, 5);
        var aForms = Enumerable.Range(0, 30).Select(_ => (day, RandomScores())).ToList();
        var bForms = Enumerable.Range(0, 50).Select(_ => (day.AddDays(40), RandomScores())).ToList();
        await Paper(admin, a.Id, aForms);
        await Paper(admin, b.Id, bForms);
        await Paper(admin, outside.Id, [(day, [1, 1, 1, 1, 1, 1, 1, 1, 1])]);

        var dinkes = await ServiceUnitTests.UnitByCode(admin, "DINKES");
        var report = await admin.Get<TenantIkmResponse>($"/api/v1/ikm?underUnitId={dinkes}&from=2023-01-01&to=2023-12-31");
        var mine = report.ServiceUnits.Where(s => s.ServiceUnitId == a.Id || s.ServiceUnitId == b.Id).ToList();
        Assert.Equal(2, mine.Count);
        Assert.DoesNotContain(report.ServiceUnits, s => s.ServiceUnitId == outside.Id);
        AssertFigures(aForms.Select(f => f.Item2).ToList(), mine.Single(s => s.ServiceUnitId == a.Id).RespondentCount, mine.Single(s => s.ServiceUnitId == a.Id).Unsur, mine.Single(s => s.ServiceUnitId == a.Id).Ikm);
        // Combined: every respondent of the sub-tree in one index (other tests may add service units here, so only ours are counted).
        var ours = report.ServiceUnits.Where(s => s.RespondentCount > 0).ToList();
        Assert.Equal(ours.Sum(s => s.RespondentCount), report.Combined.RespondentCount);
        Assert.Equal(report.ServiceUnits.Count, report.Combined.ServiceUnitCount);
        Assert.Equal(report.ServiceUnits.Sum(s => s.PopulationInPeriod), report.Combined.PopulationInPeriod);
        if (ours.Count == 2)
            AssertFigures(aForms.Concat(bForms).Select(f => f.Item2).ToList(), report.Combined.RespondentCount, report.Combined.Unsur, report.Combined.Ikm);

        // The Dinas Kesehatan head sees that sub-tree only, and not the other unit's report.
        var head = await api.As("kadinkes@amq");
        var theirs = await head.Get<TenantIkmResponse>("/api/v1/ikm?from=2023-01-01&to=2023-12-31");
        Assert.Contains(theirs.ServiceUnits, s => s.ServiceUnitId == a.Id);
        Assert.DoesNotContain(theirs.ServiceUnits, s => s.ServiceUnitId == outside.Id);
        await (await head.GetAsync($"/api/v1/service-units/{outside.Id}/ikm")).Problem(HttpStatusCode.NotFound);
        // A viewer reads the reports.
        Assert.Equal(30, (await (await api.As("viewer@amq")).Get<IkmResponse>($"/api/v1/service-units/{a.Id}/ikm?from=2023-01-01&to=2023-12-31")).RespondentCount);
    }

    [Fact]
    public async Task The_trend_lists_every_quarter_of_the_period_and_its_index()
    {
        var admin = await api.As("admin@pgk");
        var unit = await NewUnit(admin, "DUKCAPIL", 1000);
        await Paper(admin, unit.Id, [(new DateOnly(2024, 2, 10), [2, 2, 2, 2, 2, 2, 2, 2, 2]), (new DateOnly(2024, 3, 31), [4, 4, 4, 4, 4, 4, 4, 4, 4]), (new DateOnly(2024, 10, 1), [4, 4, 4, 4, 4, 4, 4, 4, 4])]);
        var trend = await admin.Get<IkmTrendResponse>($"/api/v1/service-units/{unit.Id}/ikm/trend?from=2024-01-01&to=2025-03-31");
        Assert.Equal([(2024, 1), (2024, 2), (2024, 3), (2024, 4), (2025, 1)], trend.Quarters.Select(q => (q.Year, q.Quarter)));
        Assert.Equal([2, 0, 0, 1, 0], trend.Quarters.Select(q => q.RespondentCount));
        Assert.Equal([75m, null, null, 100m, null], trend.Quarters.Select(q => q.Ikm));
        Assert.Equal([IkmGrade.C, null, null, IkmGrade.A, null], trend.Quarters.Select(q => q.Grade));

        var tenant = await admin.Get<IkmTrendResponse>("/api/v1/ikm/trend?from=2024-01-01&to=2024-12-31");
        Assert.True(tenant.Quarters[0].RespondentCount >= 2);
        var byDefault = await admin.Get<IkmTrendResponse>($"/api/v1/service-units/{unit.Id}/ikm/trend");
        Assert.Equal(8, byDefault.Quarters.Count);

        await (await admin.GetAsync($"/api/v1/service-units/{unit.Id}/ikm/trend?from=2025-01-01&to=2024-01-01")).Problem((HttpStatusCode)422, "from");
        await (await admin.GetAsync($"/api/v1/service-units/{unit.Id}/ikm?from=2000-01-01&to=2025-01-01")).Problem((HttpStatusCode)422, "to");
        await (await admin.GetAsync($"/api/v1/service-units/{unit.Id}/ikm?from=kemarin")).Problem(HttpStatusCode.BadRequest, "from");
        await (await admin.GetAsync($"/api/v1/service-units/{Guid.NewGuid()}/ikm/trend")).Problem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_public_sees_the_published_grade_and_nothing_personal()
    {
        var admin = await api.As("admin@tpi");
        var unit = await NewUnit(admin, "DUKCAPIL", 100);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        await Paper(admin, unit.Id, Enumerable.Range(0, 5).Select(_ => (today.AddDays(-3), new[] { 4, 4, 4, 3, 4, 4, 4, 4, 4 })));
        await (await api.Anonymous().Post(unit.PublicPath + "/survey-responses", SurveyTests.Answer(suggestion: "Petugas Budi kurang ramah", who: new RespondentProfileRequest { Sex = Sex.Male })))
            .Read<SurveySubmissionResponse>(HttpStatusCode.Created);

        var response = await api.Anonymous().GetAsync(unit.PublicPath + "/ikm");
        var text = await response.Content.ReadAsStringAsync();
        var published = await response.Read<PublicIkmResponse>();
        var staff = await admin.Get<IkmResponse>($"/api/v1/service-units/{unit.Id}/ikm");
        Assert.Equal((6, staff.Ikm, staff.Grade, staff.GradeLabel, staff.SampleSufficient), (published.RespondentCount, published.Ikm, published.Grade, published.GradeLabel, published.SampleSufficient));
        Assert.Equal(unit.Name, published.ServiceUnitName);
        foreach (var secret in new[] { "Budi", "catatan-kertas", "Male", unit.Id.ToString(), unit.UnitId.ToString(), "submission" })
            Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase);
        await (await api.Anonymous().GetAsync($"/api/v1/public/tpi/service-units/tidak-ada-{Guid.NewGuid():N}/ikm")).Problem(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("tpi")]
    [InlineData("jmb")]
    [InlineData("pgk")]
    [InlineData("amq")]
    public async Task The_demo_service_units_show_an_A_a_B_and_a_C_with_too_small_a_sample(string tenant)
    {
        var viewer = await api.As($"viewer@{tenant}");
        var all = (await viewer.Get<TenantIkmResponse>("/api/v1/ikm")).ServiceUnits;
        var perizinan = all.Single(s => s.Slug == "perizinan");
        var dukcapil = all.Single(s => s.Slug == "dukcapil");
        var puskesmas = all.Single(s => s.Slug == "puskesmas-kota");
        Assert.Equal((IkmGrade.A, IkmGrade.B, IkmGrade.C), (perizinan.Grade, dukcapil.Grade, puskesmas.Grade));
        Assert.Equal((true, true, false), (perizinan.SampleSufficient, dukcapil.SampleSufficient, puskesmas.SampleSufficient));
        Assert.Equal("U3", dukcapil.WeakestUnsur!.Code);
        var trend = await viewer.Get<IkmTrendResponse>($"/api/v1/service-units/{dukcapil.ServiceUnitId}/ikm/trend");
        Assert.True(trend.Quarters.Count(q => q.RespondentCount > 0) >= 4);
    }

    /// <summary>Every rollup row equals a fresh GROUP BY of the responses, both ways, for the whole database.</summary>
    private void AssertRollupsMatchResponses() => RollupsMatchResponses(api);

    /// <summary>The rollup table equals a GROUP BY of the stored responses, for every tenant and day (the imports check it too).</summary>
    internal static void RollupsMatchResponses(ApiFactory api)
    {
        using var db = new SqliteConnection($"Data Source={Path.Combine(api.DataDirectory, "asnapi.db")};Mode=ReadOnly");
        db.Open();
        const string table = "SELECT TenantId, ServiceUnitId, Day, Year, Quarter, Respondents, S1, S2, S3, S4, S5, S6, S7, S8, S9 FROM SurveyRollups";
        const string source = "SELECT TenantId, ServiceUnitId, RespondedOn, Year, Quarter, COUNT(*), SUM(S1), SUM(S2), SUM(S3), SUM(S4), SUM(S5), SUM(S6), SUM(S7), SUM(S8), SUM(S9) FROM SurveyResponses GROUP BY TenantId, ServiceUnitId, RespondedOn, Year, Quarter";
        using var diff = db.CreateCommand();
        diff.CommandText = $"SELECT (SELECT COUNT(*) FROM (SELECT * FROM ({table}) EXCEPT SELECT * FROM ({source}))) + (SELECT COUNT(*) FROM (SELECT * FROM ({source}) EXCEPT SELECT * FROM ({table})))";
        Assert.Equal(0L, (long)diff.ExecuteScalar()!);
        using var count = db.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM SurveyRollups";
        Assert.True((long)count.ExecuteScalar()! > 0);
    }
}
