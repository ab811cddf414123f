using Briefing.Content;

namespace Briefing.Citations;

/// <summary>Type tests written as the style writes them, a space-separated list of CSL types.</summary>
internal static class CslTypes
{
    public const string ChapterLike = "chapter entry-dictionary entry-encyclopedia paper-conference";
    public const string Legal = "bill legislation legal_case";

    /// <summary>Whether the item's type is one of <paramref name="types"/>, found in place: no token is cut out.</summary>
    public static bool Is(CslItem item, string types)
    {
        var type = item.Type.AsSpan();
        if (type.IsEmpty || type.Contains(' '))
        {
            return false;
        }

        var list = types.AsSpan();
        for (var from = 0; from <= list.Length - type.Length;)
        {
            var found = list[from..].IndexOf(type, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            var start = from + found;
            var end = start + type.Length;
            if ((start == 0 || list[start - 1] == ' ') && (end == list.Length || list[end] == ' '))
            {
                return true;
            }

            from = start + 1;
        }

        return false;
    }

    public static bool Has(string? value) => !string.IsNullOrWhiteSpace(value);
}
