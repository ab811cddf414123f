using Briefing.Diagnostics;
using Briefing.Loading;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Briefing.Tests.Loading;

/// <summary>
/// On generated YAML documents, and on documents with editing slips, the reader gives a tree or one
/// error, never both and never neither; the error is inside the text, and every node is where its
/// text starts.
/// </summary>
public sealed class YamlReaderProperties
{
    [Property(MaxTest = 1500)]
    public Property Clean_documents_are_read_to_located_nodes_or_refused_at_a_location() =>
        Prop.ForAll(GeneratedYaml.Clean.ToArbitrary(), text => ReadsOrRefuses(text, 0));

    [Property(MaxTest = 1500)]
    public Property Tricky_documents_are_read_to_located_nodes_or_refused_at_a_location() =>
        Prop.ForAll(GeneratedYaml.Tricky.ToArbitrary(), text => ReadsOrRefuses(text, 0));

    [Property(MaxTest = 1500)]
    public Property Edited_documents_are_read_to_located_nodes_or_refused_at_a_location() =>
        Prop.ForAll(GeneratedYaml.Edited.ToArbitrary(), text => ReadsOrRefuses(text, 0));

    [Property(MaxTest = 300)]
    public Property Front_matter_is_located_from_its_first_line() =>
        Prop.ForAll(GeneratedYaml.Edited.ToArbitrary(), Gen.Choose(1, 5).ToArbitrary(), (text, offset) =>
        {
            ReadsOrRefuses(text, offset);
            var read = YamlDump.Read(text, offset);
            Assert.Equal(ReadShifted(text, offset), read == "nothing" ? "" : read);
        });

    [Fact]
    public void Most_clean_documents_are_read_without_an_error()
    {
        // Otherwise the properties above would test little but refusing. Clean documents often hold a
        // word YAML reads specially ("[@src]" or "&" starting a value), so about half are read.
        var documents = GeneratedYaml.Clean.Sample(400, new Rnd(2008), 20);
        Assert.Equal(400, documents.Length);
        var read = documents.Count(text => !YamlDump.Read(text).StartsWith("BRF", StringComparison.Ordinal));
        Assert.True(read >= documents.Length * 2 / 5, $"Only {read} of {documents.Length} clean documents were read.");
    }

    private static void ReadsOrRefuses(string text, int offset)
    {
        var diagnostics = new DiagnosticBag();
        var node = YamlReader.Read(text, "f.yml", offset, diagnostics);
        var errors = diagnostics.ToSortedArray();
        var lines = text.Split('\n');
        if (errors.Length > 0)
        {
            Assert.Null(node);
            var error = Assert.Single(errors);
            Assert.InRange(error.Line, 1 + offset, lines.Length + offset);
            Assert.InRange(error.Column, 1, lines[error.Line - offset - 1].Length + 1);
            return;
        }

        if (node is not null)
        {
            AssertWhereTextStarts(node, lines, offset);
        }
    }

    /// <summary>Each node is inside the text, and a non-empty plain scalar is where its first character is.</summary>
    private static void AssertWhereTextStarts(Node node, string[] lines, int offset)
    {
        Assert.InRange(node.At.Line, 1 + offset, lines.Length + offset);
        var line = lines[node.At.Line - offset - 1];

        // YamlDotNet puts an empty value just after its ':', '-' or '---', the end of a line included.
        var empty = node is ScalarNode { Plain: true, Value.Length: 0 };
        Assert.InRange(node.At.Column, 1, line.Length + (empty ? 2 : 1));
        switch (node)
        {
            case ScalarNode { Plain: true, Value.Length: > 0 } scalar:
                // A tag ("!t value") is part of the node it is on.
                Assert.Contains(line[scalar.At.Column - 1], new[] { scalar.Value[0], '!' });
                break;
            case SequenceNode sequence:
                foreach (var item in sequence.Items)
                {
                    AssertWhereTextStarts(item, lines, offset);
                }

                break;
            case MappingNode mapping:
                foreach (var (key, value) in mapping.Entries)
                {
                    AssertWhereTextStarts(key, lines, offset);
                    AssertWhereTextStarts(value, lines, offset);
                }

                break;
        }
    }

    /// <summary>The text read from line 1, with every location then moved down by the offset.</summary>
    private static string ReadShifted(string text, int offset)
    {
        var diagnostics = new DiagnosticBag();
        var node = YamlReader.Read(text, "f.yml", 0, diagnostics);
        var errors = diagnostics.ToSortedArray().Select(e => e with { Line = e.Line + offset });
        return string.Join(" / ", errors.Select(e => $"{e.Code} {e.Line}:{e.Column} {e.Message}")) + (node is null ? "" : YamlDump.Tree(Shift(node, offset)));
    }

    private static Node Shift(Node node, int offset)
    {
        var at = node.At with { Line = node.At.Line + offset };
        return node switch
        {
            ScalarNode scalar => scalar with { At = at },
            SequenceNode sequence => sequence with { At = at, Items = [.. sequence.Items.Select(i => Shift(i, offset))] },
            MappingNode mapping => mapping with
            {
                At = at,
                Entries = [.. mapping.Entries.Select(e => KeyValuePair.Create((ScalarNode)Shift(e.Key, offset), Shift(e.Value, offset)))],
            },
            _ => node,
        };
    }
}
