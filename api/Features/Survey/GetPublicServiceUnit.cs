using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using Mediator;

namespace AsnApi.Features.Survey;

/// <summary>What the public form shows before anyone signs in: the service unit's name, its service types, whether the survey is open, the questions.</summary>
public static class GetPublicServiceUnit
{
    public sealed record Query(string TenantCode, string Slug) : IQuery<PublicServiceUnitResponse>;

    internal static readonly IReadOnlyList<UnsurInfo> Questions = Unsur.Names.Select((n, i) => new UnsurInfo { Code = Unsur.Code(i), Name = n }).ToList();

    internal sealed class Handler(Db db) : IQueryHandler<Query, PublicServiceUnitResponse>
    {
        public async ValueTask<PublicServiceUnitResponse> Handle(Query query, CancellationToken ct)
        {
            var su = await db.Single<SurveySql.PublicUnitRow>(SurveySql.PublicUnit, new { query.TenantCode, query.Slug }, ct) ?? throw new NotFoundException("Unit layanan");
            return new PublicServiceUnitResponse
            {
                Name = su.Name, Slug = su.Slug, TenantName = su.TenantName, UnitName = su.UnitName, ServiceTypes = ServiceTypeList.Parse(su.ServiceTypes),
                SurveyOpen = su.SurveyOpen, Unsur = Questions,
            };
        }
    }
}
