using System.Text;
using Briefing.Diagnostics;
using Briefing.Loading;

namespace Briefing.Tests.Loading;

/// <summary>Whatever bytes a JSON file holds, reading it gives located nodes or one located diagnostic, never an exception.</summary>
public sealed class JsonReaderTests
{
    [Theory]
    [InlineData("[\"a\"] x", 1, 7)]
    [InlineData("{\"references\": []}\n{}", 2, 1)]
    [InlineData("[\"é€\",\n \"😀\"  \"x\"]", 2, 8)]
    [InlineData("[\"a\\ud800\"]", 1, 4)]
    [InlineData("{\"\\udfff\": 1}", 1, 3)]
    [InlineData("", 1, 1)]
    [InlineData("\uFEFF", 1, 1)]
    [InlineData(" \n /* nothing */", 2, 15)]
    public void Json_that_does_not_read_is_one_located_syntax_error(string text, int line, int column)
    {
        var diagnostics = new DiagnosticBag();

        var node = JsonReader.Read(Encoding.UTF8.GetBytes(text), "s.json", diagnostics);

        Assert.Null(node);
        var error = Assert.Single(diagnostics.ToSortedArray());
        Assert.Equal((DiagnosticCodes.JsonSyntax, line, column), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public void A_string_that_is_not_utf8_is_an_error_at_its_first_bad_byte()
    {
        var diagnostics = new DiagnosticBag();

        var node = JsonReader.Read("[\"é\", \"ab"u8.ToArray().Concat(new byte[] { 0xFF }).Concat("\"]"u8.ToArray()).ToArray(), "s.json", diagnostics);

        Assert.Null(node);
        var error = Assert.Single(diagnostics.ToSortedArray());
        Assert.Equal((DiagnosticCodes.JsonSyntax, 1, 10), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public void Nesting_deeper_than_sixty_four_is_one_error_at_the_level_too_deep()
    {
        var diagnostics = new DiagnosticBag();
        var text = new string('[', 10_000) + new string(']', 10_000);

        var node = JsonReader.Read(Encoding.UTF8.GetBytes(text), "s.json", diagnostics);

        Assert.Null(node);
        var error = Assert.Single(diagnostics.ToSortedArray());
        Assert.Equal((DiagnosticCodes.JsonSyntax, 1, 65), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public void Columns_on_the_first_line_are_counted_after_a_byte_order_mark()
    {
        var diagnostics = new DiagnosticBag();

        var node = JsonReader.Read("\uFEFF[1, \"x\"]"u8.ToArray(), "s.json", diagnostics);

        Assert.Empty(diagnostics.ToSortedArray());
        var items = Assert.IsType<SequenceNode>(node).Items;
        Assert.Equal([new SourceLocation("s.json", 1, 2), new SourceLocation("s.json", 1, 5)], items.Select(i => i.At));
    }

    [Fact]
    public void Items_handed_out_one_by_one_are_followed_by_a_check_of_the_rest_of_the_file()
    {
        var diagnostics = new DiagnosticBag();
        var handed = new List<Node>();

        var node = JsonReader.Read("[{\"id\": \"a\"}, 2]\n// done\n]"u8.ToArray(), "s.json", diagnostics, handed.Add);

        Assert.Null(node);
        Assert.Equal(2, handed.Count);
        var error = Assert.Single(diagnostics.ToSortedArray());
        Assert.Equal((DiagnosticCodes.JsonSyntax, 3, 1), (error.Code, error.Line, error.Column));
    }
}
