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

namespace AsnApi.Features.Standards;

/// <summary>
/// Replaces a position's whole standard in one call. National managerial and socio-cultural
/// competencies that the request leaves out are filled with the position's managerial level, the
/// default of its type (domain.md), so a standard is never silently missing them.
/// </summary>
public static class SetPositionStandard
{
    public sealed record Command(Guid PositionId, PositionStandardRequest Body) : ICommand<PositionStandardResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Body.Items).NotNull().WithMessage("Daftar kompetensi wajib diisi (boleh kosong untuk standar bawaan).").MaxItems(100);
            RuleForEach(c => c.Body.Items).NotNull().WithMessage("Butir standar tidak boleh kosong (null).");
            RuleForEach(c => c.Body.Items).ChildRules(i =>
            {
                i.RuleFor(x => x.CompetencyId).NotEmpty().WithMessage("Kompetensi wajib diisi.");
                i.RuleFor(x => x.RequiredLevel).NotNull().InclusiveBetween(1, 5).WithMessage("Level yang dipersyaratkan 1 sampai 5.");
            });
            RuleFor(c => c.Body.Items).Must(items => items is null || items.Select(i => i?.CompetencyId).Distinct().Count() == items.Count)
                .WithMessage("Setiap kompetensi hanya boleh sekali.");
        }
    }

    internal sealed class CompetencyRow { public Guid Id { get; init; } public string Kind { get; init; } = ""; public bool IsActive { get; init; } }

    [Sql] internal const string Usable = "SELECT Id, Kind, IsActive FROM Competencies c WHERE (c.TenantId = @TenantId OR c.TenantId IS NULL)";
    [Sql] internal const string Clear = "DELETE FROM PositionStandards WHERE PositionId = @PositionId AND TenantId = @TenantId";

    /// <summary>Checks the items against the visible, active dictionary and adds the national defaults.</summary>
    internal static async Task<List<(Guid CompetencyId, int Level)>> Resolve(Db db, Guid tenantId, int managerialLevel, IReadOnlyList<StandardItemRequest> items, CancellationToken ct)
    {
        var dictionary = (await db.Query<CompetencyRow>(Usable, new { TenantId = tenantId }, ct)).ToDictionary(c => c.Id);
        var failures = new List<ValidationFailure>();
        for (var i = 0; i < items.Count; i++)
            if (!dictionary.TryGetValue(items[i].CompetencyId!.Value, out var c) || !c.IsActive)
                failures.Add(new($"items[{i}].competencyId", "Kompetensi tidak ditemukan atau sudah tidak aktif."));
        if (failures.Count > 0) throw new ValidationException(failures);

        var result = items.Select(i => (i.CompetencyId!.Value, i.RequiredLevel!.Value)).ToList();
        foreach (var national in NationalCompetencies.All)
            if (result.All(r => r.Item1 != national.Id)) result.Add((national.Id, managerialLevel));
        return result;
    }

    private static async Task Replace(Db db, Guid tenantId, Guid positionId, IEnumerable<(Guid CompetencyId, int Level)> items, CancellationToken ct)
    {
        await db.Execute(Clear, new { PositionId = positionId, TenantId = tenantId }, ct);
        await db.Execute(StandardSql.Insert, items.Select(i => new { PositionId = positionId, i.CompetencyId, TenantId = tenantId, RequiredLevel = i.Level }), ct);
        await CompetencyFacts.RefreshPosition(db, tenantId, positionId, ct);
    }

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, IMediator mediator) : ICommandHandler<Command, PositionStandardResponse>
    {
        public async ValueTask<PositionStandardResponse> Handle(Command cmd, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var position = await db.Single<StandardSql.PositionRow>(StandardSql.Position, new { Id = cmd.PositionId, TenantId = tenantId, Scope = "%" }, ct)
                ?? throw new NotFoundException("Jabatan", cmd.PositionId);
            var items = await Resolve(db, tenantId, position.ManagerialLevel, cmd.Body.Items!, ct);
            await Replace(db, tenantId, cmd.PositionId, items, ct);
            audit.Touch("PositionStandard", cmd.PositionId);
            return await mediator.Send(new GetPositionStandard.Query(cmd.PositionId), ct);
        }
    }
}
