using AsnApi.Contracts;
using AsnApi.Infrastructure.Http;
using FluentValidation;

namespace AsnApi.Features.ImprovementPlan;

public sealed class CompetencyMappingRequestValidator : AbstractValidator<CompetencyMappingRequest>
{
    public const int MaxCategories = 100;
    public const int MaxCompetencies = 20;

    public CompetencyMappingRequestValidator()
    {
        RuleFor(r => r.Unsur).MaxItems(Domain.Unsur.Count).WithMessage($"Paling banyak {Domain.Unsur.Count} unsur.");
        RuleForEach(r => r.Unsur).NotNull().WithMessage("Unsur tidak boleh kosong (null).").ChildRules(u =>
        {
            u.RuleFor(x => x.Code).NotEmpty().WithMessage("Kode unsur wajib diisi.").MaximumLength(2).WithMessage("Kode unsur U1 sampai U9.").Matches("^U[1-9]$").WithMessage("Kode unsur U1 sampai U9.");
            u.RuleFor(x => x.CompetencyIds).MaxItems(MaxCompetencies).WithMessage($"Paling banyak {MaxCompetencies} kompetensi.")
                .Must(Distinct).WithMessage("Kompetensi tidak boleh ganda.");
            u.RuleForEach(x => x.CompetencyIds).NotEmpty().WithMessage("Id kompetensi tidak valid.");
        });
        RuleFor(r => r.Unsur).Must(u => u is null || u.Where(x => x?.Code is not null).GroupBy(x => x.Code).All(g => g.Count() == 1))
            .WithMessage("Setiap unsur paling banyak satu kali.");

        RuleFor(r => r.Categories).MaxItems(MaxCategories).WithMessage($"Paling banyak {MaxCategories} kategori.");
        RuleForEach(r => r.Categories).NotNull().WithMessage("Kategori tidak boleh kosong (null).").ChildRules(c =>
        {
            c.RuleFor(x => x.Category).NotEmpty().WithMessage("Kategori pengaduan wajib diisi.").MaximumLength(100).WithMessage("Kategori paling panjang 100 karakter.");
            c.RuleFor(x => x.CompetencyIds).NotEmpty().WithMessage("Pilih minimal satu kompetensi untuk kategori ini.")
                .MaxItems(MaxCompetencies).WithMessage($"Paling banyak {MaxCompetencies} kompetensi.")
                .Must(Distinct).WithMessage("Kompetensi tidak boleh ganda.");
            c.RuleForEach(x => x.CompetencyIds).NotEmpty().WithMessage("Id kompetensi tidak valid.");
        });
        RuleFor(r => r.Categories).Must(c => c is null || c.Where(x => x?.Category is not null).GroupBy(x => x.Category!.Trim(), StringComparer.OrdinalIgnoreCase).All(g => g.Count() == 1))
            .WithMessage("Setiap kategori paling banyak satu kali (huruf besar/kecil tidak dibedakan).");
    }

    private static bool Distinct(IReadOnlyList<Guid>? ids) => ids is null || ids.Distinct().Count() == ids.Count;
}
