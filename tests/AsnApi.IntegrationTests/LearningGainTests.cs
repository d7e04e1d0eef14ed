using System.Net;
using AsnApi.Contracts;
using Microsoft.Data.Sqlite;
using static AsnApi.IntegrationTests.EffectivenessTestData;

namespace AsnApi.IntegrationTests;

/// <summary>
/// Level 2 (and level 1 by program and partner) against figures computed by hand from the scores the test sent, the
/// drill-down to sessions, the scope, and the rollup table against a fresh GROUP BY of its sources after each change.
/// </summary>
[Collection(ApiCollection.Name)]
public class LearningGainTests(ApiFactory api)
{
    private const string July = "from=2026-07-01&to=2026-07-31";

    [Fact]
    public async Task Learning_gain_by_program_partner_and_session_matches_hand_computed_figures()
    {
        var admin = await api.As("admin@tpi");
        var partner = await TrainingTestData.CreatePartner(admin);
        // Program A, two sessions: (40→70) g .5, (80→90) g .5, (100→100) at maximum, (60→50) g −.25 | (0→50) g .5, (50→null) unscored.
        var (a, s1, p1) = await Session(admin, [(40, 70, true), (80, 90, true), (100, 100, true), (60, 50, false)], new DateOnly(2026, 7, 6), partnerId: partner.Id);
        var (_, s2, p2) = await Session(admin, [(0, 50, true), (50, null, true)], new DateOnly(2026, 7, 20), program: a);
        // Program B of the same partner: (20→40) g .25.
        var (b, _, p3) = await Session(admin, [(20, 40, true)], new DateOnly(2026, 7, 13), partnerId: partner.Id);
        await Answered(admin, p1[0].Enrollment.Id, 5, 5, 5, 5, 5, 5);
        await Answered(admin, p2[0].Enrollment.Id, 3, 3, 3, 3, 3, 4);
        AssertRollupsMatchSources();

        var byProgram = await admin.Get<EffectivenessListResponse>($"/api/v1/training-effectiveness?groupBy=Program&{July}");
        var rowA = byProgram.Items.Single(r => r.Id == a.Id);
        Assert.Equal((a.Title, a.Code, 2), (rowA.Name, rowA.Code, rowA.Sessions));
        Assert.Equal(5, rowA.Learning.Scored);
        Assert.Equal((40 + 80 + 100 + 60 + 0) / 5.0, rowA.Learning.MeanPre!.Value, 12);
        Assert.Equal((70 + 90 + 100 + 50 + 50) / 5.0, rowA.Learning.MeanPost!.Value, 12);
        Assert.Equal((30 + 10 + 0 - 10 + 50) / 5.0, rowA.Learning.MeanGain!.Value, 12);
        Assert.Equal((0.5 + 0.5 - 0.25 + 0.5) / 4, rowA.Learning.MeanNormalisedGain!.Value, 12);
        Assert.Equal(3 / 5.0, rowA.Learning.ShareImproved!.Value, 12);
        Assert.Equal(1, rowA.Learning.AtMaximum);
        Assert.Equal((2, 6), (rowA.Reaction.Respondents, rowA.Reaction.Participants));
        Assert.Equal((30 + 19) / 12.0, rowA.Reaction.Mean!.Value, 12);
        Assert.Equal(2 / 6.0, rowA.Reaction.ResponseRate!.Value, 12);

        var byPartner = await admin.Get<EffectivenessListResponse>($"/api/v1/training-effectiveness?groupBy=Partner&{July}");
        var rowP = byPartner.Items.Single(r => r.Id == partner.Id);
        Assert.Equal((partner.Name, 3, 6), (rowP.Name, rowP.Sessions, rowP.Learning.Scored));
        Assert.Equal((30 + 10 + 0 - 10 + 50 + 20) / 6.0, rowP.Learning.MeanGain!.Value, 12);
        Assert.Equal((0.5 + 0.5 - 0.25 + 0.5 + 0.25) / 5, rowP.Learning.MeanNormalisedGain!.Value, 12);
        // The totals add the rows up exactly (sums, not means, are kept).
        Assert.Equal(byProgram.Items.Sum(r => r.Learning.Scored), byProgram.Learning.Scored);
        Assert.Equal(byPartner.Items.Sum(r => r.Reaction.Respondents), byPartner.Reaction.Respondents);

        var sessions = await admin.Get<List<EffectivenessSessionRow>>($"/api/v1/training-effectiveness/sessions?programId={a.Id}&{July}");
        Assert.Equal([s2.Id, s1.Id], sessions.Select(s => s.SessionId));
        Assert.Equal(4, sessions[1].Learning.Scored);
        Assert.Equal((0.5 + 0.5 - 0.25) / 3, sessions[1].Learning.MeanNormalisedGain!.Value, 12);
        Assert.Equal(3, (await admin.Get<List<EffectivenessSessionRow>>($"/api/v1/training-effectiveness/sessions?partnerId={partner.Id}&{July}")).Count);
        Assert.Equal((1, 1), (byProgram.Items.Single(r => r.Id == b.Id).Sessions, byProgram.Items.Single(r => r.Id == b.Id).Learning.Scored));

        // A changed score and a status step move the figures in the same request.
        var url = EnrollmentTests.One(s2.Id, p2[1].Enrollment.Id);
        await (await admin.Update(url, new EnrollmentUpdateRequest { PreTestScore = 50, PostTestScore = 75, Attendance = [] })).Read<EnrollmentResponse>();
        AssertRollupsMatchSources();
        rowA = (await admin.Get<EffectivenessListResponse>($"/api/v1/training-effectiveness?{July}")).Items.Single(r => r.Id == a.Id);
        Assert.Equal(6, rowA.Learning.Scored);
        Assert.Equal((0.5 + 0.5 - 0.25 + 0.5 + 0.5) / 5, rowA.Learning.MeanNormalisedGain!.Value, 12);
        Assert.Equal(4 / 6.0, rowA.Learning.ShareImproved!.Value, 12);
        await (await admin.Step(EnrollmentTests.One(s1.Id, p1[3].Enrollment.Id), "complete")).Read<EnrollmentResponse>();
        AssertRollupsMatchSources();

        // A period without the sessions, and a bad period.
        Assert.DoesNotContain((await admin.Get<EffectivenessListResponse>("/api/v1/training-effectiveness?from=2026-08-01&to=2026-08-31")).Items, r => r.Id == a.Id);
        await (await admin.GetAsync("/api/v1/training-effectiveness?from=2026-08-01&to=2026-07-01")).Problem((HttpStatusCode)422, "from");
        await (await admin.GetAsync("/api/v1/training-effectiveness?groupBy=1")).Problem(HttpStatusCode.BadRequest);
        _ = p3;
    }

