using System.Buffers;
using System.Text;
using Scriban.Runtime;

namespace Briefing.Layout;

internal static partial class TemplateRunner
{
    /// <summary>
    /// Output kept in a builder the thread reuses. Scriban's Render returns its output's ToString(),
    /// which here is empty: the text is taken from <see cref="Builder"/> instead, without a copy.
    /// </summary>
    internal sealed class BufferedOutput : IScriptOutput
    {
        // Past this (in bytes), the encoding buffer is not kept for the thread's next page.
        private const int MaxKeptBytes = 1 << 22;

        [ThreadStatic]
        private static ArrayBufferWriter<byte>? _threadBytes;

        public StringBuilder Builder { get; } = new();

        public void Write(string text, int offset, int count) => Builder.Append(text, offset, count);

        public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
        {
            Write(text, offset, count);
            return ValueTask.CompletedTask;
        }

        /// <summary>
        /// The output in UTF-8, with <paramref name="content"/>'s text wherever it has <see cref="ContentMarker"/>;
        /// the entries of <paramref name="fragments"/> placed where the content is first.
        /// </summary>
        public byte[] ToUtf8(BufferedOutput? content = null, FragmentPage? fragments = null)
        {
            var places = fragments is null ? null : new List<(FragmentKey, int, int)>(fragments.Entries.Count);
            var bytes = Encode(content, fragments, places).ToArray();
            if (places is not null && places.Count == fragments!.Entries.Count)
            {
                fragments.Place(bytes, places);
            }

            return bytes;
        }

        /// <summary>The text as UTF-8, each content marker replaced by <paramref name="content"/>'s text: valid until the thread's next encoding.</summary>
        public ReadOnlySpan<byte> Encode(BufferedOutput? content) => Encode(content, null, null);

        public override string ToString() => "";

        /// <summary>
        /// As <see cref="Encode(BufferedOutput?)"/>; where the content is written first, each entry a cached
        /// loop printed into it (<see cref="FragmentPage.Entries"/>) is added to <paramref name="places"/>
        /// with its bytes' offset and length. Left with fewer than all when an entry cannot be placed.
        /// </summary>
        private ReadOnlySpan<byte> Encode(BufferedOutput? content, FragmentPage? fragments, List<(FragmentKey Key, int Offset, int Length)>? places)
        {
            var text = Text();
            var markers = new List<int>();
            for (var at = content is null ? -1 : text.Span.IndexOf(ContentMarker, StringComparison.Ordinal); at >= 0;)
            {
                markers.Add(at);
                var next = text.Span[(at + ContentMarker.Length)..].IndexOf(ContentMarker, StringComparison.Ordinal);
                at = next < 0 ? -1 : at + ContentMarker.Length + next;
            }

            var utf8 = new Utf8Pieces(ThreadBytes());
            var from = 0;
            foreach (var at in markers)
            {
                utf8.Write(text.Span[from..at]);
                if (places is not null && at == markers[0] && (at == 0 || !char.IsHighSurrogate(text.Span[at - 1])))
                {
                    WritePlaced(utf8, content!.Builder, fragments!.Entries, places);
                }
                else
                {
                    utf8.Write(content!.Builder);
                }

                from = at + ContentMarker.Length;
            }

            utf8.Write(text.Span[from..]);
            return utf8.Finish();
        }

        /// <summary>The thread's encoding buffer, emptied; a new one in place of one a rare huge page grew.</summary>
        private static ArrayBufferWriter<byte> ThreadBytes()
        {
            if (_threadBytes is null || _threadBytes.Capacity > MaxKeptBytes)
            {
                _threadBytes = new ArrayBufferWriter<byte>(64 * 1024);
            }

            _threadBytes.ResetWrittenCount();
            return _threadBytes;
        }

        // The text is in one chunk but for a page's first render on a thread; then it is read whole.
        private ReadOnlyMemory<char> Text()
        {
            ReadOnlyMemory<char> text = default;
            var chunks = 0;
            foreach (var chunk in Builder.GetChunks())
            {
                text = chunk;
                chunks++;
            }

            return chunks > 1 ? Builder.ToString().AsMemory() : text;
        }

        // The content, entry by entry, each entry's place in bytes noted: exact, as no entry starts or ends
        // inside a surrogate pair (an entry that would, or entries out of order, stop the placing). Read
        // from the builder's chunks as they are: a 4,000-entry index is 125 of them, never joined.
        private static void WritePlaced(Utf8Pieces utf8, StringBuilder content, IReadOnlyList<FragmentPage.Printed> entries,
            List<(FragmentKey Key, int Offset, int Length)> places)
        {
            var text = new ChunkedText(content);
            var from = 0;
            foreach (var (key, start, length) in entries)
            {
                if (start < from || start + length > content.Length)
                {
                    break;
                }

                text.Write(utf8, from, start);
                from = start;
                if (start > 0 && char.IsHighSurrogate(text.Last))
                {
                    break;
                }

                var offset = utf8.Position;
                text.Write(utf8, start, start + length);
                from = start + length;
                if (length > 0 && char.IsHighSurrogate(text.Last))
                {
                    break;
                }

                places.Add((key, offset, utf8.Position - offset));
            }

            text.Write(utf8, from, content.Length);
        }

        /// <summary>A builder's text read front to back, piece by piece, from its chunks.</summary>
        private sealed class ChunkedText(StringBuilder builder)
        {
            private readonly List<ReadOnlyMemory<char>> _chunks = [.. Chunks(builder)];
            private int _chunk;
            private int _chunkStart;

            /// <summary>The last character written.</summary>
            public char Last { get; private set; }

            /// <summary>Characters <paramref name="start"/> to <paramref name="end"/> (not before the last piece's end).</summary>
            public void Write(Utf8Pieces utf8, int start, int end)
            {
                while (start < end)
                {
                    while (start >= _chunkStart + _chunks[_chunk].Length)
                    {
                        _chunkStart += _chunks[_chunk].Length;
                        _chunk++;
                    }

                    var chunk = _chunks[_chunk].Span;
                    var piece = chunk[(start - _chunkStart)..Math.Min(end - _chunkStart, chunk.Length)];
                    utf8.Write(piece);
                    Last = piece[^1];
                    start += piece.Length;
                }
            }

            private static IEnumerable<ReadOnlyMemory<char>> Chunks(StringBuilder builder)
            {
                foreach (var chunk in builder.GetChunks())
                {
                    yield return chunk;
                }
            }
        }
    }

    /// <summary>
    /// Text encoded to UTF-8 piece by piece: one encoder carries a surrogate pair split between two
    /// pieces, so a page is never joined into one string first.
    /// </summary>
    private readonly struct Utf8Pieces(ArrayBufferWriter<byte> bytes)
    {
        private readonly Encoder _encoder = Encoding.UTF8.GetEncoder();

        /// <summary>Bytes written so far: exact whenever the last character written was not the first half of a pair.</summary>
        public int Position => bytes.WrittenCount;

        public void Write(ReadOnlySpan<char> text) => _encoder.Convert(text, bytes, flush: false, out _, out _);

        public void Write(StringBuilder text)
        {
            foreach (var chunk in text.GetChunks())
            {
                Write(chunk.Span);
            }
        }

        /// <summary>Everything written, a pending half of a pair flushed.</summary>
        public ReadOnlySpan<byte> Finish()
        {
            _encoder.Convert([], bytes, flush: true, out _, out _);
            return bytes.WrittenSpan;
        }
    }
}
