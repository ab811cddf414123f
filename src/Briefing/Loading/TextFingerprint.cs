using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Briefing.Loading;

/// <summary>An article's optional `text_sha256`: a change to the text fails the build until `check --accept-text` accepts it.</summary>
internal static partial class TextFingerprint
{
    public static string Of(string body) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)));

    public static void Verify(string body, ScalarNode recorded, string slug, DiagnosticBag diagnostics)
    {
        var value = recorded.Value.Trim();
        if (value.Length != 64 || !value.All(char.IsAsciiHexDigit))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidValue, recorded.At,
                $"'text_sha256' must be 64 hexadecimal digits, not '{value}'.",
                $"Run `briefing check --accept-text {slug}` to record the hash of the text as it is."));
            return;
        }

        var actual = Of(body);
        if (!actual.Equals(value, StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.TextChanged, recorded.At,
                $"The republished text has changed: its SHA-256 is {actual}, but 'text_sha256' records {value.ToLowerInvariant()}.",
                $"The text must stay exactly as the rights holder published it. If the change is deliberate (a correction from the original), run `briefing check --accept-text {slug}`."));
        }
    }

    /// <summary>Records the body's hash in the front matter's `text_sha256:` line (added before the fence); nothing else changes.</summary>
    public static string Accept(string inputFolder, string path, DiagnosticBag diagnostics)
    {
        var file = ContentFile.DisplayPath(path);
        var bytes = InputBoundary.ReadBytes(inputFolder, path, diagnostics) ?? throw new IOException($"Cannot read {path}.");
        var text = ContentFile.Decode(bytes, file, diagnostics) ?? throw new InvalidDataException($"{path} is not UTF-8.");
        var parts = FrontMatter.Split(text, file, diagnostics) ?? throw new InvalidDataException($"{file} has no front matter.");
        var hash = Of(parts.Body);
        var line = "text_sha256: " + hash + (parts.Yaml.Contains("\r\n", StringComparison.Ordinal) ? "\r" : "");
        // The YAML ends with the newline before the closing fence.
        var yaml = RecordedLine().IsMatch(parts.Yaml) ? RecordedLine().Replace(parts.Yaml, line, 1) : parts.Yaml + line + "\n";
        var yamlStart = text.IndexOf('\n', StringComparison.Ordinal) + 1; // after the opening fence
        var updated = text[..yamlStart] + yaml + text[(yamlStart + parts.Yaml.Length)..];
        File.WriteAllText(path, updated, new UTF8Encoding(encoderShouldEmitUTF8Identifier: bytes.AsSpan().StartsWith("\uFEFF"u8)));
        return hash;
    }

    [GeneratedRegex("^text_sha256:[^\n]*", RegexOptions.Multiline)]
    private static partial Regex RecordedLine();
}
