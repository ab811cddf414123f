using Briefing.Csl.Rendering;

namespace Briefing.Csl.Processing;

/// <summary>Assigns each cite its position: first, subsequent, ibid or ibid-with-locator, and whether it is near its last note.</summary>
internal static class Positions
{
    public static List<List<CiteContext>> Assign(IReadOnlyList<CslCitation> citations, int nearNoteDistance)
    {
        var lastNote = new Dictionary<string, int>();
        var firstNote = new Dictionary<string, int>();
        var result = new List<List<CiteContext>>();
        CslCitation? previous = null;
        for (var c = 0; c < citations.Count; c++)
        {
            var citation = citations[c];
            var note = citation.NoteNumber is { } n && n > 0 ? n : c + 1;
            var contexts = new List<CiteContext>();
            for (var k = 0; k < citation.Cites.Count; k++)
            {
                var cite = citation.Cites[k];
                var position = Rendering.Position.First;
                var near = false;
                if (lastNote.TryGetValue(cite.Id, out var last))
                {
                    var before = k > 0 ? citation.Cites[k - 1]
                        : previous is { Cites.Count: 1 } ? previous.Cites[0] : null;
                    position = before is not null && before.Id == cite.Id ? Ibid(before, cite) : Rendering.Position.Subsequent;
                    near = note - last <= nearNoteDistance;
                }
                else
                {
                    firstNote[cite.Id] = note;
                }
                contexts.Add(new CiteContext(cite.Locator, cite.Label, position, near,
                    position == Rendering.Position.First ? null : firstNote[cite.Id]));
                lastNote[cite.Id] = note;
            }
            result.Add(contexts);
            previous = citation;
        }
        return result;
    }

    private static Rendering.Position Ibid(CslCite before, CslCite cite)
    {
        if (cite.Locator is null)
        {
            return before.Locator is null ? Rendering.Position.Ibid : Rendering.Position.Subsequent;
        }
        return before.Locator == cite.Locator && before.Label == cite.Label ? Rendering.Position.Ibid : Rendering.Position.IbidWithLocator;
    }
}
