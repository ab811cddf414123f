using System.Collections.Immutable;
using Briefing.Content;
using Briefing.Diagnostics;
using Briefing.Rendering;

namespace Briefing.Tests.Loading;

/// <summary>"Did you mean": the closest known value, the same on every run.</summary>
public sealed class SuggestionsTests
{
    [Fact]
    public void An_unknown_citation_key_is_given_the_first_of_equally_close_sources_in_ordinal_order()
    {
        // Nine keys one edit from the typed one, kept (as the loader keeps them) in hash order, which differs between runs.
        var keys = Enumerable.Range(1, 9).Select(n => $"src-{n}").Reverse();
        var sources = new SourceLibrary(keys.ToImmutableDictionary(key => key,
            key => new LocatedSource(Citations.Sources.Source($$"""{"id": "{{key}}", "type": "book"}"""), new SourceLocation("sources.yml", 1, 1), []),
            StringComparer.Ordinal));
        var at = new SourceLocation("annotations.yml", 4, 11);
        var diagnostics = new DiagnosticBag();

        RenderNotes.Check([new Annotation("n", "quote", null, null, "Cited [@src-0].", at, at, at)], sources, new MarkdownPipelines(), diagnostics);

        var diagnostic = Assert.Single(diagnostics.ToSortedArray());
        Assert.Equal("Did you mean '@src-1'?", diagnostic.Hint);
    }

    [Fact]
    public void Among_declared_keys_a_tie_goes_to_the_first_declared_and_a_far_one_is_no_suggestion()
    {
        Assert.Equal("quote", Briefing.Loading.Suggestions.Closest("qoute", ["id", "quote", "note"]));
        Assert.Null(Briefing.Loading.Suggestions.Closest("publisher", ["quote", "note"]));
    }
}
