namespace AsnApi.Features.Employees;

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
}
