using Briefing.Content;

namespace Briefing.Citations;

/// <summary>Type tests written as the style writes them, a space-separated list of CSL types.</summary>
internal static class CslTypes
{
    public const string ChapterLike = "chapter entry-dictionary entry-encyclopedia paper-conference";
    public const string Legal = "bill legislation legal_case";

    public static bool Is(CslItem item, string types)
    {
        foreach (var range in types.AsSpan().Split(' '))
        {
            if (types.AsSpan()[range].Equals(item.Type, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public static bool Has(string? value) => !string.IsNullOrWhiteSpace(value);
}
