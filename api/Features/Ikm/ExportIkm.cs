using System.Runtime.CompilerServices;
using AsnApi.Contracts;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using Dapper;
using Mediator;

namespace AsnApi.Features.Ikm;

/// <summary>
/// The tenant's (or a sub-tree's) IKM report as a file: one row per service unit, by name, with the figures of
/// <see cref="GetTenantIkm"/> for the same period, then the combined row. Read from the rollups, like the report.
/// </summary>
public static class ExportIkm
{
    public sealed record Query(Guid? UnderUnitId, DateOnly? From, DateOnly? To, ExportFormat? Format = null) : IStreamQuery<Row>;

    /// <summary>A line of the file: a service unit's report, or (<see cref="Combined"/>) all of them together.</summary>
    public sealed record Row(string Name, string? Slug, string? UnitName, DateOnly From, DateOnly To, int Respondents, long Population, int RequiredSample,
        bool SampleSufficient, IReadOnlyList<UnsurScore> Unsur, decimal? Ikm, IkmGrade? Grade, string? GradeLabel, UnsurScore? Weakest, bool Combined)
    {
        public static Row Of(IkmResponse r) => new(r.ServiceUnitName, r.Slug, r.UnitName, r.From, r.To, r.RespondentCount, r.PopulationInPeriod, r.RequiredSample,
            r.SampleSufficient, r.Unsur, r.Ikm, r.Grade, r.GradeLabel, r.WeakestUnsur, false);

        public static Row Of(IkmSummary s, DateOnly from, DateOnly to) => new($"Gabungan ({s.ServiceUnitCount} unit layanan)", null, null, from, to, s.RespondentCount,
            s.PopulationInPeriod, s.RequiredSample, s.SampleSufficient, s.Unsur, s.Ikm, s.Grade, s.GradeLabel, s.WeakestUnsur, true);
    }

    internal sealed class Handler(Db db, CurrentUser user, TimeProvider clock) : IStreamQueryHandler<Query, Row>
    {
        public async IAsyncEnumerable<Row> Handle(Query query, [EnumeratorCancellation] CancellationToken ct)
        {
            var (from, to) = IkmPeriod.Resolve(query.From, query.To, clock);
            var tenantId = await user.TenantId(ct);
            var underPath = await UnitTree.SubtreePattern(db, tenantId, query.UnderUnitId, ct);
            var args = new { TenantId = tenantId, Scope = await user.UnitScope(ct), UnderPath = underPath, From = from, To = to };
            // One row of sums per service unit (flat in responses); kept for the combined row, which needs them all.
            var seen = new List<IkmSql.UnitRow>();
            await foreach (var row in (await db.Connection(ct)).QueryUnbufferedAsync<IkmSql.UnitRow>(IkmSql.UnitSums(one: false, under: underPath is not null), args, db.Transaction).WithCancellation(ct))
            {
                seen.Add(row);
                yield return Row.Of(IkmSql.Report(row, from, to));
            }
            yield return Row.Of(IkmSql.Combined(seen, from, to), from, to);
        }
    }

    /// <summary>NRR and weighted NRR to four decimals, the index to the two a reader sees and the grade is read from (domain.md).</summary>
    private static decimal? Round(decimal? value, int decimals) => value is { } v ? Math.Round(v, decimals, MidpointRounding.AwayFromZero) : null;

    internal static readonly IReadOnlyList<ExportColumn<Row>> Columns =
    [
        new("Unit Layanan", r => r.Name), new("Slug", r => r.Slug), new("Unit Kerja", r => r.UnitName),
        new("Periode Awal", r => r.From), new("Periode Akhir", r => r.To),
        new("Responden", r => r.Respondents), new("Populasi Periode", r => r.Population), new("Sampel Diperlukan", r => r.RequiredSample),
        new("Sampel Memadai", r => r.SampleSufficient),
        .. Enumerable.Range(0, Domain.Unsur.Count).Select(i => new ExportColumn<Row>($"NRR {Domain.Unsur.Code(i)}", r => Round(r.Unsur[i].Nrr, 4))),
        .. Enumerable.Range(0, Domain.Unsur.Count).Select(i => new ExportColumn<Row>($"NRR Tertimbang {Domain.Unsur.Code(i)}", r => Round(r.Unsur[i].Nrr / Domain.Unsur.Count, 4))),
        new("IKM", r => Round(r.Ikm, 2)), new("Mutu", r => r.Grade?.ToString()), new("Kinerja", r => r.GradeLabel),
        new("Unsur Terlemah", r => r.Weakest is { } w ? $"{w.Code} {w.Name}" : null),
    ];

    public static Task<IResult> Write(HttpContext http, Query q, IMediator m, CancellationToken ct) =>
        TableExport.Write(http, $"ikm-{DateTime.UtcNow:yyyyMMdd}", q.Format, Columns, m.CreateStream(q, ct), ct);
}
