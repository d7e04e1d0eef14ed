using AsnApi.Contracts;
using FluentValidation;

namespace AsnApi.Features.Units;

public sealed class UnitRequestValidator : AbstractValidator<UnitRequest>
{
    public UnitRequestValidator()
    {
        RuleFor(r => r.Code).NotEmpty().WithMessage("Kode unit wajib diisi.").MaximumLength(50);
        RuleFor(r => r.Name).NotEmpty().WithMessage("Nama unit wajib diisi.").MaximumLength(200);
    }
}
