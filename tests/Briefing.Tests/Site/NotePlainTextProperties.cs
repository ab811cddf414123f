using System.Net;
using System.Text;
using Briefing.Site;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Briefing.Tests.Site;

/// <summary>
/// The plain text of a note's HTML (annotations.jsonld's bodies) is what stripping the tags, decoding
/// the entities and collapsing white space character by character gives, on any HTML the build makes.
/// </summary>
public sealed class NotePlainTextProperties
{
    private static readonly string[] Pieces =
    [
        "<p>", "</p>", "\n", "<em>", "</em>", "<a href=\"https://x.org/?a=1&amp;b=2\">", "</a>", "text", "Six-Party Talks", " ", "  ",
        "\t", "\u00A0", "\u2003", "\u3000", "&amp;", "&lt;", "&#10;", "&nbsp;", "“Title,”", "é", "😀", "<br />", "<code>", "</code>", "&",
        "<", ">", "x<y", "<unclosed",
    ];

    private static readonly Gen<string> Html =
        from pieces in Gen.Elements(Pieces).ArrayOf()
        select string.Concat(pieces);

    [Property(MaxTest = 3000)]
    public Property Plain_text_is_the_html_less_tags_and_entities_with_white_space_collapsed() =>
        Prop.ForAll(Html.ToArbitrary(), html => Assert.Equal(Reference(html), AnnotationCollection.PlainText(html)));

    private static string Reference(string html)
    {
        var stripped = new StringBuilder();
        var inTag = false;
        foreach (var c in html)
        {
            if (inTag)
            {
                inTag = c != '>';
            }
            else if (c == '<')
            {
                inTag = true;
            }
            else
            {
                stripped.Append(c);
            }
        }

        var text = WebUtility.HtmlDecode(stripped.ToString());
        var collapsed = new StringBuilder();
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && collapsed.Length > 0)
            {
                collapsed.Append(' ');
            }

            space = false;
            collapsed.Append(c);
        }

        return collapsed.ToString();
    }
}
