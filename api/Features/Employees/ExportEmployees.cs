using System.Runtime.CompilerServices;
using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Features.Shared;
using FluentValidation;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using Dapper;
using Mediator;

namespace AsnApi.Features.Employees;

/// <summary>
/// The employee list as a file, with the list's filters, scope and sort: every row, streamed from the database to the
/// response. NIPs and birth dates as the list shows them to the caller (masked NIP and no birth date without
/// personal-data access).
/// </summary>
public static class ExportEmployees
{
    public sealed record Query(
        string? Q, Guid? UnitId, Guid? UnderUnitId, Guid? PositionId, PositionType? PositionType, EmploymentType? EmploymentType,
        bool? Active, string? Sort, ExportFormat? Format = null) : IStreamQuery<EmployeeResponse>;

    public sealed class Validator : FluentValidation.AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Q).MaximumLength(100);
            RuleFor(q => q.Sort).MaximumLength(30);
        }
    }

    // The pipeline validates commands and queries, not streams: the handler runs the validator itself.
    private static readonly Validator Check = new();

    [Sql]
    internal static IEnumerable<string> AllVariants(ISqlDialect d) =>
        from personal in new[] { true, false }
        from scoped in new[] { true, false }
        select ListEmployees.Build(d, new ListEmployees.Filters(scoped, true, false, true, true, true, true, true, true, true),
            Listing.OrderBy("name", ListEmployees.SortsFor(d, personal), "name", "e.Id"), paged: false).Select;

    internal sealed class Handler(Db db, CurrentUser user) : IStreamQueryHandler<Query, EmployeeResponse>
    {
        public async IAsyncEnumerable<EmployeeResponse> Handle(Query query, [EnumeratorCancellation] CancellationToken ct)
        {
            await FluentValidation.DefaultValidatorExtensions.ValidateAndThrowAsync(Check, query, ct);
            var sorts = ListEmployees.SortsFor(db.Dialect, user.CanSeePersonalData);
            var orderBy = Listing.OrderBy(query.Sort, sorts, "name", "e.Id");
            var tenantId = await user.TenantId(ct);
            var underPath = await UnitTree.SubtreePattern(db, tenantId, query.UnderUnitId, ct);
            var scope = await user.UnitScope(ct);
            var nipLike = query.Q?.Trim() is { Length: > 0 } t && t.All(c => char.IsAsciiDigit(c) || c is ' ' or '*');
            var name = nipLike ? NameSearch.From(null) : NameSearch.From(query.Q);
            var nipPrefix = nipLike ? PersonalData.NipSearchPattern(query.Q, user.CanSeePersonalData) : null;
            var filters = new ListEmployees.Filters(scope != "%", name.NameWordCount > 0, nipPrefix is not null, !string.IsNullOrWhiteSpace(query.Q),
                query.UnitId is not null, underPath is not null, query.PositionId is not null,
                query.PositionType is not null, query.EmploymentType is not null, query.Active is not null);
            var (_, sql) = ListEmployees.Build(db.Dialect, filters, orderBy, paged: false);
            var args = new
            {
                TenantId = tenantId, Scope = scope, ShowPersonal = user.CanSeePersonalData,
                name.NameMatch, name.NameWords, name.NameWordCount, NipPrefix = nipPrefix,
                query.UnitId, UnderPath = underPath, query.PositionId, PositionType = query.PositionType?.ToString(),
                EmploymentType = query.EmploymentType?.ToString(), query.Active,
            };
            await foreach (var row in (await db.Connection(ct)).QueryUnbufferedAsync<EmployeeResponse>(sql, args, db.Transaction).WithCancellation(ct))
                yield return row;
        }
    }

    private static ExportColumn<EmployeeResponse>[] Columns(bool personal) =>
    [
        new("NIP", e => Nip.Grouped(personal ? e.Nip : PersonalData.MaskNip(e.Nip))), new("Nama", e => e.Name),
        new("Jenis Kepegawaian", e => e.EmploymentType == EmploymentType.Pppk ? "PPPK" : "PNS"), new("Jenis Kelamin", e => e.Sex.ToString()),
        new("Tanggal Lahir", e => personal ? e.BirthDate : null), new("Golongan", e => e.Rank), new("Jabatan", e => e.PositionName),
        new("Jenis Jabatan", e => e.PositionType?.ToString()), new("Unit", e => e.UnitName), new("Aktif", e => e.IsActive),
        new("Diperbarui (UTC)", e => e.UpdatedAt),
    ];

    /// <summary>Personal data leaving the system: the export is audited (who, which filters) before the first byte goes out.</summary>
    public static async Task<IResult> Write(HttpContext http, Query q, IMediator m, CancellationToken ct)
    {
        await FluentValidation.DefaultValidatorExtensions.ValidateAndThrowAsync(Check, q, ct);
        var rows = m.CreateStream(q, ct);
        await m.Send(new RecordExport.Command("Employees", q with { Format = q.Format ?? ExportFormat.Csv }), ct);
        return await TableExport.Write(http, $"pegawai-{DateTime.UtcNow:yyyyMMdd}", q.Format, Columns(PersonalData.Allowed(http.User)), rows, ct);
    }
}
