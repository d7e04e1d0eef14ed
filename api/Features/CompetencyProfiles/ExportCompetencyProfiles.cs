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

namespace AsnApi.Features.CompetencyProfiles;

/// <summary>
/// The competency profiles list as one sheet, with the list's filters, scope and sort: every row, streamed from the
/// database. NIPs masked for callers without personal-data access; every export is audited.
/// </summary>
public static class ExportCompetencyProfiles
{
    public sealed record Query(string? Q, Guid? UnderUnitId, PositionType? PositionType, Guid? CompetencyId, bool? OnlyGaps, string? Sort, ExportFormat? Format = null)
        : IStreamQuery<CompetencyProfileRow>;

    public sealed class Validator : FluentValidation.AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Q).MaximumLength(100);
            RuleFor(q => q.Sort).MaximumLength(60);
        }
    }

    // The pipeline validates commands and queries, not streams: the endpoint runs the validator itself.
    private static readonly Validator Check = new();

    internal static string Sql(ISqlDialect d, ListCompetencyProfiles.Filters f, string orderBy) =>
        $"SELECT {ListCompetencyProfiles.Columns} FROM {ListCompetencyProfiles.From} WHERE {string.Join(" AND ", ListCompetencyProfiles.Where(d, f))} ORDER BY {orderBy}";

    [Sql]
    internal static IEnumerable<string> AllVariants(ISqlDialect d) =>
        from personal in new[] { true, false }
        from f in new[] { new ListCompetencyProfiles.Filters(true, true, true, true, true, false, true), new ListCompetencyProfiles.Filters(false, false, false, false, false, true, true) }
        select Sql(d, f, Listing.OrderBy(null, ListCompetencyProfiles.SortsFor(d, personal), ListCompetencyProfiles.DefaultSort, ListCompetencyProfiles.RowKey));

    internal sealed class Handler(Db db, CurrentUser user) : IStreamQueryHandler<Query, CompetencyProfileRow>
    {
        public async IAsyncEnumerable<CompetencyProfileRow> Handle(Query query, [EnumeratorCancellation] CancellationToken ct)
        {
            await FluentValidation.DefaultValidatorExtensions.ValidateAndThrowAsync(Check, query, ct);
            var orderBy = Listing.OrderBy(query.Sort, ListCompetencyProfiles.SortsFor(db.Dialect, user.CanSeePersonalData), ListCompetencyProfiles.DefaultSort, ListCompetencyProfiles.RowKey);
            var r = await ListCompetencyProfiles.Resolve(db, user, query.Q, query.UnderUnitId, query.PositionType, query.CompetencyId, query.OnlyGaps, 0, 0, ct);
            var sql = Sql(db.Dialect, r.Filters, orderBy);
            await foreach (var row in (await db.Connection(ct)).QueryUnbufferedAsync<ListCompetencyProfiles.Row>(sql, r.Args, db.Transaction).WithCancellation(ct))
                yield return ListCompetencyProfiles.Complete(row, r.Thresholds);
        }
    }

    private static string KindLabel(CompetencyKind kind) => kind switch
    {
        CompetencyKind.Manajerial => "Manajerial",
        CompetencyKind.SosialKultural => "Sosial Kultural",
        _ => "Teknis",
    };

    private static ExportColumn<CompetencyProfileRow>[] Columns(bool fullNip) =>
    [
        new("NIP", r => Nip.Grouped(fullNip ? r.Nip : PersonalData.MaskNip(r.Nip))), new("Nama", r => r.Name), new("Unit", r => r.UnitName),
        new("Jabatan", r => r.PositionName), new("Kode Kompetensi", r => r.CompetencyCode), new("Kompetensi", r => r.CompetencyName),
        new("Jenis Kompetensi", r => KindLabel(r.CompetencyKind)), new("Level Standar", r => r.RequiredLevel), new("Level Saat Ini", r => r.AssessedLevel),
        new("Kesenjangan", r => r.Gap), new("Tanggal Asesmen", r => r.AssessedOn), new("JPM (%)", r => r.Jpm),
        new("Kategori Pengisian Jabatan", r => r.FitLabel), new("Kategori Pemetaan", r => r.MappingLabel), new("JPM Lengkap", r => r.JpmComplete),
    ];

    /// <summary>Personal data leaving the system: the export is audited (who, which filters) before the first byte goes out.</summary>
    public static async Task<IResult> Write(HttpContext http, Query q, IMediator m, CancellationToken ct)
    {
        await FluentValidation.DefaultValidatorExtensions.ValidateAndThrowAsync(Check, q, ct);
        var rows = m.CreateStream(q, ct);
        await m.Send(new RecordExport.Command("CompetencyProfiles", q with { Format = q.Format ?? ExportFormat.Csv }), ct);
        return await TableExport.Write(http, $"profil-kompetensi-{DateTime.UtcNow:yyyyMMdd}", q.Format, Columns(PersonalData.Allowed(http.User)), rows, ct);
    }
}
