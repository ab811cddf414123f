using System.Text.RegularExpressions;
using Briefing.Scaffolding;

namespace Briefing.Loading;

/// <summary>Stage: reads briefings/&lt;slug&gt;/article.md — attribution from front matter, body verbatim.</summary>
internal static partial class LoadArticle
{
    private static readonly string[] Keys =
        ["title", "kicker", "authors", "publisher", "published", "updated", "source", "copyright", "topics", "summary", "text_sha256"];

    private static readonly string[] AuthorKeys = ["name", "role"];
    private static readonly string[] SourceKeys = ["url", "label", "excerpt"];
    private static readonly string[] CopyrightKeys = ["notice", "permission", "holder", "year", "license"];

    public static Article? Run(BriefingFiles files, string slug, DiagnosticBag diagnostics)
    {
        var file = ContentFile.DisplayPath(files.PathOf("article.md"));
        if (files.Bytes("article.md") is not { } bytes || !ContentFile.IsUtf8(bytes, file, diagnostics, out var text)
            || FrontMatter.Split(text, file, diagnostics) is not { } parts)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(parts.Body))
        {
            // A file that ends right after the closing '---' has no line after it: point at the '---'.
            var line = Math.Min(parts.BodyFirstLine, text.Count((byte)'\n') + 1);
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.EmptyBody, new SourceLocation(file, line, 1),
                "The article has no text after its front matter.", "Paste the republished text below the closing '---'."));
        }

        if (YamlReader.ReadMapping(parts.Yaml, file, parts.YamlFirstLine - 1, diagnostics, DiagnosticCodes.FrontMatter,
            "The front matter must be a set of keys (title, authors, source, copyright, …).") is not { } mapping)
        {
            return null;
        }

        var front = new MappingReader(mapping, "the front matter", Keys, diagnostics);
        var attribution = ReadAttribution(front, diagnostics);
        NewBriefing.ReportPlaceholderInBody(parts.Body, file, parts.BodyFirstLine, diagnostics);
        if (front.Scalar("text_sha256") is { } recorded)
        {
            TextFingerprint.Verify(parts.Body, recorded, slug, diagnostics);
        }

        return attribution is null || string.IsNullOrWhiteSpace(parts.Body)
            ? null
            : new Article(slug, file, attribution, parts.Body, parts.BodyFirstLine);
    }

    private static Attribution? ReadAttribution(MappingReader front, DiagnosticBag diagnostics)
    {
        var title = front.String("title", required: true);
        var source = front.Mapping("source", SourceKeys, required: true);
        var url = source?.HttpUrl("url", "'url' of the source", required: true, "Link to the original article, e.g. https://www.cfr.org/…");
        var copyright = front.Mapping("copyright", CopyrightKeys, required: true);
        var notice = copyright?.String("notice", required: copyright?.Get("license") is null);
        var license = ReadLicense(copyright, diagnostics);
        var published = front.Date("published");
        var updated = front.Date("updated");
        var authors = ReadAuthors(front, diagnostics);
        var year = ReadYear(copyright, diagnostics);
        NewBriefing.ReportPlaceholders(front, source, copyright, diagnostics);

        if (title is null || url is null || (notice is null && license is null) || source is null || copyright is null)
        {
            return null;
        }

        return new Attribution
        {
            Title = title,
            Kicker = front.String("kicker"),
            Authors = authors,
            Publisher = front.String("publisher"),
            Published = published,
            Updated = updated,
            Source = new OriginalSource(url, source.String("label") ?? new Uri(url).Host, source.Boolean("excerpt") ?? false),
            Copyright = new Copyright(notice ?? license!.Statement, copyright.String("permission"), copyright.String("holder"),
                year ?? (notice is null ? null : YearIn(notice)) ?? (updated ?? published)?.Year)
            { License = license },
            Topics = [.. front.ScalarList("topics").Select(t => t.Value.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal)],
            Summary = front.String("summary"),
        };
    }

    private static System.Collections.Immutable.ImmutableArray<Author> ReadAuthors(MappingReader front, DiagnosticBag diagnostics)
    {
        IEnumerable<Node> items = front.Get("authors") switch
        {
            SequenceNode sequence => sequence.Items,
            null => [],
            var one => [one],
        };

        var authors = System.Collections.Immutable.ImmutableArray.CreateBuilder<Author>();
        foreach (var item in items)
        {
            switch (item)
            {
                case ScalarNode { IsNull: false } name:
                    authors.Add(new Author(name.Value, null));
                    break;
                case MappingNode mapping:
                    var author = new MappingReader(mapping, "an author", AuthorKeys, diagnostics);
                    var authorName = author.String("name", required: true);
                    if (authorName is not null)
                    {
                        authors.Add(new Author(authorName, author.String("role")));
                    }

                    break;
                default:
                    diagnostics.Add(Diagnostic.Error(DiagnosticCodes.WrongType, item.At,
                        "Each author must be a name or a set of keys (name, role)."));
                    break;
            }
        }

        return authors.ToImmutable();
    }

    /// <summary>The licence 'license' names: public-domain or an SPDX id; an unknown one is reported with the closest id.</summary>
    private static License? ReadLicense(MappingReader? copyright, DiagnosticBag diagnostics)
    {
        if (copyright?.Scalar("license") is not { } id)
        {
            return null;
        }

        if (Licenses.Find(id.Value) is { } license)
        {
            return license;
        }

        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidValue, id.At,
            $"'license' of the copyright must be public-domain or an SPDX licence id, not '{id.Value}'.",
            Suggestions.DidYouMean(id.Value, Licenses.Ids,
                "Use public-domain, or an SPDX id such as CC-BY-4.0, CC-BY-SA-4.0 or CC0-1.0.")));
        return null;
    }

    private static int? ReadYear(MappingReader? copyright, DiagnosticBag diagnostics)
    {
        if (copyright?.Scalar("year") is not { } year)
        {
            return null;
        }

        if (int.TryParse(year.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is > 0 and < 10000)
        {
            return value;
        }

        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidValue, year.At, $"'year' of the copyright must be a year such as 2008, not '{year.Value}'."));
        return null;
    }

    private static int? YearIn(string notice) =>
        FourDigitYear().Match(notice) is { Success: true } match ? int.Parse(match.Value, CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"\b(1[5-9]|20)\d\d\b")]
    private static partial Regex FourDigitYear();
}
