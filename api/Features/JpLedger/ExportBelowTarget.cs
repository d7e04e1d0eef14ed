using System.Runtime.CompilerServices;
using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Features.Shared;
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
    public sealed record Query(int? Year, Guid? UnderUnitId, PositionType? PositionType, EmploymentType? EmploymentType, string? Sort, ExportFormat? Format = null) : IStreamQuery<JpBelowTargetEmployee>;

    public sealed class Validator : FluentValidation.AbstractValidator<Query>
    {
        public Validator() => JpLedgerScope.Year(this, q => q.Year);
    }

    // The pipeline validates commands and queries, not streams: the handler runs the validator itself.
    private static readonly Validator Check = new();

    internal static string Sql(bool standing, bool scoped, bool under, bool type, bool employmentType, string orderBy) =>
        $"SELECT {ListBelowTarget.Columns(standing)} FROM {ListBelowTarget.From(standing)} WHERE {string.Join(" AND ", ListBelowTarget.Where(standing, scoped, under, type, employmentType))} ORDER BY {orderBy}";

    [Sql] internal static IEnumerable<string> AllVariants(ISqlDialect d) => new[] { true, false }.Select(standing => Sql(standing, true, true, true, true, ListBelowTarget.OrderBy(d, standing, null, false)));

    internal sealed class Handler(Db db, CurrentUser user, TimeProvider clock) : IStreamQueryHandler<Query, JpBelowTargetEmployee>
    {
        public async IAsyncEnumerable<JpBelowTargetEmployee> Handle(Query query, [EnumeratorCancellation] CancellationToken ct)
        {
            await FluentValidation.DefaultValidatorExtensions.ValidateAndThrowAsync(Check, query, ct);
            var a = await ListBelowTarget.Resolve(db, user, new ListBelowTarget.Query(query.Year, query.UnderUnitId, query.PositionType, query.EmploymentType, null, null, null), clock.GetUtcNow(), ct);
            var sql = Sql(a.Standing, a.Scope != "%", a.UnderPath is not null, a.PositionType is not null, a.EmploymentType is not null,
                ListBelowTarget.OrderBy(db.Dialect, a.Standing, query.Sort, user.CanSeePersonalData));
            await foreach (var row in (await db.Connection(ct)).QueryUnbufferedAsync<JpBelowTargetEmployee>(sql, a, db.Transaction).WithCancellation(ct))
                yield return row;
        }
    }

    private static ExportColumn<JpBelowTargetEmployee>[] Columns(int year, bool fullNip) =>
    [
        new("Tahun", _ => year), new("NIP", n => Nip.Grouped(fullNip ? n.Nip : PersonalData.MaskNip(n.Nip))), new("Nama", n => n.Name),
        new("Unit", n => n.UnitName), new("Jabatan", n => n.PositionName), new("Jenis Kepegawaian", n => n.EmploymentType == EmploymentType.Pppk ? "PPPK" : "PNS"),
        new("Target JP", n => n.TargetJp), new("JP Diperoleh", n => n.EarnedJp), new("Sisa JP", n => n.RemainingJp),
    ];

    /// <summary>Through the shared export writer, like the needs export: a bad filter still answers a problem.</summary>
    public static Task<IResult> Write(HttpContext http, int year, ExportFormat? format, IAsyncEnumerable<JpBelowTargetEmployee> rows, CancellationToken ct) =>
        TableExport.Write(http, $"jp-di-bawah-target-{year}", format, Columns(year, PersonalData.Allowed(http.User)), rows, ct);
}
