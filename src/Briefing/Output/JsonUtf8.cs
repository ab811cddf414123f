using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace Briefing.Output;

/// <summary>
/// JSON written straight to UTF-8 by the caller's layout, for the files whose shape is fixed
/// (annotations.jsonld): what System.Text.Json's Utf8JsonWriter writes with
/// <see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/>, without its per-value state and checks.
/// </summary>
/// <remarks>
/// Utf8JsonWriter escapes a string with an encoder by copying it up to the first character the encoder
/// would change and encoding the rest with that encoder. So a string the encoder leaves alone is written
/// as UTF-8 as it is, and any other is written as the encoder's own escaping of it: byte for byte the
/// same (JsonUtf8Properties compares the two on generated text).
/// </remarks>
internal static class JsonUtf8
{
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    // The printable ASCII characters the encoder leaves alone (all but '"' and '\\'), asked of the encoder itself.
    private static readonly SearchValues<char> PlainAscii =
        SearchValues.Create([.. Enumerable.Range(' ', '~' - ' ' + 1).Where(c => !Encoder.WillEncode(c)).Select(c => (char)c)]);

    /// <summary>Bytes as they are: the layout's punctuation, indentation and property names.</summary>
    public static void Raw(IBufferWriter<byte> to, ReadOnlySpan<byte> utf8)
    {
        utf8.CopyTo(to.GetSpan(utf8.Length));
        to.Advance(utf8.Length);
    }

    /// <summary>A JSON string: quoted, and escaped as the relaxed encoder escapes it.</summary>
    public static void String(IBufferWriter<byte> to, string value)
    {
        var text = NeedsEscaping(value) ? Encoder.Encode(value) : value;
        var span = to.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length) + 2);
        span[0] = (byte)'"';
        var written = Encoding.UTF8.GetBytes(text, span[1..]);
        span[written + 1] = (byte)'"';
        to.Advance(written + 2);
    }

    public static void Number(IBufferWriter<byte> to, int value)
    {
        var span = to.GetSpan(11);
        value.TryFormat(span, out var written, default, CultureInfo.InvariantCulture);
        to.Advance(written);
    }

    /// <summary>Whether the encoder would change any character: the usual text is printable ASCII with a few curly quotes.</summary>
    internal static bool NeedsEscaping(ReadOnlySpan<char> value)
    {
        while (value.IndexOfAnyExcept(PlainAscii) is var other and >= 0)
        {
            var c = value[other];
            if (c < '\u0080' || char.IsSurrogate(c) || Encoder.WillEncode(c))
            {
                return true;
            }

            value = value[(other + 1)..];
        }

        return false;
    }
}
