using AsnApi.Contracts;
using FluentValidation;

namespace AsnApi.Features.TrainingSessions;

public sealed class TrainingSessionRequestValidator : AbstractValidator<TrainingSessionRequest>
{
    public const int MaxCapacity = 1000;
    /// <summary>The longest classroom programme (PKN Tingkat I) runs for months, not years.</summary>
    public const int MaxDays = 366;
    public const string LinkPattern = "^[Hh][Tt][Tt][Pp][Ss]?://[^\\s]+$";

    public TrainingSessionRequestValidator()
    {
        RuleFor(r => r.ProgramId).NotEmpty().WithMessage("Program pelatihan wajib diisi.");
        RuleFor(r => r.Name).NotEmpty().WithMessage("Nama angkatan wajib diisi.").MaximumLength(100);
        RuleFor(r => r.StartDate).NotNull().WithMessage("Tanggal mulai wajib diisi.")
            .Must(d => d is null || d.Value.Year is >= 2000 and <= 2100).WithMessage("Tanggal mulai tidak masuk akal (tahun 2000 sampai 2100).");
        RuleFor(r => r.EndDate).NotNull().WithMessage("Tanggal selesai wajib diisi.")
            .Must((r, end) => r.StartDate is null || end is null || end >= r.StartDate).WithMessage("Tanggal selesai tidak boleh sebelum tanggal mulai.")
            .Must((r, end) => r.StartDate is null || end is null || end < r.StartDate || end.Value.DayNumber - r.StartDate.Value.DayNumber < MaxDays)
            .WithMessage($"Satu angkatan paling lama {MaxDays} hari.");
        RuleFor(r => r.Location).MaximumLength(200);
        RuleFor(r => r.OnlineLink).MaximumLength(500).Matches(LinkPattern).When(r => !string.IsNullOrWhiteSpace(r.OnlineLink))
            .WithMessage("Tautan daring harus alamat http:// atau https://.")
            .Must(l => Uri.TryCreate(l!.Trim(), UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps) && u.Host.Length > 0)
            .When(r => !string.IsNullOrWhiteSpace(r.OnlineLink)).WithMessage("Tautan daring bukan alamat web yang valid.");
        RuleFor(r => r.Location).Must((r, l) => !string.IsNullOrWhiteSpace(l) || !string.IsNullOrWhiteSpace(r.OnlineLink))
            .WithMessage("Isi tempat penyelenggaraan atau tautan daring (minimal salah satu).");
        RuleFor(r => r.Capacity).NotNull().WithMessage("Kapasitas wajib diisi.").InclusiveBetween(1, MaxCapacity).WithMessage($"Kapasitas 1 sampai {MaxCapacity} peserta.");
    }
}
