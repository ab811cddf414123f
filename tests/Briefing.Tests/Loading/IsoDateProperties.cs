using System.Globalization;
using Briefing.Loading;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Briefing.Tests.Loading;

/// <summary>Dates in content files are read as DateOnly.TryParseExact reads YYYY-MM-DD, by a parser that leaves ICU alone.</summary>
public sealed class IsoDateProperties
{
    // Near misses of a date: digits, hyphens, other separators, spaces, signs, non-ASCII digits.
    private static readonly Gen<string> NearDates =
        Gen.Elements("0", "1", "2", "9", "0", "1", "2", "3", "-", "-", "/", " ", "+", "\u0662", "\uFF12", "T", "\u2010")
            .ArrayOf()
            .Select(chars => string.Concat(chars))
            .Where(text => text.Length <= 14);

    private static readonly Gen<string> Dates =
        from year in Gen.Choose(0, 10_000)
        from month in Gen.Choose(0, 13)
        from day in Gen.Choose(0, 32)
        from shape in Gen.Elements("{0:D4}-{1:D2}-{2:D2}", "{0}-{1}-{2}", "{0:D4}-{1:D2}-{2:D3}", "{0:D5}-{1:D2}-{2:D2}", "{0:D4}-{1:D2}-{2:D2} ")
        select string.Format(CultureInfo.InvariantCulture, shape, year, month, day);

    [Property(MaxTest = 3000)]
    public Property Generated_dates_read_as_the_framework_reads_them() =>
        Prop.ForAll(Dates.ToArbitrary(), Agrees);

    [Property(MaxTest = 3000)]
    public Property Near_misses_read_as_the_framework_reads_them() =>
        Prop.ForAll(NearDates.ToArbitrary(), Agrees);

    [Theory]
    [InlineData("2008-06-18", true)]
    [InlineData("2008-02-29", true)]
    [InlineData("2009-02-29", false)]
    [InlineData("0001-01-01", true)]
    [InlineData("0000-01-01", false)]
    [InlineData("2008-6-18", false)]
    [InlineData("2008-06-18T00:00", false)]
    [InlineData("２００８-06-18", false)]
    public void Known_dates(string text, bool valid)
    {
        Agrees(text);
        Assert.Equal(valid, MappingReader.TryParseIsoDate(text, out _));
    }

    private static void Agrees(string text)
    {
        var framework = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var expected);
        var ours = MappingReader.TryParseIsoDate(text, out var actual);
        Assert.Equal((framework, expected), (ours, actual));
    }
}
