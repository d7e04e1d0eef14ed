namespace AsnApi.Features.Units;

/// <summary>The columns of a UnitResponse, shared by the get and list queries.</summary>
internal static class UnitSql
{
    public const string Columns = """
        u.Id, u.Code, u.Name, u.ParentId, p.Name AS ParentName, u.Path, u.Depth, u.IsActive, u.Version
        """;

    public const string From = "Units u LEFT JOIN Units p ON p.Id = u.ParentId";
}
