namespace AsnApi.Features.Positions;

internal static class PositionSql
{
    public const string Columns = "p.Id, p.Code, p.Name, p.Type, p.ManagerialLevel, p.UnitId, u.Name AS UnitName, p.IsActive, p.Version";
    public const string From = "Positions p JOIN Units u ON u.Id = p.UnitId";
}
