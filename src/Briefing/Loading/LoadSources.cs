using System.Collections.Immutable;
using Briefing.Content;
using Briefing.Diagnostics;

namespace Briefing.Loading;

/// <summary>
/// Stage: reads sources.json (CSL-JSON, as Zotero exports it) or sources.yml (CSL-YAML, as Pandoc
/// reads it) from the input folder or a briefing folder.
/// </summary>
internal static class LoadSources
{
    public static readonly string[] FileNames = ["sources.json", "sources.yml", "sources.yaml"];

    /// <summary>Tests only: read every CSL-JSON item the thorough way, to hold the direct reader to it.</summary>
    [ThreadStatic]
    internal static bool ThoroughJsonForTests;

    /// <summary>Reads every sources file in <paramref name="folder"/> into <paramref name="into"/>.</summary>
    /// <param name="inputFolder">The input folder no file may link out of; <paramref name="folder"/> when null.</param>
    /// <param name="allowedFolder">Passed on to <see cref="InputBoundary.Allows"/>: <paramref name="folder"/>, when the build has allowed it already.</param>
    public static SourceLibrary Run(string folder, SourceLibrary into, DiagnosticBag diagnostics, string? inputFolder = null, string? allowedFolder = null)
    {
        var sources = into.Sources.ToBuilder();
        var complete = into.Complete;
        foreach (var name in FileNames)
        {
            var path = Path.Combine(folder, name);
            if (!ContentFile.IsPresent(path))
            {
                continue;
            }

            if (!InputBoundary.Allows(inputFolder ?? folder, path, diagnostics, allowedFolder))
            {
                complete = false;
            }
            else
            {
                var (read, readable) = ReadFile(path, diagnostics);
                complete &= readable;
                foreach (var source in read)
                {
                    if (sources.TryGetValue(source.Item.Id, out var existing))
                    {
                        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.DuplicateSource, source.At,
                            $"The source id '{source.Item.Id}' is already defined at {existing.At}.",
                            "Give each source its own id, or remove the copy."));
                        continue;
                    }

                    sources[source.Item.Id] = source;
                }
            }
        }

        return new SourceLibrary(sources.ToImmutable(), complete);
    }

    private static (List<LocatedSource> Sources, bool Readable) ReadFile(string path, DiagnosticBag diagnostics)
    {
        var file = ContentFile.DisplayPath(path);
        var bytes = ContentFile.ReadBytes(path, diagnostics);
        if (bytes is null)
        {
            return ([], false);
        }

        // Each item becomes a source as soon as it is read (a JSON list is never held whole). Its
        // problems are reported only if the whole file reads: a syntax error is the file's one error.
        var result = new List<LocatedSource>();
        var found = new DiagnosticBag();
        void Take(Node item)
        {
            if (item is MappingNode entry && ReadCslItem.Run(entry, found) is { } source)
            {
                result.Add(new LocatedSource(source, entry.At));
            }
            else if (item is not MappingNode)
            {
                found.Add(Diagnostic.Error(DiagnosticCodes.WrongType, item.At,
                    $"Each source must be a set of CSL keys (id, type, title, …), not {item.Describe()}."));
            }
        }

        // Most items have nothing to report: those are read straight into sources.
        bool TakeFast(ref System.Text.Json.Utf8JsonReader reader, SourceLocation at)
        {
            if (FastCslJson.TryRead(ref reader) is not { } source)
            {
                return false;
            }

            result.Add(new LocatedSource(source, at));
            return true;
        }

        Node? root;
        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            // Checked first so that a non-UTF-8 file gets the encoding diagnostic, not a JSON one (Decode
            // says where the bad byte is); a valid file is read straight from its bytes.
            if (!System.Text.Unicode.Utf8.IsValid(bytes) && ContentFile.Decode(bytes, file, diagnostics) is null)
            {
                return ([], false);
            }

            var start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
            root = JsonReader.Read(bytes.AsMemory(start), file, diagnostics, Take, ThoroughJsonForTests ? null : TakeFast);
        }
        else
        {
            var text = ContentFile.Decode(bytes, file, diagnostics);
            root = text is null ? null : YamlReader.Read(text, file, 0, diagnostics);
        }

        if (root is null && bytes.Length > 0)
        {
            return ([], false);
        }

        if (root is not (null or SequenceNode or MappingNode))
        {
            // Not a sources file at all: its ids are unknown, so citing them is not a second error.
            Refuse(root, diagnostics);
            return ([], false);
        }

        var items = root switch
        {
            SequenceNode list => list.Items,
            MappingNode mapping => ReferencesOf(mapping, diagnostics),
            _ => ImmutableArray<Node>.Empty,
        };

        if (items is null)
        {
            // No 'references:' list: as with a file that is not a sources file at all, citing it is not a second error.
            return ([], false);
        }

        foreach (var item in items.Value)
        {
            Take(item);
        }

        foreach (var diagnostic in found.ToSortedArray())
        {
            diagnostics.Add(diagnostic);
        }

        return (result, true);
    }

    private static ImmutableArray<Node>? ReferencesOf(MappingNode mapping, DiagnosticBag diagnostics)
    {
        var reader = new MappingReader(mapping, "the sources file", ["references"], diagnostics);
        return reader.Sequence("references", required: true)?.Items;
    }

    private static void Refuse(Node root, DiagnosticBag diagnostics) =>
        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.WrongType, root.At,
            "A sources file holds a list of CSL items (CSL-JSON) or 'references:' with that list (CSL-YAML)."));
}
