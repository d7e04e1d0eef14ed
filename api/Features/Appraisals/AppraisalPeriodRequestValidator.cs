using AsnApi.Contracts;
using FluentValidation;

namespace AsnApi.Features.Appraisals;

/// <summary>One rule per condition: FluentValidation's When applies to every validator before it in a chain.</summary>
public sealed class AppraisalPeriodRequestValidator : AbstractValidator<AppraisalPeriodRequest>
{
    public AppraisalPeriodRequestValidator()
    {
        RuleFor(r => r.Name).MaximumLength(200).WithMessage("Nama periode paling panjang 200 karakter.");
        RuleFor(r => r.Year).NotNull().When(r => r.StartDate is null && r.EndDate is null)
            .WithMessage("Isi tahun (periode tahunan 1 Januari–31 Desember), atau tanggal mulai dan selesai.");
        RuleFor(r => r.Year).InclusiveBetween(2000, 2100).WithMessage("Tahun 2000 sampai 2100.");
        RuleFor(r => r.StartDate).NotNull().When(r => r.EndDate is not null).WithMessage("Tanggal mulai wajib diisi bila tanggal selesai diisi.");
        RuleFor(r => r.StartDate).Must(d => d!.Value.Year is >= 2000 and <= 2100).When(r => r.StartDate is not null).WithMessage("Tanggal mulai tidak masuk akal.");
        RuleFor(r => r.EndDate).NotNull().When(r => r.StartDate is not null).WithMessage("Tanggal selesai wajib diisi bila tanggal mulai diisi.");
        RuleFor(r => r.EndDate).Must(d => d!.Value.Year is >= 2000 and <= 2100).When(r => r.EndDate is not null).WithMessage("Tanggal selesai tidak masuk akal.");
        RuleFor(r => r.EndDate).Must((r, d) => d!.Value >= r.StartDate!.Value).When(r => r.StartDate is not null && r.EndDate is not null)
            .WithMessage("Tanggal selesai tidak boleh sebelum tanggal mulai.");
    }
}
