using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;

namespace AsnApi.Features.EvaluationCycles;

/// <summary>What the cycle use cases (and the demo seed) share: the row read, visibility, the inserts.</summary>
internal static class EvaluationCycleSql
{
    // A tenant-wide cycle has no unit: its path is '' and only the '%' scope (not a unit head's '/…%') matches it.
    public const string Visible = "c.TenantId = @TenantId AND COALESCE(u.Path, '') LIKE @Scope";
    public const string From = "EvaluationCycles c LEFT JOIN Units u ON u.Id = c.UnitId";
    public const string Columns = """
        c.Id, c.Name, c.UnitId, u.Name AS UnitName, u.Path AS UnitPath, c.PeriodFrom, c.PeriodTo, c.Status, c.ClosedAt, c.ClosedBy, c.Version, c.CreatedAt, c.UpdatedAt,
        (SELECT COUNT(*) FROM EvaluationFindings f WHERE f.TenantId = c.TenantId AND f.CycleId = c.Id) AS FindingCount,
        (SELECT COUNT(*) FROM EvaluationActions a WHERE a.TenantId = c.TenantId AND a.CycleId = c.Id AND a.Status IN ('Open', 'InProgress')) AS OpenActionCount
        """;

    [Sql] internal const string One = $"SELECT {Columns} FROM {From} WHERE c.Id = @Id AND {Visible}";
    [Sql] internal const string Current = $"SELECT c.Version FROM {From} WHERE c.Id = @Id AND {Visible}";
    [Sql] internal const string SnapshotOf = "SELECT Snapshot FROM EvaluationCycles WHERE Id = @Id AND TenantId = @TenantId";

    [Sql] internal const string Insert = """
        INSERT INTO EvaluationCycles (Id, TenantId, UnitId, Name, PeriodFrom, PeriodTo, Status, Snapshot, ClosedAt, ClosedBy, Version, CreatedAt, UpdatedAt)
        VALUES (@Id, @TenantId, @UnitId, @Name, @PeriodFrom, @PeriodTo, 'Open', NULL, NULL, NULL, 1, @Now, @Now)
        """;

    [Sql] internal const string Close = """
        UPDATE EvaluationCycles SET Status = 'Closed', Snapshot = @Snapshot, ClosedAt = @Now, ClosedBy = @By, Version = Version + 1, UpdatedAt = @Now
        WHERE Id = @Id AND TenantId = @TenantId AND Version = @Version AND Status = 'Open'
        """;

    internal sealed class Row
    {
        public Guid Id { get; init; }
        public string Name { get; init; } = "";
        public Guid? UnitId { get; init; }
        public string? UnitName { get; init; }
        public string? UnitPath { get; init; }
        public DateOnly PeriodFrom { get; init; }
        public DateOnly PeriodTo { get; init; }
        public EvaluationCycleStatus Status { get; init; }
        public DateTimeOffset? ClosedAt { get; init; }
        public string? ClosedBy { get; init; }
        public int Version { get; init; }
        public DateTimeOffset CreatedAt { get; init; }
        public DateTimeOffset UpdatedAt { get; init; }
        public int FindingCount { get; init; }
        public int OpenActionCount { get; init; }

        public EvaluationCycleResponse ToResponse() => new()
        {
            Id = Id, Name = Name, UnitId = UnitId, UnitName = UnitName, PeriodFrom = PeriodFrom, PeriodTo = PeriodTo, Status = Status,
            StatusLabel = EvaluationRules.Label(Status), ClosedAt = ClosedAt, ClosedBy = ClosedBy, FindingCount = FindingCount, OpenActionCount = OpenActionCount,
            Version = Version, CreatedAt = CreatedAt, UpdatedAt = UpdatedAt,
        };
    }

    public static object Key(Guid id, Guid tenantId, string scope) => new { Id = id, TenantId = tenantId, Scope = scope };

    /// <summary>The cycle as the caller may see it: 404 for another tenant's, one outside a unit head's sub-tree, or none.</summary>
    public static async Task<Row> Load(Db db, CurrentUser user, Guid id, CancellationToken ct) =>
        await db.Single<Row>(One, Key(id, await user.TenantId(ct), await user.UnitScope(ct)), ct) ?? throw new NotFoundException("Siklus evaluasi", id);

    /// <summary>Changes to the cycle itself (its name, period, findings, closing) only while it is open.</summary>
    public static void EnsureOpen(Row cycle)
    {
        if (cycle.Status != EvaluationCycleStatus.Open)
            throw new ConflictException("Siklus evaluasi sudah ditutup; angka dan temuannya tidak dapat diubah lagi, dan siklus tidak dapat dibuka kembali.", reason: "closed");
    }
}
