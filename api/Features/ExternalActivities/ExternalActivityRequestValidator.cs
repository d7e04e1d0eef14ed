using AsnApi.Contracts;
using AsnApi.Domain;
using FluentValidation;

namespace AsnApi.Features.ExternalActivities;

public sealed class ExternalActivityRequestValidator : AbstractValidator<ExternalActivityRequest>
{
    public ExternalActivityRequestValidator(TimeProvider clock)
    {
        RuleFor(r => r.Title).NotEmpty().WithMessage("Nama kegiatan wajib diisi.").MaximumLength(300).WithMessage("Nama kegiatan paling panjang 300 karakter.");
        RuleFor(r => r.Form).NotNull().WithMessage("Bentuk pengembangan wajib diisi.").IsInEnum();
        // A day of slack: an activity recorded in WIT just after midnight is "tomorrow" in UTC.
        RuleFor(r => r.ActivityDate).NotNull().WithMessage("Tanggal kegiatan wajib diisi.")
            .Must(d => d!.Value <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(1)).When(r => r.ActivityDate is not null)
            .WithMessage("Tanggal kegiatan tidak boleh di masa depan.")
            .Must(d => d!.Value.Year >= 2000).When(r => r.ActivityDate is not null).WithMessage("Tanggal kegiatan tidak masuk akal.");
        RuleFor(r => r.Jp).NotNull().WithMessage("JP wajib diisi.").InclusiveBetween(1, JpLedgerRules.MaxActivityJp).WithMessage($"JP 1 sampai {JpLedgerRules.MaxActivityJp}.");
        RuleFor(r => r.Organizer).MaximumLength(200).WithMessage("Penyelenggara paling panjang 200 karakter.");
        RuleFor(r => r.EvidenceReference).MaximumLength(500).WithMessage("Bukti paling panjang 500 karakter.");
    }
}
