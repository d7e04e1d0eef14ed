using AsnApi.Contracts;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using AsnApi.Infrastructure.Pipeline;
using FluentValidation;
using Mediator;

namespace AsnApi.Features.ExternalActivities;

/// <summary>Corrects an activity; its ledger credit is taken back and given again with the new date, form and JP.</summary>
public static class UpdateExternalActivity
{
    public sealed record Command(Guid EmployeeId, Guid Id, ExternalActivityRequest Body, int IfMatch) : ICommand<ExternalActivityResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock) => RuleFor(c => c.Body).NotNull().SetValidator(new ExternalActivityRequestValidator(clock));
    }

    [Sql] internal const string Update = """
        UPDATE ExternalActivities SET Title = @Title, Form = @Form, ActivityDate = @ActivityDate, Jp = @Jp, Organizer = @Organizer,
               EvidenceReference = @EvidenceReference, Version = Version + 1, UpdatedAt = @Now
        WHERE Id = @Id AND EmployeeId = @EmployeeId AND TenantId = @TenantId AND Version = @Version
        """;

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock) : ICommandHandler<Command, ExternalActivityResponse>
    {
        public async ValueTask<ExternalActivityResponse> Handle(Command cmd, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var current = await ExternalActivitySql.Load(db, user, tenantId, cmd.EmployeeId, cmd.Id, ct);
            Versioning.Expect(cmd.IfMatch, current.Version);
            var b = cmd.Body;
            var now = clock.GetUtcNow();
            var title = b.Title!.Trim();
            var key = new { cmd.Id, cmd.EmployeeId, TenantId = tenantId };
            await db.Guarded(Update, new
            {
                cmd.Id, cmd.EmployeeId, TenantId = tenantId, Title = title, Form = b.Form!.Value.ToString(), ActivityDate = b.ActivityDate!.Value, Jp = b.Jp!.Value,
                Organizer = CreateExternalActivity.Blank(b.Organizer), EvidenceReference = CreateExternalActivity.Blank(b.EvidenceReference), current.Version, Now = now,
            }, ExternalActivitySql.Current, key, "Kegiatan pengembangan", ct);
            // Remove, then add: the date may move the credit into another year, and both years' figures follow.
            await JpLedger.Remove(db, tenantId, JpLedgerSource.ExternalActivity, cmd.Id, ct);
            await JpLedger.Add(db, new JpLedger.Credit(tenantId, cmd.EmployeeId, b.ActivityDate.Value, b.Form.Value, b.Jp.Value, JpLedgerSource.ExternalActivity, cmd.Id, title), now, ct);
            audit.Touch("ExternalActivity", cmd.Id);
            return await ExternalActivitySql.Load(db, user, tenantId, cmd.EmployeeId, cmd.Id, ct);
        }
    }
}
