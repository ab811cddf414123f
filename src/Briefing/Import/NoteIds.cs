namespace Briefing.Import;

/// <summary>Ids for imported notes: from the quote's first words, stable, unique in the file.</summary>
internal static class NoteIds
{
    private const int MaxLength = 40;

    public static string FromQuote(string quote, ISet<string> taken)
    {
        var slug = Slug(quote) is { Length: > 0 } words ? words : "note";
        var id = slug;
        for (var n = 2; !taken.Add(id); n++)
        {
            id = string.Create(CultureInfo.InvariantCulture, $"{slug}-{n}");
        }

        return id;
    }

    /// <summary>Lower-case ASCII letters and digits of the quote (accents dropped), words joined by hyphens.</summary>
    private static string Slug(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            if (lower is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                builder.Append(lower);
            }
            else if (builder.Length > 0 && builder[^1] != '-' && c != '\'' && c != '’')
            {
                builder.Append('-');
            }

            if (builder.Length >= MaxLength)
            {
                break;
            }
        }

        var slug = builder.ToString().Trim('-');
        var cut = slug.Length >= MaxLength - 1 ? slug.LastIndexOf('-') : -1;
        return cut > 0 ? slug[..cut] : slug;
    }
}
