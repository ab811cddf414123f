namespace Briefing.Csl.Output;

/// <summary>The writer for each public output format.</summary>
internal static class OutputFormats
{
    public static IOutputFormat For(CslOutputFormat format) => format switch
    {
        _ => HtmlFormat.Instance,
    };
}
