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

    public static async Task Add(Db db, Credit c, DateTimeOffset now, CancellationToken ct) =>
        await db.Execute(Insert, new
        {
            Id = Guid.NewGuid(), c.TenantId, c.EmployeeId, c.Date.Year, EntryDate = c.Date, Form = c.Form.ToString(), c.Jp,
            Source = c.Source.ToString(), c.SourceId, c.Title, Now = now,
        }, ct);

    public static async Task Remove(Db db, Guid tenantId, JpLedgerSource source, Guid sourceId, CancellationToken ct) =>
        await db.Execute(Delete, new { TenantId = tenantId, Source = source.ToString(), SourceId = sourceId }, ct);
}
