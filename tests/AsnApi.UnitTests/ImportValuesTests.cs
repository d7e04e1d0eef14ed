using AsnApi.Domain;

namespace AsnApi.UnitTests;

public class ImportValuesTests
{
    [Theory]
    [InlineData("26/09/1986")]
    [InlineData("26-09-1986")]
    [InlineData("1986-09-26")]
    [InlineData("26.09.1986")]
    [InlineData(" 26/9/1986 ")]
    public void Day_first_and_iso_dates_are_read(string value)
    {
        Assert.True(ImportValues.TryDate(value, out var d));
        Assert.Equal(new DateOnly(1986, 9, 26), d);
    }

    [Theory]
    [InlineData("09/26/1986")] // month-first: no 26th month
    [InlineData("1986/26/09")]
    [InlineData("kemarin")]
    [InlineData("")]
    public void Month_first_and_other_forms_are_refused(string value) => Assert.False(ImportValues.TryDate(value, out _));

    [Theory]
    [InlineData("3,5", 3.5)]
    [InlineData("3.5", 3.5)]
    [InlineData("-2", -2)]
    [InlineData("4", 4)]
    public void Decimal_commas_and_points_are_read(string value, double expected)
    {
        Assert.True(ImportValues.TryDecimal(value, out var d));
        Assert.Equal((decimal)expected, d);
    }

    [Theory]
    [InlineData("1.234,5")]
    [InlineData("1,234.5")]
    [InlineData("abc")]
    public void Thousands_separators_are_refused_rather_than_guessed(string value) => Assert.False(ImportValues.TryDecimal(value, out _));

    [Theory]
    [InlineData("1.98609E+17", true)]
    [InlineData("1,98609E+17", true)]
    [InlineData("198609E17", true)]
    [InlineData("19860926 201505 1 001", false)]
    [InlineData("198609262015051001", false)]
    public void Excel_scientific_numbers_are_recognised(string value, bool expected) => Assert.Equal(expected, ImportValues.IsScientificNumber(value));

    [Theory]
    [InlineData("Kode Unit", "kodeunit")]
    [InlineData("kode_unit", "kodeunit")]
    [InlineData(" unitCode ", "unitcode")]
    [InlineData("Tgl. Lahir", "tgllahir")]
    public void Headers_fold_to_one_form(string header, string key) => Assert.Equal(key, ImportValues.HeaderKey(header));
}
