using AsnApi.Contracts;
using AsnApi.Domain;

namespace AsnApi.UnitTests;

public class IkmTests
{
    private static long[] Sums(params long[] s) => s;

    [Fact]
    public void Nrr_is_the_mean_score_and_ikm_the_mean_nrr_times_25_with_an_exact_ninth()
    {
        // Two respondents: (4,4,4,4,4,4,4,4,4) and (3,3,3,3,3,3,3,3,2): NRR 3.5 × 8 and 3.0, Σ = 31,
        // IKM = 31 / 9 × 25 = 86.111…, which a rounded 0.111 would make 86.0225.
        var r = Ikm.FromSums(2, Sums(7, 7, 7, 7, 7, 7, 7, 7, 6));
        Assert.Equal(3.5m, r.Nrr[0]);
        Assert.Equal(3.0m, r.Nrr[8]);
        Assert.Equal(31m * 25m / 9m, r.Value);
        Assert.Equal(86.11m, r.Rounded);
        Assert.Equal(IkmGrade.B, r.Grade);
        Assert.Equal(8, r.WeakestIndex);
    }

    [Fact]
    public void The_scale_runs_from_25_to_100()
    {
        Assert.Equal(25m, Ikm.FromSums(3, Sums(3, 3, 3, 3, 3, 3, 3, 3, 3)).Value);
        Assert.Equal(100m, Ikm.FromSums(3, Sums(12, 12, 12, 12, 12, 12, 12, 12, 12)).Value);
        Assert.Equal(IkmGrade.D, Ikm.FromSums(3, Sums(3, 3, 3, 3, 3, 3, 3, 3, 3)).Grade);
        Assert.Equal(IkmGrade.A, Ikm.FromSums(3, Sums(12, 12, 12, 12, 12, 12, 12, 12, 12)).Grade);
    }

    [Fact]
    public void The_unrounded_figure_is_kept_whatever_its_digits()
    {
        // 1 respondent, scores summing to 28: 28/9 × 25 = 77.777…
        var r = Ikm.FromSums(1, Sums(3, 3, 3, 3, 3, 3, 3, 3, 4));
        Assert.Equal(28m * 25m / 9m, r.Value);
        Assert.NotEqual(r.Rounded, r.Value);
        Assert.Equal(77.78m, r.Rounded);
    }

