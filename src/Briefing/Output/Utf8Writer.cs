using System.Buffers;
using System.Text;

namespace Briefing.Output;

/// <summary>
/// Text encoded to UTF-8 piece by piece into one pooled buffer, then copied out once: a page or feed
/// made of many pieces (a builder's chunks, text around a marker) is never joined into one string. One
/// encoder carries a surrogate pair split between two pieces.
/// </summary>
/// <param name="maxChars">How many characters all the pieces hold together, at most.</param>
internal sealed class Utf8Writer(int maxChars) : IDisposable
{
    private readonly byte[] _buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(maxChars));
    private readonly Encoder _encoder = Encoding.UTF8.GetEncoder();
    private int _written;

    /// <summary>How many bytes are written so far: exact whenever the last character written was not the first half of a pair.</summary>
    public int Position => _written;

    public void Write(ReadOnlySpan<char> text) => _written += _encoder.GetBytes(text, _buffer.AsSpan(_written), flush: false);

    public void Write(StringBuilder text)
    {
        foreach (var chunk in text.GetChunks())
        {
            Write(chunk.Span);
        }
    }

    /// <summary>Everything written, with a pending half of a pair flushed: valid until the writer is disposed.</summary>
    public ReadOnlySpan<byte> Finish()
    {
        _written += _encoder.GetBytes([], _buffer.AsSpan(_written), flush: true);
        return _buffer.AsSpan(0, _written);
    }

    /// <summary>Everything written, in an array of its own (not cleared first: every byte is copied over).</summary>
    public byte[] ToArray()
    {
        var written = Finish();
        var bytes = GC.AllocateUninitializedArray<byte>(written.Length);
        written.CopyTo(bytes);
        return bytes;
    }

    public void Dispose() => ArrayPool<byte>.Shared.Return(_buffer);
}
