namespace Briefing.Content;

/// <summary>A republished article: its attribution (front matter) and its body exactly as written in the file.</summary>
internal sealed record Article(string Slug, string File, Attribution Attribution, string Body, int BodyFirstLine)
{
    /// <summary>Where a character offset of <see cref="Body"/> is in the file.</summary>
    public SourceLocation Locate(int offset)
    {
        var end = Math.Min(offset, Body.Length);
        var before = Body.AsSpan(0, Math.Max(0, end));
        return new SourceLocation(File, BodyFirstLine + before.Count('\n'), end - before.LastIndexOf('\n'));
    }
}

internal sealed record Attribution
{
    public required string Title { get; init; }
    public string? Kicker { get; init; }
    public ImmutableArray<Author> Authors { get; init; } = [];
    public string? Publisher { get; init; }
    public DateOnly? Published { get; init; }
    public DateOnly? Updated { get; init; }
    public required OriginalSource Source { get; init; }
    public required Copyright Copyright { get; init; }
    public ImmutableArray<string> Topics { get; init; } = [];
    public string? Summary { get; init; }

    /// <summary>The date the index and feeds sort by: the original's last update, else its publication.</summary>
    public DateOnly? Date => Updated ?? Published;
}

internal sealed record Author(string Name, string? Role);

internal sealed record OriginalSource(string Url, string Label, bool Excerpt);

/// <summary>The rights holder's terms; without a notice of its own, the Notice is the licence's statement.</summary>
internal sealed record Copyright(string Notice, string? Permission, string? Holder, int? Year)
{
    public License? License { get; init; }

    /// <summary>Whether the notice is the rights holder's own words, not the licence's statement.</summary>
    public bool HasOwnNotice => License is null || Notice != License.Statement;
}
