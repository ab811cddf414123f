namespace Briefing.Csl.Tests;

/// <summary>A fixture of the CSL test suite: named sections between >>== NAME ==>> and <<== NAME ==<< lines.</summary>
internal sealed class FixtureFile
{
    private readonly Dictionary<string, string> _sections;

    private FixtureFile(string name, Dictionary<string, string> sections)
    {
        Name = name;
        _sections = sections;
    }

    public string Name { get; }

    public string Mode => Section("mode")?.Trim() ?? "";

    public string Result => Section("result") ?? "";

    public string Csl => Section("csl") ?? "";

    public string Input => Section("input") ?? "[]";

    public string? CitationItems => Section("citation-items");

    public string? Citations => Section("citations");

    public string? Section(string name) => _sections.GetValueOrDefault(name);

    public static string Directory => Environment.GetEnvironmentVariable("CSL_FIXTURES") ?? Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static IEnumerable<string> Names() =>
        System.IO.Directory.GetFiles(Directory, "*.txt").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal);

    public static FixtureFile Load(string name)
    {
        var sections = new Dictionary<string, string>();
        string? current = null;
        var buffer = new List<string>();
        foreach (var line in File.ReadAllLines(Path.Combine(Directory, name + ".txt")))
        {
            if (current is null && line.StartsWith(">>==", StringComparison.Ordinal))
            {
                current = new string(line.Where(c => char.IsLetter(c) || c == '-').ToArray()).ToLowerInvariant();
                buffer.Clear();
            }
            else if (current is not null && line.StartsWith("<<==", StringComparison.Ordinal))
            {
                sections[current] = string.Join("\n", buffer);
                current = null;
            }
            else if (current is not null)
            {
                buffer.Add(line);
            }
        }
        return new FixtureFile(name, sections);
    }
}
