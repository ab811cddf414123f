using System.Collections.Immutable;
using Briefing.Content;

namespace Briefing.Citations;

/// <summary>
/// Chicago name lists. Notes: "A and B", "A, B, and C", four or more "A et al." (the style's
/// et-al-min 4, use-first 1). Bibliography: first name inverted, "and" always after a comma,
/// eleven or more names cut to seven and "et al." (et-al-min 11, use-first 7).
/// </summary>
internal static class ChicagoNames
{
    public static string Display(CslName name) => name.Literal is { Length: > 0 } literal
        ? literal
        : Words(name.Given, name.DroppingParticle, name.NonDroppingParticle, name.Family, name.Suffix);

    /// <summary>Family name first; particles move to the end (demote-non-dropping-particle).</summary>
    public static string Inverted(CslName name)
    {
        if (name.Literal is { Length: > 0 } literal)
        {
            return literal;
        }

        var rest = Words(name.Given, name.DroppingParticle, name.NonDroppingParticle);
        var inverted = rest.Length == 0 ? name.Family ?? string.Empty : $"{name.Family}, {rest}";
        return string.IsNullOrWhiteSpace(name.Suffix) ? inverted : $"{inverted}, {name.Suffix}";
    }

    public static string Short(CslName name) => name.Literal is { Length: > 0 } literal
        ? literal
        : Words(name.NonDroppingParticle, name.Family);

    public static string NoteList(ImmutableArray<CslName> names, Func<CslName, string> form)
    {
        if (names.Length >= 4)
        {
            return form(names[0]) + " et al.";
        }

        return names.Length switch
        {
            0 => string.Empty,
            1 => form(names[0]),
            2 => $"{form(names[0])} and {form(names[1])}",
            _ => $"{string.Join(", ", names.Take(names.Length - 1).Select(form))}, and {form(names[^1])}",
        };
    }

    public static string BibliographyList(ImmutableArray<CslName> names, bool invertFirst)
    {
        var forms = names.Select((name, i) => i == 0 && invertFirst ? Inverted(name) : Display(name)).ToList();
        if (forms.Count >= 11)
        {
            return string.Join(", ", forms.Take(7)) + ", et al.";
        }

        return forms.Count switch
        {
            0 => string.Empty,
            1 => forms[0],
            2 when !invertFirst => $"{forms[0]} and {forms[1]}",
            _ => $"{string.Join(", ", forms.Take(forms.Count - 1))}, and {forms[^1]}",
        };
    }

    /// <summary>The names a bibliography sorts by: every name family first (name-as-sort-order="all").</summary>
    public static string SortForm(ImmutableArray<CslName> names) => string.Join(
        ' ',
        names.Select(n => n.Literal is { Length: > 0 } literal
            ? literal
            : Words(n.Family, n.Given, n.DroppingParticle, n.NonDroppingParticle, n.Suffix)));

    private static string Words(params ReadOnlySpan<string?> parts)
    {
        var words = new List<string>(parts.Length);
        foreach (var part in parts)
        {
            if (!string.IsNullOrWhiteSpace(part))
            {
                words.Add(part.Trim());
            }
        }

        return string.Join(' ', words);
    }
}
