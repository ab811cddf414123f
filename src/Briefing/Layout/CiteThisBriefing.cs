using static Briefing.Html.HtmlText;

namespace Briefing.Layout;

/// <summary>
/// "Cite this briefing": the original article and this annotated edition, formatted by the site's
/// citation style (the bundled chicago-fullnote-bibliography by default) as HTML, and in BibTeX (HTML-escaped).
/// </summary>
internal static class CiteThisBriefing
{
    // The characters LaTeX reads as commands or groups.
    private static readonly System.Buffers.SearchValues<char> TexSpecial = System.Buffers.SearchValues.Create("\\{}&%$#_^~");

    // BibTeX's month macros.
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

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
        var slug = FirstWord(article.Slug);
        var family = a.Authors.Length > 0 ? a.Authors[0].Name.AsSpan(a.Authors[0].Name.LastIndexOf(' ') + 1) : slug;
        var key = new StringBuilder(family.Length + slug.Length + 4);
        AppendKeyPart(key, family);
        if ((a.Published ?? a.Updated) is { } date)
        {
            key.Append(date.Year.ToString(CultureInfo.InvariantCulture));
        }

        AppendKeyPart(key, slug);
        return key.ToString();
    }

    private static ReadOnlySpan<char> FirstWord(string slug) => slug.IndexOf('-') is var dash and >= 0 ? slug.AsSpan(0, dash) : slug;

    private static void AppendKeyPart(StringBuilder key, ReadOnlySpan<char> part)
    {
        foreach (var c in part)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                key.Append(char.ToLowerInvariant(c));
            }
        }
    }

    private static string Bibtex(string key, Attribution a, string? publisher, string url, string? note)
    {
        var builder = new StringBuilder(256).Append("@misc{").Append(key).Append(",\n");
        if (a.Authors.Length > 0)
        {
            // "Family, Given" is how BibTeX splits a person's name; braces around a whole name would make
            // it one indivisible (corporate) name. Only a name with " and " in it needs them.
            builder.Append("  author = {");
            for (var i = 0; i < a.Authors.Length; i++)
            {
                var name = Tex(Inverted(a.Authors[i].Name));
                var braced = name.Contains(" and ", StringComparison.OrdinalIgnoreCase);
                builder.Append(i > 0 ? " and " : "").Append(braced ? "{" : "").Append(name).Append(braced ? "}" : "");
            }

            builder.Append("},\n");
        }

        Field(builder, "title", "{" + Tex(a.Title) + "}");
        if (publisher is not null)
        {
            Field(builder, "publisher", Tex(publisher));
        }

        if ((a.Published ?? a.Updated) is { } d)
        {
            Field(builder, "year", d.Year.ToString(CultureInfo.InvariantCulture));
            Field(builder, "month", Months[d.Month - 1]);
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
    private static string Tex(string text)
    {
        var special = text.AsSpan().IndexOfAny(TexSpecial);
        if (special < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16).Append(text, 0, special);
        foreach (var c in text.AsSpan(special))
        {
            _ = c switch
            {
                '\\' => builder.Append(@"\textbackslash{}"),
                '{' => builder.Append(@"\{"),
                '}' => builder.Append(@"\}"),
                '&' => builder.Append(@"\&"),
                '%' => builder.Append(@"\%"),
                '$' => builder.Append(@"\$"),
                '#' => builder.Append(@"\#"),
                '_' => builder.Append(@"\_"),
                '^' => builder.Append(@"\textasciicircum{}"),
                '~' => builder.Append(@"\textasciitilde{}"),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }

    /// <summary>URLs stay verbatim (biblatex reads them so) except for characters that would end the field.</summary>
    private static string Url(string url) => url.Replace("{", "%7B", StringComparison.Ordinal).Replace("}", "%7D", StringComparison.Ordinal)
        .Replace("\\", "%5C", StringComparison.Ordinal);
}
