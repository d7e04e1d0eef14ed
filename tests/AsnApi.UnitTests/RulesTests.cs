using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Infrastructure.Http;
using FluentValidation;

namespace AsnApi.UnitTests;

public class PositionLevelTests
{
    [Theory]
    [InlineData(PositionType.JptUtama, 5)]
    [InlineData(PositionType.JptMadya, 5)]
    [InlineData(PositionType.JptPratama, 4)]
    [InlineData(PositionType.Administrator, 3)]
    [InlineData(PositionType.Pengawas, 2)]
    [InlineData(PositionType.Pelaksana, 1)]
    public void Default_managerial_levels_follow_the_domain_reference(PositionType type, int level) =>
        Assert.Equal(level, PositionLevels.DefaultFor(type));

    [Fact]
    public void Fungsional_has_no_default_level() => Assert.Null(PositionLevels.DefaultFor(PositionType.Fungsional));
}

public class RankTests
{
    [Theory]
    [InlineData("I/a", EmploymentType.Pns, true)]
    [InlineData("III/d", EmploymentType.Pns, true)]
    [InlineData("IV/e", EmploymentType.Pns, true)]
    [InlineData("III/e", EmploymentType.Pns, false)]
    [InlineData("V/a", EmploymentType.Pns, false)]
    [InlineData("IX", EmploymentType.Pns, false)]
    [InlineData("IX", EmploymentType.Pppk, true)]
    [InlineData("XVII", EmploymentType.Pppk, true)]
    [InlineData("XVIII", EmploymentType.Pppk, false)]
    [InlineData("III/a", EmploymentType.Pppk, false)]
    public void Golongan_formats_depend_on_employment_type(string rank, EmploymentType type, bool valid) =>
        Assert.Equal(valid, Rank.IsValid(rank, type));
}

public class ListingTests
{
    private static readonly Dictionary<string, string> Columns = new() { ["name"] = "e.Name", ["nip"] = "e.Nip" };

    [Fact]
    public void Sort_keys_map_to_columns_with_the_id_as_tie_breaker() =>
        Assert.Equal("e.Name DESC, e.Nip ASC, e.Id ASC", Listing.OrderBy("-name,nip", Columns, "name", "e.Id"));

    [Fact]
    public void The_default_sort_applies_when_none_is_given() =>
        Assert.Equal("e.Name ASC, e.Id ASC", Listing.OrderBy(null, Columns, "name", "e.Id"));

    [Fact]
    public void An_unknown_sort_key_is_a_validation_error_naming_the_allowed_keys()
    {
        var e = Assert.Throws<ValidationException>(() => Listing.OrderBy("salary", Columns, "name", "e.Id"));
        Assert.Contains("name, nip", e.Errors.Single().ErrorMessage);
    }

    [Theory]
    [InlineData(0, 20)]
    [InlineData(1, 0)]
    [InlineData(1, 501)]
    public void Out_of_range_paging_is_refused(int page, int size) =>
        Assert.Throws<ValidationException>(() => Listing.Paging(page, size));

    [Fact]
    public void Paging_defaults_to_the_first_page_of_twenty() => Assert.Equal((1, 20, 0), Listing.Paging(null, null));

    [Fact]
    public void Like_wildcards_typed_by_users_are_escaped() => Assert.Equal(@"%50\%\_a%", Listing.Contains("50%_a"));

    [Theory]
    [InlineData("Body.EmploymentType", "employmentType")]
    [InlineData("Body.Items[0].Level", "items[0].level")]
    [InlineData("pageSize", "pageSize")]
    public void Field_names_in_problems_are_the_ones_clients_send(string path, string expected) =>
        Assert.Equal(expected, ProblemMapping.FieldName(path));
}
