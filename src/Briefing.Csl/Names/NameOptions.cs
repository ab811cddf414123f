using Briefing.Csl.Rendering;

namespace Briefing.Csl.Names;

/// <summary>A name element's options after inheritance from style, citation or bibliography.</summary>
internal sealed class NameOptions
{
    private readonly IReadOnlyDictionary<string, string> _inherited;
    private readonly IReadOnlyDictionary<string, string>? _own;

    public NameOptions(IReadOnlyDictionary<string, string> inherited, IReadOnlyDictionary<string, string>? own)
    {
        _inherited = inherited;
        _own = own;
        // Read for every name: looked up once.
        Form = this["form"] ?? "long";
        Delimiter = this["delimiter"] ?? ", ";
        SortSeparator = this["sort-separator"] ?? ", ";
        InitializeWith = this["initialize-with"];
        Initialize = this["initialize"] != "false";
        NameAsSortOrder = this["name-as-sort-order"];
    }

    /// <summary>The name element's own option, else the inherited one.</summary>
    public string? this[string key] => _own is not null && _own.TryGetValue(key, out var value) ? value : _inherited.GetValueOrDefault(key);

    public string Form { get; }

    public string Delimiter { get; }

    public string SortSeparator { get; }

    public string? InitializeWith { get; }

    public bool Initialize { get; }

    public string? NameAsSortOrder { get; }

    public int? Int(string key) => int.TryParse(this[key], out var value) ? value : null;

    /// <summary>et-al-min and et-al-use-first, or their subsequent forms for a subsequent cite.</summary>
    public (int? Min, int? UseFirst) EtAl(RenderContext ctx)
    {
        var subsequent = !ctx.InBibliography && ctx.Cite.Position != Position.First;
        var min = (subsequent ? Int("et-al-subsequent-min") : null) ?? Int("et-al-min");
        var useFirst = (subsequent ? Int("et-al-subsequent-use-first") : null) ?? Int("et-al-use-first");
        if (ctx.SortKey is { } key)
        {
            min = key.NamesMin ?? min;
            useFirst = key.NamesUseFirst ?? useFirst;
        }
        return (min, useFirst);
    }

    public bool EtAlUseLast(RenderContext ctx) => ctx.SortKey?.NamesUseLast ?? this["et-al-use-last"] == "true";
}
