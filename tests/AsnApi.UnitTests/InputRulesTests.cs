using AsnApi.Contracts;
using AsnApi.Features.Employees;
using AsnApi.Infrastructure.Http;

namespace AsnApi.UnitTests;

public class InputRulesTests
{
    [Theory]
    [InlineData(null)]
    [InlineData(EmploymentType.Pns)]
    [InlineData(EmploymentType.Pppk)]
    public void An_impossible_birth_date_in_the_nip_is_reported_whatever_the_employment_type(EmploymentType? type)
    {
        var result = new EmployeeRequestValidator().Validate(new EmployeeRequest { Nip = "198613452015051001", Name = "X", EmploymentType = type, UnitId = Guid.NewGuid() });
        Assert.Contains(result.Errors, e => e.PropertyName == "Nip" && e.ErrorMessage.Contains("tanggal lahir"));
    }

    [Theory]
    [InlineData("  Andi  Wijaya ", false, "Andi  Wijaya")]
    [InlineData("Cafe\u0301", false, "Caf\u00e9")]
    [InlineData("baris satu\nbaris dua\t", true, "baris satu\nbaris dua")]
    [InlineData("", false, "")]
    public void Text_is_trimmed_and_normalised(string input, bool multiLine, string expected) =>
        Assert.Equal(expected, RequestText.Clean(input, multiLine));

    [Theory]
    [InlineData("a\u0000b", true)]
    [InlineData("a\nb", false)]
    [InlineData("a\u0085b", true)]
    [InlineData("a\u202Eb", true)]
    [InlineData("a\u2067b", true)]
    [InlineData("a\u200Bb", true)]
    [InlineData("a\uFEFFb", true)]
    [InlineData("a\u2060b", true)]
    public void Invisible_and_control_characters_are_refused(string input, bool multiLine) =>
        Assert.Throws<RequestText.UnsafeTextException>(() => RequestText.Clean(input, multiLine));
}
