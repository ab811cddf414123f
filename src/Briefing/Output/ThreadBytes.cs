using System.Buffers;

namespace Briefing.Output;

/// <summary>
/// A byte buffer each thread reuses from page to page, for output made before it is copied out or
/// handed on (a page's JSON-LD, its annotations.jsonld). Taken and given back around one use: a use
/// inside another gets a buffer of its own, and a rare huge one is not kept.
/// </summary>
internal static class ThreadBytes
{
    private const int MaxKept = 1 << 20;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _kept;

    public static ArrayBufferWriter<byte> Take()
    {
        var buffer = _kept ?? new ArrayBufferWriter<byte>(64 * 1024);
        _kept = null;
        buffer.ResetWrittenCount();
        return buffer;
    }

    public static void Give(ArrayBufferWriter<byte> buffer)
    {
        if (buffer.Capacity <= MaxKept)
        {
            _kept = buffer;
        }
    }
}
