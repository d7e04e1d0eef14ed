using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using AsnApi.Infrastructure.Pipeline;
using FluentValidation;
using Mediator;

namespace AsnApi.Features.ServiceUnits;

/// <summary>Replaces the whole record, staff included; closing the survey is an update with surveyOpen false.</summary>
public static class UpdateServiceUnit
{
    public sealed record Command(Guid Id, ServiceUnitRequest Body, int IfMatch) : ICommand<ServiceUnitResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Body).NotNull().SetValidator(new ServiceUnitRequestValidator());
    }

    [Sql] internal const string Update = """
        UPDATE ServiceUnits SET UnitId = @UnitId, Name = @Name, Slug = @Slug, ServiceTypes = @ServiceTypes, PopulationPerYear = @PopulationPerYear,
               SurveyOpen = @SurveyOpen, Version = Version + 1, UpdatedAt = @Now
        WHERE Id = @Id AND TenantId = @TenantId AND Version = @Version
        """;

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock, IMediator mediator) : ICommandHandler<Command, ServiceUnitResponse>
    {
        public async ValueTask<ServiceUnitResponse> Handle(Command cmd, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var key = new { cmd.Id, TenantId = tenantId };
            var current = await db.Single<Versioning.Row>(ServiceUnitSql.Current, key, ct) ?? throw new NotFoundException("Unit layanan", cmd.Id);
            Versioning.Expect(cmd.IfMatch, current.Version);
            var b = cmd.Body;
            var (types, staff) = await ServiceUnitWrites.Check(db, tenantId, cmd.Id, b, ct);
            await db.Guarded(Update, new
            {
                cmd.Id, TenantId = tenantId, b.UnitId, Name = b.Name!, Slug = b.Slug!, ServiceTypes = ServiceUnitSql.ServiceTypesJson(types),
                PopulationPerYear = b.PopulationPerYear!.Value, SurveyOpen = b.SurveyOpen ?? true, current.Version, Now = clock.GetUtcNow(),
            }, ServiceUnitSql.Current, key, "Unit layanan", ct);
            await ServiceUnitWrites.ReplaceStaff(db, tenantId, cmd.Id, staff, ct);
            audit.Touch("ServiceUnit", cmd.Id);
            return await mediator.Send(new GetServiceUnit.Query(cmd.Id), ct);
        }
    }
}
