using AsnApi.Infrastructure.Database;

namespace AsnApi.Features.Assessments;

/// <summary>What the assessment use cases (and the demo seed) share: the response columns and the inserts.</summary>
internal static class AssessmentSql
{
    internal const string Columns = """
        a.Id, a.EmployeeId, e.Name AS EmployeeName, e.Nip, a.AssessedOn, a.Method, a.Assessor, a.Notes, a.CreatedAt, a.CreatedBy,
        (SELECT COUNT(*) FROM AssessmentResults r WHERE r.AssessmentId = a.Id) AS ResultCount
        """;
    internal const string From = "Assessments a JOIN Employees e ON e.Id = a.EmployeeId JOIN Units u ON u.Id = e.UnitId";

    [Sql] internal const string Insert = """
        INSERT INTO Assessments (Id, TenantId, EmployeeId, AssessedOn, Method, Assessor, Notes, CreatedAt, CreatedBy)
        VALUES (@Id, @TenantId, @EmployeeId, @AssessedOn, @Method, @Assessor, @Notes, @CreatedAt, @CreatedBy)
        """;
    [Sql] internal const string InsertResult = """
        INSERT INTO AssessmentResults (AssessmentId, CompetencyId, TenantId, EmployeeId, Level, Note)
        VALUES (@AssessmentId, @CompetencyId, @TenantId, @EmployeeId, @Level, @Note)
        """;
}