    [Fact]
    public async Task A_unit_heads_figures_and_the_scope_function_cover_their_sub_tree_only()
    {
        var admin = await api.As("admin@tpi");
        var program = await TrainingTestData.CreateProgram(admin);
        await Session(admin, [(50, 100, true), (50, 75, true)], new DateOnly(2026, 7, 27), unitCode: "DINKES-P2P", program: program);
        await Session(admin, [(0, 10, true)], new DateOnly(2026, 7, 28), unitCode: "DUKCAPIL", program: program);
        var head = await api.As("kadinkes@tpi");
        var mine = (await head.Get<EffectivenessListResponse>($"/api/v1/training-effectiveness?{July}")).Items.Single(r => r.Id == program.Id);
        Assert.Equal((2, 37.5, 0.75), (mine.Learning.Scored, mine.Learning.MeanGain!.Value, mine.Learning.MeanNormalisedGain!.Value));
        var all = (await admin.Get<EffectivenessListResponse>($"/api/v1/training-effectiveness?{July}")).Items.Single(r => r.Id == program.Id);
        Assert.Equal(3, all.Learning.Scored);
        var dukcapil = await ServiceUnitTests.UnitByCode(admin, "DUKCAPIL");
        var under = (await admin.Get<EffectivenessListResponse>($"/api/v1/training-effectiveness?underUnitId={dukcapil}&{July}")).Items.Single(r => r.Id == program.Id);
        Assert.Equal((1, 10.0), (under.Learning.Scored, under.Learning.MeanGain!.Value));
    }

    /// <summary>Every rollup row equals a fresh GROUP BY of enrollments and answers, both ways, for the whole database.</summary>
    private void AssertRollupsMatchSources()
    {
        using var db = new SqliteConnection($"Data Source={Path.Combine(api.DataDirectory, "asnapi.db")};Mode=ReadOnly");
        db.Open();
        const string table = "SELECT TenantId, SessionId, UnitId, Participants, Respondents, ScoreSum, ScoreCount, Scored, PreSum, PostSum, Improved, NormalisedCount, ROUND(NormalisedSum, 9) FROM EffectivenessRollups";
        var source = AsnApi.Features.Shared.EffectivenessRollups.Source
            .Replace("en.TenantId = @TenantId AND en.SessionId = @SessionId AND ", "")
            .Replace("COALESCE(SUM(CASE WHEN en.PreTestScore IS NOT NULL AND en.PostTestScore IS NOT NULL AND en.PreTestScore < 100 THEN CAST(en.PostTestScore - en.PreTestScore AS FLOAT) / (100 - en.PreTestScore) END), 0) AS NormalisedSum",
                "ROUND(COALESCE(SUM(CASE WHEN en.PreTestScore IS NOT NULL AND en.PostTestScore IS NOT NULL AND en.PreTestScore < 100 THEN CAST(en.PostTestScore - en.PreTestScore AS FLOAT) / (100 - en.PreTestScore) END), 0), 9) AS NormalisedSum");
        Assert.Contains("ROUND(", source);
        using var diff = db.CreateCommand();
        diff.CommandText = $"SELECT (SELECT COUNT(*) FROM (SELECT * FROM ({table}) EXCEPT SELECT * FROM ({source}))) + (SELECT COUNT(*) FROM (SELECT * FROM ({source}) EXCEPT SELECT * FROM ({table})))";
        Assert.Equal(0L, (long)diff.ExecuteScalar()!);
    }
}
