using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using AsnApi.Infrastructure.Pipeline;
using FluentValidation;
using Mediator;

namespace AsnApi.Features.Standards;

/// <summary>Copies one position's standard onto others (e.g. every Kepala Seksi), replacing theirs.</summary>
public static class CopyPositionStandard
{
    public sealed record Command(Guid SourcePositionId, CopyStandardRequest Body) : ICommand<CopyStandardResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Body.TargetPositionIds).NotEmpty().WithMessage("Pilih minimal satu jabatan tujuan.")
                .MaxItems(500).WithMessage("Paling banyak 500 jabatan sekaligus.");
            RuleFor(c => c).Must(c => c.Body.TargetPositionIds is null || !c.Body.TargetPositionIds.Contains(c.SourcePositionId))
                .WithName("targetPositionIds").WithMessage("Jabatan sumber tidak boleh menjadi tujuan.");
        }
    }

    [Sql] internal const string SourceItems = "SELECT CompetencyId, RequiredLevel FROM PositionStandards WHERE PositionId = @Id AND TenantId = @TenantId";
    [Sql] internal const string Exists = "SELECT COUNT(*) FROM Positions WHERE Id = @Id AND TenantId = @TenantId";

    internal sealed class ItemRow { public Guid CompetencyId { get; init; } public int RequiredLevel { get; init; } }

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit) : ICommandHandler<Command, CopyStandardResponse>
    {
        public async ValueTask<CopyStandardResponse> Handle(Command cmd, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            if (await db.Scalar<int>(Exists, new { Id = cmd.SourcePositionId, TenantId = tenantId }, ct) == 0) throw new NotFoundException("Jabatan", cmd.SourcePositionId);
            var items = await db.Query<ItemRow>(SourceItems, new { Id = cmd.SourcePositionId, TenantId = tenantId }, ct);
            if (items.Count == 0) throw new ConflictException("Jabatan sumber belum memiliki standar kompetensi.");

            var targets = cmd.Body.TargetPositionIds!.Distinct().ToList();
            for (var i = 0; i < targets.Count; i++)
                if (await db.Scalar<int>(Exists, new { Id = targets[i], TenantId = tenantId }, ct) == 0)
                    throw Invalid.Field($"targetPositionIds[{i}]", "Jabatan tujuan tidak ditemukan.");
            foreach (var target in targets)
                await SetPositionStandard.Replace(db, tenantId, target, items.Select(i => (i.CompetencyId, i.RequiredLevel)), ct);

            audit.Touch("PositionStandard", cmd.SourcePositionId);
            audit.Data = new { cmd.SourcePositionId, Targets = targets };
            return new CopyStandardResponse { PositionsUpdated = targets.Count, ItemsPerPosition = items.Count };
        }
    }
}
