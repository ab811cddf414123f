using static Briefing.Html.HtmlText;

namespace Briefing.Layout;

/// <summary>"Cite this briefing": the original and this edition in the site's citation style as HTML, and in BibTeX (escaped).</summary>
internal static class CiteThisBriefing
{
    private static readonly System.Buffers.SearchValues<char> TexSpecial = System.Buffers.SearchValues.Create("\\{}&%$#_^~");

    public static CiteModel For(Article article, SiteSettings site, string pageUrl, CitationFormatting.CslFormatter formatter)
    {
        var a = article.Attribution;
        var original = BriefingReference.Unmarked(formatter.Reference(BriefingReference.Original(a)));
        var edition = BriefingReference.Unmarked(formatter.Reference(BriefingReference.Edition(a, site, pageUrl)));

        var key = BibtexKey(article);
        var originalBibtex = Bibtex(key, a, a.Publisher, a.Source.Url, a.Kicker);
        var editionBibtex = Bibtex(key + "-annotated", a, site.Title, pageUrl,
            "Annotated edition with editor's notes" + (a.Publisher is { } p ? $"; originally published by {p}" : ""));
        return new CiteModel(original, edition, Escape(originalBibtex), Escape(editionBibtex));
    }

    private static string Inverted(string name)
    {
        var space = name.LastIndexOf(' ');
        return space <= 0 ? name : $"{name[(space + 1)..]}, {name[..space]}";
    }

    /// <summary>The first author's family name (or the slug's first word), the year and the slug's first word, in lower-case ASCII letters and digits.</summary>
    private static string BibtexKey(Article article)
    {
        var a = article.Attribution;
        var slug = article.Slug.Split('-')[0];
        var family = a.Authors.Length > 0 ? a.Authors[0].Name[(a.Authors[0].Name.LastIndexOf(' ') + 1)..] : slug;
        var key = family + (a.Published ?? a.Updated)?.Year.ToString(CultureInfo.InvariantCulture) + slug;
        return new string([.. key.Where(char.IsAsciiLetterOrDigit).Select(char.ToLowerInvariant)]);
    }

    private static string Bibtex(string key, Attribution a, string? publisher, string url, string? note)
    {
        var builder = new StringBuilder(256).Append("@misc{").Append(key).Append(",\n");
        if (a.Authors.Length > 0)
        {
            // "Family, Given", as BibTeX splits names; braces (one corporate name) only where " and " would split it.
            var names = a.Authors.Select(author => Tex(Inverted(author.Name)))
                .Select(name => name.Contains(" and ", StringComparison.OrdinalIgnoreCase) ? $"{{{name}}}" : name);
            Field(builder, "author", string.Join(" and ", names));
        }

        Field(builder, "title", "{" + Tex(a.Title) + "}");
        if (publisher is not null)
        {
            Field(builder, "publisher", Tex(publisher));
        }

        if ((a.Published ?? a.Updated) is { } d)
        {
            Field(builder, "year", d.Year.ToString(CultureInfo.InvariantCulture));
            Field(builder, "month", d.ToString("MMM", CultureInfo.InvariantCulture).ToLowerInvariant()); // a month macro: jan, feb, …
        }

        Field(builder, "url", Url(url));
        if (!string.IsNullOrEmpty(note))
        {
            Field(builder, "note", Tex(note));
        }

        return builder.Append('}').ToString();
    }

    private static void Field(StringBuilder builder, string name, string value) =>
        builder.Append("  ").Append(name).Append(" = {").Append(value).Append("},\n");

    /// <summary>Escapes the characters LaTeX treats as commands or groups, so any title is safe in a field.</summary>
    private static string Tex(string text) => !text.AsSpan().ContainsAny(TexSpecial) ? text : string.Concat(text.Select(c => c switch
    {
        '\\' => @"\textbackslash{}",
        '^' => @"\textasciicircum{}",
        '~' => @"\textasciitilde{}",
        _ when TexSpecial.Contains(c) => "\\" + c,
        _ => c.ToString(),
    }));

    /// <summary>URLs stay verbatim (biblatex reads them so) except for characters that would end the field.</summary>
    private static string Url(string url) => url.Replace("{", "%7B", StringComparison.Ordinal).Replace("}", "%7D", StringComparison.Ordinal)
        .Replace("\\", "%5C", StringComparison.Ordinal);
}
