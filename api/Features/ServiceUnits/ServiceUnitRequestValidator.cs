using AsnApi.Contracts;
using AsnApi.Infrastructure.Http;
using FluentValidation;

namespace AsnApi.Features.ServiceUnits;

public sealed class ServiceUnitRequestValidator : AbstractValidator<ServiceUnitRequest>
{
    public const int MaxServiceTypes = 20;
    public const int MaxStaff = 500;
    public const string SlugPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    public ServiceUnitRequestValidator()
    {
        RuleFor(r => r.Name).NotEmpty().WithMessage("Nama unit layanan wajib diisi.").MaximumLength(200);
        RuleFor(r => r.Slug).NotEmpty().WithMessage("Slug wajib diisi.").Length(3, 80).WithMessage("Slug 3 sampai 80 karakter.")
            .Matches(SlugPattern).WithMessage("Slug hanya huruf kecil, angka dan tanda hubung tunggal, misalnya dukcapil-kota.");
        RuleFor(r => r.UnitId).NotEmpty().WithMessage("Unit kerja wajib diisi.");
        RuleFor(r => r.ServiceTypes).NotEmpty().WithMessage("Isi minimal satu jenis layanan.")
            .MaxItems(MaxServiceTypes).WithMessage($"Paling banyak {MaxServiceTypes} jenis layanan.");
        RuleForEach(r => r.ServiceTypes).NotEmpty().WithMessage("Jenis layanan tidak boleh kosong.")
            .MaximumLength(100).WithMessage("Jenis layanan paling panjang 100 karakter.")
            .Must(ListText.IsClean).WithMessage(ListText.UnsafeMessage);
        RuleFor(r => r.ServiceTypes).Must(t => t is null || t.Where(s => s is not null).Select(s => s.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() == t.Count(s => s is not null))
            .WithMessage("Jenis layanan tidak boleh ganda.");
        RuleFor(r => r.PopulationPerYear).NotNull().WithMessage("Jumlah populasi per tahun wajib diisi (untuk menghitung sampel).")
            .InclusiveBetween(1, 100_000_000).WithMessage("Populasi per tahun 1 sampai 100.000.000.");
        RuleFor(r => r.StaffIds).MaxItems(MaxStaff).WithMessage($"Paling banyak {MaxStaff} petugas.");
        RuleForEach(r => r.StaffIds).NotEmpty().WithMessage("Id pegawai tidak valid.");
    }
}

/// <summary>
/// Text inside a list of strings: the body reader's hygiene (RequestText) wraps string properties only, so list
/// elements are checked and cleaned here by the same rules.
/// </summary>
internal static class ListText
{
    public const string UnsafeMessage = "Teks tidak boleh memuat karakter kontrol, pengubah arah tulisan (bidi) atau tanpa lebar (zero-width).";

    public static bool IsClean(string? value)
    {
        if (value is null) return true;
        try { RequestText.Clean(value, multiLine: false); return true; }
        catch (RequestText.UnsafeTextException) { return false; }
    }

    public static List<string> Cleaned(IEnumerable<string> values) => values.Select(v => RequestText.Clean(v, multiLine: false)!).ToList();
}
