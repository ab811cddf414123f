using System.Buffers;

namespace Briefing.Output;

/// <summary>
/// Bytes written into a pooled buffer that grows as needed, then copied out once: a multi-megabyte page
/// put together from pieces is neither cleared first (as a new array is) nor copied each time it grows
/// past a guess.
/// </summary>
internal sealed class PooledBytes(int capacity) : IBufferWriter<byte>, IDisposable
{
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(Math.Max(capacity, 256));
    private int _written;

    public int WrittenCount => _written;

    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, _written);

    public void Advance(int count) => _written += count;

    public Memory<byte> GetMemory(int sizeHint = 0) => Room(sizeHint).AsMemory(_written);

    public Span<byte> GetSpan(int sizeHint = 0) => Room(sizeHint).AsSpan(_written);

    /// <summary>What was written, in an array of its own (not cleared first: every byte is copied over).</summary>
    public byte[] ToArray()
    {
        var bytes = GC.AllocateUninitializedArray<byte>(_written);
        WrittenSpan.CopyTo(bytes);
        return bytes;
    }

    public void Dispose() => ArrayPool<byte>.Shared.Return(_buffer);

    private byte[] Room(int sizeHint)
    {
        var needed = _written + Math.Max(sizeHint, 1);
        if (needed > _buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, _buffer.Length * 2));
            WrittenSpan.CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }

        return _buffer;
    }
}
