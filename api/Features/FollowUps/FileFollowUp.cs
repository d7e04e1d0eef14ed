using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using AsnApi.Infrastructure.Pipeline;
using FluentValidation;
using Mediator;

namespace AsnApi.Features.FollowUps;

/// <summary>
/// The supervisor (a unit head over the employee's unit) or an admin rates how each competency the training developed
/// is applied on the job. Once per completed enrollment; later changes are corrections.
/// </summary>
public static class FileFollowUp
{
    public sealed record Command(Guid EnrollmentId, FollowUpRequest Body) : ICommand<FollowUpResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Body).NotNull().SetValidator(new FollowUpRequestValidator());
    }

    [Sql] internal const string Insert = """
        INSERT INTO TrainingFollowUps (EnrollmentId, TenantId, EmployeeId, Notes, AssessmentId, FiledOn, OnTime, FiledAt, FiledBy, Version, UpdatedAt)
        VALUES (@EnrollmentId, @TenantId, @EmployeeId, @Notes, @AssessmentId, @FiledOn, @OnTime, @Now, @FiledBy, 1, @Now)
        """;

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock) : ICommandHandler<Command, FollowUpResponse>
    {
        public async ValueTask<FollowUpResponse> Handle(Command cmd, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var row = await FollowUpSql.Find(db, user, tenantId, cmd.EnrollmentId, ct);
            if (row.FiledAt is not null)
                throw new ConflictException($"Tindak lanjut pelatihan ini sudah diisi oleh {row.FiledBy}; ubah isinya sebagai koreksi.", reason: FollowUpWrites.Reasons.AlreadyFiled);
            var ratings = cmd.Body.Ratings!;
            await FollowUpWrites.Check(db, tenantId, row.ProgramId, ratings, ct);
            var now = clock.GetUtcNow();
            var today = FollowUpSql.Today(clock);
            var months = await FollowUpSql.Months(db, tenantId, ct);
            // The follow-up row first, so a second filer racing this one meets the primary key (409) before any assessment is written.
            await db.Execute(Insert, new
            {
                row.EnrollmentId, TenantId = tenantId, row.EmployeeId, Notes = FollowUpWrites.Blank(cmd.Body.Notes), AssessmentId = (Guid?)null, FiledOn = today,
                OnTime = today <= Domain.FollowUpRules.Deadline(row.TrainingEndDate, months),
                Now = now, FiledBy = user.Name,
            }, ct);
            var assessmentId = await FollowUpWrites.Save(db, row, tenantId, ratings, today, now, user.Name, ct);
            if (assessmentId is not null) await db.Execute(SetAssessment, new { row.EnrollmentId, TenantId = tenantId, AssessmentId = assessmentId }, ct);
            audit.Touch("TrainingFollowUp", row.EnrollmentId);
            return await FollowUpSql.Load(db, user, clock, row.EnrollmentId, ct);
        }
    }

    [Sql] internal const string SetAssessment = "UPDATE TrainingFollowUps SET AssessmentId = @AssessmentId WHERE EnrollmentId = @EnrollmentId AND TenantId = @TenantId";
}
