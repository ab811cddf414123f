using System.Collections.Immutable;
using Briefing.Content;

namespace Briefing.Incremental;

/// <summary>
/// The manifest on disk: a plain binary layout (BinaryWriter's length-prefixed UTF-8 strings), read in
/// a few milliseconds at thousands of briefings. Anything unexpected reads as "no cache".
/// </summary>
internal static class CacheFormat
{
    private const string Magic = "briefing-cache";
    private const int Version = 2;

    public static void Write(BinaryWriter writer, CacheManifest manifest)
    {
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(manifest.Key);
        writer.Write(manifest.Outputs.Count);
        foreach (var (path, stamp) in manifest.Outputs)
        {
            writer.Write(path);
            Write(writer, stamp);
        }

        writer.Write(manifest.PageKeys.Count);
        foreach (var (path, key) in manifest.PageKeys)
        {
            writer.Write(path);
            writer.Write(key);
        }

        writer.Write(manifest.Briefings.Count);
        foreach (var (slug, entry) in manifest.Briefings)
        {
            // An entry as it was read goes back as the bytes it was read from.
            if (manifest.Stored is not null && manifest.Stored.TryGetValue(entry, out var stored) && stored.Slug == slug)
            {
                writer.Write(stored.Bytes.Span);
                continue;
            }

            writer.Write(slug);
            writer.Write(entry.FolderTicks);
            writer.Write(entry.Stamps.Length);
            foreach (var stamp in entry.Stamps)
            {
                writer.Write(stamp.Name);
                Write(writer, stamp.Stamp);
            }

            writer.Write(entry.ContentHash);
            writer.Write(entry.SummaryHash);
            Write(writer, entry.Summary);
        }

        writer.Write(Magic);
    }

    /// <summary>The manifest in <paramref name="bytes"/>, or null when it is of another format.</summary>
    public static CacheManifest? Read(byte[] bytes)
    {
        var stream = new MemoryStream(bytes, writable: false);
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8);
        if (reader.ReadString() != Magic || reader.ReadInt32() != Version)
        {
            return null;
        }

        var key = reader.ReadString();

        var outputs = new Dictionary<string, FileStamp>(StringComparer.Ordinal);
        for (var n = Count(reader); n > 0; n--)
        {
            outputs[reader.ReadString()] = ReadStamp(reader);
        }

        var pageKeys = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var n = Count(reader); n > 0; n--)
        {
            pageKeys[reader.ReadString()] = reader.ReadString();
        }

        var briefings = new Dictionary<string, CachedBriefing>(StringComparer.Ordinal);
        var stored = new Dictionary<CachedBriefing, StoredEntry>(ReferenceEqualityComparer.Instance);
        for (var n = Count(reader); n > 0; n--)
        {
            var start = (int)stream.Position;
            var slug = reader.ReadString();
            var folderTicks = reader.ReadInt64();
            var stamps = ImmutableArray.CreateBuilder<NamedStamp>(Count(reader));
            for (var s = stamps.Capacity; s > 0; s--)
            {
                stamps.Add(new NamedStamp(reader.ReadString(), ReadStamp(reader)));
            }

            var contentHash = reader.ReadString();
            var summaryHash = reader.ReadString();
            var entry = new CachedBriefing(folderTicks, stamps.MoveToImmutable(), contentHash, ReadSummary(reader), summaryHash);
            briefings[slug] = entry;
            stored[entry] = new StoredEntry(slug, bytes.AsMemory(start, (int)stream.Position - start));
        }

        return reader.ReadString() == Magic ? new CacheManifest(key, briefings, pageKeys, outputs) { Stored = stored } : null;
    }

    public static void Write(BinaryWriter writer, BriefingSummary summary)
    {
        writer.Write(summary.Slug);
        writer.Write(summary.File);
        writer.Write(summary.Title);
        WriteOptional(writer, summary.Kicker);
        writer.Write(summary.Authors.Length);
        foreach (var author in summary.Authors)
        {
            writer.Write(author.Name);
            WriteOptional(writer, author.Role);
        }

        WriteOptional(writer, summary.Publisher);
        WriteOptional(writer, summary.Published);
        WriteOptional(writer, summary.Updated);
        writer.Write(summary.Source.Url);
        writer.Write(summary.Source.Label);
        writer.Write(summary.Source.Excerpt);
        writer.Write(summary.Copyright.Notice);
        WriteOptional(writer, summary.Copyright.Permission);
        WriteOptional(writer, summary.Copyright.Holder);
        writer.Write(summary.Copyright.Year.HasValue);
        writer.Write(summary.Copyright.Year ?? 0);
        writer.Write(summary.Topics.Length);
        foreach (var topic in summary.Topics)
        {
            writer.Write(topic);
        }

        WriteOptional(writer, summary.Summary);
        writer.Write(summary.Notes);
    }

    private static BriefingSummary ReadSummary(BinaryReader reader)
    {
        var slug = reader.ReadString();
        var file = reader.ReadString();
        var title = reader.ReadString();
        var kicker = ReadOptional(reader);
        var authors = ImmutableArray.CreateBuilder<Author>(Count(reader));
        for (var n = authors.Capacity; n > 0; n--)
        {
            authors.Add(new Author(reader.ReadString(), ReadOptional(reader)));
        }

        var publisher = ReadOptional(reader);
        var published = ReadOptionalDate(reader);
        var updated = ReadOptionalDate(reader);
        var source = new OriginalSource(reader.ReadString(), reader.ReadString(), reader.ReadBoolean());
        var notice = reader.ReadString();
        var permission = ReadOptional(reader);
        var holder = ReadOptional(reader);
        var hasYear = reader.ReadBoolean();
        var year = reader.ReadInt32();
        var topics = ImmutableArray.CreateBuilder<string>(Count(reader));
        for (var n = topics.Capacity; n > 0; n--)
        {
            topics.Add(reader.ReadString());
        }

        return new BriefingSummary(slug, file, title, kicker, authors.MoveToImmutable(), publisher, published, updated, source,
            new Copyright(notice, permission, holder, hasYear ? year : null), topics.MoveToImmutable(), ReadOptional(reader), reader.ReadInt32());
    }

    private static void Write(BinaryWriter writer, FileStamp stamp)
    {
        writer.Write(stamp.Length);
        writer.Write(stamp.WrittenTicks);
    }

    private static FileStamp ReadStamp(BinaryReader reader) => new(reader.ReadInt64(), reader.ReadInt64());

    private static void WriteOptional(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        writer.Write(value ?? "");
    }

    private static string? ReadOptional(BinaryReader reader)
    {
        var present = reader.ReadBoolean();
        var value = reader.ReadString();
        return present ? value : null;
    }

    private static void WriteOptional(BinaryWriter writer, DateOnly? value) => writer.Write(value?.DayNumber ?? -1);

    private static DateOnly? ReadOptionalDate(BinaryReader reader) =>
        reader.ReadInt32() is var day and >= 0 ? DateOnly.FromDayNumber(day) : null;

    private static int Count(BinaryReader reader) =>
        reader.ReadInt32() is var count and >= 0 and < 10_000_000 ? count : throw new FormatException("The cache is damaged.");
}