    [Theory]
    [InlineData("25.00", IkmGrade.D)]
    [InlineData("64.99", IkmGrade.D)]
    [InlineData("64.994", IkmGrade.D)]
    [InlineData("64.995", IkmGrade.C)] // shown as 65,00
    [InlineData("65.00", IkmGrade.C)]
    [InlineData("76.60", IkmGrade.C)]
    [InlineData("76.6049", IkmGrade.C)]
    [InlineData("76.605", IkmGrade.B)] // shown as 76,61
    [InlineData("76.61", IkmGrade.B)]
    [InlineData("88.30", IkmGrade.B)]
    [InlineData("88.3049", IkmGrade.B)]
    [InlineData("88.305", IkmGrade.A)]
    [InlineData("88.31", IkmGrade.A)]
    [InlineData("100.00", IkmGrade.A)]
    public void Grades_follow_the_table_at_its_edges_on_the_figure_as_shown(string ikm, IkmGrade grade) =>
        Assert.Equal(grade, Ikm.GradeOf(decimal.Parse(ikm, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(IkmGrade.A, "Sangat Baik")]
    [InlineData(IkmGrade.B, "Baik")]
    [InlineData(IkmGrade.C, "Kurang Baik")]
    [InlineData(IkmGrade.D, "Tidak Baik")]
    public void Each_grade_has_its_label(IkmGrade grade, string label) => Assert.Equal(label, Ikm.Label(grade));

    [Fact]
    public void No_respondents_give_no_index_rather_than_a_zero()
    {
        var r = Ikm.FromSums(0, Sums(0, 0, 0, 0, 0, 0, 0, 0, 0));
        Assert.Null(r.Value);
        Assert.Null(r.Grade);
        Assert.Null(r.WeakestIndex);
        Assert.All(r.Nrr, Assert.Null);
    }

    [Fact]
    public void The_weakest_unsur_is_the_lowest_nrr_and_a_tie_goes_to_the_first_in_order()
    {
        Assert.Equal(2, Ikm.FromSums(1, Sums(4, 4, 1, 4, 4, 4, 1, 4, 4)).WeakestIndex);
        Assert.Equal(0, Ikm.FromSums(1, Sums(2, 2, 2, 2, 2, 2, 2, 2, 2)).WeakestIndex);
    }

    [Fact]
    public void Nine_sums_are_required() => Assert.Throws<ArgumentException>(() => Ikm.FromSums(1, Sums(1, 2, 3)));

    [Fact]
    public void A_large_survey_is_exact()
    {
        // A million respondents, all 3 but U9 all 2: sums 3,000,000 × 8 + 2,000,000 → 26/9 × 25 = 72.22…
        var r = Ikm.FromSums(1_000_000, Sums(3_000_000, 3_000_000, 3_000_000, 3_000_000, 3_000_000, 3_000_000, 3_000_000, 3_000_000, 2_000_000));
        Assert.Equal(26m * 25m / 9m, r.Value);
        Assert.Equal(IkmGrade.C, r.Grade);
    }

    [Fact]
    public void Unsur_are_named_in_the_regulations_order()
    {
        Assert.Equal(9, Unsur.Names.Count);
        Assert.Equal(("U1", "Persyaratan"), (Unsur.Code(0), Unsur.Names[0]));
        Assert.Equal(("U6", "Kompetensi Pelaksana"), (Unsur.Code(5), Unsur.Names[5]));
        Assert.Equal(("U9", "Sarana dan Prasarana"), (Unsur.Code(8), Unsur.Names[8]));
    }

    [Theory]
    [InlineData(100, 80)]
    [InlineData(1_000, 278)]
    [InlineData(100_000, 383)]
    [InlineData(1, 1)]
    [InlineData(10, 10)]
    [InlineData(0, 0)]
    [InlineData(-5, 0)]
    [InlineData(100_000_000, 385)]
    public void Krejcie_morgan_sample_sizes(long population, int sample) => Assert.Equal(sample, SampleSize.Required(population));

    [Fact]
    public void The_population_of_a_period_is_the_yearly_figure_pro_rata_rounded_up()
    {
        Assert.Equal(36_500, SampleSize.PopulationIn(36_500, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)));
        Assert.Equal(9_000, SampleSize.PopulationIn(36_500, new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 31))); // 90 days
        Assert.Equal(1, SampleSize.PopulationIn(1, new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 1)));
        Assert.Equal(0, SampleSize.PopulationIn(1000, new DateOnly(2025, 1, 2), new DateOnly(2025, 1, 1)));
    }

    [Fact]
    public void A_responses_day_is_the_WIB_day_and_its_quarter_follows()
    {
        // 16:59:59 UTC is 23:59:59 WIB; a second later it is the next day in Jakarta (and 02:00 in Ambon).
        Assert.Equal(new DateOnly(2026, 3, 31), AsnApi.Features.Shared.SurveyRollups.DayOf(new DateTimeOffset(2026, 3, 31, 16, 59, 59, TimeSpan.Zero)));
        Assert.Equal(new DateOnly(2026, 4, 1), AsnApi.Features.Shared.SurveyRollups.DayOf(new DateTimeOffset(2026, 3, 31, 17, 0, 0, TimeSpan.Zero)));
        Assert.Equal(new DateOnly(2026, 4, 1), AsnApi.Features.Shared.SurveyRollups.DayOf(new DateTimeOffset(2026, 4, 1, 9, 0, 0, TimeSpan.FromHours(9))));
        Assert.Equal([1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4], Enumerable.Range(1, 12).Select(m => AsnApi.Features.Shared.SurveyRollups.QuarterOf(new DateOnly(2026, m, 15))));
    }
}
