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
            var summaryStart = (int)stream.Position;
            var notes = SkipSummary(reader);
            var entry = new CachedBriefing(folderTicks, stamps.MoveToImmutable(), contentHash,
                bytes.AsMemory(summaryStart, (int)stream.Position - summaryStart), summaryHash, notes);
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

    /// <summary>A summary from the bytes <see cref="Write(BinaryWriter, BriefingSummary)"/> wrote (see <see cref="CachedBriefing.Summary"/>).</summary>
    public static BriefingSummary ReadSummary(ReadOnlyMemory<byte> stored)
    {
        var reader = new StoredReader(stored.Span);
        var slug = reader.String();
        var file = reader.String();
        var title = reader.String();
        var kicker = reader.Optional();
        var authors = ImmutableArray.CreateBuilder<Author>(reader.Count());
        for (var n = authors.Capacity; n > 0; n--)
        {
            authors.Add(new Author(reader.String(), reader.Optional()));
        }

        var publisher = reader.Optional();
        var published = reader.Date();
        var updated = reader.Date();
        var source = new OriginalSource(reader.String(), reader.String(), reader.Boolean());
        var notice = reader.String();
        var permission = reader.Optional();
        var holder = reader.Optional();
        var hasYear = reader.Boolean();
        var year = reader.Int32();
        var topics = ImmutableArray.CreateBuilder<string>(reader.Count());
        for (var n = topics.Capacity; n > 0; n--)
        {
            topics.Add(reader.String());
        }

        return new BriefingSummary(slug, file, title, kicker, authors.MoveToImmutable(), publisher, published, updated, source,
            new Copyright(notice, permission, holder, hasYear ? year : null), topics.MoveToImmutable(), reader.Optional(), reader.Int32());
    }

    /// <summary>
    /// Goes past a summary as <see cref="ReadSummary(ReadOnlyMemory{byte})"/> reads it, field for field, making
    /// no strings; the briefing's note count (its last field).
    /// </summary>
    private static int SkipSummary(BinaryReader reader)
    {
        SkipStrings(reader, 3); // slug, file, title
        SkipOptional(reader); // kicker
        for (var n = Count(reader); n > 0; n--)
        {
            SkipStrings(reader, 1); // author's name
            SkipOptional(reader); // role
        }

        SkipOptional(reader); // publisher
        reader.ReadInt32(); // published
        reader.ReadInt32(); // updated
        SkipStrings(reader, 2); // source URL, label
        reader.ReadBoolean(); // excerpt
        SkipStrings(reader, 1); // notice
        SkipOptional(reader); // permission
        SkipOptional(reader); // holder
        reader.ReadBoolean(); // has a year
        reader.ReadInt32(); // year
        SkipStrings(reader, Count(reader)); // topics
        SkipOptional(reader); // summary
        return reader.ReadInt32();

        static void SkipOptional(BinaryReader reader)
        {
            reader.ReadBoolean();
            SkipStrings(reader, 1);
        }

        static void SkipStrings(BinaryReader reader, int count)
        {
            for (; count > 0; count--)
            {
                var length = reader.Read7BitEncodedInt();
                var stream = reader.BaseStream;
                if (length < 0 || length > stream.Length - stream.Position)
                {
                    throw new FormatException("The cache is damaged.");
                }

                stream.Position += length;
            }
        }
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

    private static void WriteOptional(BinaryWriter writer, DateOnly? value) => writer.Write(value?.DayNumber ?? -1);

    private static int Count(BinaryReader reader) =>
        reader.ReadInt32() is var count and >= 0 and < 10_000_000 ? count : throw new FormatException("The cache is damaged.");

    /// <summary>
    /// Reads what BinaryWriter wrote (7-bit length and UTF-8 for a string, little-endian integers, a
    /// byte for a boolean) straight from a span: a summary is decoded without a reader and its buffers.
    /// </summary>
    private ref struct StoredReader(ReadOnlySpan<byte> bytes)
    {
        private readonly ReadOnlySpan<byte> _bytes = bytes;
        private int _at;

        public string String()
        {
            var length = 0;
            for (var shift = 0; ; shift += 7)
            {
                if (shift > 28)
                {
                    throw new FormatException("The cache is damaged.");
                }

                var b = _bytes[_at++];
                length |= (b & 0x7F) << shift;
                if (b < 0x80)
                {
                    break;
                }
            }

            var text = System.Text.Encoding.UTF8.GetString(_bytes.Slice(_at, length));
            _at += length;
            return text;
        }

        public string? Optional()
        {
            var present = Boolean();
            var value = String();
            return present ? value : null;
        }

        public bool Boolean() => _bytes[_at++] != 0;

        public int Int32()
        {
            var value = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(_bytes[_at..]);
            _at += sizeof(int);
            return value;
        }

        public int Count() => Int32() is var count and >= 0 and < 10_000_000 ? count : throw new FormatException("The cache is damaged.");

        public DateOnly? Date() => Int32() is var day and >= 0 ? DateOnly.FromDayNumber(day) : null;
    }
}
