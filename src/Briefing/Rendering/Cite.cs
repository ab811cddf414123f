namespace Briefing.Rendering;

/// <summary>
/// One citation inside a cluster: "see @key, chap. 2 and passim" has Prefix "see", Key "key",
/// Locator (chapter, 2) and Suffix " and passim". The suffix keeps its leading comma or space
/// because that is how the editor separated it from the locator.
/// </summary>
internal sealed record Cite(string Key, string Prefix, string Suffix, Locator? Locator);

/// <summary>A pinpoint within a source. Label is a CSL locator term (page, chapter, section, …).</summary>
internal sealed record Locator(string Label, string Value);
