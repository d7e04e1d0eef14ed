using AsnApi.Contracts;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using FluentValidation;
using FluentValidation.Results;

namespace AsnApi.Features.FollowUps;

public sealed class FollowUpRequestValidator : AbstractValidator<FollowUpRequest>
{
    public const int MaxRatings = 50;

    public FollowUpRequestValidator()
    {
        RuleFor(r => r.Ratings).NotEmpty().WithMessage("Isi penilaian untuk setiap kompetensi program.").MaxItems(MaxRatings)
            .Must(r => r is null || r.Where(x => x is not null).Select(x => x.CompetencyId).Distinct().Count() == r.Count(x => x is not null))
            .WithMessage("Setiap kompetensi hanya boleh dinilai sekali.");
        RuleForEach(r => r.Ratings).NotNull().WithMessage("Penilaian tidak boleh kosong (null).");
        RuleForEach(r => r.Ratings).ChildRules(x =>
        {
            x.RuleFor(v => v.CompetencyId).NotEmpty().WithMessage("Kompetensi wajib diisi.");
            x.RuleFor(v => v.Application).NotNull().WithMessage("Nilai penerapan wajib diisi.").InclusiveBetween(1, 5).WithMessage("Nilai penerapan 1 sampai 5.");
            x.RuleFor(v => v.ReassessedLevel).InclusiveBetween(1, 5).WithMessage("Level hasil penilaian ulang 1 sampai 5.");
        }).When(r => r.Ratings is not null);
        RuleFor(r => r.Notes).MaximumLength(4000).WithMessage("Catatan paling panjang 4000 karakter.");
    }
}

/// <summary>
/// Filing and correcting share the checks (one rating per competency of the program, each once, all of them) and
/// the writes: the ratings, and the re-assessed levels as an assessment with the method PostTrainingEvaluation,
/// recorded like any other so the profile, gaps and rollups follow.
/// </summary>
internal static class FollowUpWrites
{
    [Sql] internal const string ProgramCompetencies = """
        SELECT pc.CompetencyId, c.Name FROM TrainingProgramCompetencies pc JOIN Competencies c ON c.Id = pc.CompetencyId
        WHERE pc.ProgramId = @ProgramId AND pc.TenantId = @TenantId
        """;

    [Sql] internal const string CurrentLevels = "SELECT CompetencyId, Level AS Value FROM CurrentCompetencies WHERE EmployeeId = @EmployeeId AND TenantId = @TenantId";

    [Sql] internal const string StoredRatings = "SELECT CompetencyId, Application, ReassessedLevel, LevelBefore FROM TrainingFollowUpRatings WHERE EnrollmentId = @Id AND TenantId = @TenantId";

    [Sql] internal const string DeleteRatings = "DELETE FROM TrainingFollowUpRatings WHERE EnrollmentId = @Id AND TenantId = @TenantId";

    [Sql] internal const string InsertRating = """
        INSERT INTO TrainingFollowUpRatings (EnrollmentId, CompetencyId, TenantId, Application, ReassessedLevel, LevelBefore)
        VALUES (@EnrollmentId, @CompetencyId, @TenantId, @Application, @ReassessedLevel, @LevelBefore)
        """;

    internal sealed class ProgramCompetency
    {
        public Guid CompetencyId { get; init; }
        public string Name { get; init; } = "";
    }

    internal sealed class Level
    {
        public Guid CompetencyId { get; init; }
        public int Value { get; init; }
    }
    internal sealed class Stored
    {
        public Guid CompetencyId { get; init; }
        public int Application { get; init; }
        public int? ReassessedLevel { get; init; }
        public int? LevelBefore { get; init; }
    }

    /// <summary>422 unless the ratings name exactly the program's competencies.</summary>
    public static async Task Check(Db db, Guid tenantId, Guid programId, IReadOnlyList<FollowUpRatingRequest> ratings, CancellationToken ct)
    {
        var program = await db.Query<ProgramCompetency>(ProgramCompetencies, new { ProgramId = programId, TenantId = tenantId }, ct);
        var wanted = program.Select(p => p.CompetencyId).ToHashSet();
        var failures = new List<ValidationFailure>();
        for (var i = 0; i < ratings.Count; i++)
            if (!wanted.Contains(ratings[i].CompetencyId!.Value))
                failures.Add(new($"ratings[{i}].competencyId", "Kompetensi ini tidak dikembangkan oleh program pelatihan tersebut."));
        var missing = program.Where(p => ratings.All(r => r.CompetencyId != p.CompetencyId)).Select(p => p.Name).ToList();
        if (missing.Count > 0) failures.Add(new("ratings", $"Belum dinilai: {string.Join(", ", missing)}."));
        if (failures.Count > 0) throw new ValidationException(failures);
    }

    /// <summary>
    /// Replaces the ratings. Re-assessed levels that are new or changed go into one assessment dated today; the
    /// level before stays the one seen at the first filing. Returns the assessment id (the new one, or the old one
    /// when nothing was re-assessed anew).
    /// </summary>
    public static async Task<Guid?> Save(Db db, FollowUpSql.Row row, Guid tenantId, IReadOnlyList<FollowUpRatingRequest> ratings, DateOnly today,
        DateTimeOffset now, string actor, CancellationToken ct)
    {
        var stored = (await db.Query<Stored>(StoredRatings, new { Id = row.EnrollmentId, TenantId = tenantId }, ct)).ToDictionary(s => s.CompetencyId);
        var current = (await db.Query<Level>(CurrentLevels, new { row.EmployeeId, TenantId = tenantId }, ct)).ToDictionary(l => l.CompetencyId, l => l.Value);
        var reassessed = ratings
            .Where(r => r.ReassessedLevel is not null && (!stored.TryGetValue(r.CompetencyId!.Value, out var s) || s.ReassessedLevel != r.ReassessedLevel))
            .Select(r => new AssessmentWrites.Result(r.CompetencyId!.Value, r.ReassessedLevel!.Value, null)).ToList();
        var assessmentId = row.AssessmentId;
        if (reassessed.Count > 0)
        {
            assessmentId = Guid.NewGuid();
            await AssessmentWrites.Record(db, new AssessmentWrites.Assessment(assessmentId.Value, tenantId, row.EmployeeId, today, AssessmentMethod.PostTrainingEvaluation,
                actor, $"Evaluasi pasca pelatihan: {row.ProgramTitle} ({row.SessionName})", reassessed), now, actor, ct);
        }
        await db.Execute(DeleteRatings, new { Id = row.EnrollmentId, TenantId = tenantId }, ct);
        await db.Execute(InsertRating, ratings.Select(r => new
        {
            row.EnrollmentId, CompetencyId = r.CompetencyId!.Value, TenantId = tenantId, Application = r.Application!.Value, r.ReassessedLevel,
            LevelBefore = stored.TryGetValue(r.CompetencyId.Value, out var s) ? s.LevelBefore : current.TryGetValue(r.CompetencyId.Value, out var l) ? l : (int?)null,
        }).ToList(), ct);
        return assessmentId;
    }

    public static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    public static class Reasons
    {
        public const string AlreadyFiled = "alreadyFiled";
        public const string NotFiled = "notFiled";
    }
}
