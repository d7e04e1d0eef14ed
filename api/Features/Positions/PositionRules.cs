using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Infrastructure.Auth;
using AsnApi.Infrastructure.Database;
using AsnApi.Infrastructure.Http;
using AsnApi.Infrastructure.Pipeline;
using FluentValidation;
using Mediator;

namespace AsnApi.Features.Positions;

/// <summary>Create and update share one validator and one unit check; they differ only in INSERT against versioned UPDATE.</summary>
public sealed class PositionRequestValidator : AbstractValidator<PositionRequest>
{
    public PositionRequestValidator()
    {
        RuleFor(r => r.Code).NotEmpty().WithMessage("Kode jabatan wajib diisi.").MaximumLength(50);
        RuleFor(r => r.Name).NotEmpty().WithMessage("Nama jabatan wajib diisi.").MaximumLength(200);
        RuleFor(r => r.Type).NotNull().WithMessage("Jenis jabatan wajib diisi.").IsInEnum();
        RuleFor(r => r.UnitId).NotEmpty().WithMessage("Unit kerja wajib diisi.");
        RuleFor(r => r.ManagerialLevel).NotNull().When(r => r.Type == PositionType.Fungsional)
            .WithMessage("Level manajerial wajib diisi untuk jabatan fungsional.");
        RuleFor(r => r.ManagerialLevel).InclusiveBetween(1, 5).When(r => r.ManagerialLevel is not null)
            .WithMessage("Level manajerial 1 sampai 5.");
    }
}

internal static class PositionRules
{
    public static int Level(PositionRequest r) => r.ManagerialLevel ?? PositionLevels.DefaultFor(r.Type!.Value)!.Value;
}
