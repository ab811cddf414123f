namespace Briefing.Loading;

/// <summary>
/// The sources in input/ that every briefing shares, read in the background from the start of a build.
/// A rebuild asks for them only when it builds a briefing again, so that reading them (the largest
/// single piece of a rebuild's start) runs beside its look at the 12,000 stamps. Their diagnostics are
/// kept apart until <see cref="Get"/>: whether the reading has finished never decides what a build does.
/// </summary>
internal sealed class SharedSources
{
    private readonly Task<SourceLibrary> _reading;
    private readonly DiagnosticBag _own = new();
    private readonly DiagnosticBag _build;
    private int _reported;

    private SharedSources(string inputFolder, DiagnosticBag build)
    {
        _build = build;
        _reading = Task.Run(() => LoadSources.Run(inputFolder, SourceLibrary.Empty, _own));
    }

    /// <summary>Starts reading the shared sources of <paramref name="inputFolder"/>; their diagnostics go to <paramref name="build"/> at the first <see cref="Get"/>.</summary>
    public static SharedSources Read(string inputFolder, DiagnosticBag build) => new(inputFolder, build);

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
