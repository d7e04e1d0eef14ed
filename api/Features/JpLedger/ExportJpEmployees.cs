using System.Runtime.CompilerServices;
using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using Dapper;
using FluentValidation;
using Mediator;

namespace AsnApi.Features.TrainingLedger;

/// <summary>
/// The per-employee JP summary as a file, with the list's filters and sort: every row, streamed from the database.
/// NIPs masked for callers without personal-data access; every export is audited.
/// </summary>
public static class ExportJpEmployees
{
    public sealed record Query(int? Year, Guid? UnderUnitId, PositionType? PositionType, EmploymentType? EmploymentType, bool? Reached, string? Sort,
        ExportFormat? Format = null) : IStreamQuery<JpEmployeeSummary>;

    public sealed class Validator : FluentValidation.AbstractValidator<Query>
    {
        public Validator()
        {
            JpLedgerScope.Year(this, q => q.Year);
            RuleFor(q => q.Sort).MaximumLength(60);
        }
    }

    // The pipeline validates commands and queries, not streams: the endpoint runs the validator itself.
    private static readonly Validator Check = new();

    internal static string Sql(bool under, bool type, bool employmentType, bool? reached, string orderBy) =>
        $"SELECT {ListJpEmployees.Columns} FROM {ListBelowTarget.From(false)} WHERE {string.Join(" AND ", ListJpEmployees.Where(under, type, employmentType, reached))} ORDER BY {orderBy}";

    [Sql]
    internal static IEnumerable<string> AllVariants(ISqlDialect d) =>
        from reached in new bool?[] { true, false, null } select Sql(true, true, true, reached, ListJpEmployees.OrderBy(d, null, false));

    internal sealed class Handler(Db db, CurrentUser user, TimeProvider clock) : IStreamQueryHandler<Query, JpEmployeeSummary>
    {
        public async IAsyncEnumerable<JpEmployeeSummary> Handle(Query query, [EnumeratorCancellation] CancellationToken ct)
        {
            await FluentValidation.DefaultValidatorExtensions.ValidateAndThrowAsync(Check, query, ct);
            var a = await ListBelowTarget.Resolve(db, user, new ListBelowTarget.Query(query.Year, query.UnderUnitId, query.PositionType, query.EmploymentType, null, null, null), clock.GetUtcNow(), ct);
            var sql = Sql(a.UnderPath is not null, a.PositionType is not null, a.EmploymentType is not null, query.Reached, ListJpEmployees.OrderBy(db.Dialect, query.Sort, user.CanSeePersonalData));
            await foreach (var row in (await db.Connection(ct)).QueryUnbufferedAsync<JpEmployeeSummary>(sql, a, db.Transaction).WithCancellation(ct))
                yield return row;
        }
    }

    private static ExportColumn<JpEmployeeSummary>[] Columns(int year, bool fullNip) =>
    [
        new("Tahun", _ => year), new("NIP", n => Nip.Grouped(fullNip ? n.Nip : PersonalData.MaskNip(n.Nip))), new("Nama", n => n.Name),
        new("Unit", n => n.UnitName), new("Jabatan", n => n.PositionName), new("Jenis Jabatan", n => n.PositionType?.ToString()),
        new("Jenis Kepegawaian", n => n.EmploymentType == EmploymentType.Pppk ? "PPPK" : "PNS"),
        new("Target JP", n => n.TargetJp), new("JP Diperoleh", n => n.EarnedJp), new("JP Klasikal", n => n.ClassroomJp), new("JP Nonklasikal", n => n.NonClassroomJp),
        new("Sisa JP", n => n.RemainingJp), new("Mencapai Target", n => n.ReachedTarget),
    ];

    /// <summary>Personal data leaving the system: the export is audited (who, which filters) before the first byte goes out.</summary>
    public static async Task<IResult> Write(HttpContext http, Query q, int year, IMediator m, CancellationToken ct)
    {
        await FluentValidation.DefaultValidatorExtensions.ValidateAndThrowAsync(Check, q, ct);
        var rows = m.CreateStream(q, ct);
        await m.Send(new RecordExport.Command("JpEmployees", q with { Year = year, Format = q.Format ?? ExportFormat.Csv }), ct);
        return await TableExport.Write(http, $"capaian-jp-pegawai-{year}", q.Format, Columns(year, PersonalData.Allowed(http.User)), rows, ct);
    }
}
