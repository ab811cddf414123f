using System.Text.Encodings.Web;
using System.Text.Json.Serialization;

namespace Briefing.Review;

/// <summary>A <see cref="SiteDiff"/> as JSON, for tools: the records as they are, in snake_case.</summary>
internal static class DiffJson
{
    private static readonly DiffJsonContext Context = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static string Format(SiteDiff diff) => JsonSerializer.Serialize(diff, Context.SiteDiff) + "\n";
}

[JsonSerializable(typeof(SiteDiff))]
internal sealed partial class DiffJsonContext : JsonSerializerContext;
