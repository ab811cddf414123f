namespace Briefing.Loading;

/// <summary>Stage: reads briefings/&lt;slug&gt;/annotations.yml. A briefing without the file has no notes.</summary>
internal static class LoadAnnotations
{
    private static readonly string[] Keys = ["id", "quote", "prefix", "suffix", "note"];
    private static readonly System.Buffers.SearchValues<char> IdCharacters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-");

    public static ImmutableArray<Annotation> Run(BriefingFiles files, DiagnosticBag diagnostics)
    {
        var file = ContentFile.DisplayPath(files.PathOf("annotations.yml"));
        if (files.Text("annotations.yml", diagnostics) is not { } text
            || YamlReader.ReadMapping(text, file, 0, diagnostics, DiagnosticCodes.WrongType,
                "annotations.yml must start with 'annotations:' followed by a list of annotations.", emptyAllowed: true) is not { } mapping)
        {
            return [];
        }

        var list = new MappingReader(mapping, "annotations.yml", ["annotations"], diagnostics).Sequence("annotations");
        return list is null ? [] : ReadList(list, diagnostics);
    }

    /// <summary>The annotations of the list, each a set of keys with an id of its own.</summary>
    private static ImmutableArray<Annotation> ReadList(SequenceNode list, DiagnosticBag diagnostics)
    {
        var annotations = ImmutableArray.CreateBuilder<Annotation>();
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var item in list.Items)
        {
            if (item is not MappingNode entry)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.WrongType, item.At,
                    $"Each annotation must be a set of keys (id, quote, note), not {item.Describe()}."));
                continue;
            }

            if (Read(new MappingReader(entry, "the annotation", Keys, diagnostics), diagnostics) is not { } annotation)
            {
                continue;
            }

            if (seen.TryGetValue(annotation.Id, out var first))
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.DuplicateId, annotation.At,
                    $"The annotation id '{annotation.Id}' is already used at line {first.Line}.",
                    "Give each annotation its own id."));
                continue;
            }

            seen[annotation.Id] = annotation.At;
            annotations.Add(annotation);
        }

        return annotations.ToImmutable();
    }

    private static Annotation? Read(MappingReader entry, DiagnosticBag diagnostics)
    {
        var id = entry.Scalar("id", required: true);
        var quote = entry.Scalar("quote", required: true);
        var note = entry.Scalar("note", required: true);
        var prefix = entry.String("prefix");
        var suffix = entry.String("suffix");
        if (id is not null && !IsValidId(id.Value))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidId, id.At,
                $"The annotation id '{id.Value}' may use only lower-case letters, digits and hyphens.",
                "For example: first-nuclear-test."));
        }

        if (quote is not null && string.IsNullOrWhiteSpace(quote.Value))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.QuoteEmpty, quote.At, "The quote is empty.",
                "Copy the passage the note is about from the article into 'quote:'."));
        }

        if (note is not null && string.IsNullOrWhiteSpace(note.Value))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.EmptyNote, note.At, "The note is empty.", "Write the editor's note in 'note:'."));
        }

        return id is not null && IsValidId(id.Value) && !string.IsNullOrWhiteSpace(quote?.Value) && !string.IsNullOrWhiteSpace(note?.Value)
            ? new Annotation(id.Value, quote.Value, prefix, suffix, note.Value, entry.Node.At, quote.At, note.At)
            : null;
    }

    public static bool IsValidId(string id) => id.Length is > 0 and <= 100 && !id.AsSpan().ContainsAnyExcept(IdCharacters);
}
