using Briefing.Csl.Output;
using Briefing.Csl.Rendering;

namespace Briefing.Csl.Processing;

/// <summary>subsequent-author-substitute: entries whose leading names repeat the entry before show the substitute text.</summary>
internal static class AuthorSubstitute
{
    public static void Apply(Evaluation[] entries, string substitute, Run run)
    {
        var leading = new Lead[entries.Length];
        for (var k = 0; k < entries.Length; k++)
        {
            leading[k] = entries[k].Derived(run, static (e, run) => Leading(e.Node) is { } names ? new Lead(names, run.Text(names)) : Lead.None);
        }

        var i = 0;
        while (i < entries.Length)
        {
            var first = leading[i];
            var j = i + 1;
            while (first.Names is not null && j < entries.Length && leading[j] is { Names: { } next } lead && Same(first, lead))
            {
                entries[j] = entries[j].Substituted(substitute, n => NodeEdit.ReplaceFirst(n, TagKind.Names, Replace(next, substitute, run)));
                j++;
            }

            i = j;
        }
    }

    /// <summary>An entry's leading names and their text, with hashes of both that tell most entries apart at once.</summary>
    private sealed record Lead(TaggedNode? Names, string Text)
    {
        public static readonly Lead None = new(null, "");

        public int TextHash { get; } = StringComparer.Ordinal.GetHashCode(Text);

        public int NamesHash { get; } = Hash(Names?.Names ?? []);

        private static int Hash(IReadOnlyList<Data.CslName> names)
        {
            var hash = new HashCode();
            foreach (var name in names)
            {
                hash.Add(name);
            }

            return hash.ToHashCode();
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

    private static bool Same(Lead a, Lead b) => (a.TextHash == b.TextHash || a.NamesHash == b.NamesHash) && (a.Names!.Names.Count == 0 || b.Names!.Names.Count == 0
        ? a.Names.Names.Count == b.Names!.Names.Count && a.Text == b.Text
        : a.Names.Names.SequenceEqual(b.Names.Names) || a.Text == b.Text);

    private static TaggedNode Replace(TaggedNode names, string substitute, Run run)
    {
        var literal = new LeafNode(RichText.Parse(substitute, run.Locale.Quotes));
        if (names.Names.Count == 0 || names.Child is not GroupNode group)
        {
            return names with { Child = literal };
        }
        return names with { Child = group with { Children = group.Children.Select(c => c is LeafNode ? literal : c).ToArray() } };
    }
}
