using System.IO.Hashing;
using System.Runtime.InteropServices;
using Briefing.Csl;

namespace Briefing.CitationFormatting;

/// <summary>The key of a formatting kept in the citation memo: a hash of everything it reads (a source whole, as its CSL-JSON).</summary>
internal sealed class MemoKey
{
    private readonly XxHash128 _hash = new();

    private MemoKey(string kind) => Add(kind);

    /// <summary>The key of a briefing's citations: each one's note and place in it, and its sources and cites.</summary>
    public static UInt128 Of(IReadOnlyList<NoteCitation> citations)
    {
        var key = new MemoKey("notes").Add(citations.Count);
        foreach (var citation in citations)
        {
            key.Add(citation.Note).Add((citation.BeginsNote ? 1 : 0) + (citation.PunctuationFollows ? 2 : 0)).Add(citation.Cites.Count);
            foreach (var (item, cite) in citation.Cites)
            {
                key.Add(item.Id).Add(item.Json).Add(cite.Id).Add(cite.Locator).Add(cite.Label).Add(cite.Prefix).Add(cite.Suffix)
                    .Add((cite.SuppressAuthor ? 1 : 0) + (cite.AuthorOnly ? 2 : 0));
            }
        }

        return key.Value;
    }

    /// <summary>The key of a bibliography of sources.</summary>
    public static UInt128 Of(IReadOnlyList<Content.CslItem> sources)
    {
        var key = new MemoKey("bibliography").Add(sources.Count);
        foreach (var source in sources)
        {
            key.Add(source.Id).Add(source.Json);
        }

        return key.Value;
    }

    /// <summary>The key of a work's reference.</summary>
    public static UInt128 Of(Layout.ReferenceWork work)
    {
        var key = new MemoKey("reference").Add(work.Variables.Count);
        foreach (var (variable, value) in work.Variables)
        {
            key.Add(variable).Add(value);
        }

        key.Add(work.Authors.Length);
        foreach (var author in work.Authors)
        {
            key.Add(author.Family).Add(author.Given).Add(author.Literal);
        }

        return key.Add(work.Issued?.DayNumber ?? -1).Value;
    }

    private UInt128 Value => _hash.GetCurrentHashAsUInt128();

    private MemoKey Add(string? text)
    {
        Add(text?.Length ?? -1);
        _hash.Append(MemoryMarshal.AsBytes((text ?? "").AsSpan()));
        return this;
    }

    private MemoKey Add(int number)
    {
        _hash.Append(MemoryMarshal.AsBytes(new ReadOnlySpan<int>(in number)));
        return this;
    }
}
