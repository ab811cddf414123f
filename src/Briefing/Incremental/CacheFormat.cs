using System.Collections.Immutable;
using System.Runtime.InteropServices;
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
    /// <exception cref="FormatException">The bytes end early or hold an impossible count or length.</exception>
    public static CacheManifest? Read(byte[] bytes)
    {
        try
        {
            return ReadFrom(bytes);
        }
        catch (Exception ex) when (ex is IndexOutOfRangeException or ArgumentOutOfRangeException)
        {
            throw new FormatException("The cache is damaged.", ex);
        }
    }

    // Straight from the span, as summaries are read: no stream's call for each length byte.
    private static CacheManifest? ReadFrom(byte[] bytes)
    {
        var reader = new StoredReader(bytes);
        if (reader.String() != Magic || reader.Int32() != Version)
        {
            return null;
        }

        var key = reader.String();

        var outputs = new Dictionary<string, FileStamp>(StringComparer.Ordinal);
        for (var n = reader.Count(); n > 0; n--)
        {
            outputs[reader.String()] = reader.Stamp();
        }

        var pageKeys = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var n = reader.Count(); n > 0; n--)
        {
            pageKeys[reader.String()] = reader.String();
        }

        var count = reader.Count();
        var briefings = new Dictionary<string, CachedBriefing>(count, StringComparer.Ordinal);
        var stored = new Dictionary<CachedBriefing, StoredEntry>(count, ReferenceEqualityComparer.Instance);

        // Every briefing has the same few file names (article.md, annotations.yml): each made once.
        var names = new List<(byte[] Utf8, string Text)>();
        for (var n = count; n > 0; n--)
        {
            var start = reader.Position;
            var slug = reader.String();
            var folderTicks = reader.Int64();
            var stamps = new NamedStamp[reader.Count()];
            for (var s = 0; s < stamps.Length; s++)
            {
                stamps[s] = new NamedStamp(reader.Name(names), reader.Stamp());
            }

            var contentHash = reader.String();
            var summaryHash = reader.String();
            var summaryStart = reader.Position;
            var notes = reader.SkipSummary();
            var entry = new CachedBriefing(folderTicks, ImmutableCollectionsMarshal.AsImmutableArray(stamps), contentHash,
                bytes.AsMemory(summaryStart, reader.Position - summaryStart), summaryHash, notes);
            briefings[slug] = entry;
            stored[entry] = new StoredEntry(slug, bytes.AsMemory(start, reader.Position - start));
        }

        return reader.String() == Magic ? new CacheManifest(key, briefings, pageKeys, outputs) { Stored = stored } : null;
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

    private static void Write(BinaryWriter writer, FileStamp stamp)
    {
        writer.Write(stamp.Length);
        writer.Write(stamp.WrittenTicks);
    }

    private static void WriteOptional(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        writer.Write(value ?? "");
    }

    private static void WriteOptional(BinaryWriter writer, DateOnly? value) => writer.Write(value?.DayNumber ?? -1);

    /// <summary>
    /// Reads what BinaryWriter wrote (7-bit length and UTF-8 for a string, little-endian integers, a
    /// byte for a boolean) straight from a span: a summary is decoded without a reader and its buffers.
    /// </summary>
    private ref struct StoredReader(ReadOnlySpan<byte> bytes)
    {
        private readonly ReadOnlySpan<byte> _bytes = bytes;
        private int _at;

        public readonly int Position => _at;

        public string String() => System.Text.Encoding.UTF8.GetString(Utf8());

        /// <summary>A string that is one of <paramref name="seen"/> when its bytes are; otherwise made, and added to them.</summary>
        public string Name(List<(byte[] Utf8, string Text)> seen)
        {
            var utf8 = Utf8();
            foreach (var (bytes, text) in seen)
            {
                if (utf8.SequenceEqual(bytes))
                {
                    return text;
                }
            }

            var made = System.Text.Encoding.UTF8.GetString(utf8);
            if (seen.Count < 16)
            {
                seen.Add((utf8.ToArray(), made));
            }

            return made;
        }

        /// <summary>A string's bytes: BinaryWriter's 7-bit length, then the UTF-8.</summary>
        private ReadOnlySpan<byte> Utf8()
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

            var utf8 = _bytes.Slice(_at, length);
            _at += length;
            return utf8;
        }

        public FileStamp Stamp() => new(Int64(), Int64());

        public long Int64()
        {
            var value = System.Buffers.Binary.BinaryPrimitives.ReadInt64LittleEndian(_bytes[_at..]);
            _at += sizeof(long);
            return value;
        }

        /// <summary>
        /// Goes past a summary as <see cref="ReadSummary(ReadOnlyMemory{byte})"/> reads it, field for field, making
        /// no strings; the briefing's note count (its last field).
        /// </summary>
        public int SkipSummary()
        {
            Skip(3); // slug, file, title
            SkipOptional(); // kicker
            for (var n = Count(); n > 0; n--)
            {
                Skip(1); // author's name
                SkipOptional(); // role
            }

            SkipOptional(); // publisher
            Int32(); // published
            Int32(); // updated
            Skip(2); // source URL, label
            Boolean(); // excerpt
            Skip(1); // notice
            SkipOptional(); // permission
            SkipOptional(); // holder
            Boolean(); // has a year
            Int32(); // year
            Skip(Count()); // topics
            SkipOptional(); // summary
            return Int32();
        }

        private void Skip(int strings)
        {
            for (; strings > 0; strings--)
            {
                Utf8();
            }
        }

        private void SkipOptional()
        {
            Boolean();
            Skip(1);
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

        // Each item takes a byte at least: a larger count is damage, and nothing is made for it.
        public int Count() => Int32() is var count and >= 0 && count <= _bytes.Length - _at ? count : throw new FormatException("The cache is damaged.");

        public DateOnly? Date() => Int32() is var day and >= 0 ? DateOnly.FromDayNumber(day) : null;
    }
}
