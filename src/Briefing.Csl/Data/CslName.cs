namespace Briefing.Csl.Data;

/// <summary>A personal or institutional name of CSL-JSON, with its particles split out.</summary>
internal sealed record CslName
{
    public string? Family { get; init; }
    public string? Given { get; init; }
    public string? DroppingParticle { get; init; }
    public string? NonDroppingParticle { get; init; }
    public string? Suffix { get; init; }
    public string? Literal { get; init; }
    public bool CommaSuffix { get; init; }
    public bool StaticOrdering { get; init; }

    public bool IsInstitution => Literal is not null;

    /// <summary>Names in Latin, Greek, Cyrillic, Hebrew or Arabic script; others (CJK) print family first without spaces.</summary>
    public bool IsWestern => !HasEastAsianLetter(Family) && !HasEastAsianLetter(Given);

    private static bool HasEastAsianLetter(string? text)
    {
        foreach (var c in text.AsSpan())
        {
            if (c >= 0x2E80 && char.IsLetter(c))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Splits particles written into the family or given name, as citeproc-js does for CSL-JSON.</summary>
    public CslName WithParsedParticles()
    {
        var name = this;
        if (Literal is not null || Family is null)
        {
            return name;
        }
        if (NonDroppingParticle is null && Family.StartsWith('"') && Family.EndsWith('"') && Family.Length > 1)
        {
            return name with { Family = Family[1..^1] };
        }
        if (NonDroppingParticle is null)
        {
            name = SplitFamily(name);
        }
        if (name.Suffix is null && name.Given is { } given && given.IndexOf(',', StringComparison.Ordinal) is var comma and > 0)
        {
            var suffix = given[(comma + 1)..].Trim();
            var commaSuffix = suffix.StartsWith('!');
            name = name with { Given = given[..comma].Trim(), Suffix = commaSuffix ? suffix[1..].Trim() : suffix, CommaSuffix = commaSuffix || name.CommaSuffix };
        }
        if (DroppingParticle is null && name.Given is not null)
        {
            name = SplitGiven(name);
        }
        return name;
    }

    private static CslName SplitFamily(CslName name)
    {
        var family = name.Family!;
        var words = family.Split(' ');
        var count = 0;
        while (count < words.Length - 1 && IsParticle(words[count]))
        {
            count++;
        }
        if (count > 0)
        {
            // A particle ending in an apostrophe keeps the space written after it ("de’ Frinkle").
            var particle = string.Join(' ', words[..count]);
            particle = particle.EndsWith('\'') || particle.EndsWith('\u2019') ? particle + " " : particle;
            return name with { NonDroppingParticle = particle, Family = string.Join(' ', words[count..]) };
        }
        var hyphen = family.IndexOf('-', StringComparison.Ordinal);
        if (hyphen > 0 && hyphen < family.Length - 1 && family[..hyphen].All(char.IsLower) && char.IsUpper(family[hyphen + 1]))
        {
            return name with { NonDroppingParticle = family[..(hyphen + 1)], Family = family[(hyphen + 1)..] };
        }
        var apostrophe = family.IndexOfAny(['\'', '\u2019']);
        if (apostrophe > 0 && apostrophe < family.Length - 1 && family[..apostrophe].All(char.IsLower) && !family[..apostrophe].Contains(' ', StringComparison.Ordinal))
        {
            return name with { NonDroppingParticle = family[..(apostrophe + 1)], Family = family[(apostrophe + 1)..] };
        }
        return name;
    }

    private static CslName SplitGiven(CslName name)
    {
        var words = name.Given!.Split(' ');
        var start = words.Length;
        while (start > 1 && IsParticle(words[start - 1]))
        {
            start--;
        }
        return start == words.Length ? name : name with
        {
            Given = string.Join(' ', words[..start]),
            DroppingParticle = string.Join(' ', words[start..]),
        };
    }

    private static bool IsParticle(string word) =>
        word.TrimStart('\'', '\u2019') is { Length: > 0 } letters && char.IsLower(letters[0]) && word.All(c => char.IsLetter(c) || c is '\'' or '\u2019' or '-' or '.');
}
