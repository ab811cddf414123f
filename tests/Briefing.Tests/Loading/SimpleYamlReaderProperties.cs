using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Briefing.Tests.Loading;

/// <summary>
/// On generated YAML documents, and on documents with editing slips, the fast reader gives up or reads
/// the tree that YamlDotNet reads, node for node and location for location.
/// </summary>
public sealed class SimpleYamlReaderProperties
{
    [Property(MaxTest = 1500)]
    public Property Clean_documents_are_left_to_YamlDotNet_or_read_the_same() =>
        Prop.ForAll(GeneratedYaml.Clean.ToArbitrary(), text => { YamlDifferential.Agrees(text); });

    [Property(MaxTest = 1500)]
    public Property Tricky_documents_are_left_to_YamlDotNet_or_read_the_same() =>
        Prop.ForAll(GeneratedYaml.Tricky.ToArbitrary(), text => { YamlDifferential.Agrees(text); });

    [Property(MaxTest = 1500)]
    public Property Edited_documents_are_left_to_YamlDotNet_or_read_the_same() =>
        Prop.ForAll(GeneratedYaml.Edited.ToArbitrary(), text => { YamlDifferential.Agrees(text); });

    [Property(MaxTest = 300)]
    public Property Front_matter_is_located_from_its_first_line() =>
        Prop.ForAll(GeneratedYaml.Clean.ToArbitrary(), Gen.Choose(0, 5).ToArbitrary(), (text, offset) => { YamlDifferential.Agrees(text, offset); });

    [Fact]
    public void Many_clean_documents_are_read_without_YamlDotNet()
    {
        // Otherwise the properties above would test little but giving up. A fixed seed keeps the share
        // steady: over random seeds it is 45-60% (large generated documents often hold one of the layouts
        // the reader leaves to YamlDotNet), so a random sample made this check fail now and then.
        var documents = GeneratedYaml.Clean.Sample(400, new Rnd(2008), 20);
        Assert.Equal(400, documents.Length);
        var read = documents.Count(text => YamlDifferential.Agrees(text));
        Assert.True(read >= documents.Length * 2 / 5, $"Only {read} of {documents.Length} clean documents were read.");
    }
}
