using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using AsnApi.Infrastructure.Pipeline;
using FluentValidation;
using Mediator;

namespace AsnApi.Features.FollowUps;

/// <summary>
/// Corrects a filed follow-up at the version If-Match names. A changed re-assessed level is a new assessment dated
/// today (assessments are history and are never edited), so the profile takes it and the old one stays on record.
/// </summary>
public static class CorrectFollowUp
{
    public sealed record Command(Guid EnrollmentId, FollowUpRequest Body, int IfMatch) : ICommand<FollowUpResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Body).NotNull().SetValidator(new FollowUpRequestValidator());
    }

    [Sql] internal const string Update = """
        UPDATE TrainingFollowUps SET Notes = @Notes, AssessmentId = @AssessmentId, Version = Version + 1, UpdatedAt = @Now
        WHERE EnrollmentId = @EnrollmentId AND TenantId = @TenantId AND Version = @Version
        """;

    [Sql] internal const string VersionSql = "SELECT Version FROM TrainingFollowUps WHERE EnrollmentId = @EnrollmentId AND TenantId = @TenantId";

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock) : ICommandHandler<Command, FollowUpResponse>
    {
        public async ValueTask<FollowUpResponse> Handle(Command cmd, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var row = await FollowUpSql.Find(db, user, tenantId, cmd.EnrollmentId, ct);
            if (row.FiledAt is null)
                throw new ConflictException("Tindak lanjut pelatihan ini belum diisi; isi dulu, baru dapat dikoreksi.", reason: FollowUpWrites.Reasons.NotFiled);
            Versioning.Expect(cmd.IfMatch, row.Version);
            var ratings = cmd.Body.Ratings!;
            await FollowUpWrites.Check(db, tenantId, row.ProgramId, ratings, ct);
            var now = clock.GetUtcNow();
            var key = new { row.EnrollmentId, TenantId = tenantId };
            // The guarded update first: a stale correction stops at 412 before it records an assessment.
            await db.Guarded(Update, new { row.EnrollmentId, TenantId = tenantId, Notes = FollowUpWrites.Blank(cmd.Body.Notes), row.AssessmentId, Now = now, row.Version },
                VersionSql, key, FollowUpSql.Resource, ct);
            var assessmentId = await FollowUpWrites.Save(db, row, tenantId, ratings, FollowUpSql.Today(clock), now, user.Name, ct);
            if (assessmentId != row.AssessmentId) await db.Execute(FileFollowUp.SetAssessment, new { row.EnrollmentId, TenantId = tenantId, AssessmentId = assessmentId }, ct);
            audit.Touch("TrainingFollowUp", row.EnrollmentId);
            return await FollowUpSql.Load(db, user, clock, row.EnrollmentId, ct);
        }
    }
}
