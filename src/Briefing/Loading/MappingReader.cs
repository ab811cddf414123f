namespace Briefing.Loading;

/// <summary>Reads a mapping against its keys: unknown (with "did you mean"), repeated, missing keys and wrong kinds, all located.</summary>
internal sealed class MappingReader
{
    private readonly Dictionary<string, Node> _values;

    // Keys an unknown key was taken for ("tittle" → "title"): their absence is already reported.
    private HashSet<string>? _suggested;
    private readonly DiagnosticBag _diagnostics;

    /// <param name="unlisted">Takes the unknown keys instead of their errors, for a file that may hold keys of other tools.</param>
    public MappingReader(MappingNode node, string what, IReadOnlyCollection<string> knownKeys, DiagnosticBag diagnostics, UnlistedKeys? unlisted = null)
    {
        Node = node;
        What = what;
        Unlisted = unlisted;
        _diagnostics = diagnostics;
        _values = new(node.Entries.Length, StringComparer.Ordinal);
        foreach (var (key, value) in node.Entries)
        {
            var known = knownKeys.Contains(key.Value);
            if (!known && unlisted is not null)
            {
                unlisted.Take(key, what, knownKeys);
            }
            else if (!known)
            {
                var suggestion = Suggestions.Closest(key.Value, knownKeys);
                if (suggestion is not null)
                {
                    (_suggested ??= new(StringComparer.Ordinal)).Add(suggestion);
                }

                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnknownKey, key.At, $"Unknown key '{key.Value}' in {what}.",
                    suggestion is null
                        ? $"Known keys: {string.Join(", ", knownKeys)}."
                        : $"Did you mean '{suggestion}'?"));
            }
            else if (!_values.TryAdd(key.Value, value))
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.DuplicateKey, key.At, $"Key '{key.Value}' appears twice in {what}.",
                    "Keep one of them."));
            }
        }
    }

    public MappingNode Node { get; }

    /// <summary>Where unknown keys go instead of being errors (for the mappings inside this one too); null: errors.</summary>
    public UnlistedKeys? Unlisted { get; }

    public string What { get; }

    public Node? Get(string key) => _values.TryGetValue(key, out var value) && value is not ScalarNode { IsNull: true } ? value : null;

    public ScalarNode? Scalar(string key, bool required = false) => Typed<ScalarNode>(key, required, "a single value");

    public string? String(string key, bool required = false)
    {
        var scalar = Scalar(key, required);
        if (scalar is not null && required && string.IsNullOrWhiteSpace(scalar.Value))
        {
            ReportMissing(key);
            return null;
        }

        return scalar?.Value;
    }

    /// <summary>The value as an absolute http or https URL, trimmed; null when missing or any other URL (reported).</summary>
    /// <param name="name">The key as the message names it: "'url' of the source".</param>
    public string? HttpUrl(string key, string name, bool required = false, string? hint = null)
    {
        var url = Scalar(key, required);
        if (url is null || LoadSite.IsAbsoluteHttpUrl(url.Value))
        {
            return url?.Value.Trim();
        }

        _diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnsafeUrl, url.At,
            $"{name} must be an absolute http or https URL, not '{url.Value}'.", hint));
        return null;
    }

    public bool? Boolean(string key)
    {
        if (Scalar(key) is not { } scalar)
        {
            return null;
        }

        if (scalar.Plain && bool.TryParse(scalar.Value, out var value))
        {
            return value;
        }

        _diagnostics.Add(Diagnostic.Error(DiagnosticCodes.WrongType, scalar.At, $"'{key}' in {What} must be true or false, not '{scalar.Value}'."));
        return null;
    }

    public DateOnly? Date(string key)
    {
        if (Scalar(key) is not { } scalar)
        {
            return null;
        }

        var text = scalar.Value.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        int[] parts = [.. text.Split('-').Select(part => int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1)];
        var hint = parts switch
        {
            [>= 1 and <= 9999 and var year, >= 1 and <= 12 and var month, >= 0] =>
                $"{CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)} {year} has {DateTime.DaysInMonth(year, month)} days.",
            [>= 0, >= 0, >= 0] => "There is no such month; write dates as YYYY-MM-DD.",
            _ => "Write dates as YYYY-MM-DD, for example 2008-06-18.",
        };

        _diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidDate, scalar.At,
            $"'{key}' in {What} is not a valid date: '{text}'.", hint));
        return null;
    }

    public MappingReader? Mapping(string key, IReadOnlyCollection<string> knownKeys, bool required = false) =>
        Typed<MappingNode>(key, required, "a set of keys") is { } map ? new MappingReader(map, $"'{key}'", knownKeys, _diagnostics) : null;

    public SequenceNode? Sequence(string key, bool required = false) => Typed<SequenceNode>(key, required, "a list");

    /// <summary>A list of single values; one value alone counts as a list of one.</summary>
    public IReadOnlyList<ScalarNode> ScalarList(string key)
    {
        if (Get(key) is ScalarNode scalar)
        {
            return [scalar];
        }

        var items = Sequence(key)?.Items ?? [];
        foreach (var item in items.Where(item => item is not ScalarNode { IsNull: false }))
        {
            _diagnostics.Add(Diagnostic.Error(DiagnosticCodes.WrongType, item.At,
                $"Each item of '{key}' in {What} must be a single value, not {item.Describe()}."));
        }

        return [.. items.OfType<ScalarNode>().Where(value => !value.IsNull)];
    }

    private void ReportMissing(string key)
    {
        if (_suggested is not null && _suggested.Contains(key) && !_values.ContainsKey(key))
        {
            return;
        }

        _diagnostics.Add(Diagnostic.Error(DiagnosticCodes.MissingKey, Node.At,
            $"{char.ToUpperInvariant(What[0])}{What[1..]} is missing the required key '{key}'.", $"Add '{key}:' with a value."));
    }

    /// <summary>The value when it is a <typeparamref name="T"/>; a missing required key or a value of another kind is reported.</summary>
    private T? Typed<T>(string key, bool required, string expected)
        where T : Node
    {
        var node = Get(key);
        if (node is null && required)
        {
            ReportMissing(key);
        }
        else if (node is not (null or T))
        {
            _diagnostics.Add(Diagnostic.Error(DiagnosticCodes.WrongType, node.At,
                $"'{key}' in {What} must be {expected}, not {node.Describe()}."));
        }

        return node as T;
    }
}
