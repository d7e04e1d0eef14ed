using AsnApi.Contracts;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.Ikm;

/// <summary>
/// The published grade of one service unit, for the public: the twelve months up to today, figures only (no
/// respondent, no suggestion, no staff), from the same rollups as the staff's report.
/// </summary>
public static class GetPublicIkm
{
    public sealed record Query(string TenantCode, string Slug) : IQuery<PublicIkmResponse>;

    internal sealed class Handler(Db db, TimeProvider clock) : IQueryHandler<Query, PublicIkmResponse>
    {
        public async ValueTask<PublicIkmResponse> Handle(Query query, CancellationToken ct)
        {
            var (from, to) = IkmPeriod.Resolve(null, null, clock);
            var row = await db.Single<IkmSql.UnitRow>(IkmSql.PublicSums, new { query.TenantCode, query.Slug, From = from, To = to }, ct) ?? throw new NotFoundException("Unit layanan");
            var report = IkmSql.Report(row, from, to);
            return new PublicIkmResponse
            {
                ServiceUnitName = report.ServiceUnitName, From = from, To = to, RespondentCount = report.RespondentCount, Unsur = report.Unsur,
                Ikm = report.Ikm, Grade = report.Grade, GradeLabel = report.GradeLabel, SampleSufficient = report.SampleSufficient,
            };
        }
    }
}
