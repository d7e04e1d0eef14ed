using AsnApi.Contracts;
using AsnApi.Infrastructure.Database;

namespace AsnApi.Features.Shared;

/// <summary>
/// The JP ledger's only writer: completions and external activities credit it (and an external activity that is
/// corrected or removed takes its credit back) through here, inside the command's transaction, so the ledger and
/// whatever is kept beside it for the tenant figures can never disagree with their sources.
/// </summary>
public static class JpLedger
{
    public sealed record Credit(Guid TenantId, Guid EmployeeId, DateOnly Date, DevelopmentActivityForm Form, int Jp, JpLedgerSource Source, Guid SourceId, string Title);

    [Sql] internal const string Insert = """
        INSERT INTO JpLedgerEntries (Id, TenantId, EmployeeId, Year, EntryDate, Form, Jp, Source, SourceId, Title, CreatedAt)
        VALUES (@Id, @TenantId, @EmployeeId, @Year, @EntryDate, @Form, @Jp, @Source, @SourceId, @Title, @Now)
        """;

    [Sql] internal const string Delete = "DELETE FROM JpLedgerEntries WHERE TenantId = @TenantId AND Source = @Source AND SourceId = @SourceId";

    /// <summary>Whose credit, and of which year, a removal takes back: the figures to refresh after it.</summary>
    [Sql] internal const string Owner = "SELECT EmployeeId, Year FROM JpLedgerEntries WHERE TenantId = @TenantId AND Source = @Source AND SourceId = @SourceId";

    private sealed class EntryOwner
    {
        public Guid EmployeeId { get; init; }
        public int Year { get; init; }
    }

    public static async Task Add(Db db, Credit c, DateTimeOffset now, CancellationToken ct)
    {
        await db.Execute(Insert, new
        {
            Id = Guid.NewGuid(), c.TenantId, c.EmployeeId, c.Date.Year, EntryDate = c.Date, Form = c.Form.ToString(), c.Jp,
            Source = c.Source.ToString(), c.SourceId, c.Title, Now = now,
        }, ct);
        await JpLedgerRollups.RefreshEmployeeYear(db, c.TenantId, c.EmployeeId, c.Date.Year, ct);
    }

    public static async Task Remove(Db db, Guid tenantId, JpLedgerSource source, Guid sourceId, CancellationToken ct)
    {
        var key = new { TenantId = tenantId, Source = source.ToString(), SourceId = sourceId };
        var owner = await db.Single<EntryOwner>(Owner, key, ct);
        if (owner is null) return;
        await db.Execute(Delete, key, ct);
        await JpLedgerRollups.RefreshEmployeeYear(db, tenantId, owner.EmployeeId, owner.Year, ct);
    }
}
