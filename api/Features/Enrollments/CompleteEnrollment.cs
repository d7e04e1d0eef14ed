using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Pipeline;
using Mediator;

namespace AsnApi.Features.Enrollments;

/// <summary>
/// A participant completed the training: in one transaction the program's JP is credited to the ledger (dated the
/// session's last day, so it counts in the year the training ended), a certificate number is issued when the program
/// grants one, and the matching items of the employee's approved development plans (same competency, one the program
/// develops, and same form) are closed with a link to this enrollment.
/// </summary>
public static class CompleteEnrollment
{
    public sealed record Command(Guid SessionId, Guid Id, int IfMatch) : ICommand<EnrollmentResponse>;

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock, IMediator mediator) : ICommandHandler<Command, EnrollmentResponse>
    {
        public async ValueTask<EnrollmentResponse> Handle(Command cmd, CancellationToken ct)
        {
            var state = await EnrollmentSql.Load(db, user, cmd.SessionId, cmd.Id, cmd.IfMatch, ct);
            EnrollmentSql.EnsureCanMove(state.Status, EnrollmentStatus.Completed);
            EnrollmentSql.EnsureSessionAllows(state.SessionStatus, EnrollmentStatus.Completed);
            var tenantId = await user.TenantId(ct);
            await TrainingCompletion.Credit(db, new TrainingCompletion.Completion(tenantId, cmd.Id, state.Version, state.Status, state.EmployeeId, state.EndDate,
                state.ProgramId, state.ProgramCode, state.ProgramTitle, state.ProgramForm, state.ProgramJp, state.GrantsCertificate), clock.GetUtcNow(), EnrollmentSql.Resource, ct);
            audit.Touch("TrainingEnrollment", cmd.Id);
            return await mediator.Send(new GetEnrollment.Query(cmd.SessionId, cmd.Id), ct);
        }
    }
}
