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

namespace AsnApi.Features.Enrollments;

/// <summary>Records a participant's attendance per day and their pre- and post-test scores (the whole set, as a PUT).</summary>
public static class UpdateEnrollment
{
    public sealed record Command(Guid SessionId, Guid Id, EnrollmentUpdateRequest Body, int IfMatch) : ICommand<EnrollmentResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Body).NotNull().SetValidator(new EnrollmentUpdateRequestValidator());
    }

    [Sql] internal const string Update = """
        UPDATE TrainingEnrollments SET PreTestScore = @PreTestScore, PostTestScore = @PostTestScore, Version = Version + 1, UpdatedAt = @Now
        WHERE Id = @Id AND TenantId = @TenantId AND Version = @Version AND Status <> 'Withdrawn'
        """;


    [Sql] internal const string InsertAttendance = "INSERT INTO TrainingAttendance (EnrollmentId, Day, TenantId, Present) VALUES (@Id, @Day, @TenantId, @Present)";

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock, IMediator mediator) : ICommandHandler<Command, EnrollmentResponse>
    {
        public async ValueTask<EnrollmentResponse> Handle(Command cmd, CancellationToken ct)
        {
            var state = await EnrollmentSql.Load(db, user, cmd.SessionId, cmd.Id, cmd.IfMatch, ct);
            if (state.Status == EnrollmentStatus.Withdrawn)
                throw new ConflictException($"Peserta berstatus {StatusLabels.Of(state.Status)}: kehadiran dan nilai tidak dapat dicatat.", reason: EnrollmentSql.Reasons.InvalidTransition);
            var days = cmd.Body.Attendance ?? [];
            var outside = days.Select((a, i) => (a, i)).Where(x => !EnrollmentRules.WithinSession(x.a.Day!.Value, state.StartDate, state.EndDate))
                .Select(x => new ValidationFailure($"attendance[{x.i}].day", $"Tanggal harus di antara {state.StartDate:dd-MM-yyyy} dan {state.EndDate:dd-MM-yyyy} (tanggal angkatan)."))
                .ToList();
            if (outside.Count > 0) throw new ValidationException(outside);

            var tenantId = await user.TenantId(ct);
            var args = new { cmd.Id, TenantId = tenantId, state.Version, cmd.Body.PreTestScore, cmd.Body.PostTestScore, Now = clock.GetUtcNow() };
            await db.Guarded(Update, args, EnrollmentSql.VersionSql, EnrollmentSql.Key(cmd.Id, tenantId), EnrollmentSql.Resource, ct);
            await db.Execute(EnrollmentSql.ClearAttendance, args, ct);
            if (days.Count > 0)
                await db.Execute(InsertAttendance, days.Select(a => new { cmd.Id, a.Day, TenantId = tenantId, a.Present }), ct);
            await EffectivenessRollups.RefreshSession(db, tenantId, cmd.SessionId, ct);
            audit.Touch("TrainingEnrollment", cmd.Id);
            return await mediator.Send(new GetEnrollment.Query(cmd.SessionId, cmd.Id), ct);
        }
    }
}
