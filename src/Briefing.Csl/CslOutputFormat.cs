namespace Briefing.Csl;

/// <summary>The format citations and bibliography entries are written in.</summary>
public enum CslOutputFormat
{
    /// <summary>HTML fragments: &lt;i&gt;, &lt;b&gt;, &lt;sup&gt;, small-caps spans, csl- divs.</summary>
    Html,
}
