using AsnApi.Contracts;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using FluentValidation;
using FluentValidation.Results;

namespace AsnApi.Features.TrainingPrograms;

/// <summary>What create and update share: the code free, the partner and competencies usable, and replacing the competency list.</summary>
internal static class ProgramWrites
{
    [Sql] internal const string CodeTaken = "SELECT COUNT(*) FROM TrainingPrograms WHERE TenantId = @TenantId AND Code = @Code AND Id <> @Id";
    [Sql] internal const string PartnerActive = "SELECT COUNT(*) FROM Partners WHERE Id = @Id AND TenantId = @TenantId AND IsActive = 1";

    /// <summary>422 for an unusable partner or competency, 409 for a taken code. <c>keptPartnerId</c> is the partner the program has now: keeping it is allowed even after it was deactivated.</summary>
    public static async Task Check(Db db, Guid tenantId, Guid programId, TrainingProgramRequest b, Guid? keptPartnerId, CancellationToken ct)
    {
        var failures = new List<ValidationFailure>();
        if (b.PartnerId is { } partner && partner != keptPartnerId
            && await db.Scalar<int>(PartnerActive, new { Id = partner, TenantId = tenantId }, ct) == 0)
            failures.Add(new("partnerId", "Mitra tidak ditemukan atau sudah tidak aktif."));
        var competencies = b.Competencies ?? [];
        if (competencies.Count > 0)
        {
            var usable = await CompetencyDictionary.Active(db, tenantId, competencies.Select(c => c.CompetencyId!.Value), ct);
            for (var i = 0; i < competencies.Count; i++)
                if (!usable.Contains(competencies[i].CompetencyId!.Value))
                    failures.Add(new($"competencies[{i}].competencyId", "Kompetensi tidak ditemukan atau sudah tidak aktif."));
        }
        if (failures.Count > 0) throw new ValidationException(failures);

        var code = TrainingProgramSql.NormalCode(b.Code!);
        if (await db.Scalar<int>(CodeTaken, new { TenantId = tenantId, Code = code, Id = programId }, ct) > 0)
            throw new ConflictException($"Kode program {code} sudah dipakai program lain.", "code");
    }

    public static async Task ReplaceCompetencies(Db db, Guid tenantId, Guid programId, IReadOnlyList<ProgramCompetencyRequest>? competencies, CancellationToken ct)
    {
        await db.Execute(TrainingProgramSql.ClearCompetencies, new { ProgramId = programId, TenantId = tenantId }, ct);
        if (competencies is { Count: > 0 })
            await db.Execute(TrainingProgramSql.InsertCompetency, competencies.Select(c => new
            {
                ProgramId = programId, TenantId = tenantId, CompetencyId = c.CompetencyId!.Value, ExpectedGain = c.ExpectedGain!.Value,
            }), ct);
        await ProgramGapScores.RefreshProgram(db, tenantId, programId, ct);
    }
}
