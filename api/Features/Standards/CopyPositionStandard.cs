using AsnApi.Contracts;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using AsnApi.Infrastructure.Pipeline;
using FluentValidation;
using Mediator;

namespace AsnApi.Features.Standards;

/// <summary>
/// Copies one position's standard onto others (e.g. every Kepala Seksi), replacing theirs. All or nothing: an unknown
/// target refuses the whole copy. A target that already has exactly this standard is skipped and reported as unchanged.
/// </summary>
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

    [Sql] internal const string SourceItems = "SELECT COUNT(*) FROM PositionStandards WHERE PositionId = @Id AND TenantId = @TenantId";
    [Sql] internal const string Exists = "SELECT COUNT(*) FROM Positions WHERE Id = @Id AND TenantId = @TenantId";
    [Sql] internal static string ExistingTargets(ISqlDialect d) => $"SELECT Id, Code, Name FROM Positions WHERE TenantId = @TenantId AND Id IN ({d.IdsIn("@Ids")})";
    [Sql] internal static string ClearTargets(ISqlDialect d) => $"DELETE FROM PositionStandards WHERE TenantId = @TenantId AND PositionId IN ({d.IdsIn("@Ids")})";

    /// <summary>Targets whose standard equals the source's row for row: no source row they lack, no row the source lacks.</summary>
    [Sql] internal static string SameAsSource(ISqlDialect d) => $"""
        SELECT t.Id FROM Positions t
        WHERE t.TenantId = @TenantId AND t.Id IN ({d.IdsIn("@Ids")})
          AND NOT EXISTS (SELECT 1 FROM PositionStandards s WHERE s.TenantId = @TenantId AND s.PositionId = @Id
                AND NOT EXISTS (SELECT 1 FROM PositionStandards x WHERE x.TenantId = @TenantId AND x.PositionId = t.Id AND x.CompetencyId = s.CompetencyId AND x.RequiredLevel = s.RequiredLevel))
          AND NOT EXISTS (SELECT 1 FROM PositionStandards x WHERE x.TenantId = @TenantId AND x.PositionId = t.Id
                AND NOT EXISTS (SELECT 1 FROM PositionStandards s WHERE s.TenantId = @TenantId AND s.PositionId = @Id AND s.CompetencyId = x.CompetencyId AND s.RequiredLevel = x.RequiredLevel))
        """;

    /// <summary>Every target gets the source's rows in one statement, whatever the number of targets.</summary>
    [Sql] internal static string CopyToTargets(ISqlDialect d) => $"""
        INSERT INTO PositionStandards (PositionId, CompetencyId, TenantId, RequiredLevel)
        SELECT t.Id, s.CompetencyId, @TenantId, s.RequiredLevel
        FROM Positions t JOIN PositionStandards s ON s.PositionId = @Id AND s.TenantId = @TenantId
        WHERE t.TenantId = @TenantId AND t.Id IN ({d.IdsIn("@Ids")})
        """;

    internal sealed class TargetRow { public Guid Id { get; init; } public string Code { get; init; } = ""; public string Name { get; init; } = ""; }

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit) : ICommandHandler<Command, CopyStandardResponse>
    {
        public async ValueTask<CopyStandardResponse> Handle(Command cmd, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            if (await db.Scalar<int>(Exists, new { Id = cmd.SourcePositionId, TenantId = tenantId }, ct) == 0) throw new NotFoundException("Jabatan", cmd.SourcePositionId);
            var items = await db.Scalar<int>(SourceItems, new { Id = cmd.SourcePositionId, TenantId = tenantId }, ct);
            if (items == 0) throw new ConflictException("Jabatan sumber belum memiliki standar kompetensi.");

            var requested = cmd.Body.TargetPositionIds!;
            var targets = requested.Distinct().ToList();
            var args = new { Id = cmd.SourcePositionId, TenantId = tenantId, Ids = SqlIds.Json(targets) };
            var found = (await db.Query<TargetRow>(ExistingTargets(db.Dialect), args, ct)).ToDictionary(t => t.Id);
            var missing = requested.Select((id, i) => (id, i)).Where(x => !found.ContainsKey(x.id))
                .Select(x => new FluentValidation.Results.ValidationFailure($"targetPositionIds[{x.i}]", "Jabatan tujuan tidak ditemukan.")).ToList();
            if (missing.Count > 0) throw new ValidationException(missing);

            // Nothing to write for a target that already has this standard, and its holders' facts stay as they are.
            var same = (await db.Query<Guid>(SameAsSource(db.Dialect), args, ct)).ToHashSet();
            var copied = targets.Where(t => !same.Contains(t)).ToList();
            if (copied.Count > 0)
            {
                var copyArgs = new { Id = cmd.SourcePositionId, TenantId = tenantId, Ids = SqlIds.Json(copied) };
                await db.Execute(ClearTargets(db.Dialect), copyArgs, ct);
                await db.Execute(CopyToTargets(db.Dialect), copyArgs, ct);
                await CompetencyFacts.RefreshPositions(db, tenantId, copied, ct);
            }

            audit.Touch("PositionStandard", cmd.SourcePositionId);
            audit.Data = new { cmd.SourcePositionId, Targets = copied, Unchanged = targets.Where(same.Contains).ToList() };
            return new CopyStandardResponse
            {
                PositionsUpdated = copied.Count,
                PositionsUnchanged = targets.Count - copied.Count,
                ItemsPerPosition = items,
                Targets = targets.Select(id => new CopiedStandardPosition
                {
                    PositionId = id,
                    Code = found[id].Code,
                    Name = found[id].Name,
                    Outcome = same.Contains(id) ? StandardCopyOutcome.Unchanged : StandardCopyOutcome.Copied,
                }).ToList(),
            };
        }
    }
}
