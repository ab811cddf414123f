using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Briefing.Site;

/// <summary>
/// The key of a site-wide page an incremental build makes only when the key changes, or of one entry of
/// such a page: what it shows, hashed in order (XXH128). Each text goes in with its length, so that no two
/// sequences of texts give the same bytes; a key is only ever compared with keys this program made. The
/// bytes are gathered and hashed at once: thousands of entries' keys are made in a rebuild, and hashing
/// field by field cost more than the hash itself.
/// </summary>
internal sealed class PageKey
{
    [ThreadStatic]
    private static PageKey? _threadKey;

    private byte[] _bytes = new byte[256];
    private int _length;

    /// <summary>The thread's key, empty: for a key made and finished without any other key made on the way.</summary>
    public static PageKey ForThread()
    {
        var key = _threadKey ??= new PageKey();
        key._length = 0;
        return key;
    }

    /// <summary>A text; null is told apart from every text, the empty one included.</summary>
    public PageKey Add(string? text)
    {
        Add(text?.Length ?? -1);
        var bytes = MemoryMarshal.AsBytes((text ?? "").AsSpan());
        bytes.CopyTo(Room(bytes.Length));
        _length += bytes.Length;
        return this;
    }

    public PageKey Add(int number)
    {
        BinaryPrimitives.WriteInt32LittleEndian(Room(sizeof(int)), number);
        _length += sizeof(int);
        return this;
    }

    /// <summary>A date, or its absence.</summary>
    public PageKey Add(DateOnly? date) => Add(date?.DayNumber ?? -1);

    /// <summary>The key of everything added since the last call, as lowercase hex; the key starts again.</summary>
    public string Finish()
    {
        var hash = XxHash128.Hash(_bytes.AsSpan(0, _length));
        _length = 0;
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>As <see cref="Finish"/>, as a number.</summary>
    public UInt128 FinishAsNumber()
    {
        var hash = XxHash128.HashToUInt128(_bytes.AsSpan(0, _length));
        _length = 0;
        return hash;
    }

    private Span<byte> Room(int count)
    {
        if (_length + count > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _length + count));
        }

        return _bytes.AsSpan(_length, count);
    }
}
