using AsnApi.Contracts;
using FluentValidation;

namespace AsnApi.Features.TrainingLedger;

/// <summary>What the tenant ledger, its below-target list and the export share: the year and the filters.</summary>
internal static class JpLedgerScope
{
    public static void Year<T>(AbstractValidator<T> v, Func<T, int?> year) =>
        v.RuleFor(q => year(q)).InclusiveBetween(2000, 2100).OverridePropertyName("year").WithMessage("Tahun 2000 sampai 2100.");

    /// <summary>The target of each row's employment type, as SQL over the parameters @TargetPns and @TargetPppk.</summary>
    public static string Target(string employmentType) => $"CASE WHEN {employmentType} = '{nameof(EmploymentType.Pppk)}' THEN @TargetPppk ELSE @TargetPns END";
}
