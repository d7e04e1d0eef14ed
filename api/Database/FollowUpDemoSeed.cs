using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Features.FollowUps;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Database;

namespace AsnApi.Database;

/// <summary>
/// Post-training follow-ups for the demo: of the completed enrollments whose follow-up has fallen due, about half are
/// filed (most on time, some late, a few with a re-assessed level recorded as a PostTrainingEvaluation assessment);
/// the rest stay due or overdue, and recent trainings are not yet due, so the queue shows every state.
/// Deterministic per tenant; written through the feature's own statements.
/// </summary>
internal static class FollowUpDemoSeed
{
    private sealed class Completion
    {
        public Guid EnrollmentId { get; init; }
        public Guid EmployeeId { get; init; }
        public Guid ProgramId { get; init; }
        public string ProgramTitle { get; init; } = "";
        public string SessionName { get; init; } = "";
        public DateOnly EndDate { get; init; }
    }

    [Sql] internal const string Completions = """
        SELECT en.Id AS EnrollmentId, en.EmployeeId, s.ProgramId, p.Title AS ProgramTitle, s.Name AS SessionName, s.EndDate
        FROM TrainingEnrollments en JOIN TrainingSessions s ON s.Id = en.SessionId JOIN TrainingPrograms p ON p.Id = s.ProgramId
        WHERE en.TenantId = @TenantId AND en.Status = 'Completed' AND s.EndDate <= @FallenDueBy
        ORDER BY s.EndDate, en.Id
        """;

    public static async Task Seed(Db db, int tenantIndex, Guid tenantId, string tenantCode, DateTimeOffset now, CancellationToken ct)
    {
        var random = new Random(7300 + tenantIndex);
        var today = SurveyRollups.DayOf(now);
        var months = FollowUpRules.DefaultMonths;
        var (_, fallenDueBy) = FollowUpRules.EndDatesDueOn(today, months);
        var completions = await db.Query<Completion>(Completions, new { TenantId = tenantId, FallenDueBy = fallenDueBy }, ct);
        foreach (var c in completions)
        {
            if (random.Next(100) >= 55) continue;
            var due = FollowUpRules.DueOn(c.EndDate, months);
            var deadline = FollowUpRules.Deadline(c.EndDate, months);
            // Most within the window, some after the deadline (when the deadline has passed), never in the future.
            var late = deadline < today && random.Next(100) < 20;
            var filedOn = late ? deadline.AddDays(1 + random.Next(Math.Max(1, today.DayNumber - deadline.DayNumber)))
                : due.AddDays(random.Next(Math.Max(1, (deadline < today ? deadline : today).DayNumber - due.DayNumber + 1)));
            if (filedOn > today) filedOn = today;
            var filedAt = new DateTimeOffset(filedOn.ToDateTime(new TimeOnly(3, 0)), TimeSpan.Zero);
            var filedBy = random.Next(3) == 0 ? $"admin@{tenantCode}" : $"kadinkes@{tenantCode}";
            var program = await db.Query<FollowUpWrites.ProgramCompetency>(FollowUpWrites.ProgramCompetencies, new { c.ProgramId, TenantId = tenantId }, ct);
            var current = (await db.Query<FollowUpWrites.Level>(FollowUpWrites.CurrentLevels, new { c.EmployeeId, TenantId = tenantId }, ct)).ToDictionary(l => l.CompetencyId, l => l.Value);
            var ratings = program.Select(p =>
            {
                int? before = current.TryGetValue(p.CompetencyId, out var l) ? l : null;
                int? reassessed = before is { } b && b < 5 && random.Next(100) < 15 ? b + 1 : null;
                return new { p.CompetencyId, Application = 2 + random.Next(4), ReassessedLevel = reassessed, LevelBefore = before };
            }).ToList();
            Guid? assessmentId = null;
            if (ratings.Any(r => r.ReassessedLevel is not null))
            {
                assessmentId = Guid.NewGuid();
                await AssessmentWrites.Record(db, new AssessmentWrites.Assessment(assessmentId.Value, tenantId, c.EmployeeId, filedOn, AssessmentMethod.PostTrainingEvaluation, filedBy,
                    $"Evaluasi pasca pelatihan: {c.ProgramTitle} ({c.SessionName})",
                    ratings.Where(r => r.ReassessedLevel is not null).Select(r => new AssessmentWrites.Result(r.CompetencyId, r.ReassessedLevel!.Value)).ToList()), filedAt, filedBy, ct);
            }
            await db.Execute(FileFollowUp.Insert, new
            {
                c.EnrollmentId, TenantId = tenantId, c.EmployeeId, Notes = random.Next(3) == 0 ? "Sudah menerapkan materi pelatihan dalam pekerjaan sehari-hari." : null,
                AssessmentId = assessmentId, FiledOn = filedOn, OnTime = filedOn <= deadline, Now = filedAt, FiledBy = filedBy,
            }, ct);
            await db.Execute(FollowUpWrites.InsertRating, ratings.Select(r => new
            {
                c.EnrollmentId, r.CompetencyId, TenantId = tenantId, r.Application, r.ReassessedLevel, r.LevelBefore,
            }).ToList(), ct);
        }
    }
}
