using System.Runtime.CompilerServices;
using System.Text;
using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using Dapper;
using Mediator;

namespace AsnApi.Features.TrainingLedger;

/// <summary>
/// The below-target list as CSV for Excel set to Indonesian, with the list's filters and sort: every row, streamed
/// from the database. The format is the needs export's (UTF-8 with a BOM, semicolons, Indonesian headers, grouped
/// NIPs masked for callers without personal-data access, formula text defused).
/// </summary>
public static class ExportBelowTarget
{
    public sealed record Query(int? Year, Guid? UnderUnitId, PositionType? PositionType, EmploymentType? EmploymentType, string? Sort) : IStreamQuery<JpBelowTargetEmployee>;

    public sealed class Validator : FluentValidation.AbstractValidator<Query>
    {
        public Validator() => JpLedgerScope.Year(this, q => q.Year);
    }

    // The pipeline validates commands and queries, not streams: the handler runs the validator itself.
    private static readonly Validator Check = new();

    internal static string Sql(ISqlDialect d, bool under, bool type, bool employmentType, string orderBy) =>
        $"SELECT {ListBelowTarget.Columns} FROM {ListBelowTarget.From} WHERE {string.Join(" AND ", ListBelowTarget.Where(under, type, employmentType))} ORDER BY {orderBy}";

    [Sql] internal static IEnumerable<string> AllVariants(ISqlDialect d) => [Sql(d, true, true, true, ListBelowTarget.OrderBy(d, null, false))];

    internal sealed class Handler(Db db, CurrentUser user, TimeProvider clock) : IStreamQueryHandler<Query, JpBelowTargetEmployee>
    {
        public async IAsyncEnumerable<JpBelowTargetEmployee> Handle(Query query, [EnumeratorCancellation] CancellationToken ct)
        {
            await FluentValidation.DefaultValidatorExtensions.ValidateAndThrowAsync(Check, query, ct);
            var a = await ListBelowTarget.Resolve(db, user, new ListBelowTarget.Query(query.Year, query.UnderUnitId, query.PositionType, query.EmploymentType, null, null, null), clock.GetUtcNow(), ct);
            var sql = Sql(db.Dialect, a.UnderPath is not null, a.PositionType is not null, a.EmploymentType is not null, ListBelowTarget.OrderBy(db.Dialect, query.Sort, user.CanSeePersonalData));
            await foreach (var row in (await db.Connection(ct)).QueryUnbufferedAsync<JpBelowTargetEmployee>(sql, a, db.Transaction).WithCancellation(ct))
                yield return row;
        }
    }

    private static readonly string[] Headers = ["Tahun", "NIP", "Nama", "Unit", "Jabatan", "Jenis Kepegawaian", "Target JP", "JP Diperoleh", "Sisa JP"];

    /// <summary>Like the needs export: the first row is read before anything is written, so a bad filter still answers a problem.</summary>
    public static async Task<IResult> Write(HttpContext http, int year, IAsyncEnumerable<JpBelowTargetEmployee> rows, CancellationToken ct)
    {
        var e = rows.GetAsyncEnumerator(ct);
        try
        {
            var any = await e.MoveNextAsync();
            var fullNip = PersonalData.Allowed(http.User);
            http.Response.ContentType = "text/csv; charset=utf-8";
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"jp-di-bawah-target-{year}.csv\"";
            await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 16 * 1024) { NewLine = "\r\n" };
            await writer.WriteLineAsync(string.Join(';', Headers));
            for (; any; any = await e.MoveNextAsync())
            {
                var n = e.Current;
                await writer.WriteLineAsync(string.Join(';', new[]
                {
                    year.ToString(), Nip.Grouped(fullNip ? n.Nip : PersonalData.MaskNip(n.Nip)), Cell(n.Name), Cell(n.UnitName), Cell(n.PositionName),
                    n.EmploymentType == EmploymentType.Pppk ? "PPPK" : "PNS", n.TargetJp.ToString(), n.EarnedJp.ToString(), n.RemainingJp.ToString(),
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
