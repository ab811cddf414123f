using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Briefing.Anchoring;
using Briefing.Content;
using Briefing.Diagnostics;
using Briefing.Rendering;
using Briefing.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Briefing.Tests.Reliability;

/// <summary>
/// For generated articles and quotes drawn from their visible text (a piece of one text run, unique
/// in the article, not starting or ending in white space): every quote anchors, its marker lands
/// right after it (after the whole link or code span when it ends inside one), it alone is highlighted
/// (a whole code span when it is in one), markers are numbered in reading order, and the article's
/// text less the markers is the text without annotations.
/// </summary>
public sealed class AnchoringProperties
{
    private static readonly MarkdownPipelines Pipelines = new();

    private static readonly Gen<int[]> Picks = Gen.Choose(0, 1_000_000).ArrayOf(15);

    [Property(MaxTest = 100)]
    public Property Quotes_drawn_from_the_visible_text_anchor_right_after_themselves() =>
        Prop.ForAll(GeneratedArticles.Article.ToArbitrary(), Picks.ToArbitrary(), (article, picks) =>
        {
            using var temp = new TempFolder();
            var plain = Render(temp, article, null, out var diagnostics);
            Assert.True(diagnostics.Length == 0, Describe(diagnostics));
            var runs = TextRuns(plain);
            var text = string.Concat(runs.Select(r => r.Text));
            var quotes = ChooseQuotes(runs, text, picks);

            var annotated = Render(temp, article, Annotations(quotes), out diagnostics);

            Assert.True(diagnostics.Length == 0, Describe(diagnostics) + "\n" + article);
            Assert.Equal(text, TextLessMarkers(annotated, out var markers));
            Assert.Equal(quotes.OrderBy(q => q.MarkerAt).Select(q => q.Id), markers.Select(m => m.Id));
            Assert.Equal(Enumerable.Range(1, quotes.Count).Select(n => n.ToString(CultureInfo.InvariantCulture)), markers.Select(m => m.Number));
            foreach (var quote in quotes)
            {
                var marker = markers.Single(m => m.Id == quote.Id);
                Assert.Equal(quote.MarkerAt, marker.At);
                var highlighted = annotated.QuerySelectorAll($"mark.quote[data-note='{marker.Number}']").Select(m => m.TextContent);
                Assert.Equal(quote.Highlight, string.Concat(highlighted));
            }
        });

    private sealed record Run(string Text, int Start, IElement? Atomic);

    private sealed record Quote(string Id, string Text, int MarkerAt, string Highlight);

    private sealed record Marker(string Id, string Number, int At);

    private static IElement Render(TempFolder temp, string body, string? annotations, out Diagnostic[] diagnostics)
    {
        var input = SiteBuilder.Create(temp, body, annotations ?? "annotations: []\n");
        var bag = new DiagnosticBag();
        var rendered = BuildBriefing.Run(SiteBuilder.BriefingFolder(input), SourceLibrary.Empty, Pipelines, bag);
        diagnostics = [.. bag.ToSortedArray()];
        return new HtmlParser().ParseDocument("<!DOCTYPE html><body>" + rendered?.ArticleHtml + "</body>").Body!;
    }

    /// <summary>Every text node in reading order, with the link or code span that holds it, if any.</summary>
    private static List<Run> TextRuns(IElement root)
    {
        var runs = new List<Run>();
        var at = 0;
        foreach (var node in root.Descendants().OfType<IText>())
        {
            var atomic = node.Ancestors<IElement>().LastOrDefault(e => e.LocalName is "a" or "code");
            runs.Add(new Run(node.Data, at, atomic));
            at += node.Data.Length;
        }

        return runs;
    }

    private static List<Quote> ChooseQuotes(List<Run> runs, string text, int[] picks)
    {
        var folded = FoldedText.Of(text).Text;
        var candidates = runs.Where(r => !string.IsNullOrWhiteSpace(r.Text)).ToList();
        var quotes = new List<Quote>();
        var taken = new List<(int Start, int End)>();
        for (var i = 0; i + 2 < picks.Length && candidates.Count > 0; i += 3)
        {
            var run = candidates[picks[i] % candidates.Count];
            var bounds = StringInfo.ParseCombiningCharacters(run.Text).Append(run.Text.Length).ToArray();
            var a = bounds[picks[i + 1] % bounds.Length];
            var b = bounds[picks[i + 2] % bounds.Length];
            var (start, end) = (Math.Min(a, b), Math.Max(a, b));
            while (start < end && char.IsWhiteSpace(run.Text[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(run.Text[end - 1]))
            {
                end--;
            }

            var quote = run.Text[start..end];
            var (from, to) = (run.Start + start, run.Start + end);
            var markerAt = run.Atomic is { } atomic ? EndOf(atomic, runs) : to;
            if (quote.Length == 0 || Occurrences(folded, FoldedText.Fold(quote)) != 1
                || taken.Any(t => t.Start < to && from < t.End) || quotes.Any(q => q.MarkerAt == markerAt))
            {
                continue;
            }

            taken.Add((from, to));
            // A code span is never split: a quote ending in one highlights all of it.
            quotes.Add(new Quote($"q{i / 3}", quote, markerAt, run.Atomic is { LocalName: "code" } code ? code.TextContent : quote));
        }

        return quotes;
    }

    private static int EndOf(IElement element, List<Run> runs)
    {
        return runs.First(r => r.Atomic == element).Start + element.TextContent.Length;
    }

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static string Annotations(List<Quote> quotes)
    {
        var yaml = new StringBuilder("annotations:\n");
        foreach (var quote in quotes)
        {
            var escaped = quote.Text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
                .Replace("\n", "\\n", StringComparison.Ordinal);
            yaml.Append(CultureInfo.InvariantCulture, $"  - id: {quote.Id}\n    quote: \"{escaped}\"\n    note: A note.\n");
        }

        return yaml.ToString();
    }

    /// <summary>The text with every marker left out, and where each marker sits in it.</summary>
    private static string TextLessMarkers(IElement root, out List<Marker> markers)
    {
        var text = new StringBuilder();
        markers = [];
        foreach (var node in root.Descendants())
        {
            if (node is IElement { LocalName: "a" } marker && marker.HasAttribute("data-annotation"))
            {
                markers.Add(new Marker(marker.GetAttribute("data-annotation")!, marker.TextContent, text.Length));
            }
            else if (node is IText run && !run.Ancestors<IElement>().Any(e => e.HasAttribute("data-annotation")))
            {
                text.Append(run.Data);
            }
        }

        return text.ToString();
    }

    private static string Describe(Diagnostic[] diagnostics) =>
        DiagnosticFormatter.Format(diagnostics, DiagnosticFormat.Human);
}
