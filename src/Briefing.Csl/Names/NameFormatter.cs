using Briefing.Csl.Data;
using Briefing.Csl.Output;
using Briefing.Csl.Rendering;
using Briefing.Csl.Style;

namespace Briefing.Csl.Names;

/// <summary>Writes one name: display or sort order, particles, initials, suffix, institution or non-Latin script.</summary>
internal static class NameFormatter
{
    /// <param name="givenLevel">Disambiguation's expansion: 0 as styled, 1 with initials, 2 with the full given name.</param>
    public static Inline Format(CslName name, NameOptions options, NameElement? element, bool inverted, int givenLevel, RenderContext ctx)
    {
        var quotes = ctx.Locale.Quotes;
        if (name.Literal is not null)
        {
            return RichText.Parse(name.Literal, quotes);
        }
        var family = name.Family ?? "";
        var form = options.Form;
        var given = Given(name.Given, options, givenLevel, ref form, ctx);
        var familyFormat = element?.Family ?? Formatting.None;
        var givenFormat = element?.Given ?? Formatting.None;
        if (!name.IsWestern)
        {
            var familyOnly = Part(familyFormat, family, ctx);
            return form == "short" || given is null ? familyOnly : Inline.Concat(familyOnly, Part(givenFormat, given, ctx));
        }
        var nonDropping = name.NonDroppingParticle;
        var dropping = name.DroppingParticle;
        if (form == "short")
        {
            return Part(familyFormat, JoinParticle(nonDropping, family), ctx);
        }
        var demote = ctx.Style.Option("demote-non-dropping-particle", "display-and-sort") == "display-and-sort";
        var suffix = name.Suffix;
        if (inverted && !name.StaticOrdering)
        {
            var head = demote ? family : JoinParticle(nonDropping, family);
            var tail = Join(" ", given, dropping, demote ? nonDropping : null);
            var parts = new List<Inline> { Part(familyFormat, head, ctx) };
            if (tail.Length > 0)
            {
                parts.Add(Inline.Str(options.SortSeparator));
                parts.Add(Part(givenFormat, tail, ctx));
            }
            if (suffix is not null)
            {
                parts.Add(Inline.Str(options.SortSeparator + suffix));
            }
            return Inline.Concat(parts);
        }
        if (name.StaticOrdering)
        {
            return Inline.Concat(Part(familyFormat, JoinParticle(nonDropping, family), ctx),
                given is null ? Inline.Empty : Inline.Concat(Inline.Str(" "), Part(givenFormat, given, ctx)));
        }
        var givenPart = Join(" ", given, dropping);
        var display = new List<Inline>();
        if (givenPart.Length > 0)
        {
            display.Add(Part(givenFormat, givenPart, ctx));
            display.Add(Inline.Str(" "));
        }
        display.Add(Part(familyFormat, JoinParticle(nonDropping, family), ctx));
        if (suffix is not null)
        {
            display.Add(Inline.Str((name.CommaSuffix ? ", " : " ") + suffix));
        }
        return Inline.Concat(display);
    }

    private static string? Given(string? given, NameOptions options, int level, ref string form, RenderContext ctx)
    {
        if (given is null)
        {
            return null;
        }
        if (level > 0 && form == "short")
        {
            form = "long";
            if (level == 1 && options.InitializeWith is { } with)
            {
                return Initials.Apply(given, with, true, ctx.Style.Option("initialize-with-hyphen", "true") != "false");
            }
            return given;
        }
        if (level >= 2 || options.InitializeWith is not { } initializeWith)
        {
            return given;
        }
        return Initials.Apply(given, initializeWith, options.Initialize, ctx.Style.Option("initialize-with-hyphen", "true") != "false");
    }

    private static Inline Part(Formatting format, string text, RenderContext ctx) =>
        Renderer.Format(ctx.Adjust(format), RichText.Parse(text, ctx.Locale.Quotes), ctx.Locale);

    private static string JoinParticle(string? particle, string family) =>
        particle is null ? family
        : particle.EndsWith('\'') || particle.EndsWith('\u2019') || particle.EndsWith('-') ? particle + family
        : particle + " " + family;

    private static string Join(string separator, params string?[] parts) =>
        string.Join(separator, parts.Where(p => !string.IsNullOrEmpty(p)));
}
