using System.Runtime.CompilerServices;

namespace Briefing.CitationFormatting;

/// <summary>
/// The note forms made of one cite's formatted text, kept with it: the processor keeps that text for every later briefing,
/// so each form is made once.
/// </summary>
internal sealed class NoteForms
{
    private static readonly ConditionalWeakTable<string, NoteForms> Linked = new();
    private static readonly ConditionalWeakTable<string, NoteForms> Unlinked = new();

    private readonly Content.CslItem? _item;
    private readonly string?[] _forms = new string?[5];

    private NoteForms(Content.CslItem? item) => _item = item;

    /// <summary>The forms of a cite's text linked to the item's entry (or not linked, where null).</summary>
    public static NoteForms Of(string formatted, Content.CslItem? item)
    {
        var kept = item is null ? Unlinked : Linked;
        return kept.TryGetValue(formatted, out var forms) && ReferenceEquals(forms._item, item) ? forms : Made(kept, formatted, item);
    }

    /// <summary>The citation's form: its place in the note, and where it opens the note, what follows it and whether it has a prefix.</summary>
    public ref string? Form(NoteCitation citation) =>
        ref _forms[citation.BeginsNote ? 1 + (citation.PunctuationFollows ? 1 : 0) + (citation.Cites[0].Cite.Prefix is null ? 2 : 0) : 0];

    // A text kept for another item (the same text made for two) gets forms that are not kept.
    private static NoteForms Made(ConditionalWeakTable<string, NoteForms> kept, string formatted, Content.CslItem? item) =>
        kept.GetValue(formatted, _ => new NoteForms(item)) is var forms && ReferenceEquals(forms._item, item) ? forms : new NoteForms(item);
}
