using AsnApi.Contracts;
using AsnApi.Infrastructure.Database;

namespace AsnApi.Features.Standards;

/// <summary>What the standard use cases (and the demo seed) share.</summary>
internal static class StandardSql
{
    internal sealed class PositionRow
    {
        public Guid Id { get; init; }
        public string Name { get; init; } = "";
        public PositionType Type { get; init; }
        public int ManagerialLevel { get; init; }
    }

    /// <summary>The position a standard belongs to, within @Scope ('%' for the whole tenant).</summary>
    [Sql] internal const string Position = """
        SELECT p.Id, p.Name, p.Type, p.ManagerialLevel FROM Positions p JOIN Units u ON u.Id = p.UnitId
        WHERE p.Id = @Id AND p.TenantId = @TenantId AND u.Path LIKE @Scope
        """;

    [Sql] internal const string Insert = "INSERT INTO PositionStandards (PositionId, CompetencyId, TenantId, RequiredLevel) VALUES (@PositionId, @CompetencyId, @TenantId, @RequiredLevel)";
}
