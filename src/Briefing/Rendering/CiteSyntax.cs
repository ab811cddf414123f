namespace Briefing.Rendering;

/// <summary>
/// Reads the text between the brackets of a Pandoc citation, "[see @a, p. 3 and passim; also @b]".
/// Every semicolon-separated part must hold a key, as in Pandoc, so "[see above]" or
/// "[mail jo@example.org]" stay ordinary text.
/// </summary>
internal static class CiteSyntax
{
    private const string InternalKeyPunctuation = ":.#$%&-+?<>~/";

    public static bool TryParse(string inner, out ImmutableArray<Cite> cites)
    {
        cites = [];
        if (string.IsNullOrWhiteSpace(inner))
        {
            return false;
        }

        var builder = ImmutableArray.CreateBuilder<Cite>();
        foreach (var part in inner.Split(';'))
        {
            if (!TryParseCite(part, out var cite))
            {
                return false;
            }

            builder.Add(cite);
        }

        cites = builder.ToImmutable();
        return true;
    }

    private static bool TryParseCite(string part, out Cite cite)
    {
        cite = null!;
        var at = FindKeyStart(part);
        if (at < 0)
        {
            return false;
        }

        var keyEnd = ReadKey(part, at + 1, out var key);
        if (key.Length == 0)
        {
            return false;
        }

        var prefixEnd = at > 0 && part[at - 1] == '-' ? at - 1 : at;
        var prefix = part[..prefixEnd].Trim();
        var (locator, suffix) = LocatorSyntax.Split(part[keyEnd..]);
        cite = new Cite(key, prefix, suffix.TrimEnd(), locator);
        return true;
    }

    /// <summary>An '@' opens a key only at the start or after white space (or the '-' that suppresses the author).</summary>
    private static int FindKeyStart(string part)
    {
        for (var i = 0; i < part.Length; i++)
        {
            if (part[i] != '@')
            {
                continue;
            }

            var before = i == 0 ? ' ' : part[i - 1];
            if (before == '-')
            {
                before = i == 1 ? ' ' : part[i - 2];
            }

            if (char.IsWhiteSpace(before))
            {
                return i;
            }
        }

        return -1;
    }

    private static int ReadKey(string text, int start, out string key)
    {
        key = string.Empty;
        if (start < text.Length && text[start] == '{')
        {
            var close = text.IndexOf('}', start + 1);
            if (close < 0)
            {
                return start;
            }

            key = text[(start + 1)..close].Trim();
            return close + 1;
        }

        if (start >= text.Length || !IsKeyChar(text[start]))
        {
            return start;
        }

        var end = start + 1;
        while (end < text.Length)
        {
            if (IsKeyChar(text[end]))
            {
                end++;
            }
            else if (InternalKeyPunctuation.Contains(text[end], StringComparison.Ordinal)
                && end + 1 < text.Length && IsKeyChar(text[end + 1]))
            {
                // Punctuation belongs to the key only inside it: "@doe:2006" yes, "@doe." no.
                end += 2;
            }
            else
            {
                break;
            }
        }

        key = text[start..end];
        return end;
    }

    private static bool IsKeyChar(char c) => char.IsLetterOrDigit(c) || c == '_';
}
