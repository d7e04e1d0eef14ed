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
        // At most one entry per day: the later duplicates are the ones named.
        RuleForEach(r => r.Attendance).Must((r, a) => a?.Day is null || r.Attendance!.TakeWhile(x => !ReferenceEquals(x, a)).All(x => x?.Day != a.Day))
            .WithMessage("Satu tanggal hanya boleh dicatat sekali.");
    }
}
