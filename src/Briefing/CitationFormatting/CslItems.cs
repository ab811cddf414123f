using System.Runtime.CompilerServices;

namespace Briefing.CitationFormatting;

/// <summary>A loaded source as the CSL processor reads it: its CSL-JSON, read once per source.</summary>
internal static class CslItems
{
    private static readonly ConditionalWeakTable<CslItem, Csl.CslItem> Converted = new();

    public static Csl.CslItem For(CslItem item) => Converted.GetValue(item, Convert);

    private static Csl.CslItem Convert(CslItem item)
    {
        using var read = JsonDocument.Parse(item.Json);
        return Csl.CslItem.FromJson(read.RootElement, item.Id);
    }
}
