using Briefing.Csl.Locale;
using Briefing.Csl.Style;

namespace Briefing.Csl.Rendering;

/// <summary>Everything one item's evaluation reads: style, locale, item, cite and disambiguation state.</summary>
internal sealed class RenderContext
{
    public RenderContext(CslStyle style, LocaleChain locale, CslItem item, Layout layout, CiteContext cite, ItemState state)
    {
        Style = style;
        Locale = locale;
        Item = item;
        Layout = layout;
        Cite = cite;
        State = state;
        var language = item.Text.GetValueOrDefault("language");
        IsEnglish = language is null ? locale.IsEnglish : language.StartsWith("en", StringComparison.OrdinalIgnoreCase);
    }

    public CslStyle Style { get; }
    public LocaleChain Locale { get; }
    public CslItem Item { get; }
    public Layout Layout { get; }
    public CiteContext Cite { get; }
    public ItemState State { get; }
    public bool IsEnglish { get; }
    public bool InBibliography { get; init; }

    /// <summary>Set while a sort key renders a macro: names-min, names-use-first, names-use-last override.</summary>
    public SortKey? SortKey { get; init; }

    public bool InSortKey { get; init; }

    /// <summary>Variables already used by a names substitute, which later elements leave out.</summary>
    public HashSet<string> Suppressed { get; } = [];

    /// <summary>The names element whose substitute is being evaluated: its name, et-al and label are inherited.</summary>
    public NamesElement? Substituting { get; set; }

    /// <summary>The year suffix has been written after a year, so it is not written twice.</summary>
    public bool YearSuffixShown { get; set; }

    /// <summary>Variables that rendered, in order: a substitute suppresses them for the rest of the entry.</summary>
    public List<string> Found { get; } = [];

    /// <summary>Where nested elements add their nodes before the few that yield any are copied out.</summary>
    public List<Node> Scratch { get; } = new(16);

    public int VariablesCalled { get; set; }

    public int VariablesFound { get; set; }

    public string? Text(string variable)
    {
        if (Suppressed.Contains(variable))
        {
            return null;
        }
        if (variable == "page-first" && !Item.Text.ContainsKey(variable))
        {
            var page = Text("page");
            return page is null ? null : new string(page.TakeWhile(c => c is not (',' or ';' or '-' or '\u2013')).ToArray()).Trim();
        }
        return Item.Text.GetValueOrDefault(variable);
    }

    public Formatting Adjust(Formatting format) =>
        !IsEnglish && format.TextCase == "title" ? format with { TextCase = null } : format;
}
