using AsnApi.Contracts;
using FluentValidation;

namespace AsnApi.Features.Appraisals;

internal static class AppraisalRules
{
    public const int NotesMax = 2000;
}

public sealed class PerformanceAppraisalRequestValidator : AbstractValidator<PerformanceAppraisalRequest>
{
    public PerformanceAppraisalRequestValidator()
    {
        RuleFor(r => r.EmployeeId).NotEmpty().WithMessage("Pegawai wajib diisi.");
        RuleFor(r => r.PeriodId).NotEmpty().WithMessage("Periode penilaian wajib diisi.");
        RuleFor(r => r.ResultsRating).NotNull().WithMessage("Penilaian hasil kerja wajib diisi.").IsInEnum();
        RuleFor(r => r.BehaviourRating).NotNull().WithMessage("Penilaian perilaku kerja wajib diisi.").IsInEnum();
        RuleFor(r => r.Notes).MaximumLength(AppraisalRules.NotesMax).WithMessage($"Catatan paling panjang {AppraisalRules.NotesMax} karakter.");
    }
}

public sealed class PerformanceAppraisalUpdateRequestValidator : AbstractValidator<PerformanceAppraisalUpdateRequest>
{
    public PerformanceAppraisalUpdateRequestValidator()
    {
        RuleFor(r => r.ResultsRating).NotNull().WithMessage("Penilaian hasil kerja wajib diisi.").IsInEnum();
        RuleFor(r => r.BehaviourRating).NotNull().WithMessage("Penilaian perilaku kerja wajib diisi.").IsInEnum();
        RuleFor(r => r.Notes).MaximumLength(AppraisalRules.NotesMax).WithMessage($"Catatan paling panjang {AppraisalRules.NotesMax} karakter.");
    }
}
