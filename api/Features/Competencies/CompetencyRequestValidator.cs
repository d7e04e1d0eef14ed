using AsnApi.Contracts;
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
