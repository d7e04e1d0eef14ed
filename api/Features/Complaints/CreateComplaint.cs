using AsnApi.Contracts;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Pipeline;
using FluentValidation;
using Mediator;

namespace AsnApi.Features.Complaints;

/// <summary>A complaint staff enter (a walk-in, an SMS, a LAPOR! ticket); the public form has its own command.</summary>
public static class CreateComplaint
{
    public sealed record Command(ComplaintRequest Body) : ICommand<ComplaintResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Body).NotNull().SetValidator(new ComplaintRequestValidator());
    }

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock, IMediator mediator) : ICommandHandler<Command, ComplaintResponse>
    {
        public async ValueTask<ComplaintResponse> Handle(Command cmd, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var b = cmd.Body;
            // Another tenant's or another sub-tree's service unit is a bad reference in the body: 422 like other references.
            try { await ServiceUnitScope.EnsureVisible(db, user, b.ServiceUnitId!.Value, ct); }
            catch (Infrastructure.Http.NotFoundException) { throw Infrastructure.Http.Invalid.Field("serviceUnitId", "Unit layanan tidak ditemukan."); }
            var (deadlines, _) = await ComplaintSql.LoadSettings(db, tenantId, ct);
            var id = Guid.NewGuid();
            var now = clock.GetUtcNow();
            await db.Execute(ComplaintSql.InsertOnce(db.Dialect), ComplaintSql.NewRow(tenantId, id, Guid.NewGuid(), b.ServiceUnitId.Value, b.Channel!.Value, b.Type!.Value,
                Blank(b.Category), b.Text!, Blank(b.ExternalReference), Blank(b.ReporterName), Blank(b.ReporterContact), now, deadlines), ct);
            await db.Execute(ComplaintSql.InsertEvent, new { EventId = Guid.NewGuid(), TenantId = tenantId, ComplaintId = id, Version = 1, Status = nameof(ComplaintStatus.Received), At = now, Actor = user.Name, Response = (string?)null }, ct);
            audit.Touch("Complaint", id);
            // The reporter's contact stays out of the log: it is personal data.
            audit.Data = new { b.Channel, b.Type, b.ServiceUnitId, b.Category, b.ExternalReference };
            return await mediator.Send(new GetComplaint.Query(id), ct);
        }
    }

    internal static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
