namespace Briefing.Tests.Support;

/// <summary>A spec case file: sections headed "=== name", each the lines up to the next heading.</summary>
internal sealed class SpecFile
{
    private readonly Dictionary<string, List<string>> _sections = new(StringComparer.Ordinal);

    public SpecFile(string path)
    {
        List<string>? current = null;
        foreach (var line in File.ReadAllLines(path))
        {
            if (line.StartsWith("=== ", StringComparison.Ordinal))
            {
                _sections[line[4..].Trim()] = current = [];
            }
            else
            {
                current?.Add(line);
            }
        }
    }

    public bool Has(string name) => _sections.ContainsKey(name);

    /// <summary>The section's text without blank lines around it, ending in one newline; null when there is none.</summary>
    public string? Section(string name) => _sections.TryGetValue(name, out var lines) ? string.Join('\n', lines).Trim('\n') + "\n" : null;

    /// <summary>The section's lines that are not blank; null when there is none.</summary>
    public List<string>? Lines(string name) => _sections.TryGetValue(name, out var lines) ? [.. lines.Where(l => l.Trim().Length > 0)] : null;
}
