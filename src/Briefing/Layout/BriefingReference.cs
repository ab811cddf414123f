using Briefing.Csl;
using CslItem = Briefing.Csl.CslItem;

namespace Briefing.Layout;

/// <summary>The original article and this annotated edition as CSL items, for the site's citation style.</summary>
internal static class BriefingReference
{
    // Joined to a '<' of plain text so that CSL does not read "<b>" in a title as markup; taken out again after.
    private const char WordJoiner = '\u2060';

    public static ReferenceWork Original(Attribution article) => Work(article, article.Publisher, article.Source.Url, genre: null);

    public static ReferenceWork Edition(Attribution article, SiteSettings site, string pageUrl) =>
        Work(article, site.Title, pageUrl,
            "Annotated edition with editor’s notes" + (article.Publisher is { } publisher ? ", originally published by " + publisher : ""));

    /// <summary>The formatted HTML without the marks that kept plain text's "&lt;" from being read as markup.</summary>
    public static string Unmarked(string html) => html.Replace("&#60;" + WordJoiner, "&#60;", StringComparison.Ordinal);

    private static ReferenceWork Work(Attribution article, string? container, string url, string? genre)
    {
        (string Variable, string? Value)[] named = [("title", article.Title), ("container-title", container), ("genre", genre)];
        return new ReferenceWork([.. named.Where(v => v.Value is not null).Select(v => (v.Variable, Plain(v.Value!))), ("URL", url)],
            [.. article.Authors.Select(author => Person(Plain(author.Name.Trim())))], article.Published ?? article.Updated);
    }

    /// <summary>A byline name as a person, family name last ("Jayshree Bajoria"); a one-word name as it is.</summary>
    private static CslItemName Person(string name)
    {
        var space = name.LastIndexOf(' ');
        return space <= 0 ? new CslItemName(Literal: name) : new CslItemName(name[(space + 1)..], name[..space]);
    }

    private static string Plain(string text) => text.Replace("<", "<" + WordJoiner, StringComparison.Ordinal);
}

/// <summary>A work that is not among the sources (the original article, this edition), as a CSL webpage's variables.</summary>
internal sealed record ReferenceWork(IReadOnlyList<(string Variable, string Value)> Variables, CslItemName[] Authors, DateOnly? Issued)
{
    public CslItem Item() => CslItem.Create("briefing", "webpage", Variables,
        Authors.Length == 0 ? [] : [("author", Authors)], Issued is { } date ? [("issued", date)] : []);
}
