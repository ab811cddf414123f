using Briefing.Csl;

namespace Briefing.Content;

/// <summary>The site's citation style, compiled once per build, and the locale its citations are written in.</summary>
/// <param name="Name">As site.yml gives it: a style id or a .csl file in input/.</param>
internal sealed record CitationStyle(string Name, CslStyle Style, string Locale);
