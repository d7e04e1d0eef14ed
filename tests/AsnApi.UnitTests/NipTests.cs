using AsnApi.Contracts;
using AsnApi.Domain;

namespace AsnApi.UnitTests;

public class NipTests
{
    [Fact]
    public void The_worked_example_from_the_domain_reference_parses_into_its_parts()
    {
        var result = Nip.Parse("198609262015051001", EmploymentType.Pns);

        Assert.True(result.IsValid, result.Error);
        var nip = result.Nip!;
        Assert.Equal(new DateOnly(1986, 9, 26), nip.BirthDate);
        Assert.Equal(2015, nip.AppointmentYear);
        Assert.Equal(5, nip.AppointmentMonth);
        Assert.Equal(Sex.Male, nip.Sex);
        Assert.Equal(1, nip.Serial);
    }

    [Theory]
    [InlineData("19860926 201505 1 001")]
    [InlineData(" 198609262015051001 ")]
    [InlineData("19860926\t201505\t1\t001")]
    public void Spaces_are_accepted_and_removed(string input)
    {
        var result = Nip.Parse(input, EmploymentType.Pns);
        Assert.True(result.IsValid, result.Error);
        Assert.Equal("198609262015051001", result.Nip!.Value);
    }

    [Fact]
    public void Sex_digit_two_is_female()
    {
        Assert.Equal(Sex.Female, Nip.Parse("199001012015052003", EmploymentType.Pns).Nip!.Sex);
    }

    [Theory]
    [InlineData("", "wajib")]
    [InlineData(null, "wajib")]
    [InlineData("19860926201505100", "18 digit")]     // 17 digits
    [InlineData("1986092620150510011", "18 digit")]   // 19 digits
    [InlineData("19860926201505100A", "18 digit")]
    [InlineData("19860931201505100 1", "tanggal lahir")] // 31 September
    [InlineData("198702292015051001", "tanggal lahir")]  // 1987 is not a leap year
    [InlineData("189912312015051001", "tanggal lahir")]  // before 1900
    [InlineData("198609262015131001", "TMT")]            // month 13
    [InlineData("198609262015001001", "TMT")]            // month 00
    [InlineData("198609261985051001", "setelah")]        // appointed before birth
    [InlineData("198609261986091001", "setelah")]        // appointed in the birth month
    [InlineData("198609262015053001", "Digit 15")]
    [InlineData("198609262015050001", "Digit 15")]
    [InlineData("198609262015051000", "001")]
    public void Invalid_pns_numbers_are_refused_with_a_reason(string? input, string reason)
    {
        var result = Nip.Parse(input, EmploymentType.Pns);
        Assert.False(result.IsValid);
        Assert.Contains(reason, result.Error);
    }

    [Fact]
    public void A_leap_day_birth_date_is_valid()
    {
        Assert.True(Nip.Parse("198802292010011001", EmploymentType.Pns).IsValid);
    }

    [Fact]
    public void Pppk_numbers_check_only_the_leading_birth_date()
    {
        // Digits 9–18 follow no settled layout for PPPK: month 99 and sex digit 7 are accepted.
        var ok = Nip.Parse("199001012022997123", EmploymentType.Pppk);
        Assert.True(ok.IsValid, ok.Error);
        Assert.Null(ok.Nip!.Sex);
        Assert.Equal(new DateOnly(1990, 1, 1), ok.Nip.BirthDate);

        Assert.False(Nip.Parse("199013012022997123", EmploymentType.Pppk).IsValid);
        Assert.False(Nip.Parse("19900101202299712", EmploymentType.Pppk).IsValid);
    }

    [Theory]
    [InlineData("198609262015051001", "19860926 201505 1 001")]
    [InlineData("********2015051001", "******** 201505 1 001")]
    [InlineData("1986092620150510", "1986092620150510")]
    [InlineData("", "")]
    public void A_nip_is_grouped_as_on_official_documents(string nip, string grouped) => Assert.Equal(grouped, Nip.Grouped(nip));
}
