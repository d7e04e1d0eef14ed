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
            RuleFor(c => c.Body.Method).NotNull().WithMessage("Metode penilaian wajib diisi.").IsInEnum();
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
            await db.Execute(AssessmentSql.Insert, new
            {
                Id = id, TenantId = tenantId, b.EmployeeId, AssessedOn = b.AssessedOn!.Value, Method = b.Method!.Value.ToString(),
                Assessor = b.Assessor?.Trim(), b.Notes, CreatedAt = clock.GetUtcNow(), CreatedBy = user.Name,
            }, ct);
            var rows = results.Select(r => new
            {
                AssessmentId = id, CompetencyId = r.CompetencyId!.Value, TenantId = tenantId, EmployeeId = b.EmployeeId!.Value, Level = r.Level!.Value,
                r.Note, AssessedOn = b.AssessedOn.Value,
            }).ToList();
            await db.Execute(AssessmentSql.InsertResult, rows, ct);
            await db.Execute(UpsertCurrent(db.Dialect), rows, ct);
            await CompetencyFacts.RefreshEmployee(db, tenantId, b.EmployeeId!.Value, ct);
            audit.Touch("Assessment", id);
            return await mediator.Send(new GetAssessment.Query(id), ct);
        }
    }
}
