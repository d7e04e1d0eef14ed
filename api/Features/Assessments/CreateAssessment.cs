using AsnApi.Contracts;
using AsnApi.Features.Shared;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using AsnApi.Infrastructure.Pipeline;
using FluentValidation;
using FluentValidation.Results;
using Mediator;

namespace AsnApi.Features.Assessments;

/// <summary>
/// Records one assessment event and its results. Assessments are history: never updated or deleted.
/// The current profile (latest result per competency) is kept in CurrentCompetencies in the same
/// transaction; a back-dated assessment does not replace a newer result.
/// </summary>
public static class CreateAssessment
{
    public sealed record Command(AssessmentRequest Body) : ICommand<AssessmentResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(c => c.Body.EmployeeId).NotEmpty().WithMessage("Pegawai wajib diisi.");
            RuleFor(c => c.Body.AssessedOn).NotNull().WithMessage("Tanggal penilaian wajib diisi.")
                .Must(d => d is null || d <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddDays(1))).WithMessage("Tanggal penilaian tidak boleh di masa depan.")
                .Must(d => d is null || d.Value.Year >= 1990).WithMessage("Tanggal penilaian tidak masuk akal.");
            RuleFor(c => c.Body.Method).NotNull().WithMessage("Metode penilaian wajib diisi.").IsInEnum()
                .NotEqual(AssessmentMethod.PostTrainingEvaluation).WithMessage("Evaluasi pasca pelatihan dicatat dari tindak lanjut pelatihan, bukan di sini.");
            RuleFor(c => c.Body.Assessor).MaximumLength(200);
            RuleFor(c => c.Body.Notes).MaximumLength(4000);
            RuleFor(c => c.Body.Results).NotEmpty().WithMessage("Isi minimal satu hasil kompetensi.").MaxItems(100)
                .Must(r => r is null || r.Select(x => x?.CompetencyId).Distinct().Count() == r.Count).WithMessage("Setiap kompetensi hanya boleh sekali.");
            RuleForEach(c => c.Body.Results).NotNull().WithMessage("Hasil tidak boleh kosong (null).");
            RuleForEach(c => c.Body.Results).ChildRules(r =>
            {
                r.RuleFor(x => x.CompetencyId).NotEmpty().WithMessage("Kompetensi wajib diisi.");
                r.RuleFor(x => x.Level).NotNull().InclusiveBetween(1, 5).WithMessage("Level 1 sampai 5.");
                r.RuleFor(x => x.Note).MaximumLength(2000);
            });
        }
    }

    [Sql] internal const string EmployeeExists = "SELECT COUNT(*) FROM Employees WHERE Id = @Id AND TenantId = @TenantId";

    /// <summary>Newer or same-day results replace the current one; older ones only join the history.</summary>
    [Sql]
    internal static string UpsertCurrent(ISqlDialect d) => d.Upsert("CurrentCompetencies", ["EmployeeId", "CompetencyId"],
        ["TenantId", "Level", "AssessedOn", "AssessmentId"], existing => $"@AssessedOn >= {existing}.AssessedOn");

    internal sealed class Handler(Db db, CurrentUser user, AuditTrail audit, TimeProvider clock, IMediator mediator) : ICommandHandler<Command, AssessmentResponse>
    {
        public async ValueTask<AssessmentResponse> Handle(Command cmd, CancellationToken ct)
        {
            var b = cmd.Body;
            var tenantId = await user.TenantId(ct);
            if (await db.Scalar<int>(EmployeeExists, new { Id = b.EmployeeId, TenantId = tenantId }, ct) == 0)
                throw Invalid.Field("employeeId", "Pegawai tidak ditemukan.");
            var failures = new List<ValidationFailure>();
            var results = b.Results!;
            var usable = await CompetencyDictionary.Active(db, tenantId, results.Select(r => r.CompetencyId!.Value), ct);
            for (var i = 0; i < results.Count; i++)
                if (!usable.Contains(results[i].CompetencyId!.Value))
                    failures.Add(new($"results[{i}].competencyId", "Kompetensi tidak ditemukan atau sudah tidak aktif."));
            if (failures.Count > 0) throw new ValidationException(failures);

            var id = Guid.NewGuid();
            await AssessmentWrites.Record(db, new AssessmentWrites.Assessment(id, tenantId, b.EmployeeId!.Value, b.AssessedOn!.Value, b.Method!.Value, b.Assessor?.Trim(), b.Notes,
                results.Select(r => new AssessmentWrites.Result(r.CompetencyId!.Value, r.Level!.Value, r.Note)).ToList()), clock.GetUtcNow(), user.Name, ct);
            audit.Touch("Assessment", id);
            return await mediator.Send(new GetAssessment.Query(id), ct);
        }
    }
}
