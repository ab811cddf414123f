using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Briefing.Citations;
using Briefing.Content;

namespace Briefing.Tests.Citations;

/// <summary>
/// Runs the reference itself: pandoc --citeproc with Debian's chicago-fullnote-bibliography.csl on
/// the sample sources, and compares its plain text with Briefing's for first and subsequent notes
/// and for the bibliography; and with chicago-note-bibliography.csl for the short notes a briefing
/// page uses throughout. Without pandoc the tests are reported skipped, except on CI, where the
/// reference must be installed (apt-get install pandoc citation-style-language-styles).
/// </summary>
public sealed class PandocComparisonTests
{
    private const string Pandoc = PandocFactAttribute.Pandoc;
    private const string Style = "/usr/share/citation-style-language/styles/chicago-fullnote-bibliography.csl";
    private const string ShortStyle = "/usr/share/citation-style-language/styles/chicago-note-bibliography.csl";

    private static readonly CslItem[] Compared =
        [Sources.Pollan, Sources.Keng, Sources.Iaea, Sources.Google, Sources.McDonalds, Sources.Manjoo];

    // Each note cites one source; the second round cites them again after another source, so "subsequent".
    private static readonly (string Inner, CitationPosition Position)[] Notes =
    [
        ("@pollan, 99-100", CitationPosition.First),
        ("@keng, 7", CitationPosition.First),
        ("see @iaea, chap. 2", CitationPosition.First),
        ("@google", CitationPosition.First),
        ("@mcd", CitationPosition.First),
        ("@manjoo", CitationPosition.First),
        ("@pollan, 3", CitationPosition.Subsequent),
        ("@keng, 10", CitationPosition.Subsequent),
        ("@iaea, sec. 4", CitationPosition.Subsequent),
        ("@google", CitationPosition.Subsequent),
    ];

    [PandocFact(Style)]
    public async Task Notes_and_bibliography_match_pandoc()
    {
        AssertReferenceInstalled(Style);
        var lines = await RunPandoc(Style);

        var pandocNotes = lines.Where(l => l.StartsWith('[')).Select(l => l[(l.IndexOf(' ', StringComparison.Ordinal) + 1)..]).ToList();
        var ourNotes = Notes.Select(n => $"N {Citing.Text(n.Inner, n.Position)}.").ToList();
        Assert.Equal(ourNotes, pandocNotes);

        var pandocBibliography = lines.Skip(1).TakeWhile(l => !l.StartsWith('[')).Where(l => l.Length > 0).ToList();
        var ourBibliography = Compared
            .OrderBy(ChicagoStyle.SortKey, StringComparer.OrdinalIgnoreCase)
            .Select(Citing.Bibliography)
            .ToList();
        Assert.Equal(ourBibliography, pandocBibliography);
    }

    [PandocFact(ShortStyle)]
    public async Task Short_notes_match_pandoc_with_the_short_note_style()
    {
        AssertReferenceInstalled(ShortStyle);
        var lines = await RunPandoc(ShortStyle);

        var pandocNotes = lines.Where(l => l.StartsWith('[')).Select(l => l[(l.IndexOf(' ', StringComparison.Ordinal) + 1)..]).ToList();
        var ourNotes = Notes.Select(n => $"N {Citing.ShortText(n.Inner, n.Position)}.").ToList();
        Assert.Equal(ourNotes, pandocNotes);
    }

    /// <summary>On CI the fact runs even without the reference, and fails here saying what to install.</summary>
    private static void AssertReferenceInstalled(string style) =>
        Assert.True(File.Exists(Pandoc) && File.Exists(style),
            $"CI must install the reference: {Pandoc} and {style} (apt-get install pandoc citation-style-language-styles)");

    private static async Task<string[]> RunPandoc(string style)
    {
        var directory = Directory.CreateTempSubdirectory("briefing-pandoc-");
        try
        {
            // JSON is YAML; a .yaml bibliography makes pandoc read fields as Markdown, with smart quotes.
            var references = Path.Combine(directory.FullName, "references.yaml");
            await File.WriteAllTextAsync(references, JsonSerializer.Serialize(new { references = Compared.Select(ToCslJson) }));
            var markdown = new StringBuilder("Text.");
            for (var i = 1; i <= Notes.Length; i++)
            {
                markdown.Append(CultureInfo.InvariantCulture, $"[^{i}]");
            }

            markdown.Append("\n\n");
            for (var i = 0; i < Notes.Length; i++)
            {
                markdown.Append(CultureInfo.InvariantCulture, $"[^{i + 1}]: N [{Notes[i].Inner}].\n");
            }

            var document = Path.Combine(directory.FullName, "notes.md");
            await File.WriteAllTextAsync(document, markdown.ToString());

            var start = new ProcessStartInfo(Pandoc)
            {
                ArgumentList = { "--citeproc", "--bibliography", references, "--csl", style, "-t", "plain", "--wrap=none", document },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var pandoc = Process.Start(start)!;
            var output = pandoc.StandardOutput.ReadToEndAsync();
            var errors = pandoc.StandardError.ReadToEndAsync();
            await pandoc.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
            Assert.True(pandoc.ExitCode == 0, await errors);
            return (await output).Split('\n').Select(l => l.TrimEnd()).ToArray();
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static Dictionary<string, object> ToCslJson(CslItem item)
    {
        var json = new Dictionary<string, object> { ["id"] = item.Id, ["type"] = item.Type };
        void Add(string name, object? value)
        {
            if (value is not null)
            {
                json[name] = value;
            }
        }

        Add("title", item.Title);
        Add("title-short", item.TitleShort);
        Add("container-title", item.ContainerTitle);
        Add("collection-title", item.CollectionTitle);
        Add("author", item.Author.IsEmpty ? null : item.Author.Select(ToCslJson).ToList());
        Add("editor", item.Editor.IsEmpty ? null : item.Editor.Select(ToCslJson).ToList());
        Add("issued", ToCslJson(item.Issued));
        Add("accessed", ToCslJson(item.Accessed));
        Add("publisher", item.Publisher);
        Add("publisher-place", item.PublisherPlace);
        Add("genre", item.Genre);
        Add("number", item.Number);
        Add("volume", item.Volume);
        Add("issue", item.Issue);
        Add("page", item.Page);
        Add("URL", item.Url);
        Add("DOI", item.Doi);
        return json;
    }

    private static Dictionary<string, string> ToCslJson(CslName name)
    {
        var json = new Dictionary<string, string>();
        foreach (var (key, value) in new[] { ("family", name.Family), ("given", name.Given), ("literal", name.Literal) })
        {
            if (value is not null)
            {
                json[key] = value;
            }
        }

        return json;
    }

    private static Dictionary<string, int[][]>? ToCslJson(CslDate? date) => date?.Year is { } year
        ? new Dictionary<string, int[][]> { ["date-parts"] = [[year, .. new[] { date.Month ?? 0, date.Day ?? 0 }.Where(p => p != 0)]] }
        : null;
}
