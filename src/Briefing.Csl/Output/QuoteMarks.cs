namespace Briefing.Csl.Output;

/// <summary>A locale's outer and inner quotation marks.</summary>
internal sealed record QuoteMarks(string OpenOuter, string CloseOuter, string OpenInner, string CloseInner)
{
    public static readonly QuoteMarks English = new("\u201C", "\u201D", "\u2018", "\u2019");
}
