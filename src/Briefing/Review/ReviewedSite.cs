using Briefing.Anchoring;

namespace Briefing.Review;

/// <summary>One side of a review: every briefing of an input folder as the build reads it.</summary>
/// <param name="Label">What the reviewer calls this side: a git ref or a folder.</param>
/// <param name="Root">The folder a git ref was unpacked into: its files are shown as "REF:path".</param>
internal sealed record ReviewedSite(
    string Label, ImmutableSortedDictionary<string, ReviewedBriefing> Briefings, SourceLibrary SharedSources, string? Root)
{
    /// <summary>A location as the reviewer reads it: "file:line", the file named in the ref when it was unpacked.</summary>
    public string Display(SourceLocation at)
    {
        var file = at.File;
        if (Root is not null && Path.GetFullPath(file) is var full && full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            file = Label + ":" + Path.GetRelativePath(Root, full).Replace('\\', '/');
        }

        return at.Line > 0 ? $"{file}:{at.Line}" : file;
    }
}

/// <summary>A briefing as the build reads it: its article (null when it could not be read), its notes and its sources.</summary>
internal sealed record ReviewedBriefing(Article? Article, ImmutableArray<ReviewedNote> Notes, SourceLibrary Sources);

/// <summary>An annotation, where its quote anchors (null if it does not), why not ("CODE: message"), and the sources it cites.</summary>
internal sealed record ReviewedNote(Annotation Annotation, Anchor? Anchor, string? Problem, ImmutableArray<string> Cites);
