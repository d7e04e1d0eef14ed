using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Features.Shared;
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

    /// <summary>The needs of the batch the caller may see, with what the messages and the checks need.</summary>
    [Sql] internal static string Current(ISqlDialect d) => $"""
        SELECT n.Id, n.Status, n.VerifiedBy, e.Name AS EmployeeName, c.Name AS CompetencyName, pa.Predicate
        FROM {DevelopmentSql.NeedFrom}
        WHERE n.TenantId = @TenantId AND u.Path LIKE @Scope AND n.Id IN ({d.IdsIn("@Ids")})
        """;

    /// <summary>Moves every need of the batch that is still in @From: one statement per starting state.</summary>
    [Sql] internal static string Move(ISqlDialect d) => $"""
        UPDATE DevelopmentNeeds SET Status = @Status, ReviewedBy = @By, ReviewedAt = @Now, RejectionReason = @Reason,
               VerifiedBy = CASE WHEN @Status = 'Verified' THEN @By ELSE VerifiedBy END, Version = Version + 1, UpdatedAt = @Now
        WHERE TenantId = @TenantId AND Status = @From AND Id IN ({d.IdsIn("@Ids")})
        """;

    internal sealed class NeedRow
    {
        public Guid Id { get; init; }
        public string Status { get; init; } = "";
        public string? VerifiedBy { get; init; }
        public string EmployeeName { get; init; } = "";
        public string? CompetencyName { get; init; }
        public string? Predicate { get; init; }
    }

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock) : ICommandHandler<Command, ReviewNeedsResponse>
    {
        public async ValueTask<ReviewNeedsResponse> Handle(Command cmd, CancellationToken ct)
        {
            var target = cmd.Body.Action switch
            {
                NeedReviewAction.Verify => DevelopmentNeedStatus.Verified,
                NeedReviewAction.Validate => DevelopmentNeedStatus.Validated,
                _ => DevelopmentNeedStatus.Rejected,
            };
            if (target == DevelopmentNeedStatus.Validated && user.Role != Role.TenantAdmin)
                throw new ForbiddenException("Validasi inventarisasi kebutuhan dilakukan oleh BKPSDM (admin instansi).");

            var tenantId = await user.TenantId(ct);
            var ids = cmd.Body.NeedIds!.Distinct().ToList();
            var rows = await db.Query<NeedRow>(Current(db.Dialect), new { TenantId = tenantId, Scope = await user.UnitScope(ct), Ids = SqlIds.Json(ids) }, ct);
            if (rows.Count != ids.Count)
                throw new NotFoundException(ids.Count - rows.Count == 1 ? "Satu kebutuhan pengembangan dalam pilihan" : $"{ids.Count - rows.Count} kebutuhan pengembangan dalam pilihan");
            foreach (var n in rows)
            {
                var from = Enum.Parse<DevelopmentNeedStatus>(n.Status);
                if (!DevelopmentRules.CanMove(from, target))
                    throw new ConflictException($"Kebutuhan {DevelopmentSql.Subject(n.CompetencyName, n.Predicate)} untuk {n.EmployeeName} berstatus {StatusLabels.Of(from)}; tidak dapat menjadi {StatusLabels.Of(target)}.");
            }
            if (target == DevelopmentNeedStatus.Validated)
                await CompetencySettings.EnsureSeparateDuties(db, tenantId, user.Name, rows.Select(n => n.VerifiedBy),
                    "Sebagian kebutuhan yang dipilih diverifikasi oleh Anda sendiri; validasi harus dilakukan oleh orang lain (pemisahan tugas).", ct);

            var now = clock.GetUtcNow();
            var moved = 0;
            foreach (var group in rows.GroupBy(n => n.Status))
                moved += await db.Execute(Move(db.Dialect), new
                {
                    TenantId = tenantId, Ids = SqlIds.Json(group.Select(n => n.Id)), From = group.Key, Status = target.ToString(), By = user.Name, Now = now,
                    Reason = target == DevelopmentNeedStatus.Rejected ? cmd.Body.Reason : null,
                }, ct);
            // Another reviewer moved some of them between our read and our write: all or nothing, so refuse the batch.
            if (moved != ids.Count)
                throw new ConflictException("Sebagian kebutuhan baru saja ditinjau oleh orang lain. Muat ulang lalu coba lagi.");
            audit.Touch("DevelopmentNeed", ids.Count == 1 ? ids[0] : null); // the ids are in the audited command
            return new ReviewNeedsResponse { Reviewed = ids.Count, Status = target };
        }
    }
}
