using System.Text;
using System.Xml;
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
/// feed.xml and sitemap.xml, written by hand (XmlOut), are byte for byte what
/// XmlWriter made of the same sites before, for text full of XML's special characters, line ends,
/// non-ASCII and characters XML cannot hold (an error both ways).
/// </summary>
public sealed class XmlOutProperties
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
        select new BriefingSummary(slug, "article.md", title, kicker, [.. authors.Select(n => new Author(n, null))], publisher,
            published ? new DateOnly(year, 6, 18) : null, null, new OriginalSource(url, "CFR", false), new Copyright(notice, null, null, null),
            [.. topics], summary, notes).ToBriefing();

    [Property(MaxTest = 2000)]
    public Property The_feed_is_what_xml_writer_wrote() =>
        Prop.ForAll(Sites.ToArbitrary(), site =>
            Assert.Equal(Outcome(() => XmlWriterFeed(site.Briefings, site.Site)), Outcome(() => AtomFeed.Write(site.Briefings, site.Site))));

    [Property(MaxTest = 500)]
    public Property The_feed_made_entry_by_entry_is_the_feed() =>
        Prop.ForAll(Sites.ToArbitrary(), Briefing.ToArbitrary(), (site, added) =>
        {
            var plain = Outcome(() => AtomFeed.Write(site.Briefings, site.Site));
            var first = new FragmentPage(null, null);
            Assert.Equal(plain, Outcome(() => AtomFeed.Write(site.Briefings, site.Site, first)));
            if (first.Result is null)
            {
                Assert.Equal("ArgumentException", plain);
                return;
            }

            // The last build's feed in output/: a rebuild takes every entry it can from it, and writes the same feed.
            var file = Path.GetTempFileName();
            try
            {
                File.WriteAllBytes(file, Convert.FromBase64String(plain));
                var again = new FragmentPage(first.Result, file);
                Assert.Equal(plain, Outcome(() => AtomFeed.Write(site.Briefings, site.Site, again)));
                Assert.Equal(0, again.MadeCount);

                var changed = site.Briefings.Skip(1).Append(added).ToArray();
                Assert.Equal(Outcome(() => AtomFeed.Write(changed, site.Site)), Outcome(() => AtomFeed.Write(changed, site.Site, new FragmentPage(first.Result, file))));
            }
            finally
            {
                File.Delete(file);
            }
        });

    [Property(MaxTest = 2000)]
    public Property The_sitemap_is_what_xml_writer_wrote() =>
        Prop.ForAll(Texts.ArrayOf().ToArbitrary(), Gen.Choose(0, 3).ArrayOf().ToArbitrary(), (urls, days) =>
        {
            var pages = urls.Select((url, i) => (url, i < days.Length && days[i] > 0 ? new DateOnly(2008, 6, days[i]) : (DateOnly?)null)).ToList();
            Assert.Equal(Outcome(() => XmlWriterSitemap(pages)), Outcome(() => SitemapXml.Write(pages)));
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

    // The XmlWriter versions as they were, the reference.
    private static byte[] XmlWriterFeed(IReadOnlyList<RenderedBriefing> briefings, SiteSettings site)
    {
        var ordered = briefings.OrderByDescending(b => b.Article.Attribution.Date).ThenBy(b => b.Article.Slug, StringComparer.Ordinal).ToList();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, settings))
        {
            const string atom = "http://www.w3.org/2005/Atom";
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", atom);
            xml.WriteAttributeString("xml", "lang", null, site.Language);
            xml.WriteElementString("id", site.BaseUrl + "/");
            xml.WriteElementString("title", site.Title);
            if (site.Description is { } description)
            {
                xml.WriteElementString("subtitle", description);
            }

            xml.WriteElementString("updated", Timestamp(ordered.Select(b => b.Article.Attribution.Date).Max()));
            Link(xml, "self", site.BaseUrl + "/feed.xml", "application/atom+xml");
            Link(xml, "alternate", site.BaseUrl + "/", "text/html");
            xml.WriteStartElement("author");
            xml.WriteElementString("name", site.Publisher.Name);
            if (site.Publisher.Url is { } url)
            {
                xml.WriteElementString("uri", url);
            }

            xml.WriteEndElement();
            foreach (var briefing in ordered)
            {
                var a = briefing.Article.Attribution;
                var entryUrl = $"{site.BaseUrl}/briefings/{briefing.Article.Slug}/";
                xml.WriteStartElement("entry");
                xml.WriteElementString("id", entryUrl);
                xml.WriteElementString("title", a.Title);
                Link(xml, "alternate", entryUrl, "text/html");
                Link(xml, "related", a.Source.Url, null);
                xml.WriteElementString("updated", Timestamp(a.Date));
                if (a.Published is { } published)
                {
                    xml.WriteElementString("published", Timestamp(published));
                }

                foreach (var author in a.Authors)
                {
                    xml.WriteStartElement("author");
                    xml.WriteElementString("name", author.Name);
                    xml.WriteEndElement();
                }

                if (a.Authors.Length == 0)
                {
                    xml.WriteStartElement("author");
                    xml.WriteElementString("name", a.Publisher ?? site.Publisher.Name);
                    xml.WriteEndElement();
                }

                foreach (var topic in a.Topics)
                {
                    xml.WriteStartElement("category");
                    xml.WriteAttributeString("term", topic);
                    xml.WriteEndElement();
                }

                xml.WriteElementString("summary", a.Summary ?? $"{a.Title}, republished with {briefing.Notes.Length} editor’s notes.");
                xml.WriteElementString("rights", a.Copyright.Notice);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return stream.ToArray();

        static void Link(XmlWriter xml, string rel, string href, string? type)
        {
            xml.WriteStartElement("link");
            xml.WriteAttributeString("rel", rel);
            if (type is not null)
            {
                xml.WriteAttributeString("type", type);
            }

            xml.WriteAttributeString("href", href);
            xml.WriteEndElement();
        }

        static string Timestamp(DateOnly? date) =>
            (date ?? DateOnly.FromDateTime(DateTime.UnixEpoch)).ToString("yyyy-MM-dd'T00:00:00Z'", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] XmlWriterSitemap(IEnumerable<(string Url, DateOnly? LastModified)> pages)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, settings))
        {
            const string ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", ns);
            foreach (var (url, lastModified) in pages)
            {
                xml.WriteStartElement("url", ns);
                xml.WriteElementString("loc", ns, url);
                if (lastModified is { } date)
                {
                    xml.WriteElementString("lastmod", ns, date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return stream.ToArray();
    }
}
