using AsnApi.Infrastructure.Database;

namespace AsnApi.Features.Units;

/// <summary>What the unit use cases (and the demo seed) share: the response columns and the statements more than one of them sends.</summary>
internal static class UnitSql
{
    public const string Columns = """
        u.Id, u.Code, u.Name, u.ParentId, p.Name AS ParentName, u.Path, u.Depth, u.IsActive, u.Version
        """;

    public const string From = "Units u LEFT JOIN Units p ON p.Id = u.ParentId";

    [Sql] internal const string Current = "SELECT ParentId, Path, Depth, IsActive, Version FROM Units WHERE Id = @Id AND TenantId = @TenantId";

    /// <summary>A unit as a change sees it: its place in the tree, state and version.</summary>
    internal sealed class Row
    {
        public Guid? ParentId { get; init; }
        public string Path { get; init; } = "";
        public int Depth { get; init; }
        public bool IsActive { get; init; }
        public int Version { get; init; }
    }

    [Sql] internal const string Insert = """
        INSERT INTO Units (Id, TenantId, ParentId, Code, Name, Path, Depth, IsActive, Version, CreatedAt, UpdatedAt)
        VALUES (@Id, @TenantId, @ParentId, @Code, @Name, @Path, @Depth, 1, 1, @Now, @Now)
        """;
}
