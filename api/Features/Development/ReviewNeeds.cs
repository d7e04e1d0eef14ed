using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using AsnApi.Infrastructure.Pipeline;
using FluentValidation;
using Mediator;

namespace AsnApi.Features.Development;

/// <summary>
/// Verification (by the unit head, within their sub-tree, or the BKPSDM) and validation (by the BKPSDM only)
/// of the needs inventory, for many needs at once. All or nothing: one need in the wrong state refuses the batch.
/// </summary>
public static class ReviewNeeds
{
    public sealed record Command(ReviewNeedsRequest Body) : ICommand<ReviewNeedsResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Body.NeedIds).NotEmpty().WithMessage("Pilih minimal satu kebutuhan.").MaxItems(1000).WithMessage("Paling banyak 1000 sekaligus.");
            RuleFor(c => c.Body.Action).NotNull().WithMessage("Tindakan wajib diisi (Verify, Validate, Reject).").IsInEnum();
            RuleFor(c => c.Body.Reason).NotEmpty().When(c => c.Body.Action == NeedReviewAction.Reject).WithMessage("Alasan penolakan wajib diisi.");
            RuleFor(c => c.Body.Reason).MaximumLength(1000);
        }
    }

    [Sql] internal const string Current = """
        SELECT n.Status FROM DevelopmentNeeds n JOIN Employees e ON e.Id = n.EmployeeId JOIN Units u ON u.Id = e.UnitId
        WHERE n.Id = @Id AND n.TenantId = @TenantId AND u.Path LIKE @Scope
        """;
    [Sql] internal const string Move = """
        UPDATE DevelopmentNeeds SET Status = @Status, ReviewedBy = @By, ReviewedAt = @Now, RejectionReason = @Reason, Version = Version + 1, UpdatedAt = @Now
        WHERE Id = @Id AND TenantId = @TenantId AND Status = @From
        """;

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock) : ICommandHandler<Command, ReviewNeedsResponse>
    {
        public async ValueTask<ReviewNeedsResponse> Handle(Command cmd, CancellationToken ct)
        {
            var target = cmd.Body.Action switch
            {
                NeedReviewAction.Verify => NeedStatus.Verified,
                NeedReviewAction.Validate => NeedStatus.Validated,
                _ => NeedStatus.Rejected,
            };
            if (target == NeedStatus.Validated && user.Role != Role.TenantAdmin)
                throw new ForbiddenException("Validasi inventarisasi kebutuhan dilakukan oleh BKPSDM (admin instansi).");

            var tenantId = await user.TenantId(ct);
            var scope = await user.UnitScope(ct);
            var now = clock.GetUtcNow();
            var ids = cmd.Body.NeedIds!.Distinct().ToList();
            for (var i = 0; i < ids.Count; i++)
            {
                var status = await db.Single<string>(Current, new { Id = ids[i], TenantId = tenantId, Scope = scope }, ct) ?? throw new NotFoundException("Kebutuhan pengembangan", ids[i]);
                var from = Enum.Parse<NeedStatus>(status);
                if (!DevelopmentRules.CanMove(from, target))
                    throw new ConflictException($"Kebutuhan {ids[i]} berstatus {from}; tidak dapat menjadi {target}.");
                await db.Execute(Move, new { Id = ids[i], TenantId = tenantId, Status = target.ToString(), From = status, By = user.Name, Now = now, Reason = target == NeedStatus.Rejected ? cmd.Body.Reason : null }, ct);
            }
            audit.Touch("DevelopmentNeed", ids.Count == 1 ? ids[0] : null); // the ids are in the audited command
            return new ReviewNeedsResponse { Reviewed = ids.Count, Status = (DevelopmentNeedStatus)target };
        }
    }
}
