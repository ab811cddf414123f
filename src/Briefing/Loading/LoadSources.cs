namespace Briefing.Loading;

/// <summary>Stage: reads sources.json (CSL-JSON, as Zotero exports it) or sources.yml (CSL-YAML, as Pandoc reads it).</summary>
internal static class LoadSources
{
    public static readonly string[] FileNames = ["sources.json", "sources.yml", "sources.yaml"];

    /// <summary>Reads every sources file in <paramref name="folder"/> into <paramref name="into"/>.</summary>
    public static SourceLibrary Run(string folder, SourceLibrary into, DiagnosticBag diagnostics) =>
        Add(into, FileNames.Select(name => Path.Combine(folder, name)).Where(ContentFile.IsPresent)
            .Select(path => (path, InputBoundary.ReadBytes(folder, path, diagnostics))), diagnostics);

    /// <summary>The shared sources, read in the background from the start of a build. Their diagnostics are kept apart until the
    /// first Value adds them to <paramref name="build"/>'s: when the reading ends never decides what a build does.</summary>
    public static Lazy<SourceLibrary> InBackground(string inputFolder, DiagnosticBag build)
    {
        var own = new DiagnosticBag();
        var reading = Task.Run(() => Run(inputFolder, SourceLibrary.Empty, own));
        return new(() =>
        {
            var library = reading.GetAwaiter().GetResult();
            build.AddRange(own);
            return library;
        });
    }

    /// <summary>Reads a briefing's own sources files, from the bytes the build read once, into <paramref name="into"/>.</summary>
    public static SourceLibrary Run(BriefingFiles files, SourceLibrary into, DiagnosticBag diagnostics) =>
        Add(into, FileNames.Where(files.Has).Select(name => (files.PathOf(name), files.Bytes(name))), diagnostics);

    /// <summary>Each file's sources added in turn; a file that was refused (null) or did not read leaves the library incomplete.</summary>
    private static SourceLibrary Add(SourceLibrary into, IEnumerable<(string Path, byte[]? Bytes)> files, DiagnosticBag diagnostics)
    {
        var sources = into.Sources.ToBuilder();
        var complete = into.Complete;
        foreach (var (path, bytes) in files)
        {
            if (bytes is null || ReadFile(path, bytes, diagnostics) is not { } read)
            {
                complete = false;
                continue;
            }

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

        return new SourceLibrary(sources.ToImmutable(), complete);
    }

    /// <summary>The file's sources; null when it did not read or holds no list of sources (citing its ids is then no second error).</summary>
    private static List<LocatedSource>? ReadFile(string path, byte[] bytes, DiagnosticBag diagnostics)
    {
        // Each item becomes a source as soon as it is read; its problems count only if the whole file reads.
        var file = ContentFile.DisplayPath(path);
        var (sources, found) = (new List<LocatedSource>(), new DiagnosticBag());
        void Take(Node item)
        {
            if (item is not MappingNode entry)
            {
                found.Add(Diagnostic.Error(DiagnosticCodes.WrongType, item.At,
                    $"Each source must be a set of CSL keys (id, type, title, …), not {item.Describe()}."));
            }
            else if (ReadCslItem.Run(entry, found) is { } source)
            {
                sources.Add(source);
            }
        }

        var json = path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
        // A JSON file not UTF-8 gets the encoding diagnostic (Decode says where), not a JSON one.
        var root = json
            ? (ContentFile.IsUtf8(bytes, file, diagnostics, out _) ? JsonReader.Read(bytes, file, diagnostics, Take) : null)
            : (ContentFile.Decode(bytes, file, diagnostics) is { } text ? YamlReader.Read(text, file, 0, diagnostics) : null);
        // A JSON file that gives no root did not read (and said why); an empty YAML file holds no sources.
        var items = root is not null ? ItemsOf(root, diagnostics) : json || bytes.Length > 0 ? null : [];
        if (items is null)
        {
            return null;
        }

        foreach (var item in items.Value)
        {
            Take(item);
        }

        diagnostics.AddRange(found);
        return sources;
    }

    /// <summary>The items of a sources file; null, reported, when it holds no list of them.</summary>
    private static ImmutableArray<Node>? ItemsOf(Node root, DiagnosticBag diagnostics)
    {
        switch (root)
        {
            case SequenceNode list:
                return list.Items;
            case MappingNode mapping:
                var file = new MappingReader(mapping, "the sources file", ["references"], diagnostics);
                return file.Sequence("references", required: true)?.Items;
            default:
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.WrongType, root.At,
                    "A sources file holds a list of CSL items (CSL-JSON) or 'references:' with that list (CSL-YAML)."));
                return null;
        }
    }
}
