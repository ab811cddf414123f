namespace Briefing.Loading;

/// <summary>Reads a content file as strict UTF-8, reporting where the first invalid byte is.</summary>
internal static class ContentFile
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The name a diagnostic shows: relative to the working folder when the file is under it.</summary>
    public static string DisplayPath(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? full
            : relative.Replace('\\', '/');
    }

    /// <summary>Something is at the path (a broken link or a folder too, which reading then reports, not silently leaves out).</summary>
    /// <remarks>One lstat: a file's attributes are -1 only when nothing, not even a link, is there.</remarks>
    public static bool IsPresent(string path) => (int)new FileInfo(path).Attributes != -1;

    /// <summary>The most a content file may hold: far more than any article, source list or stylesheet.</summary>
    public const long MaxBytes = 32L << 20;

    /// <summary>The file's bytes up to the length the file system gives: a device, FIFO or socket has none and is never opened.</summary>
    /// <param name="info">What a folder's listing knows of the file.</param>
    public static byte[]? ReadBytes(string path, DiagnosticBag diagnostics, FileInfo? info = null)
    {
        info ??= new FileInfo(path);
        try
        {
            if (info.Attributes.HasFlag(FileAttributes.ReparsePoint))
            {
                info = info.ResolveLinkTarget(returnFinalTarget: true) as FileInfo ?? throw new IOException("The link leads to a folder, not a file.");
            }

            if (info.Length > MaxBytes)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FileTooLarge, SourceLocation.WholeFile(DisplayPath(path)),
                    $"The file holds {info.Length:N0} bytes; a file in the input folder may hold at most {MaxBytes:N0}.",
                    "Split the file, or keep large media outside the site's input."));
                return null;
            }

            return info.Length == 0 ? [] : ReadAll(path, info.Length);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.Unreadable, SourceLocation.WholeFile(DisplayPath(path)),
                $"Cannot read the file: {ex.Message}"));
            return null;
        }
    }

    /// <summary>At most <paramref name="length"/> bytes from the start of the file (fewer if it shrank).</summary>
    private static byte[] ReadAll(string path, long length)
    {
        using var handle = File.OpenHandle(path);
        var buffer = new byte[length];
        var read = 0;
        while (read < buffer.Length && RandomAccess.Read(handle, buffer.AsSpan(read), read) is var count and > 0)
        {
            read += count;
        }

        return read == buffer.Length ? buffer : buffer[..read];
    }

    public static string? ReadText(string path, DiagnosticBag diagnostics) =>
        ReadBytes(path, diagnostics) is { } bytes ? Decode(bytes, DisplayPath(path), diagnostics) : null;

    /// <summary>The file's UTF-8 without its BOM, for a file whose parts are decoded apart; false when not UTF-8 (reported).</summary>
    public static bool IsUtf8(byte[] bytes, string file, DiagnosticBag diagnostics, out ReadOnlySpan<byte> text)
    {
        text = bytes.AsSpan(bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0);
        return System.Text.Unicode.Utf8.IsValid(text) || Decode(bytes, file, diagnostics) is not null;
    }

    public static string? Decode(byte[] bytes, string file, DiagnosticBag diagnostics)
    {
        var start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        try
        {
            return Strict.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException ex)
        {
            var bad = start + Math.Max(0, ex.Index);
            // Columns count the valid characters before the bad byte on its line.
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.NotUtf8, new Utf8Lines(bytes.AsMemory(start), file).Locate(bad - start),
                $"The file is not valid UTF-8: byte 0x{bytes[Math.Min(bad, bytes.Length - 1)]:X2} at byte offset {bad}.",
                "Save the file as UTF-8 (most editors offer this under 'Save with encoding')."));
            return null;
        }
    }
}
