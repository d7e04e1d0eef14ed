using AsnApi.Contracts;
using AsnApi.Domain;
using FluentValidation;

namespace AsnApi.Features.EvaluationCycles;

public sealed class EvaluationCycleRequestValidator : AbstractValidator<EvaluationCycleRequest>
{
    private static readonly DateOnly Earliest = new(2000, 1, 1), Latest = new(2100, 12, 31);

    public EvaluationCycleRequestValidator()
    {
        RuleFor(r => r.Name).NotEmpty().WithMessage("Nama siklus wajib diisi.").MaximumLength(200).WithMessage("Nama siklus paling panjang 200 karakter.");
        RuleFor(r => r.PeriodFrom).NotNull().WithMessage("Awal periode wajib diisi.")
            .InclusiveBetween(Earliest, Latest).WithMessage("Awal periode antara tahun 2000 dan 2100.");
        RuleFor(r => r.PeriodTo).NotNull().WithMessage("Akhir periode wajib diisi.")
            .InclusiveBetween(Earliest, Latest).WithMessage("Akhir periode antara tahun 2000 dan 2100.");
        RuleFor(r => r.PeriodTo).Must((r, to) => to >= r.PeriodFrom).When(r => r.PeriodFrom is not null && r.PeriodTo is not null)
            .WithMessage("Akhir periode tidak boleh sebelum awal periode.");
        RuleFor(r => r.PeriodTo).Must((r, to) => to!.Value.DayNumber - r.PeriodFrom!.Value.DayNumber < EvaluationRules.MaxPeriodDays)
            .When(r => r.PeriodFrom is not null && r.PeriodTo is not null && r.PeriodTo >= r.PeriodFrom)
            .WithMessage("Periode siklus paling panjang dua tahun.");
    }
}

public sealed class FindingRequestValidator : AbstractValidator<FindingRequest>
{
    public FindingRequestValidator()
    {
        RuleFor(r => r.Title).NotEmpty().WithMessage("Judul temuan wajib diisi.").MaximumLength(200).WithMessage("Judul temuan paling panjang 200 karakter.");
        RuleFor(r => r.Description).MaximumLength(4000).WithMessage("Uraian paling panjang 4.000 karakter.");
        RuleFor(r => r.IndicatorCode).MaximumLength(40).Matches("^[A-Z0-9_]+$").WithMessage("Kode indikator tidak dikenal.");
        RuleFor(r => r.EvidenceLink).MaximumLength(500).WithMessage("Tautan bukti paling panjang 500 karakter.")
            .Matches(@"^/[^\s]*$").WithMessage("Tautan bukti harus berupa alamat di aplikasi ini, diawali '/' (mis. /analitik atau /api/v1/ikm).");
        RuleFor(r => r.Severity).NotNull().WithMessage("Tingkat kepentingan wajib diisi.");
    }
}

public sealed class FollowUpActionRequestValidator : AbstractValidator<FollowUpActionRequest>
{
    public FollowUpActionRequestValidator()
    {
        RuleFor(r => r.Kind).NotNull().WithMessage("Jenis tindak lanjut wajib diisi.");
        RuleFor(r => r.PlanItemId).NotEmpty().When(r => r.Kind == FollowUpActionKind.PlanItem).WithMessage("Pilih butir rencana pengembangan.");
        RuleFor(r => r.ProgramId).NotEmpty().When(r => r.Kind == FollowUpActionKind.Program).WithMessage("Pilih program pelatihan.");
        RuleFor(r => r.SessionId).NotEmpty().When(r => r.Kind == FollowUpActionKind.Session).WithMessage("Pilih sesi pelatihan.");
        RuleFor(r => r.PlanItemId).Null().When(r => r.Kind is not null && r.Kind != FollowUpActionKind.PlanItem).WithMessage("Hanya untuk jenis butir rencana pengembangan.");
        RuleFor(r => r.ProgramId).Null().When(r => r.Kind is not null && r.Kind != FollowUpActionKind.Program).WithMessage("Hanya untuk jenis program pelatihan.");
        RuleFor(r => r.SessionId).Null().When(r => r.Kind is not null && r.Kind != FollowUpActionKind.Session).WithMessage("Hanya untuk jenis sesi pelatihan.");
        RuleFor(r => r.Title).NotEmpty().When(r => r.Kind == FollowUpActionKind.Task).WithMessage("Uraian tugas wajib diisi.");
        RuleFor(r => r.Title).MaximumLength(200).WithMessage("Uraian paling panjang 200 karakter.");
        RuleFor(r => r.OwnerName).MaximumLength(200).WithMessage("Nama penanggung jawab paling panjang 200 karakter.");
        RuleFor(r => r.OwnerName).NotEmpty().When(r => r.OwnerEmployeeId is null).WithMessage("Isi penanggung jawab: pegawai atau nama.");
        RuleFor(r => r.OwnerName).Empty().When(r => r.OwnerEmployeeId is not null).WithMessage("Pilih salah satu: pegawai atau nama penanggung jawab.");
        RuleFor(r => r.DueDate).NotNull().WithMessage("Tenggat wajib diisi.")
            .InclusiveBetween(new DateOnly(2000, 1, 1), new DateOnly(2100, 12, 31)).WithMessage("Tenggat antara tahun 2000 dan 2100.");
    }
}
