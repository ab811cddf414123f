using System.Text;
using AngleSharp.Html.Parser;
using Briefing.Diagnostics;
using Briefing.Loading;
using Briefing.Tests.Support;

namespace Briefing.Tests.Reliability;

/// <summary>
/// Extends Security/UntrustedTextTests to every CSL variable, every name part and literal dates, in
/// sources of many types: whatever a source says, the pages hold it as text, never as markup.
/// </summary>
public sealed class EveryFieldPayloadTests
{
    private const string Payload = "<script>alert(1)</script><img src=x onerror=alert(2)>\"' onmouseover=\"alert(3)";

    private static readonly string[] Types =
        ["article-journal", "article-newspaper", "book", "chapter", "legislation", "treaty", "report", "webpage", "thesis", "legal_case", "interview", "speech"];

    // Variables whose value has a shape of its own, written apart below.
    private static readonly string[] Shaped = ["URL", "categories", "custom", "DOI"];

    [Fact]
    public void Script_and_event_handler_payloads_in_every_csl_field_render_as_text()
    {
        using var site = new HostileSite();
        var quoted = "\"" + Payload.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
        var sources = new StringBuilder("references:\n");
        foreach (var type in Types)
        {
            sources.Append(CultureFree($"  - id: s-{type}\n    type: {type}\n"));
            foreach (var variable in CslVocabulary.TextVariables.Except(Shaped))
            {
                sources.Append(CultureFree($"    {variable}: {quoted}\n"));
            }

            foreach (var variable in CslVocabulary.NameVariables)
            {
                sources.Append(CultureFree($"    {variable}:\n      - family: {quoted}\n        given: {quoted}\n        suffix: {quoted}\n        non-dropping-particle: {quoted}\n        dropping-particle: {quoted}\n      - literal: {quoted}\n"));
            }

            foreach (var variable in CslVocabulary.DateVariables)
            {
                sources.Append(CultureFree($"    {variable}:\n      literal: {quoted}\n"));
            }

            sources.Append("    URL: https://example.org/a?q=\"><script>alert(4)</script>\n");
            sources.Append(CultureFree($"    DOI: {quoted}\n"));
        }

        site.Write("input/sources.yml", sources.ToString());
        var cites = string.Join("; ", Types.Select(t => $"@s-{t}, p. {Payload.Replace(";", "", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal)}"));
        site.Write(HostileSite.BriefingPath + "annotations.yml", $"""
            annotations:
              - id: first-test
                quote: tested a nuclear weapon in October 2006
                note: 'First [{cites.Replace("'", "''", StringComparison.Ordinal)}].'
              - id: second
                quote: tested a missile
                note: 'Again [{string.Join("; ", Types.Select(t => "@s-" + t))}].'
            """);

        var outcome = site.Rebuild();

        Assert.True(outcome.Exit == ExitCode.Success, outcome.ToString());
        OutputAudit.HasNoActiveContent(site.Output);
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, "briefings", SiteBuilder.Slug, "index.html")));
        Assert.Equal(Types.Length, page.QuerySelectorAll("section[role=doc-bibliography] li").Length);
        Assert.Contains("<script>alert(1)</script>", page.QuerySelector("section[role=doc-bibliography]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("<script>alert(1)</script>", page.QuerySelector("section[data-editor-notes]")!.TextContent, StringComparison.Ordinal);
    }

    private static string CultureFree(FormattableString text) => FormattableString.Invariant(text);
}
