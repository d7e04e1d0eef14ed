using AsnApi.Contracts;
using AsnApi.Domain;
using FluentValidation;

namespace AsnApi.Features.Employees;

/// <summary>The shape rules of an employee, including the NIP and its agreement with sex and birth date.</summary>
public sealed class EmployeeRequestValidator : AbstractValidator<EmployeeRequest>
{
    public EmployeeRequestValidator()
    {
        RuleFor(r => r.Name).NotEmpty().WithMessage("Nama wajib diisi.").MaximumLength(200);
        RuleFor(r => r.EmploymentType).NotNull().WithMessage("Jenis kepegawaian (Pns/Pppk) wajib diisi.").IsInEnum();
        RuleFor(r => r.Sex).IsInEnum();
        RuleFor(r => r.Nip).MaximumLength(30); // 18 digits and the spaces people type between the groups
        RuleFor(r => r.Rank).MaximumLength(10);
        RuleFor(r => r.Nip).Custom((nip, ctx) =>
        {
            var r = ctx.InstanceToValidate;
            // Without a type, check what PNS and PPPK numbers share (18 digits, a real birth date); the type's own error is reported on its field.
            var parsed = Nip.Parse(nip, r.EmploymentType ?? EmploymentType.Pppk);
            if (!parsed.IsValid) { ctx.AddFailure(parsed.Error!); return; }
            var n = parsed.Nip!;
            if (r.BirthDate is { } birth && birth != n.BirthDate)
                ctx.AddFailure(nameof(EmployeeRequest.BirthDate), $"Tanggal lahir tidak sesuai dengan NIP ({n.BirthDate:yyyy-MM-dd}).");
            if (r.Sex is { } sex && n.Sex is { } nipSex && sex != nipSex)
                ctx.AddFailure(nameof(EmployeeRequest.Sex), $"Jenis kelamin tidak sesuai dengan digit ke-15 NIP ({nipSex}).");
        });
        RuleFor(r => r.Sex).NotNull().When(r => r.EmploymentType == EmploymentType.Pppk)
            .WithMessage("Jenis kelamin wajib diisi untuk PPPK (NIP PPPK tidak memuatnya).");
        RuleFor(r => r.Rank!).Must((r, rank) => Rank.IsValid(rank, r.EmploymentType!.Value))
            .When(r => !string.IsNullOrWhiteSpace(r.Rank) && r.EmploymentType is not null)
            .WithMessage(r => r.EmploymentType == EmploymentType.Pns ? "Golongan PNS berbentuk I/a sampai IV/e." : "Golongan PPPK berbentuk I sampai XVII.");
        RuleFor(r => r.UnitId).NotEmpty().When(r => r.PositionId is null)
            .WithMessage("Unit kerja wajib diisi bila jabatan tidak diisi.");
    }
}
