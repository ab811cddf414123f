using System.Globalization;
using System.Text;
using Briefing.Content;
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

    public static CiteModel For(Article article, SiteSettings site, string pageUrl)
    {
        var a = article.Attribution;
        var formatter = CitationFormatting.CslFormatter.For(site.CitationStyle);
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

    private static string BibtexKey(Article article)
    {
        var a = article.Attribution;
        var family = a.Authors.Length > 0 ? a.Authors[0].Name.Split(' ')[^1] : article.Slug.Split('-')[0];
        var year = (a.Published ?? a.Updated)?.Year.ToString(CultureInfo.InvariantCulture) ?? "";
        var key = new string([.. (family + year + article.Slug.Split('-')[0]).Where(char.IsAsciiLetterOrDigit)]);
        return key.ToLowerInvariant();
    }

    private static string Bibtex(string key, Attribution a, string? publisher, string url, string? note)
    {
        var date = a.Published ?? a.Updated;
        var fields = new List<(string Name, string Value)>();
        if (a.Authors.Length > 0)
        {
            // "Family, Given" is how BibTeX splits a person's name; braces around a whole name would make
            // it one indivisible (corporate) name. Only a name with " and " in it needs them.
            fields.Add(("author", string.Join(" and ", a.Authors.Select(x => Tex(Inverted(x.Name)))
                .Select(name => name.Contains(" and ", StringComparison.OrdinalIgnoreCase) ? "{" + name + "}" : name))));
        }

        fields.Add(("title", "{" + Tex(a.Title) + "}"));
        if (publisher is not null)
        {
            fields.Add(("publisher", Tex(publisher)));
        }

        if (date is { } d)
        {
            fields.Add(("year", d.Year.ToString(CultureInfo.InvariantCulture)));
            fields.Add(("month", d.ToString("MMM", CultureInfo.InvariantCulture).ToLowerInvariant()));
        }

        fields.Add(("url", Url(url)));
        if (!string.IsNullOrEmpty(note))
        {
            fields.Add(("note", Tex(note)));
        }

        var builder = new StringBuilder();
        builder.Append("@misc{").Append(key).Append(",\n");
        foreach (var (name, value) in fields)
        {
            builder.Append("  ").Append(name).Append(" = {").Append(value).Append("},\n");
        }

        return builder.Append('}').ToString();
    }

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
