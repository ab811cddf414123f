using Briefing.Csl;

namespace Briefing.Content;

/// <summary>The site's citation style, compiled once per build, and the locale its citations are written in.</summary>
/// <param name="Name">As site.yml gives it: a style id or a .csl file in input/.</param>
/// <param name="Fingerprint">A hash of the style's XML and its parent's: what tells kept citations that the style changed.</param>
internal sealed record CitationStyle(string Name, CslStyle Style, string Locale, string Fingerprint);
