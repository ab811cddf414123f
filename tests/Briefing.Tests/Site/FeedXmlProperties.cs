using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Briefing.Content;
using Briefing.Incremental;
using Briefing.Layout;
using Briefing.Rendering;
using Briefing.Site;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Briefing.Tests.Site;

/// <summary>
/// feed.xml and sitemap.xml read back with XmlReader as the text they were given, for text full of
/// XML's special characters, line ends and non-ASCII; a character XML cannot hold is an error, never
/// silently dropped.
/// </summary>
public sealed class FeedXmlProperties
{
    private static readonly Gen<string> Texts =
        Gen.Elements("a", "Z", " ", "&", "<", ">", "\"", "'", "\t", "\n", "\r", "\r\n", "]]>", "é", "’", "😀", "\u0085", "\u2028", "\u00A0",
                "\uFFFD", "\u0001", "\uFFFE", "\uD800", "&amp;", "http://x.org/?a=1&b=2")
            .ArrayOf()
            .Select(parts => string.Concat(parts.Take(12)));

    private static readonly Gen<string> CleanTexts = Texts.Where(text => !HasInvalidCharacter(text));

    private static readonly Gen<(SiteSettings Site, RenderedBriefing[] Briefings)> Sites =
        from title in Texts
        from description in Gen.OneOf(Gen.Constant<string?>(null), CleanTexts.Select(t => (string?)t))
        from publisher in CleanTexts
        from publisherUrl in Gen.OneOf(Gen.Constant<string?>(null), CleanTexts.Select(t => (string?)t))
        from briefings in Briefing.ArrayOf().Select(b => b.Take(4).ToArray())
        select (new SiteSettings(title, "https://example.org", "en", description, new Publisher(publisher, publisherUrl)), briefings);

    private static readonly Gen<RenderedBriefing> Briefing =
        from slug in Gen.Elements("a", "b", "c", "d")
        from title in Texts
        from kicker in CleanTexts
        from authors in CleanTexts.ArrayOf().Select(a => a.Take(3).ToArray())
        from publisher in Gen.OneOf(Gen.Constant<string?>(null), Texts.Select(t => (string?)t))
        from year in Gen.Choose(1990, 2030)
        from published in Gen.Elements(true, false)
        from url in Texts
        from topics in CleanTexts.ArrayOf().Select(t => t.Take(3).ToArray())
        from summary in Gen.OneOf(Gen.Constant<string?>(null), Texts.Select(t => (string?)t))
        from notice in Texts
        from notes in Gen.Choose(0, 3)
        select new BriefingSummary(slug, "article.md", new Attribution
        {
            Title = title,
            Kicker = kicker,
            Authors = [.. authors.Select(n => new Author(n, null))],
            Publisher = publisher,
            Published = published ? new DateOnly(year, 6, 18) : null,
            Source = new OriginalSource(url, "CFR", false),
            Copyright = new Copyright(notice, null, null, null),
            Topics = [.. topics],
            Summary = summary,
        }, notes).ToBriefing();

    [Property(MaxTest = 2000)]
    public Property The_feed_reads_back_as_the_text_it_was_given() =>
        Prop.ForAll(Sites.ToArbitrary(), site =>
        {
            var outcome = Outcome(() => AtomFeed.Write(site.Briefings, site.Site));
            if (outcome == "ArgumentException")
            {
                Assert.Contains(FeedTexts(site.Site, site.Briefings), HasInvalidCharacter);
                return;
            }

            var feed = Read(outcome);
            XNamespace atom = "http://www.w3.org/2005/Atom";
            Assert.Equal(Lines(site.Site.Title), feed.Root!.Element(atom + "title")!.Value);
            var entries = feed.Root.Elements(atom + "entry").ToList();
            Assert.Equal(site.Briefings.Length, entries.Count);
            Assert.Equal(site.Briefings.Select(b => Lines(b.Article.Attribution.Title)).Order(StringComparer.Ordinal),
                entries.Select(e => e.Element(atom + "title")!.Value).Order(StringComparer.Ordinal));
            Assert.Equal(site.Briefings.Select(b => b.Article.Attribution.Source.Url).Order(StringComparer.Ordinal),
                entries.Select(e => e.Elements(atom + "link").Single(l => (string?)l.Attribute("rel") == "related").Attribute("href")!.Value).Order(StringComparer.Ordinal));
            Assert.Equal(site.Briefings.Select(b => Lines(b.Article.Attribution.Copyright.Notice)).Order(StringComparer.Ordinal),
                entries.Select(e => e.Element(atom + "rights")!.Value).Order(StringComparer.Ordinal));
        });

    [Property(MaxTest = 2000)]
    public Property The_sitemap_reads_back_as_the_urls_it_was_given() =>
        Prop.ForAll(Texts.ArrayOf().ToArbitrary(), Gen.Choose(0, 3).ArrayOf().ToArbitrary(), (urls, days) =>
        {
            var pages = urls.Select((url, i) => (url, i < days.Length && days[i] > 0 ? new DateOnly(2008, 6, days[i]) : (DateOnly?)null)).ToList();
            var outcome = Outcome(() => SitemapXml.Write(pages));
            if (outcome == "ArgumentException")
            {
                Assert.Contains(urls, HasInvalidCharacter);
                return;
            }

            XNamespace sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";
            var read = Read(outcome).Root!.Elements(sitemaps + "url").ToList();
            Assert.Equal(pages.Select(p => Lines(p.url)), read.Select(u => u.Element(sitemaps + "loc")!.Value));
            Assert.Equal(pages.Select(p => p.Item2?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), read.Select(u => u.Element(sitemaps + "lastmod")?.Value));
        });

    [Fact]
    public void The_generated_texts_reach_every_case()
    {
        var sample = Texts.Sample(2000, new Rnd(2008), 30);
        Assert.Contains(sample, HasInvalidCharacter);
        Assert.Contains(sample, t => t.Contains("\r\n", StringComparison.Ordinal) && !HasInvalidCharacter(t));
        Assert.Contains(sample, t => t.Contains('\r', StringComparison.Ordinal) && !t.Contains('\n', StringComparison.Ordinal) && !HasInvalidCharacter(t));
    }

    private static bool HasInvalidCharacter(string text) =>
        text.Any(c => c is '\u0001' or '\uFFFE') || text.Select((c, i) => char.IsHighSurrogate(c) && (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))).Any(b => b);

    // The bytes, or that it failed: XmlWriter throws on a character XML cannot hold, and so must the new writer.
    private static string Outcome(Func<byte[]> write)
    {
        try
        {
            return Convert.ToBase64String(write());
        }
        catch (ArgumentException)
        {
            return "ArgumentException";
        }
    }

    // What the feed holds of the site's text: one invalid character in any of it fails the whole feed.
    private static IEnumerable<string> FeedTexts(SiteSettings site, RenderedBriefing[] briefings) =>
        new[] { site.Title, site.Description ?? "", site.Publisher.Name, site.Publisher.Url ?? "" }.Concat(briefings.SelectMany(b =>
        {
            var a = b.Article.Attribution;
            return new[] { a.Title, a.Source.Url, a.Publisher ?? "", a.Summary ?? "", a.Copyright.Notice }.Concat(a.Topics).Concat(a.Authors.Select(x => x.Name));
        }));

    // Line ends in element text are written as "\n".
    private static string Lines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    private static XDocument Read(string base64)
    {
        using var reader = XmlReader.Create(new MemoryStream(Convert.FromBase64String(base64)));
        return XDocument.Load(reader, LoadOptions.PreserveWhitespace);
    }
}
