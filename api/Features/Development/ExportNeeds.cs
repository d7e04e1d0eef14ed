using System.Runtime.CompilerServices;
using System.Text;
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
        Guid? CompetencyId, Guid? EmployeeId, Guid? UnderUnitId, string? Sort) : IStreamQuery<DevelopmentNeedResponse>;

    internal static string Sql(ListNeeds.Filters f, string orderBy) =>
        $"SELECT {DevelopmentSql.NeedColumns} FROM {DevelopmentSql.NeedFrom} WHERE {string.Join(" AND ", ListNeeds.Where(f))} ORDER BY {orderBy}";

    [Sql]
    internal static IEnumerable<string> AllVariants() =>
        [Sql(new ListNeeds.Filters(true, true, true, true, true, true), Listing.OrderBy(null, ListNeeds.Sorts, ListNeeds.DefaultSort, "n.Id"))];

    internal sealed class Handler(Db db, CurrentUser user) : IStreamQueryHandler<Query, DevelopmentNeedResponse>
    {
        public async IAsyncEnumerable<DevelopmentNeedResponse> Handle(Query query, [EnumeratorCancellation] CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var underPath = await UnitTree.SubtreePattern(db, tenantId, query.UnderUnitId, ct);
            var filters = new ListNeeds.Filters(query.Year is not null, query.Status is not null, query.Priority is not null, query.CompetencyId is not null, query.EmployeeId is not null, underPath is not null);
            var sql = Sql(filters, Listing.OrderBy(query.Sort, ListNeeds.Sorts, ListNeeds.DefaultSort, "n.Id"));
            var args = new
            {
                TenantId = tenantId, Scope = await user.UnitScope(ct), query.Year, Status = query.Status?.ToString(), Priority = query.Priority?.ToString(),
                query.CompetencyId, query.EmployeeId, UnderPath = underPath,
            };
            await foreach (var row in (await db.Connection(ct)).QueryUnbufferedAsync<DevelopmentNeedResponse>(sql, args, db.Transaction).WithCancellation(ct))
                yield return row;
        }
    }

    private static readonly string[] Headers =
        ["Tahun", "NIP", "Nama", "Unit", "Kode Kompetensi", "Kompetensi", "Level Standar", "Level Asesmen", "Kesenjangan", "Prioritas", "Status", "Ditinjau oleh", "Ditinjau pada (UTC)", "Alasan Penolakan"];

    /// <summary>
    /// Writes the response: UTF-8 with a BOM and semicolons, which is what Excel set to Indonesian opens as
    /// columns (its list separator is ';' because the decimal separator is ','). Times are UTC, said so in the header,
    /// because a tenant may be in WIB, WITA or WIT. The first row is read before
    /// anything is written, so a bad filter still answers a problem instead of a truncated file.
    /// </summary>
    public static async Task<IResult> Write(HttpContext http, IAsyncEnumerable<DevelopmentNeedResponse> rows, CancellationToken ct)
    {
        var e = rows.GetAsyncEnumerator(ct);
        try
        {
            var any = await e.MoveNextAsync();
            // The file bypasses the JSON writer that masks [MaskedNip] properties, so it masks them itself.
            var fullNip = PersonalData.Allowed(http.User);
            // NIPs go out grouped: Excel then keeps them as text instead of turning 18 digits into 1.98E+17.
            http.Response.ContentType = "text/csv; charset=utf-8";
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"kebutuhan-pengembangan-{DateTime.UtcNow:yyyyMMdd}.csv\"";
            await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 16 * 1024) { NewLine = "\r\n" };
            await writer.WriteLineAsync(string.Join(';', Headers));
            for (; any; any = await e.MoveNextAsync())
            {
                var n = e.Current;
                await writer.WriteLineAsync(string.Join(';', new[]
                {
                    n.Year.ToString(), Nip.Grouped(fullNip ? n.Nip : PersonalData.MaskNip(n.Nip)), Cell(n.EmployeeName), Cell(n.UnitName), Cell(n.CompetencyCode), Cell(DevelopmentSql.Subject(n.CompetencyName, n.Predicate?.ToString())),
                    n.RequiredLevel.ToString(), n.AssessedLevel.ToString(), n.Gap.ToString(), n.Priority.ToString(), StatusLabels.Of(n.Status),
                    Cell(n.ReviewedBy), n.ReviewedAt?.UtcDateTime.ToString("yyyy-MM-dd HH:mm") ?? "", Cell(n.RejectionReason),
                }));
            }
            await writer.FlushAsync(ct);
        }
        finally { await e.DisposeAsync(); }
        return Results.Empty;
    }

    /// <summary>Quotes what would break the row, and defuses text that Excel would run as a formula.</summary>
    internal static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        return value.IndexOfAny([';', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
