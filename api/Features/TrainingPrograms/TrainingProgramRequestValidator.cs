using AsnApi.Contracts;
using AsnApi.Infrastructure.Http;
using FluentValidation;

namespace AsnApi.Features.TrainingPrograms;

public sealed class TrainingProgramRequestValidator : AbstractValidator<TrainingProgramRequest>
{
    /// <summary>It goes into certificate numbers between slashes (TPI/2026/PKP/0042), so no slash, space or other punctuation.</summary>
    public const string CodePattern = "^[A-Za-z0-9][A-Za-z0-9-]*$";
    public const int MaxJp = 1000;
    public const int MaxCompetencies = 20;
    /// <summary>One billion rupiah per participant: above any training a region pays for, far below what the column holds.</summary>
    public const decimal MaxCost = 1_000_000_000m;

    public TrainingProgramRequestValidator()
    {
        RuleFor(r => r.Code).NotEmpty().WithMessage("Kode program wajib diisi.").MaximumLength(20)
            .Matches(CodePattern).WithMessage("Kode program hanya huruf, angka dan tanda hubung (-), diawali huruf atau angka.");
        RuleFor(r => r.Title).NotEmpty().WithMessage("Judul program wajib diisi.").MaximumLength(200);
        RuleFor(r => r.Description).MaximumLength(4000);
        RuleFor(r => r.Form).NotNull().WithMessage("Bentuk pengembangan wajib diisi.").IsInEnum();
        RuleFor(r => r.Delivery).NotNull().WithMessage("Cara penyelenggaraan wajib diisi.").IsInEnum();
        RuleFor(r => r.Jp).NotNull().WithMessage("JP wajib diisi.").InclusiveBetween(1, MaxJp).WithMessage($"JP 1 sampai {MaxJp}.");
        RuleFor(r => r.CostPerParticipant).InclusiveBetween(0m, MaxCost).WithMessage("Biaya per peserta 0 sampai 1.000.000.000 rupiah.")
            .Must(c => c is null || c % 1 == 0).WithMessage("Biaya per peserta dalam rupiah penuh, tanpa sen.");
        RuleFor(r => r.Competencies).MaxItems(MaxCompetencies).WithMessage($"Paling banyak {MaxCompetencies} kompetensi.")
            .Must(l => l is null || l.Where(x => x?.CompetencyId is not null).Select(x => x!.CompetencyId).Distinct().Count() == l.Count(x => x?.CompetencyId is not null))
            .WithMessage("Setiap kompetensi hanya boleh sekali.");
        RuleForEach(r => r.Competencies).NotNull().WithMessage("Kompetensi tidak boleh kosong (null).");
        RuleForEach(r => r.Competencies).ChildRules(c =>
        {
            c.RuleFor(x => x.CompetencyId).NotEmpty().WithMessage("Kompetensi wajib diisi.");
            c.RuleFor(x => x.ExpectedGain).NotNull().WithMessage("Perkiraan kenaikan level wajib diisi.").InclusiveBetween(1, 2).WithMessage("Perkiraan kenaikan level 1 atau 2.");
        });
    }
}
