using AsnApi.Contracts;
using AsnApi.Infrastructure.Http;
using FluentValidation;

namespace AsnApi.Features.Development;

public sealed class DevelopmentPlanRequestValidator : AbstractValidator<DevelopmentPlanRequest>
{
    public DevelopmentPlanRequestValidator()
    {
        RuleFor(r => r.EmployeeId).NotEmpty().WithMessage("Pegawai wajib diisi.");
        RuleFor(r => r.Year).NotNull().WithMessage("Tahun wajib diisi.").InclusiveBetween(2000, 2100).WithMessage("Tahun tidak masuk akal.");
        RuleFor(r => r.Title).NotEmpty().WithMessage("Judul rencana wajib diisi.").MaximumLength(200);
        RuleFor(r => r.Items).NotEmpty().WithMessage("Isi minimal satu kegiatan pengembangan.").MaxItems(50).WithMessage("Paling banyak 50 kegiatan.");
        RuleForEach(r => r.Items).NotNull().WithMessage("Kegiatan tidak boleh kosong (null).");
        RuleFor(r => r.Items).Must(items => items!.Where(i => i?.Id is not null).GroupBy(i => i!.Id).All(g => g.Count() == 1))
            .When(r => r.Items is not null).WithMessage("Satu butir hanya boleh disebut sekali.");
        RuleForEach(r => r.Items).ChildRules(i =>
        {
            i.RuleFor(x => x.CompetencyId).NotEmpty().WithMessage("Kompetensi wajib diisi.");
            i.RuleFor(x => x.TargetLevel).NotNull().InclusiveBetween(1, 5).WithMessage("Level target 1 sampai 5.");
            i.RuleFor(x => x.Form).NotNull().WithMessage("Bentuk pengembangan wajib diisi.").IsInEnum();
            i.RuleFor(x => x.ActivityName).NotEmpty().WithMessage("Nama kegiatan wajib diisi.").MaximumLength(200);
            i.RuleFor(x => x.PlannedJp).NotNull().InclusiveBetween(1, 1000).WithMessage("JP rencana 1 sampai 1000.");
            i.RuleFor(x => x.DueDate).NotNull().WithMessage("Target waktu wajib diisi.");
        });
        RuleForEach(r => r.Items).Must((r, item) => r.Year is null || item?.DueDate is null || (item.DueDate.Value.Year >= r.Year && item.DueDate.Value.Year <= r.Year + 1))
            .WithMessage("Target waktu harus di tahun rencana atau tahun berikutnya.");
    }
}
