using AsnApi.Contracts;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Pipeline;
using FluentValidation;
using Mediator;

namespace AsnApi.Features.ExternalActivities;

/// <summary>Records an activity done outside any session and credits its JP in the ledger, in one transaction.</summary>
public static class CreateExternalActivity
{
    public sealed record Command(Guid EmployeeId, ExternalActivityRequest Body) : ICommand<ExternalActivityResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock) => RuleFor(c => c.Body).NotNull().SetValidator(new ExternalActivityRequestValidator(clock));
    }

    [Sql] internal const string Insert = """
        INSERT INTO ExternalActivities (Id, TenantId, EmployeeId, Title, Form, ActivityDate, Jp, Organizer, EvidenceReference, CreatedBy, Version, CreatedAt, UpdatedAt)
        VALUES (@Id, @TenantId, @EmployeeId, @Title, @Form, @ActivityDate, @Jp, @Organizer, @EvidenceReference, @CreatedBy, 1, @Now, @Now)
        """;

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock) : ICommandHandler<Command, ExternalActivityResponse>
    {
        public async ValueTask<ExternalActivityResponse> Handle(Command cmd, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            await ExternalActivitySql.EnsureEmployee(db, user, tenantId, cmd.EmployeeId, ct);
            var b = cmd.Body;
            var id = Guid.NewGuid();
            var now = clock.GetUtcNow();
            var title = b.Title!.Trim();
            await db.Execute(Insert, new
            {
                Id = id, TenantId = tenantId, cmd.EmployeeId, Title = title, Form = b.Form!.Value.ToString(), ActivityDate = b.ActivityDate!.Value, Jp = b.Jp!.Value,
                Organizer = Blank(b.Organizer), EvidenceReference = Blank(b.EvidenceReference), CreatedBy = user.Name, Now = now,
            }, ct);
            await JpLedger.Add(db, new JpLedger.Credit(tenantId, cmd.EmployeeId, b.ActivityDate.Value, b.Form.Value, b.Jp.Value, JpLedgerSource.ExternalActivity, id, title), now, ct);
            audit.Touch("ExternalActivity", id);
            return await ExternalActivitySql.Load(db, user, tenantId, cmd.EmployeeId, id, ct);
        }
    }

    internal static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
