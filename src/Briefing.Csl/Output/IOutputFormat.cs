namespace Briefing.Csl.Output;

/// <summary>Writes formatted rich text in one output format (HTML fragments; plain text could follow).</summary>
internal interface IOutputFormat
{
    string Render(Inline inline, QuoteMarks quotes);
}
