using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Pipeline;
using FluentValidation;
using Mediator;

namespace AsnApi.Features.Appraisals;

/// <summary>A correction of the ratings or notes; the predicate follows from the matrix again. Audited with before and after.</summary>
public static class UpdateAppraisal
{
    public sealed record Command(Guid Id, PerformanceAppraisalUpdateRequest Body, int IfMatch) : ICommand<PerformanceAppraisalResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Body).NotNull().SetValidator(new PerformanceAppraisalUpdateRequestValidator());
    }

    [Sql] internal const string Update = """
        UPDATE PerformanceAppraisals SET ResultsRating = @ResultsRating, BehaviourRating = @BehaviourRating, Predicate = @Predicate, Notes = @Notes,
               AppraisedBy = @By, Version = Version + 1, UpdatedAt = @Now
        WHERE Id = @Id AND TenantId = @TenantId AND Version = @Version
        """;

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock) : ICommandHandler<Command, PerformanceAppraisalResponse>
    {
        public async ValueTask<PerformanceAppraisalResponse> Handle(Command cmd, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var before = await AppraisalSql.Load(db, user, tenantId, cmd.Id, ct);
            Versioning.Expect(cmd.IfMatch, before.Version);
            var b = cmd.Body;
            await db.Guarded(Update, new
            {
                cmd.Id, TenantId = tenantId, before.Version, ResultsRating = b.ResultsRating!.Value.ToString(), BehaviourRating = b.BehaviourRating!.Value.ToString(),
                Predicate = Skp.Predicate(b.ResultsRating.Value, b.BehaviourRating.Value).ToString(), Notes = CreateAppraisal.Blank(b.Notes), By = user.Name, Now = clock.GetUtcNow(),
            }, AppraisalSql.Current, new { cmd.Id, TenantId = tenantId }, "Penilaian kinerja", ct);
            await AppraisalRollups.RefreshUnits(db, tenantId, [before.UnitId], ct);
            audit.Touch("PerformanceAppraisal", cmd.Id);
            var after = await AppraisalSql.Load(db, user, tenantId, cmd.Id, ct);
            audit.Data = new { before, after };
            return after;
        }
    }
}
