namespace Briefing.Loading;

/// <summary>The shared sources, read in the background from the start of a build. Their diagnostics are kept apart until
/// <see cref="Get"/>: when the reading ends never decides what a build does.</summary>
internal sealed class SharedSources
{
    private readonly Task<SourceLibrary> _reading;
    private readonly DiagnosticBag _own = new();
    private readonly DiagnosticBag _build;
    private int _reported;

    /// <summary>Starts reading the sources; their diagnostics go to <paramref name="build"/> at the first <see cref="Get"/>.</summary>
    public SharedSources(string inputFolder, DiagnosticBag build)
    {
        _build = build;
        _reading = Task.Run(() => LoadSources.Run(inputFolder, SourceLibrary.Empty, _own));
    }

    /// <summary>The sources, once read; the first call adds their diagnostics to the build's (before it returns).</summary>
    public SourceLibrary Get()
    {
        var library = _reading.GetAwaiter().GetResult();
        if (Interlocked.Exchange(ref _reported, 1) == 0)
        {
            foreach (var diagnostic in _own.ToSortedArray())
            {
                _build.Add(diagnostic);
            }
        }

        return library;
    }
}
