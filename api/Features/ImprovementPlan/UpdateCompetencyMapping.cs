using AsnApi.Contracts;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Pipeline;
using FluentValidation;
using FluentValidation.Results;
using Mediator;

namespace AsnApi.Features.ImprovementPlan;

/// <summary>Replaces the whole mapping at the version If-Match names; an unsur or category left out points to nothing.</summary>
public static class UpdateCompetencyMapping
{
    public sealed record Command(CompetencyMappingRequest Body, int IfMatch) : ICommand<CompetencyMappingResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Body).NotNull().WithMessage("Isi pemetaan wajib diisi.").SetValidator(new CompetencyMappingRequestValidator());
    }

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock) : ICommandHandler<Command, CompetencyMappingResponse>
    {
        public async ValueTask<CompetencyMappingResponse> Handle(Command cmd, CancellationToken ct)
        {
            var tenantId = await user.TenantId(ct);
            var unsur = cmd.Body.Unsur ?? [];
            var categories = cmd.Body.Categories ?? [];
            var usable = await CompetencyDictionary.Active(db, tenantId,
                unsur.SelectMany(u => u.CompetencyIds ?? []).Concat(categories.SelectMany(c => c.CompetencyIds ?? [])), ct);
            var failures = new List<ValidationFailure>();
            for (var i = 0; i < unsur.Count; i++)
                for (var j = 0; j < (unsur[i].CompetencyIds?.Count ?? 0); j++)
                    if (!usable.Contains(unsur[i].CompetencyIds![j])) failures.Add(new($"unsur[{i}].competencyIds[{j}]", "Kompetensi tidak ditemukan atau sudah tidak aktif."));
            for (var i = 0; i < categories.Count; i++)
                for (var j = 0; j < categories[i].CompetencyIds!.Count; j++)
                    if (!usable.Contains(categories[i].CompetencyIds![j])) failures.Add(new($"categories[{i}].competencyIds[{j}]", "Kompetensi tidak ditemukan atau sudah tidak aktif."));
            if (failures.Count > 0) throw new ValidationException(failures);

            await MappingSql.Replace(db, tenantId, cmd.IfMatch, isDefault: false, clock.GetUtcNow(), ct);
            var sources = unsur.OrderBy(u => u.Code, StringComparer.Ordinal)
                .Select(u => (Kind: MappingSql.UnsurKind, Key: u.Code!, UnitTechnical: u.UnitTechnical ?? false, Ids: u.CompetencyIds ?? []))
                .Concat(categories.Select(c => (Kind: MappingSql.CategoryKind, Key: c.Category!.Trim(), UnitTechnical: false, Ids: c.CompetencyIds!)))
                .ToList();
            await db.Execute(MappingSql.InsertSource, sources.Select((s, n) => new { TenantId = tenantId, SourceKind = s.Kind, SourceKey = s.Key, s.UnitTechnical, Position = n }), ct);
            await db.Execute(MappingSql.InsertCompetency, sources.SelectMany(s => s.Ids.Select((id, n) => new { TenantId = tenantId, SourceKind = s.Kind, SourceKey = s.Key, CompetencyId = id, Position = n })), ct);
            audit.Touch("CompetencyMapping", tenantId);
            return await MappingSql.Load(db, tenantId, ct);
        }
    }
}
