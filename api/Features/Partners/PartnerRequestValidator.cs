using AsnApi.Contracts;
using FluentValidation;

namespace AsnApi.Features.Partners;

public sealed class PartnerRequestValidator : AbstractValidator<PartnerRequest>
{
    /// <summary>One address, no spaces, a dot in the domain: what a mail server will take, not the full RFC 5322 grammar.</summary>
    public const string EmailPattern = @"^[^@\s]+@[^@\s]+\.[^@\s]+$";
    /// <summary>Indonesian numbers as people write them: +62 812-3456-7890, (0771) 123456.</summary>
    public const string PhonePattern = @"^\+?[0-9(][0-9 ()\-]{5,29}$";

    public PartnerRequestValidator()
    {
        RuleFor(r => r.Name).NotEmpty().WithMessage("Nama mitra wajib diisi.").MaximumLength(200);
        RuleFor(r => r.Kind).NotNull().WithMessage("Jenis mitra wajib diisi.").IsInEnum();
        RuleFor(r => r.ContactName).MaximumLength(200);
        RuleFor(r => r.ContactEmail).MaximumLength(254).Matches(EmailPattern).When(r => !string.IsNullOrWhiteSpace(r.ContactEmail))
            .WithMessage("Alamat email kontak tidak valid.");
        RuleFor(r => r.ContactPhone).MaximumLength(30).Matches(PhonePattern).When(r => !string.IsNullOrWhiteSpace(r.ContactPhone))
            .WithMessage("Nomor telepon kontak hanya angka, spasi, tanda kurung dan tanda hubung (boleh diawali +), 6 sampai 30 karakter.");
    }
}
