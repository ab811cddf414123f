using System.Buffers;
using Scriban.Runtime;

namespace Briefing.Layout;

/// <summary>Scriban's output encoded into UTF-8 as it is written: no string of the whole page, no copy of each piece first.</summary>
internal sealed class Utf8Output(IBufferWriter<byte> bytes) : IScriptOutput
{
    // One encoder for the whole page, so that a surrogate pair split across two writes stays one character.
    private readonly Encoder _encoder = Encoding.UTF8.GetEncoder();

    public void Write(string text, int offset, int count)
    {
        var chars = text.AsSpan(offset, count);
        while (!chars.IsEmpty)
        {
            // Into all the room the buffer has (room for one character at least), growing it only when full.
            _encoder.Convert(chars, bytes.GetSpan(4), flush: false, out var charsUsed, out var bytesUsed, out _);
            bytes.Advance(bytesUsed);
            chars = chars[charsUsed..];
        }
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>Ends the page: a lone surrogate the encoder still holds is written as U+FFFD, as the whole text encoded at once would have it.</summary>
    public void Complete()
    {
        _encoder.Convert([], bytes.GetSpan(4), flush: true, out _, out var bytesUsed, out _);
        bytes.Advance(bytesUsed);
    }
}
