namespace Briefing.Csl.Style;

/// <summary>The item types of CSL 1.0.2 and 1.1, each a bit, so that a condition on types is one mask test.</summary>
internal static class ItemTypes
{
    private static readonly string[] Known =
    [
        "article", "article-journal", "article-magazine", "article-newspaper", "bill", "book", "broadcast", "chapter",
        "classic", "collection", "dataset", "document", "entry", "entry-dictionary", "entry-encyclopedia", "event",
        "figure", "graphic", "hearing", "interview", "legal_case", "legislation", "manuscript", "map", "motion_picture",
        "musical_score", "pamphlet", "paper-conference", "patent", "performance", "periodical", "personal_communication",
        "post", "post-weblog", "regulation", "report", "review", "review-book", "software", "song", "speech", "standard",
        "thesis", "treaty", "webpage",
    ];

    private static readonly System.Collections.Frozen.FrozenDictionary<string, ulong> Bits =
        System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(Known.Select((type, i) => (type, bit: 1UL << i)), t => t.type, t => t.bit, StringComparer.Ordinal);

    /// <summary>The type's bit, or 0 for a type CSL does not name.</summary>
    public static ulong Bit(string type) => Bits.GetValueOrDefault(type);

    /// <summary>
    /// The types a condition tests, when it tests nothing else and names only known types; else 0.
    /// An item of an unknown type (bit 0) is then none of them.
    /// </summary>
    public static ulong Mask(ConditionValue[] tests)
    {
        var mask = 0UL;
        foreach (var test in tests)
        {
            var bit = test.Test == ConditionTest.Type ? Bit(test.Value) : 0;
            if (bit == 0)
            {
                return 0;
            }
            mask |= bit;
        }
        return mask;
    }
}
