using AsnApi.Contracts;
using AsnApi.Infrastructure.Http;
using FluentValidation;

namespace AsnApi.Features.Enrollments;

public sealed class EnrollmentUpdateRequestValidator : AbstractValidator<EnrollmentUpdateRequest>
{
    /// <summary>A session of a year at most; longer programs run as several sessions.</summary>
    public const int MaxDays = 366;

    public EnrollmentUpdateRequestValidator()
    {
        RuleFor(r => r.PreTestScore).InclusiveBetween(0, 100).WithMessage("Nilai pre-test 0 sampai 100.");
        RuleFor(r => r.PostTestScore).InclusiveBetween(0, 100).WithMessage("Nilai post-test 0 sampai 100.");
        RuleFor(r => r.Attendance).MaxItems(MaxDays).WithMessage($"Paling banyak {MaxDays} hari.");
        RuleForEach(r => r.Attendance).NotNull().WithMessage("Kehadiran tidak boleh kosong (null).").ChildRules(a =>
        {
            a.RuleFor(x => x.Day).NotNull().WithMessage("Tanggal wajib diisi.");
            a.RuleFor(x => x.Present).NotNull().WithMessage("Hadir atau tidak wajib diisi.");
        });
        // At most one entry per day: the later duplicates are the ones named, on their day field.
        RuleFor(r => r.Attendance).Custom((days, context) =>
        {
            var seen = new HashSet<DateOnly>();
            for (var i = 0; i < (days?.Count ?? 0); i++)
                if (days![i]?.Day is { } day && !seen.Add(day))
                    context.AddFailure($"attendance[{i}].day", "Satu tanggal hanya boleh dicatat sekali.");
        });
    }
}
