using System.Globalization;
using AsnApi.Infrastructure.Database;

namespace AsnApi.UnitTests;

/// <summary>Reading a stored instant takes a faster parser for the form the API writes; every form must read as before.</summary>
public class StoredInstantTests
{
    private static DateTimeOffset General(string s) =>
        DateTimeOffset.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    [Theory]
    [InlineData("2026-11-25T10:15:30.1234567Z")] // what the API writes
    [InlineData("2026-11-25T10:15:30.1234567+07:00")]
    [InlineData("2026-11-25T10:15:30Z")]
    [InlineData("2026-11-25T10:15:30")]
    [InlineData("2026-11-25 10:15:30")] // SQLite's datetime('now')
    [InlineData("2026-11-25T10:15:30.123Z")]
    [InlineData("2026-11-25")]
    [InlineData("0001-01-01T00:00:00.0000000Z")]
    [InlineData("9999-12-31T23:59:59.9999999Z")]
    public void Every_form_reads_as_the_general_parser_reads_it(string stored)
    {
        var read = TypeHandlers.ParseStored(stored);
        var expected = General(stored);
        Assert.Equal(expected, read);
        Assert.Equal(expected.Offset, read.Offset); // UTC, as before
        Assert.Equal(TimeSpan.Zero, read.Offset);
    }

    [Fact]
    public void What_is_written_reads_back_as_the_same_instant()
    {
        var random = new Random(7);
        for (var i = 0; i < 1000; i++)
        {
            var instant = new DateTimeOffset(DateTime.SpecifyKind(DateTime.UnixEpoch.AddTicks((long)(random.NextDouble() * 2e17)), DateTimeKind.Unspecified), TimeSpan.FromHours(random.Next(-12, 14)));
            var written = instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
            Assert.Equal(instant, TypeHandlers.ParseStored(written));
            Assert.Equal(General(written), TypeHandlers.ParseStored(written));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a date")]
    [InlineData("2026-13-01T00:00:00Z")]
    public void What_is_not_an_instant_still_fails(string stored) =>
        Assert.Throws<FormatException>(() => TypeHandlers.ParseStored(stored));
}
