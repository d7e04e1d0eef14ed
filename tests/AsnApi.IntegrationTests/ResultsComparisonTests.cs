using System.Net;
using AsnApi.Contracts;
using static AsnApi.IntegrationTests.EffectivenessTestData;

namespace AsnApi.IntegrationTests;

/// <summary>
/// Level 4 against hand-built IKM answers and complaints: the service units where the program's graduates work, the
/// periods before and after the training, side by side, labelled as a comparison. The clock is moved to 2024 so the
/// demo data (seeded around the real date) stays out of both periods.
/// </summary>
public class ResultsComparisonTests(ClockedApiFactory api) : IClassFixture<ClockedApiFactory>
{
    private static async Task<ComplaintResponse> Step(HttpClient c, ComplaintResponse complaint, string action, string? response = null) =>
        await (await c.PostIfMatch($"/api/v1/complaints/{complaint.Id}/{action}", complaint.Version, new ComplaintTransitionRequest { Response = response })).Read<ComplaintResponse>();

    private static async Task Resolve(HttpClient c, ComplaintResponse complaint) =>
        await Step(c, await Step(c, await Step(c, complaint, "verify"), "start"), "resolve", "Sudah ditangani.");

    [Fact]
    public async Task Level_4_compares_the_trained_staffs_service_units_before_and_after_the_training()
    {
        api.Clock.SetWib(2024, 3, 1, 9);
        var admin = await api.As("admin@tpi");
        var (program, session, people) = await Session(admin, [(40, 80, true), (50, 60, false)], new DateOnly(2024, 6, 3));
        var dukcapil = await ServiceUnitTests.UnitByCode(admin, "DUKCAPIL");
        // The graduate works at SU1; the participant who did not complete works at SU2; SU3 has nobody trained.
        var su1 = await ServiceUnitTests.Create(admin, ServiceUnitTests.Body(dukcapil, staff: [people[0].Employee.Id]));
        var su2 = await ServiceUnitTests.Create(admin, ServiceUnitTests.Body(dukcapil, staff: [people[1].Employee.Id]));

        // Complaints before (received Monday 1 April 2024): one resolved the same day, one left open; and one at SU2.
        api.Clock.SetWib(2024, 4, 1, 10);
        await Resolve(admin, await ComplaintTests.Create(admin, ComplaintTests.Body(su1.Id)));
        await ComplaintTests.Create(admin, ComplaintTests.Body(su1.Id));
        await ComplaintTests.Create(admin, ComplaintTests.Body(su2.Id));
        // After (received Monday 1 July 2024, due Monday 8 July): resolved on 19 July, late.
        api.Clock.SetWib(2024, 7, 1, 10);
        var late = await ComplaintTests.Create(admin, ComplaintTests.Body(su1.Id));
        api.Clock.SetWib(2024, 7, 19, 10);
        await Resolve(admin, late);

        api.Clock.SetWib(2024, 10, 1, 10);
        async Task Paper(Guid unit, DateOnly day, int score, int count) =>
            await (await admin.Post($"/api/v1/service-units/{unit}/survey-responses", new PaperSurveyBatchRequest
            {
                Responses = Enumerable.Range(0, count).Select(_ => SurveyTests.Paper(day, Enumerable.Repeat(score, 9).ToArray())).ToList(),
            })).Read<PaperSurveyBatchResponse>();
        await Paper(su1.Id, new DateOnly(2024, 4, 10), 3, 2);
        await Paper(su1.Id, new DateOnly(2024, 5, 10), 2, 1);
        await Paper(su1.Id, new DateOnly(2024, 7, 10), 4, 3);
        await Paper(su2.Id, new DateOnly(2024, 7, 10), 1, 5);
        // On a training day: in neither period.
        await Paper(su1.Id, new DateOnly(2024, 6, 4), 1, 4);

        var result = await admin.Get<ResultsComparisonResponse>($"/api/v1/training-programs/{program.Id}/results-comparison?months=3");
        Assert.Contains("bukan hubungan sebab-akibat", result.Caveat);
        Assert.Equal((new DateOnly(2024, 6, 3), new DateOnly(2024, 6, 5), 3), (result.TrainingFrom, result.TrainingTo, result.Months));
        var unit = Assert.Single(result.ServiceUnits);
        Assert.Equal((su1.Id, 1), (unit.ServiceUnitId, unit.TrainedStaff));

        var before = result.Before!;
        Assert.Equal((new DateOnly(2024, 3, 3), new DateOnly(2024, 6, 2)), (before.From, before.To));
        // NRR per unsur = (3 + 3 + 2) / 3; IKM = NRR × 25.
        Assert.Equal(3, before.IkmRespondents);
        Assert.Equal(Math.Round(8m / 3 * 25, 2), Math.Round(before.Ikm!.Value, 2));
        Assert.Equal((2, 1, 0, 1), (before.ComplaintsReceived, before.ComplaintsResolvedOnTime, before.ComplaintsResolvedLate, before.ComplaintsOpenOverdue));
        Assert.Equal(0.5, before.ComplaintCompliance);

        var after = result.After!;
        Assert.Equal((new DateOnly(2024, 6, 6), new DateOnly(2024, 9, 5)), (after.From, after.To));
        Assert.Equal((3, 100m, IkmGrade.A), (after.IkmRespondents, after.Ikm!.Value, after.IkmGrade!.Value));
        Assert.Equal((1, 0, 1, 0), (after.ComplaintsReceived, after.ComplaintsResolvedOnTime, after.ComplaintsResolvedLate, after.ComplaintsOpenOverdue));
        Assert.Equal(0.0, after.ComplaintCompliance);

        // Six months by default: the before period reaches back to 3 December 2023.
        Assert.Equal(new DateOnly(2023, 12, 3), (await admin.Get<ResultsComparisonResponse>($"/api/v1/training-programs/{program.Id}/results-comparison")).Before!.From);
        await (await admin.GetAsync($"/api/v1/training-programs/{program.Id}/results-comparison?months=25")).Problem((HttpStatusCode)422, "months");
        await (await admin.GetAsync($"/api/v1/training-programs/{program.Id}/results-comparison?months=0")).Problem((HttpStatusCode)422, "months");
        await (await admin.GetAsync($"/api/v1/training-programs/{Guid.NewGuid()}/results-comparison")).Problem(HttpStatusCode.NotFound);
        await (await (await api.As("admin@jmb")).GetAsync($"/api/v1/training-programs/{program.Id}/results-comparison")).Problem(HttpStatusCode.NotFound);
        // A viewer reads it; a unit head outside Dukcapil sees no service unit of it.
        Assert.Single((await (await api.As("viewer@tpi")).Get<ResultsComparisonResponse>($"/api/v1/training-programs/{program.Id}/results-comparison?months=3")).ServiceUnits);
        Assert.Empty((await (await api.As("kadinkes@tpi")).Get<ResultsComparisonResponse>($"/api/v1/training-programs/{program.Id}/results-comparison?months=3")).ServiceUnits);
        _ = session;
    }

    [Fact]
    public async Task A_program_without_graduates_has_no_periods()
    {
        api.Clock.SetWib(2024, 3, 1, 9);
        var admin = await api.As("admin@tpi");
        var program = await TrainingTestData.CreateProgram(admin);
        var result = await admin.Get<ResultsComparisonResponse>($"/api/v1/training-programs/{program.Id}/results-comparison");
        Assert.Equal((null, null, null, null), (result.TrainingFrom, result.TrainingTo, result.Before, result.After));
        Assert.Empty(result.ServiceUnits);
    }
}
