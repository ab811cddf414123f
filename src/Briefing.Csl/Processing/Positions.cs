using System.Runtime.InteropServices;
using Briefing.Csl.Rendering;

namespace Briefing.Csl.Processing;

/// <summary>Assigns each cite its position: first, subsequent, ibid or ibid-with-locator, and whether it is near its last note.</summary>
internal static class Positions
{
    private static readonly CiteContext First = new(null, null, Position.First, false, null);

    private readonly record struct LastCite(int Citation, int? Note, int Index, bool Alone, string? Label, string? Locator);

    /// <summary>
    /// What is known of one cited id: its first note, and its last cite in notes (flow 0) or in the main text (flow 1,
    /// note 0), which follow each other separately for ibid: a cite in one flow starts the other afresh.
    /// </summary>
    private struct Cited
    {
        private LastCite? _last;
        private int _flow;

        public int FirstNote { get; set; }

        public readonly LastCite? Last(int flow) => _flow == flow ? _last : null;

        public void Cite(int flow, LastCite last) => (_last, _flow) = (last, flow);
    }

    public static List<CiteContext[]> Assign(IReadOnlyList<CslCitation> citations, int nearNoteDistance)
    {
        var byId = new Dictionary<string, Cited>(citations.Count, StringComparer.Ordinal);
        var groups = new int[2];
        // Each note's first cited id, and whether it cites another.
        var notes = new Dictionary<int, (string First, bool More)>(citations.Count);
        var result = new List<CiteContext[]>(citations.Count);
        for (var c = 0; c < citations.Count; c++)
        {
            var citation = citations[c];
            var flow = citation.NoteNumber == 0 ? 1 : 0;
            var group = ++groups[flow];
            var note = citation.NoteNumber ?? group;
            var alone = citation.Cites.Count == 1;
            var contexts = new CiteContext[citation.Cites.Count];
            for (var k = 0; k < citation.Cites.Count; k++)
            {
                var cite = citation.Cites[k];
                ref var cited = ref CollectionsMarshal.GetValueRefOrAddDefault(byId, cite.Id, out var known);
                if (!known)
                {
                    cited.FirstNote = note;
                }
                var previous = cited.Last(flow) ?? (cited.Last(1 - flow) is { } elsewhere ? elsewhere with { Citation = -1 } : null);
                contexts[k] = previous is not { } last ? (cite is { Locator: null, Label: null } ? First : new CiteContext(cite.Locator, cite.Label, Position.First, false, null))
                    : Subsequent(cite, last, group, citation.NoteNumber, k + 1, notes, nearNoteDistance, cited.FirstNote);
                if (citation.NoteNumber is { } n && (!notes.TryGetValue(n, out var ids) || !ids.More && ids.First != cite.Id))
                {
                    notes[n] = ids.First is null ? (cite.Id, false) : (ids.First, true);
                }
                if (!cite.AuthorOnly)
                {
                    cited.Cite(flow, new LastCite(group, citation.NoteNumber, k + 1, alone, cite.Label, cite.Locator));
                }
            }
            result.Add(contexts);
        }
        return result;
    }

    private static CiteContext Subsequent(CslCite cite, in LastCite previous, int group, int? noteNumber, int index,
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
