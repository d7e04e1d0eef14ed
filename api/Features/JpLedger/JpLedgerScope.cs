using AsnApi.Contracts;
using AsnApi.Features.Shared;
using FluentValidation;

namespace AsnApi.Features.TrainingLedger;

/// <summary>What the tenant ledger, its below-target list and the export share: the year and the filters.</summary>
internal static class JpLedgerScope
{
    public static void Year<T>(AbstractValidator<T> v, Func<T, int?> year) =>
        v.RuleFor(q => year(q)).InclusiveBetween(2000, 2100).OverridePropertyName("year").WithMessage("Tahun 2000 sampai 2100.");

    /// <summary>The target of each row's employment type, as SQL over the parameters @TargetPns and @TargetPppk.</summary>
    public static string Target(string employmentType) => $"CASE WHEN {employmentType} = '{nameof(EmploymentType.Pppk)}' THEN @TargetPppk ELSE @TargetPns END";

    /// <summary>Active employees in scope, from the headcount rollups.</summary>
    public static string Counted(bool under, bool type) => $"SELECT COALESCE(SUM(x.Employees), 0) FROM {AnalyticsScope.Rollups("HeadcountRollups", under, type)}";

    /// <summary>Those who reached the target of their employment type in @Year, from the distribution of earned JP.</summary>
    public static string Reached(bool under, bool type) =>
        $"SELECT COALESCE(SUM(x.Employees), 0) FROM {AnalyticsScope.Rollups("JpRollups", under, type)} AND x.Year = @Year AND x.EarnedJp >= {Target("x.EmploymentType")}";
}
