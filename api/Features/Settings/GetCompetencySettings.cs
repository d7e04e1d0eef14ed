using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using AsnApi.Infrastructure.Pipeline;
using FluentValidation;
using FluentValidation.Results;
using Mediator;

namespace AsnApi.Features.Settings;

/// <summary>The tenant's competency settings; the domain defaults until a tenant admin changes them.</summary>
public static class GetCompetencySettings
{
    public sealed record Query : IQuery<CompetencySettingsDto>;

    internal sealed class Handler(Db db, CurrentUser user) : IQueryHandler<Query, CompetencySettingsDto>
    {
        public async ValueTask<CompetencySettingsDto> Handle(Query query, CancellationToken ct) =>
            await CompetencySettings.Load(db, await user.TenantId(ct), ct);
    }
}
