using Briefing.Csl.Data;
using Briefing.Csl.Output;
using Briefing.Csl.Rendering;
using Briefing.Csl.Style;

namespace Briefing.Csl.Names;

/// <summary>Writes one name: display or sort order, particles, initials, suffix, institution or non-Latin script.</summary>
internal static class NameFormatter
{
    /// <summary>Disambiguation hints, by name: show initials, or the full given name (for every or only the first name).</summary>
    public const int AddInitials = 1, AddGivenName = 2, AddInitialsIfPrimary = 3, AddGivenNameIfPrimary = 4;

    public static string Key(CslName name) => $"{name.Family}|{name.Given}|{name.Literal}";

    public static Inline Format(CslName name, NameOptions options, NameElement? element, int order, RenderContext ctx)
    {
        var form = options.Form;
        var initialize = options.Initialize;
        var hint = ctx.State.GivenNameLevels.Count == 0 ? 0 : ctx.State.GivenNameLevels.GetValueOrDefault(Key(name));
        if (hint == AddInitials || (hint == AddInitialsIfPrimary && order == 1))
        {
            form = "long";
        }
        else if (hint == AddGivenName || (hint == AddGivenNameIfPrimary && order == 1))
        {
            form = "long";
            initialize = false;
        }
        var family = element?.Family ?? Formatting.None;
        var given = element?.Given ?? Formatting.None;
        if (name.Literal is not null)
        {
            return Renderer.Format(ctx.Adjust(family), RichText.Parse(name.Literal, ctx.Locale.Quotes), ctx.Locale);
        }
        var givenText = name.Given;
        if (givenText is not null && name.Family is not null && options.InitializeWith is { } with)
        {
            givenText = Initials.Apply(givenText, initialize, ctx.Style.Option("initialize-with-hyphen") != "false", with);
        }
        var parts = new NameParts(
            Font(family, name.NonDroppingParticle, ctx), Font(family, name.Family, ctx),
            Font(given, givenText, ctx), Font(given, name.DroppingParticle, ctx),
            name.Suffix is null ? Inline.Empty : RichText.Parse(name.Suffix, ctx.Locale.Quotes));
        if (form == "count")
        {
            return Inline.Empty;
        }
        if (!name.IsWestern)
        {
            return form == "short" ? Affixes(family, parts.Family, ctx) : Inline.Concat(Affixes(family, parts.Family, ctx), Affixes(given, parts.Given, ctx));
        }
        if (form == "short")
        {
            return Affixes(family, Space(parts.NonDropping, parts.Family), ctx);
        }
        var sortOrder = ctx.InSortKey || options.NameAsSortOrder == "all" || (options.NameAsSortOrder == "first" && order == 1);
        return Long(parts, sortOrder, name.CommaSuffix, options.SortSeparator, family, given, ctx);
    }

    private sealed record NameParts(Inline NonDropping, Inline Family, Inline Given, Inline Dropping, Inline Suffix);

    private static Inline Long(NameParts p, bool sortOrder, bool commaSuffix, string separator, Formatting family, Formatting given, RenderContext ctx)
    {
        var demote = ctx.Style.Option("demote-non-dropping-particle", "display-and-sort");
        Inline Sep(Inline x, Inline y) => x.IsEmpty ? y : y.IsEmpty ? x : Inline.Concat(x, Inline.Str(separator), y);
        if (sortOrder && demote != "display-and-sort")
        {
            return Sep(Sep(Affixes(family, Space(p.NonDropping, p.Family), ctx), Affixes(given, Space(p.Given, p.Dropping), ctx)), p.Suffix);
        }
        if (sortOrder)
        {
            return Sep(Sep(Affixes(family, p.Family, ctx), Affixes(given, Space(Space(p.Given, p.Dropping), p.NonDropping), ctx)), p.Suffix);
        }
        var particlesAndFamily = Space(Space(p.Dropping, p.NonDropping), p.Family);
        var tail = commaSuffix ? Sep(particlesAndFamily, p.Suffix) : Space(particlesAndFamily, p.Suffix);
        return Space(Affixes(given, p.Given, ctx), Affixes(family, tail, ctx));
    }

    /// <summary>Two name parts with a space between, except after an apostrophe, hyphen or no-break space.</summary>
    private static Inline Space(Inline x, Inline y)
    {
        if (x.IsEmpty || y.IsEmpty)
        {
            return x.IsEmpty ? y : x;
        }
        var last = x.LastChar();
        return last is '\u2019' or '\'' or '-' or '\u2013' or '\u00A0' or ' ' ? Inline.Concat(x, y) : Inline.Concat(x, Inline.Str(" "), y);
    }

    private static Inline Font(Formatting format, string? text, RenderContext ctx) => text is null
        ? Inline.Empty
        : Renderer.Format(ctx.Adjust(format.Prefix is null && format.Suffix is null ? format : format with { Prefix = null, Suffix = null }),
            RichText.Parse(text, ctx.Locale.Quotes), ctx.Locale);

    private static Inline Affixes(Formatting format, Inline content, RenderContext ctx) => format.Prefix is null && format.Suffix is null
        ? content
        : Renderer.Format(Formatting.None with { Prefix = format.Prefix, Suffix = format.Suffix }, content, ctx.Locale);
}
