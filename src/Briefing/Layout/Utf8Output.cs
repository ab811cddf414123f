using System.Buffers;
using System.Text;
using Scriban.Runtime;

namespace Briefing.Layout;

/// <summary>Scriban's output encoded into UTF-8 as it is written: no string of the whole page, no copy of each piece first.</summary>
internal sealed class Utf8Output(IBufferWriter<byte> bytes) : IScriptOutput
{
    // One encoder for the whole page, so that a surrogate pair split across two writes stays one character.
    private readonly Encoder _encoder = Encoding.UTF8.GetEncoder();

    public void Write(string text, int offset, int count) => _encoder.Convert(text.AsSpan(offset, count), bytes, flush: false, out _, out _);

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>Ends the page: a lone surrogate the encoder still holds is written as U+FFFD, as the whole text encoded at once would have it.</summary>
    public void Complete() => _encoder.Convert([], bytes, flush: true, out _, out _);
}
