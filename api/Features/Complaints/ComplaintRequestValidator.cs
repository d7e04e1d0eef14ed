using AsnApi.Contracts;
using FluentValidation;

namespace AsnApi.Features.Complaints;

/// <summary>The limits every complaint text shares, staff-entered or from the public form.</summary>
internal static class ComplaintLimits
{
    public const int Text = 4000;
    public const int Category = 100;
    public const int ExternalReference = 100;
    public const int ReporterName = 200;
    public const int ReporterContact = 200;
    public const int Response = 2000;
}

public sealed class ComplaintRequestValidator : AbstractValidator<ComplaintRequest>
{
    public ComplaintRequestValidator()
    {
        RuleFor(r => r.Channel).NotNull().WithMessage("Kanal pengaduan wajib diisi.").IsInEnum().WithMessage("Kanal pengaduan tidak dikenal.");
        RuleFor(r => r.Type).NotNull().WithMessage("Jenis pengaduan wajib diisi.").IsInEnum().WithMessage("Jenis pengaduan tidak dikenal.");
        RuleFor(r => r.ServiceUnitId).NotEmpty().WithMessage("Unit layanan wajib diisi.");
        RuleFor(r => r.Text).NotEmpty().WithMessage("Isi pengaduan wajib diisi.").MaximumLength(ComplaintLimits.Text).WithMessage($"Isi pengaduan paling panjang {ComplaintLimits.Text} karakter.");
        RuleFor(r => r.Category).MaximumLength(ComplaintLimits.Category).WithMessage($"Kategori paling panjang {ComplaintLimits.Category} karakter.");
        RuleFor(r => r.ExternalReference).MaximumLength(ComplaintLimits.ExternalReference).WithMessage($"Nomor rujukan paling panjang {ComplaintLimits.ExternalReference} karakter.");
        RuleFor(r => r.ReporterName).MaximumLength(ComplaintLimits.ReporterName).WithMessage($"Nama pelapor paling panjang {ComplaintLimits.ReporterName} karakter.");
        RuleFor(r => r.ReporterContact).MaximumLength(ComplaintLimits.ReporterContact).WithMessage($"Kontak pelapor paling panjang {ComplaintLimits.ReporterContact} karakter.");
    }
}

public sealed class PublicComplaintValidator : AbstractValidator<PublicComplaintRequest>
{
    public PublicComplaintValidator()
    {
        RuleFor(r => r.SubmissionId).NotEmpty().WithMessage("submissionId wajib diisi: UUID yang dibuat formulir sekali untuk setiap pengaduan.");
        RuleFor(r => r.ServiceUnitSlug).NotEmpty().WithMessage("Unit layanan wajib dipilih.").MaximumLength(80).WithMessage("Unit layanan tidak dikenal.");
        RuleFor(r => r.Type).NotNull().WithMessage("Jenis pengaduan wajib diisi.").IsInEnum().WithMessage("Jenis pengaduan tidak dikenal.");
        RuleFor(r => r.Text).NotEmpty().WithMessage("Isi pengaduan wajib diisi.").MaximumLength(ComplaintLimits.Text).WithMessage($"Isi pengaduan paling panjang {ComplaintLimits.Text} karakter.");
        RuleFor(r => r.Category).MaximumLength(ComplaintLimits.Category).WithMessage($"Kategori paling panjang {ComplaintLimits.Category} karakter.");
        RuleFor(r => r.ReporterName).MaximumLength(ComplaintLimits.ReporterName).WithMessage($"Nama pelapor paling panjang {ComplaintLimits.ReporterName} karakter.");
        RuleFor(r => r.ReporterContact).MaximumLength(ComplaintLimits.ReporterContact).WithMessage($"Kontak pelapor paling panjang {ComplaintLimits.ReporterContact} karakter.");
    }
}

public sealed class ComplaintTransitionValidator : AbstractValidator<ComplaintTransitionRequest>
{
    public ComplaintTransitionValidator() =>
        RuleFor(r => r.Response).MaximumLength(ComplaintLimits.Response).WithMessage($"Tanggapan paling panjang {ComplaintLimits.Response} karakter.");
}
