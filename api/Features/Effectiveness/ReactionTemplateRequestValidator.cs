using AsnApi.Contracts;
using AsnApi.Features.ServiceUnits;
using AsnApi.Infrastructure.Http;
using FluentValidation;

namespace AsnApi.Features.Effectiveness;

public sealed class ReactionTemplateRequestValidator : AbstractValidator<ReactionTemplateRequest>
{
    public const int MaxItemCount = 20;
    public const int MaxItemLength = 500;

    public ReactionTemplateRequestValidator()
    {
        RuleFor(r => r.Name).NotEmpty().WithMessage("Nama kuesioner wajib diisi.").MaximumLength(200).WithMessage("Nama kuesioner paling panjang 200 karakter.");
        RuleFor(r => r.Items).NotEmpty().WithMessage("Isi minimal satu pernyataan.")
            .MaxItems(MaxItemCount).WithMessage($"Paling banyak {MaxItemCount} pernyataan.");
        RuleForEach(r => r.Items).NotEmpty().WithMessage("Pernyataan tidak boleh kosong.")
            .MaximumLength(MaxItemLength).WithMessage($"Pernyataan paling panjang {MaxItemLength} karakter.")
            .Must(ListText.IsClean).WithMessage(ListText.UnsafeMessage);
        RuleFor(r => r.Items).Must(t => t is null || t.Where(s => s is not null).Select(s => s.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() == t.Count(s => s is not null))
            .WithMessage("Pernyataan tidak boleh ganda.");
    }
}

public sealed class ReactionAnswerRequestValidator : AbstractValidator<ReactionAnswerRequest>
{
    public const int MaxCommentLength = 2000;

    public ReactionAnswerRequestValidator()
    {
        RuleFor(r => r.Scores).NotEmpty().WithMessage("Isi nilai untuk setiap pernyataan.")
            .MaxItems(ReactionTemplateRequestValidator.MaxItemCount).WithMessage($"Paling banyak {ReactionTemplateRequestValidator.MaxItemCount} nilai.");
        RuleForEach(r => r.Scores).NotNull().WithMessage("Nilai tidak boleh kosong.").ChildRules(s =>
        {
            s.RuleFor(x => x.Position).NotNull().WithMessage("Nomor pernyataan wajib diisi.")
                .InclusiveBetween(1, ReactionTemplateRequestValidator.MaxItemCount).WithMessage($"Nomor pernyataan 1 sampai {ReactionTemplateRequestValidator.MaxItemCount}.");
            s.RuleFor(x => x.Score).NotNull().WithMessage("Nilai wajib diisi.").InclusiveBetween(1, 5).WithMessage("Nilai 1 sampai 5.");
        });
        RuleFor(r => r.Scores).Must(s => s is null || s.Where(x => x?.Position is not null).GroupBy(x => x.Position).All(g => g.Count() == 1))
            .WithMessage("Setiap pernyataan dinilai satu kali.");
        RuleFor(r => r.Comment).MaximumLength(MaxCommentLength).WithMessage($"Komentar paling panjang {MaxCommentLength} karakter.");
    }
}
