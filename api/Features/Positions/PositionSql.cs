using AsnApi.Infrastructure.Database;

namespace AsnApi.Features.Positions;

/// <summary>What the position use cases (and the demo seed) share: the response columns and the statements more than one of them sends.</summary>
internal static class PositionSql
{
    public const string Columns = "p.Id, p.Code, p.Name, p.Type, p.ManagerialLevel, p.UnitId, u.Name AS UnitName, p.IsActive, p.Version";
    public const string From = "Positions p JOIN Units u ON u.Id = p.UnitId";

    [Sql] internal const string Current = "SELECT Version, IsActive FROM Positions WHERE Id = @Id AND TenantId = @TenantId";

    [Sql] internal const string Insert = """
        INSERT INTO Positions (Id, TenantId, UnitId, Code, Name, Type, ManagerialLevel, IsActive, Version, CreatedAt, UpdatedAt)
        VALUES (@Id, @TenantId, @UnitId, @Code, @Name, @Type, @Level, 1, 1, @Now, @Now)
        """;
}
