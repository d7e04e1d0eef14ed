using System.Runtime.CompilerServices;
using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Features.Shared;
using AsnApi.Features.Units;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using Dapper;
using Mediator;

namespace AsnApi.Features.Development;

/// <summary>
/// The needs inventory as CSV for Excel, with the list's filters and sort: every row, streamed from the
/// database to the response without holding the list in memory.
/// </summary>
public static class ExportNeeds
{
    public sealed record Query(
        int? Year, DevelopmentNeedStatus? Status, DevelopmentNeedPriority? Priority,
        Guid? CompetencyId, Guid? EmployeeId, Guid? UnderUnitId, string? Sort, ExportFormat? Format = null) : IStreamQuery<DevelopmentNeedResponse>;

    internal static string Sql(ListNeeds.Filters f, string orderBy) =>
        $"SELECT {DevelopmentSql.NeedColumns} FROM {DevelopmentSql.NeedFrom} WHERE {string.Join(" AND ", ListNeeds.Where(f))} ORDER BY {orderBy}";

    [Sql]
    internal static IEnumerable<string> AllVariants() =>
        [Sql(new ListNeeds.Filters(true, true, true, true, true, true), ListNeeds.OrderBy(null))];

    internal sealed class Handler(Db db, CurrentUser user) : IStreamQueryHandler<Query, DevelopmentNeedResponse>
    {
        public async IAsyncEnumerable<DevelopmentNeedResponse> Handle(Query query, [EnumeratorCancellation] CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var underPath = await UnitTree.SubtreePattern(db, tenantId, query.UnderUnitId, ct);
            var filters = new ListNeeds.Filters(query.Year is not null, query.Status is not null, query.Priority is not null, query.CompetencyId is not null, query.EmployeeId is not null, underPath is not null);
            var sql = Sql(filters, ListNeeds.OrderBy(query.Sort));
            var args = new
            {
                TenantId = tenantId, Scope = await user.UnitScope(ct), query.Year, Status = query.Status?.ToString(), Priority = query.Priority?.ToString(),
                query.CompetencyId, query.EmployeeId, UnderPath = underPath,
            };
            await foreach (var row in (await db.Connection(ct)).QueryUnbufferedAsync<DevelopmentNeedResponse>(sql, args, db.Transaction).WithCancellation(ct))
                yield return row;
        }
    }

    /// <summary>The columns; NIPs go out grouped (Excel then keeps them as text), masked for callers without personal-data access.</summary>
    private static ExportColumn<DevelopmentNeedResponse>[] Columns(bool fullNip) =>
    [
        new("Tahun", n => n.Year), new("NIP", n => Nip.Grouped(fullNip ? n.Nip : PersonalData.MaskNip(n.Nip))), new("Nama", n => n.EmployeeName),
        new("Unit", n => n.UnitName), new("Kode Kompetensi", n => n.CompetencyCode), new("Kompetensi", n => DevelopmentSql.Subject(n.CompetencyName, n.Predicate?.ToString())),
        new("Level Standar", n => n.RequiredLevel), new("Level Asesmen", n => n.AssessedLevel), new("Kesenjangan", n => n.Gap),
        new("Prioritas", n => n.Priority.ToString()), new("Status", n => StatusLabels.Of(n.Status)), new("Ditinjau oleh", n => n.ReviewedBy),
        new("Ditinjau pada (UTC)", n => n.ReviewedAt), new("Alasan Penolakan", n => n.RejectionReason),
    ];

    /// <summary>
    /// The shared export writer (CSV for Excel set to Indonesian, or XLSX). The file bypasses the JSON writer that
    /// masks [MaskedNip] properties, so it masks them itself. Times are UTC, said so in the header, because a tenant
    /// may be in WIB, WITA or WIT.
    /// </summary>
    public static Task<IResult> Write(HttpContext http, ExportFormat? format, IAsyncEnumerable<DevelopmentNeedResponse> rows, CancellationToken ct) =>
        TableExport.Write(http, $"kebutuhan-pengembangan-{DateTime.UtcNow:yyyyMMdd}", format, Columns(PersonalData.Allowed(http.User)), rows, ct);
}
