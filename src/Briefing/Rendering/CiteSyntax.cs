using System.Text.RegularExpressions;

namespace Briefing.Rendering;

/// <summary>
/// One citation inside a cluster: "see @key, chap. 2 and passim" has Prefix "see", Key "key",
/// Locator (chapter, 2) and Suffix " and passim", its leading comma or space kept as the editor wrote it.
/// </summary>
internal sealed record Cite(string Key, string Prefix, string Suffix, Locator? Locator);

/// <summary>A pinpoint within a source. Label is a CSL locator term (page, chapter, section, …).</summary>
internal sealed record Locator(string Label, string Value);

/// <summary>
/// Reads the text between the brackets of a Pandoc citation, "[see @a, p. 3 and passim; also @b]". Every part must hold
/// a key, as in Pandoc, so "[see above]" or "[mail jo@example.org]" stay ordinary text.
/// </summary>
internal static partial class CiteSyntax
{
    public static bool TryParse(string inner, out ImmutableArray<Cite> cites)
    {
        var parsed = inner.Split(';').Select(ParseCite).ToArray();
        cites = parsed.Contains(null) ? [] : [.. parsed.OfType<Cite>()];
        return !cites.IsEmpty;
    }

    private static Cite? ParseCite(string part)
    {
        var match = KeyAt().Match(part);
        var key = match.Groups["key"].Value.Trim();
        if (key.Length == 0)
        {
            return null;
        }

        var at = match.Index;
        var prefix = part[..(at > 0 && part[at - 1] == '-' ? at - 1 : at)].Trim();
        var (locator, suffix) = LocatorSyntax.Split(part[(at + match.Length)..]);
        return new Cite(key, prefix, suffix.TrimEnd(), locator);
    }

    // The first '@' at the start or after white space (or after the '-' that suppresses the author) opens the key:
    // "@{any key}", or letters, digits and '_' with punctuation only inside ("@doe:2006" yes, "@doe." no).
    [GeneratedRegex(@"(?<=(?:^|\s)-?)@(?:\{(?<key>[^}]*)\}|(?<key>[\p{L}\p{Nd}_](?:[:.#$%&\-+?<>~/]?[\p{L}\p{Nd}_])*))?")]
    private static partial Regex KeyAt();
}
