using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using Mediator;

namespace AsnApi.Features.ImprovementPlan;

/// <summary>The tenant's mapping from unsur and complaint categories to competencies; domain.md's default (version 0) until changed.</summary>
public static class GetCompetencyMapping
{
    public sealed record Query : IQuery<CompetencyMappingResponse>;

    internal sealed class Handler(Db db, CurrentUser user) : IQueryHandler<Query, CompetencyMappingResponse>
    {
        public async ValueTask<CompetencyMappingResponse> Handle(Query query, CancellationToken ct) => await MappingSql.Load(db, await user.TenantId(ct), ct);
    }
}
