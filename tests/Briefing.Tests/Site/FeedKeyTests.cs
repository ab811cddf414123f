using System.Collections.Immutable;
using System.Reflection;
using Briefing.Site;

namespace Briefing.Tests.Site;

/// <summary>
/// An incremental build makes feed.xml again only when a rebuilt briefing's entry has another key than
/// before (or a briefing came or went): every field of a feed entry must change the key, or a rebuild
/// would keep a stale feed.
/// </summary>
public sealed class FeedKeyTests
{
    private static readonly FeedEntry Entry = new("alpha", "Title", "https://example.org/a", new DateOnly(2008, 6, 18), new DateOnly(2006, 10, 1),
        ["Author One", "Author Two"], ["China", "Trade"], "A summary.", "© 2008 Holder");

    [Fact]
    public void Each_field_of_an_entry_changes_the_key()
    {
        // Read from the record's constructor, so that a field added to FeedEntry is checked here too
        // (a field of a type this test does not know how to change fails it).
        var constructor = typeof(FeedEntry).GetConstructors().Single(c => c.GetParameters().Length > 1);
        var properties = constructor.GetParameters().Select(p => typeof(FeedEntry).GetProperty(p.Name!, BindingFlags.Public | BindingFlags.Instance)!).ToArray();
        var original = properties.Select(p => p.GetValue(Entry)).ToArray();
        var keyOfOriginal = KeyOf(Entry);

        foreach (var (property, index) in properties.Select((p, i) => (p, i)))
        {
            foreach (var changed in Changes(property.PropertyType, original[index]))
            {
                var values = (object?[])original.Clone();
                values[index] = changed;
                var entry = (FeedEntry)constructor.Invoke(values);
                Assert.True(KeyOf(entry) != keyOfOriginal, $"Changing {property.Name} to {Show(changed)} left the feed's key as it was.");
            }
        }
    }

    [Fact]
    public void Texts_that_split_differently_give_different_keys()
    {
        Assert.NotEqual(KeyOf(Entry with { Title = "ab", SourceUrl = "c" }), KeyOf(Entry with { Title = "a", SourceUrl = "bc" }));
        Assert.NotEqual(KeyOf(Entry with { Authors = ["a", "b"], Topics = [] }), KeyOf(Entry with { Authors = ["a"], Topics = ["b"] }));
    }

    private static string KeyOf(FeedEntry entry) => entry.Key();

    private static IEnumerable<object?> Changes(Type type, object? value) => value switch
    {
        string text => [text + "x", "", text.ToUpperInvariant()],
        DateOnly date => [date.AddDays(1), null],
        ImmutableArray<string> items => [items.Add("x"), items.RemoveAt(0), items.SetItem(0, items[0] + "x"), ImmutableArray<string>.Empty],
        _ => throw new InvalidOperationException($"FeedKeyTests does not know how to change a {type}: add it to Changes."),
    };

    private static string Show(object? value) => value switch
    {
        null => "null",
        ImmutableArray<string> items => $"[{string.Join(", ", items)}]",
        _ => value.ToString()!,
    };
}
