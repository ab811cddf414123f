using Briefing.Csl.Rendering;

namespace Briefing.Csl.Processing;

/// <summary>Assigns each cite its position: first, subsequent, ibid or ibid-with-locator, and whether it is near its last note.</summary>
internal static class Positions
{
    private static readonly CiteContext First = new(null, null, Position.First, false, null);

    private sealed record LastCite(int Citation, int? Note, int Index, bool Alone, string? Label, string? Locator);

    public static List<CiteContext[]> Assign(IReadOnlyList<CslCitation> citations, int nearNoteDistance)
    {
        // Citations in the main text (note 0) and in notes follow each other separately for ibid: [0] notes, [1] main text.
        Dictionary<string, LastCite>[] last = [new(StringComparer.Ordinal), new(StringComparer.Ordinal)];
        var groups = new int[2];
        // Each note's first cited id, and whether it cites another.
        var notes = new Dictionary<int, (string First, bool More)>();
        var firstNote = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new List<CiteContext[]>(citations.Count);
        for (var c = 0; c < citations.Count; c++)
        {
            var citation = citations[c];
            var (here, other) = citation.NoteNumber == 0 ? (last[1], last[0]) : (last[0], last[1]);
            var group = ++groups[citation.NoteNumber == 0 ? 1 : 0];
            var note = citation.NoteNumber ?? group;
            var alone = citation.Cites.Count == 1;
            var contexts = new CiteContext[citation.Cites.Count];
            for (var k = 0; k < citation.Cites.Count; k++)
            {
                var cite = citation.Cites[k];
                var previous = here.GetValueOrDefault(cite.Id) ?? (other.TryGetValue(cite.Id, out var elsewhere) ? elsewhere with { Citation = -1 } : null);
                var first = firstNote.TryAdd(cite.Id, note) ? note : firstNote[cite.Id];
                contexts[k] = previous is null ? (cite is { Locator: null, Label: null } ? First : new CiteContext(cite.Locator, cite.Label, Position.First, false, null))
                    : Subsequent(cite, previous, group, citation.NoteNumber, k + 1, notes, nearNoteDistance, first);
                if (citation.NoteNumber is { } n && (!notes.TryGetValue(n, out var ids) || !ids.More && ids.First != cite.Id))
                {
                    notes[n] = ids.First is null ? (cite.Id, false) : (ids.First, true);
                }
                if (!cite.AuthorOnly)
                {
                    here[cite.Id] = new LastCite(group, citation.NoteNumber, k + 1, alone, cite.Label, cite.Locator);
                    other.Remove(cite.Id);
                }
            }
            result.Add(contexts);
        }
        return result;
    }

    private static CiteContext Subsequent(CslCite cite, LastCite previous, int group, int? noteNumber, int index,
        Dictionary<int, (string First, bool More)> notes, int nearNoteDistance, int firstNote)
    {
        var note = noteNumber ?? group;
        var previousNote = previous.Note ?? previous.Citation;
        var aloneInNote = !notes.TryGetValue(previousNote, out var ids) || !ids.More;
        var near = note - previousNote <= nearNoteDistance;
        var adjacent = (group == previous.Citation && index == previous.Index + 1)
            || (group == previous.Citation + 1 && (noteNumber is null || previous.Note is null || noteNumber - previous.Note <= 1)
                && index == 1 && previous.Alone && aloneInNote);
        var position = !adjacent ? Position.Subsequent : (previous.Locator, cite.Locator) switch
        {
            (null, null) => Position.Ibid,
            (null, _) => Position.IbidWithLocator,
            (_, null) => Position.Subsequent,
            var (a, b) when a == b && cite.Label == previous.Label => Position.Ibid,
            _ => Position.IbidWithLocator,
        };
        return new CiteContext(cite.Locator, cite.Label, position, near, firstNote);
    }
}
