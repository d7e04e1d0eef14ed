using AsnApi.Infrastructure.Database;

namespace AsnApi.Features.Employees;

/// <summary>What the employee use cases (and the demo seed) share: the response columns and the statements more than one of them sends.</summary>
internal static class EmployeeSql
{
    /// <summary>BirthDate is personal data: @ShowPersonal is 0 for roles that may not see it.</summary>
    public const string Columns = """
        e.Id, e.Nip, e.Name, e.EmploymentType, e.Sex,
        CASE WHEN @ShowPersonal = 1 THEN e.BirthDate ELSE NULL END AS BirthDate,
        e.Rank, e.PositionId, p.Name AS PositionName, p.Type AS PositionType,
        e.UnitId, u.Name AS UnitName, e.IsActive, e.Version, e.CreatedAt, e.UpdatedAt
        """;

    public const string From = "Employees e JOIN Units u ON u.Id = e.UnitId LEFT JOIN Positions p ON p.Id = e.PositionId";

    [Sql] internal const string Current = "SELECT Version, IsActive FROM Employees WHERE Id = @Id AND TenantId = @TenantId";

    [Sql] internal const string Insert = """
        INSERT INTO Employees (Id, TenantId, Nip, Name, EmploymentType, Sex, BirthDate, Rank, PositionId, UnitId, IsActive, Version, CreatedAt, UpdatedAt)
        VALUES (@Id, @TenantId, @Nip, @Name, @EmploymentType, @Sex, @BirthDate, @Rank, @PositionId, @UnitId, 1, 1, @Now, @Now)
        """;
}
