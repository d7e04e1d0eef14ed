using AsnApi.Contracts;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using Mediator;

namespace AsnApi.Features.Settings;

/// <summary>The tenant's yearly JP targets; 20 JP for both employment types until a tenant admin changes them.</summary>
public static class GetTrainingSettings
{
    public sealed record Query : IQuery<TrainingSettingsDto>;

    internal sealed class Handler(Db db, CurrentUser user) : IQueryHandler<Query, TrainingSettingsDto>
    {
        public async ValueTask<TrainingSettingsDto> Handle(Query query, CancellationToken ct) => await TrainingSettings.Load(db, await user.TenantId(ct), ct);
    }
}
