using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Briefing.Site;

/// <summary>
/// The key of a site-wide page an incremental build makes only when the key changes: what the page
/// shows, hashed in order. Each text goes in with its length, so that no two sequences of texts give
/// the same bytes; a key is only ever compared with keys this program made.
/// </summary>
internal sealed class PageKey
{
    private readonly XxHash128 _hash = new();

    /// <summary>A text; null is told apart from every text, the empty one included.</summary>
    public PageKey Add(string? text)
    {
        Add(text?.Length ?? -1);
        _hash.Append(MemoryMarshal.AsBytes((text ?? "").AsSpan()));
        return this;
    }

    public PageKey Add(int number)
    {
        Span<byte> bytes = stackalloc byte[sizeof(int)];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, number);
        _hash.Append(bytes);
        return this;
    }

    /// <summary>A date, or its absence.</summary>
    public PageKey Add(DateOnly? date) => Add(date?.DayNumber ?? -1);

    /// <summary>The key of everything added since the last call, as lowercase hex; the hash starts again.</summary>
    public string Finish() => Convert.ToHexStringLower(_hash.GetHashAndReset());
}
