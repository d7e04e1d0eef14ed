using AsnApi.Contracts;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using FluentValidation;

namespace AsnApi.Features.Competencies;

public sealed class CompetencyRequestValidator : AbstractValidator<CompetencyRequest>
{
    public CompetencyRequestValidator()
    {
        RuleFor(r => r.Code).NotEmpty().WithMessage("Kode kompetensi wajib diisi.").MaximumLength(50);
        RuleFor(r => r.Name).NotEmpty().WithMessage("Nama kompetensi wajib diisi.").MaximumLength(200);
        RuleFor(r => r.FieldGroup).MaximumLength(100);
        RuleFor(r => r.Description).MaximumLength(2000);
        RuleForEach(r => r.Levels).NotNull().WithMessage("Level tidak boleh kosong (null).");
        RuleForEach(r => r.Levels).ChildRules(l =>
        {
            l.RuleFor(x => x.Level).InclusiveBetween(1, 5).WithMessage("Level 1 sampai 5.");
            l.RuleFor(x => x.Description).NotEmpty().WithMessage("Deskripsi level wajib diisi.").MaximumLength(2000);
        });
        RuleFor(r => r.Levels).MaxItems(5).Must(l => l is null || l.Select(x => x?.Level).Distinct().Count() == l.Count)
            .WithMessage("Setiap level hanya boleh sekali.");
    }
}

/// <summary>What create and update share: the national dictionary is read-only, and levels are replaced as a set.</summary>
internal static class CompetencyWrites
{
    [Sql] internal const string Owner = "SELECT TenantId, Version FROM Competencies WHERE Id = @Id AND (TenantId = @TenantId OR TenantId IS NULL)";
    [Sql] internal const string NationalCode = "SELECT COUNT(*) FROM Competencies WHERE TenantId IS NULL AND Code = @Code";
    [Sql] internal const string DeleteLevels = "DELETE FROM CompetencyLevels WHERE CompetencyId = @Id";

    internal sealed class OwnerRow { public Guid? TenantId { get; init; } public int Version { get; init; } }

    /// <summary>The row's version, after checking it exists for this tenant (404) and is the tenant's own (403).</summary>
    public static async Task<int> OwnVersion(Db db, Guid tenantId, Guid id, int? ifMatch, CancellationToken ct)
    {
        var row = await db.Single<OwnerRow>(Owner, new { Id = id, TenantId = tenantId }, ct) ?? throw new NotFoundException("Kompetensi", id);
        if (row.TenantId is null) throw new ForbiddenException("Kompetensi nasional (PermenPAN-RB 38/2017) hanya dapat dibaca.");
        if (ifMatch is { } expected && expected != row.Version) throw new PreconditionFailedException(row.Version);
        return row.Version;
    }

    public static async Task EnsureCodeFree(Db db, string code, CancellationToken ct)
    {
        if (await db.Scalar<int>(NationalCode, new { Code = code }, ct) > 0)
            throw new ConflictException($"Kode {code} dipakai kamus kompetensi nasional.", "code");
    }

    public static async Task ReplaceLevels(Db db, Guid id, IReadOnlyList<CompetencyLevelDto>? levels, CancellationToken ct)
    {
        await db.Execute(DeleteLevels, new { Id = id }, ct);
        if (levels is { Count: > 0 })
            await db.Execute(ReferenceData.InsertLevel, levels.Select(l => new { CompetencyId = id, l.Level, Description = l.Description!.Trim() }), ct);
    }
}
