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

        /// <summary>The output in UTF-8, with <paramref name="content"/>'s text wherever it has <see cref="ContentMarker"/>.</summary>
        public byte[] ToUtf8(BufferedOutput? content = null) => Encode(content).ToArray();

        public override string ToString() => "";

        /// <summary>The text as UTF-8, each content marker replaced by <paramref name="content"/>'s text: valid until the thread's next encoding.</summary>
        public ReadOnlySpan<byte> Encode(BufferedOutput? content)
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
                utf8.Write(content!.Builder);
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
    }

    /// <summary>
    /// Text encoded to UTF-8 piece by piece: one encoder carries a surrogate pair split between two
    /// pieces, so a page is never joined into one string first.
    /// </summary>
    private readonly struct Utf8Pieces(ArrayBufferWriter<byte> bytes)
    {
        private readonly Encoder _encoder = Encoding.UTF8.GetEncoder();

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
