using System.Reflection;
using Briefing.Layout;

namespace Briefing.Tests.Layout;

/// <summary>
/// A rebuild takes a list entry's text from the last build when the entry's key is the same
/// (<see cref="CachedLoops"/>): every field of an index item must change the key, or a rebuild would
/// keep a stale entry.
/// </summary>
public sealed class IndexItemKeyTests
{
    private static readonly object?[] Fields =
        ["Backgrounder", "China and North Korea", "/briefings/china-north-korea/", "Council on Foreign Relations", "2008-06-18", "June 18, 2008",
            "A summary.", 10, new List<TopicLinkModel> { new("China", "/topics/china/"), new("North Korea", "/topics/north-korea/") }];

    [Fact]
    public void Each_field_of_an_item_changes_the_key()
    {
        // Read from the constructor, so that a field added to IndexItemModel is checked here too (a field
        // of a type this test does not know how to change fails it).
        var constructor = typeof(IndexItemModel).GetConstructors().Single();
        var parameters = constructor.GetParameters();
        Assert.Equal(parameters.Length, Fields.Length);
        Assert.All(parameters, p => Assert.NotNull(typeof(IndexItemModel).GetProperty(p.Name!, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)));
        var original = KeyOf((IndexItemModel)constructor.Invoke(Fields));

        for (var i = 0; i < parameters.Length; i++)
        {
            foreach (var changed in Changes(parameters[i].ParameterType, Fields[i]))
            {
                var values = (object?[])Fields.Clone();
                values[i] = changed;
                Assert.True(KeyOf((IndexItemModel)constructor.Invoke(values)) != original, $"Changing {parameters[i].Name} left the item's key as it was.");
            }
        }
    }

    [Fact]
    public void Texts_that_split_differently_give_different_keys()
    {
        var a = new IndexItemModel("ab", "c", "/u/", "", "", "", "", 0, []);
        var b = new IndexItemModel("a", "bc", "/u/", "", "", "", "", 0, []);
        Assert.NotEqual(KeyOf(a), KeyOf(b));
    }

    [Fact]
    public void The_key_is_not_a_member_templates_can_read()
    {
        Assert.DoesNotContain(typeof(IndexItemModel).GetProperties(BindingFlags.Public | BindingFlags.Instance), p => p.PropertyType == typeof(UInt128));
    }

    private static UInt128 KeyOf(IndexItemModel item) => ((IFragmentItem)item).FragmentKey;

    private static IEnumerable<object?> Changes(Type type, object? value) => value switch
    {
        string text => [text + "x", text.Length > 0 ? "" : "y", text + " "],
        int number => [number + 1, 0 == number ? 2 : 0],
        List<TopicLinkModel> topics =>
        [
            topics.Take(1).ToList(),
            new List<TopicLinkModel>(),
            topics.Select(t => new TopicLinkModel(t.Name + "x", t.Url)).ToList(),
            topics.Select(t => new TopicLinkModel(t.Name, t.Url + "x")).ToList(),
            topics.AsEnumerable().Reverse().ToList(),
        ],
        _ => throw new InvalidOperationException($"IndexItemKeyTests does not know how to change a {type}: add it to Changes."),
    };
}
