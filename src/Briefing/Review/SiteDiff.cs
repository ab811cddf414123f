using System.Text.Encodings.Web;
using System.Text.Json.Serialization;

namespace Briefing.Review;

/// <summary>The editorial change between two sides, in the reader's terms (what `briefing diff` reports).</summary>
internal sealed record SiteDiff(string Base, string Head, ImmutableArray<BriefingDiff> Briefings, ImmutableArray<SourceDiff> SharedSources)
{
    public bool IsEmpty => Briefings.IsEmpty && SharedSources.IsEmpty;

    /// <summary>Whether the republished text of any briefing changed: it never should.</summary>
    public bool TextChanged => Briefings.Any(b => b.Text is not null);
}

/// <summary>One briefing's change. Status is added, removed or changed.</summary>
internal sealed record BriefingDiff(
    string Slug,
    string Title,
    string Status,
    ImmutableArray<NoteDiff> Notes,
    ImmutableArray<SourceDiff> Sources,
    ImmutableArray<FieldDiff> Fields,
    ImmutableArray<string> TopicsAdded,
    ImmutableArray<string> TopicsRemoved,
    TextDiff? Text);

/// <summary>A note added, removed, reworded (with the words changed), or whose quote changed, moved, broke or anchors again.</summary>
internal sealed record NoteDiff(string Id, string Change, string Location, string Quote, string? Detail, ImmutableArray<WordPiece> Words);

/// <summary>A run of words of a word diff: same, added or removed.</summary>
internal sealed record WordPiece(string Kind, string Text);

/// <summary>A source added, changed (which fields) or removed, and the notes (slug#id) that cite it.</summary>
internal sealed record SourceDiff(string Key, string Change, string Location, ImmutableArray<string> Fields, ImmutableArray<string> CitedBy);

/// <summary>A front-matter field changed; Rights when it is part of the copyright terms.</summary>
internal sealed record FieldDiff(string Field, string? Before, string? After, bool Rights);

/// <summary>The republished text changed: the text-fidelity diagnostic, located at the first difference.</summary>
internal sealed record TextDiff(string Code, string Location, string Message);

/// <summary>The words of the changes, as the JSON output spells them.</summary>
internal static class Changes
{
    public const string Added = "added";
    public const string Removed = "removed";
    public const string Changed = "changed";
    public const string Same = "same";
    public const string Reworded = "reworded";
    public const string QuoteChanged = "quote-changed";
    public const string Moved = "moved";
    public const string Broken = "broken";
    public const string Fixed = "fixed";
}

/// <summary>A <see cref="SiteDiff"/> as JSON, for tools: the records as they are, in snake_case.</summary>
[JsonSerializable(typeof(SiteDiff))]
internal sealed partial class DiffJson : JsonSerializerContext
{
    private static readonly DiffJson Formatter = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static string Format(SiteDiff diff) => JsonSerializer.Serialize(diff, Formatter.SiteDiff) + "\n";
}
