using Briefing.Csl.Output;
using Briefing.Csl.Rendering;

namespace Briefing.Csl.Processing;

/// <summary>subsequent-author-substitute: entries whose leading names repeat the entry before show the substitute text.</summary>
internal static class AuthorSubstitute
{
    public static void Apply(List<Node> entries, string substitute, Run run)
    {
        var leading = entries.Select(Leading).ToList();
        var i = 0;
        while (i < entries.Count)
        {
            var first = leading[i];
            var j = i + 1;
            while (first is not null && j < entries.Count && leading[j] is { } next && Same(first, next, run))
            {
                entries[j] = NodeEdit.ReplaceFirst(entries[j], TagKind.Names, Replace(next, substitute, run));
                j++;
            }
            i = j;
        }
    }

    /// <summary>The names at the very start of an entry, if it starts with names.</summary>
    private static TaggedNode? Leading(Node node) => node switch
    {
        TaggedNode { Kind: TagKind.Names } names => names,
        TaggedNode tagged => Leading(tagged.Child),
        GroupNode group when group.Children.FirstOrDefault(c => !IsBlank(c)) is { } first => Leading(first),
        _ => null,
    };

    /// <summary>Whether a node renders nothing: no text anywhere in it (affixes and delimiters need text to show).</summary>
    private static bool IsBlank(Node node) => node switch
    {
        LeafNode leaf => leaf.Content.IsEmpty,
        TaggedNode tagged => IsBlank(tagged.Child),
        GroupNode group => group.Children.All(IsBlank),
        _ => false,
    };

    private static bool Same(TaggedNode a, TaggedNode b, Run run) => a.Names.Count == 0 || b.Names.Count == 0
        ? a.Names.Count == b.Names.Count && run.Text(a) == run.Text(b)
        : a.Names.SequenceEqual(b.Names) || run.Text(a) == run.Text(b);

    private static TaggedNode Replace(TaggedNode names, string substitute, Run run)
    {
        var literal = new LeafNode(RichText.Parse(substitute, run.Locale.Quotes));
        if (names.Names.Count == 0 || names.Child is not GroupNode group)
        {
            return names with { Child = literal };
        }
        return names with { Child = group with { Children = group.Children.Select(c => c is LeafNode ? literal : c).ToList() } };
    }
}
