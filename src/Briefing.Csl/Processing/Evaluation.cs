using Briefing.Csl.Locale;
using Briefing.Csl.Output;
using Briefing.Csl.Rendering;

namespace Briefing.Csl.Processing;

/// <summary>
/// An item's evaluation for one cite, and what is made of it once: its rendering, what a stage finds in it,
/// its bibliography entry (plain or with the author substituted). Kept evaluations serve every later run.
/// </summary>
internal sealed class Evaluation(Node node)
{
    private Inline? _rendered;
    private object? _derived;
    // Replaced whole, never written in part, as runs on other threads may read them meanwhile.
    private Written? _entry;
    private Substitution? _substituted;
    private Evaluation? _capitalized;

    public Node Node { get; } = node;

    public Inline Rendered(LocaleChain locale) => _rendered ??= Renderer.Render(Node, locale);

    /// <summary>The output with a leading term capitalized, as at the start of a note (rendered in the locale of this evaluation).</summary>
    public Evaluation Capitalized(LocaleChain locale) =>
        _capitalized ??= new Evaluation(NodeEdit.CapitalizeLeadingTerm(Node, n => Renderer.IsBlank(n, locale)));

    /// <summary>What is found from the evaluation once (by <paramref name="find"/>, the same for every caller).</summary>
    public T Derived<T, TState>(TState state, Func<Evaluation, TState, T> find)
        where T : class
    {
        if (_derived is T found)
        {
            return found;
        }

        var made = find(this, state);
        _derived = made;
        return made;
    }

    /// <summary>The bibliography entry's output text in a format (compared by value).</summary>
    public string Entry(object format, Func<Evaluation, string> make)
    {
        if (_entry is { } entry && (ReferenceEquals(entry.Format, format) || entry.Format.Equals(format)))
        {
            return entry.Text;
        }

        var text = make(this);
        _entry = new Written(format, text);
        return text;
    }

    /// <summary>The entry with its leading names replaced by the substitute (made by <paramref name="substitute"/>).</summary>
    public Evaluation Substituted(string text, Func<Node, Node> substitute)
    {
        if (_substituted is { } kept && kept.Substitute == text)
        {
            return kept.Entry;
        }

        var made = new Evaluation(substitute(Node));
        _substituted = new Substitution(text, made);
        return made;
    }

    private sealed record Written(object Format, string Text);

    private sealed record Substitution(string Substitute, Evaluation Entry);
}
