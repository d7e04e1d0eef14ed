using System.Net;
using AsnApi.Contracts;

namespace AsnApi.IntegrationTests;

/// <summary>Sessions with participants, scores and statuses over HTTP, and reaction answers, for the effectiveness tests.</summary>
public static class EffectivenessTestData
{
    public sealed record Participant(EmployeeResponse Employee, EnrollmentResponse Enrollment);

    /// <summary>
    /// A program (with the partner) and a session of it from <paramref name="start"/> (three days), with one participant
    /// per entry of <paramref name="scores"/> in the unit with <paramref name="unitCode"/>: each gets the scores and then
    /// completes (or, where <c>complete</c> is false, stays Attending). The session is finished at the end.
    /// </summary>
    public static async Task<(TrainingProgramResponse Program, TrainingSessionResponse Session, List<Participant> People)> Session(HttpClient admin,
        IReadOnlyList<(int? Pre, int? Post, bool Complete)> scores, DateOnly start, string unitCode = "DUKCAPIL", Guid? partnerId = null, TrainingProgramResponse? program = null)
    {
        program ??= await TrainingTestData.CreateProgram(admin, partnerId: partnerId);
        var session = await TrainingTestData.CreateSession(admin, program.Id, capacity: Math.Max(1, scores.Count), start: start, end: start.AddDays(2));
        await TrainingTestData.Open(admin, session.Id);
        var people = new List<Participant>();
        foreach (var _ in scores)
        {
            var employee = await EnrollmentTests.EmployeeIn(admin, unitCode);
            people.Add(new Participant(employee, await EnrollmentTests.Enrolled(admin, session.Id, employee.Id)));
        }
        await TrainingTestData.Start(admin, session.Id);
        for (var i = 0; i < people.Count; i++)
        {
            var url = EnrollmentTests.One(session.Id, people[i].Enrollment.Id);
            await (await admin.Update(url, new EnrollmentUpdateRequest { PreTestScore = scores[i].Pre, PostTestScore = scores[i].Post, Attendance = [] })).Read<EnrollmentResponse>();
            var step = scores[i].Complete ? "complete" : "attend";
            people[i] = people[i] with { Enrollment = await (await admin.Step(url, step)).Read<EnrollmentResponse>() };
        }
        return (program, await TrainingTestData.Finish(admin, session.Id), people);
    }

    public static ReactionAnswerRequest Answer(IEnumerable<int> scores, string? comment = null) => new()
    {
        Scores = scores.Select((s, i) => new ReactionScoreRequest { Position = i + 1, Score = s }).ToList(), Comment = comment,
    };

    public static Task<HttpResponseMessage> Submit(HttpClient c, Guid enrollmentId, ReactionAnswerRequest body) => c.Post($"/api/v1/enrollments/{enrollmentId}/reaction", body);

    public static async Task<ReactionAnswerResponse> Answered(HttpClient c, Guid enrollmentId, params int[] scores) =>
        await (await Submit(c, enrollmentId, Answer(scores))).Read<ReactionAnswerResponse>(HttpStatusCode.Created);

    public static async Task<ReactionLinkResponse> Link(HttpClient c, Guid enrollmentId) =>
        await (await c.PostAsync($"/api/v1/enrollments/{enrollmentId}/reaction-link", null)).Read<ReactionLinkResponse>();

    public static string PublicUrl(string token) => $"/api/v1/public/reaction/{token}";
}
