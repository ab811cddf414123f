namespace Briefing.Loading;

/// <summary>The shared sources, read in the background from the start of a build. Their diagnostics are kept apart until
/// <see cref="Get"/>: when the reading ends never decides what a build does.</summary>
internal sealed class SharedSources
{
    private readonly Lazy<SourceLibrary> _library;

    /// <summary>Starts reading the sources; their diagnostics go to <paramref name="build"/> at the first <see cref="Get"/>.</summary>
    public SharedSources(string inputFolder, DiagnosticBag build)
    {
        var own = new DiagnosticBag();
        var reading = Task.Run(() => LoadSources.Run(inputFolder, SourceLibrary.Empty, own));
        _library = new(() =>
        {
            var library = reading.GetAwaiter().GetResult();
            foreach (var diagnostic in own.ToSortedArray())
            {
                build.Add(diagnostic);
            }

            return library;
        });
    }

    /// <summary>The sources, once read; the first call adds their diagnostics to the build's (before any call returns).</summary>
    public SourceLibrary Get() => _library.Value;
}
