using AsnApi.Contracts;
using AsnApi.Features.Assessments;
using AsnApi.Infrastructure.Database;

namespace AsnApi.Features.Shared;

/// <summary>
/// Recording an assessment: the event, its results, the current profile and the employee's facts, in the caller's
/// transaction. The assessment endpoint and the post-training follow-up both record through it, so a re-assessed
/// level reaches the profile, the gaps and the rollups exactly as an assessment center's does.
/// </summary>
public static class AssessmentWrites
{
    public sealed record Result(Guid CompetencyId, int Level, string? Note = null);

    public sealed record Assessment(Guid Id, Guid TenantId, Guid EmployeeId, DateOnly AssessedOn, AssessmentMethod Method, string? Assessor, string? Notes,
        IReadOnlyList<Result> Results);

    public static async Task Record(Db db, Assessment a, DateTimeOffset now, string actor, CancellationToken ct)
    {
        await db.Execute(AssessmentSql.Insert, new
        {
            a.Id, a.TenantId, a.EmployeeId, a.AssessedOn, Method = a.Method.ToString(), a.Assessor, a.Notes, CreatedAt = now, CreatedBy = actor,
        }, ct);
        var rows = a.Results.Select(r => new
        {
            AssessmentId = a.Id, r.CompetencyId, a.TenantId, a.EmployeeId, r.Level, r.Note, a.AssessedOn,
        }).ToList();
        await db.Execute(AssessmentSql.InsertResult, rows, ct);
        await db.Execute(CreateAssessment.UpsertCurrent(db.Dialect), rows, ct);
        await CompetencyFacts.RefreshEmployee(db, a.TenantId, a.EmployeeId, ct);
    }
}
