using Briefing.Csl.Rendering;

namespace Briefing.Csl.Processing;

/// <summary>Assigns each cite its position: first, subsequent, ibid or ibid-with-locator, and whether it is near its last note.</summary>
internal static class Positions
{
    private sealed record LastCite(int Citation, int? Note, int Index, bool Alone, string? Label, string? Locator);

    public static List<List<CiteContext>> Assign(IReadOnlyList<CslCitation> citations, int nearNoteDistance)
    {
        // Citations in the main text (note 0) and in notes follow each other separately for ibid.
        var last = new Dictionary<(bool, string), LastCite>();
        var groups = new Dictionary<bool, int>();
        var notes = new Dictionary<int, HashSet<string>>();
        var firstNote = new Dictionary<string, int>();
        var result = new List<List<CiteContext>>();
        for (var c = 0; c < citations.Count; c++)
        {
            var citation = citations[c];
            var inText = citation.NoteNumber == 0;
            var group = groups[inText] = groups.GetValueOrDefault(inText) + 1;
            var note = citation.NoteNumber ?? group;
            var alone = citation.Cites.Count == 1;
            var contexts = new List<CiteContext>();
            for (var k = 0; k < citation.Cites.Count; k++)
            {
                var cite = citation.Cites[k];
                var seen = last.TryGetValue((inText, cite.Id), out var previous) || last.TryGetValue((!inText, cite.Id), out previous);
                if (seen && !last.ContainsKey((inText, cite.Id)))
                {
                    previous = previous! with { Citation = -1 };
                }
                var context = seen
                    ? Subsequent(cite, previous!, group, citation.NoteNumber, k + 1, notes, nearNoteDistance)
                    : new CiteContext(cite.Locator, cite.Label, Position.First, false, null);
                if (citation.NoteNumber is { } n)
                {
                    (notes.TryGetValue(n, out var ids) ? ids : notes[n] = []).Add(cite.Id);
                }
                if (!firstNote.ContainsKey(cite.Id))
                {
                    firstNote[cite.Id] = note;
                }
                contexts.Add(context with { FirstNoteNumber = context.Position == Position.First ? null : firstNote[cite.Id] });
                if (!cite.AuthorOnly)
                {
                    last[(inText, cite.Id)] = new LastCite(group, citation.NoteNumber, k + 1, alone, cite.Label, cite.Locator);
                    last.Remove((!inText, cite.Id));
                }
            }
            result.Add(contexts);
        }
        return result;
    }

    private static CiteContext Subsequent(CslCite cite, LastCite previous, int group, int? noteNumber, int index,
        Dictionary<int, HashSet<string>> notes, int nearNoteDistance)
    {
        var note = noteNumber ?? group;
        var previousNote = previous.Note ?? previous.Citation;
        var aloneInNote = !notes.TryGetValue(previousNote, out var ids) || ids.Count <= 1;
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
        return new CiteContext(cite.Locator, cite.Label, position, near, null);
    }
}
