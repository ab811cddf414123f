using System.Collections.Frozen;

namespace Briefing.Content;

/// <summary>The terms of a text that needs no permission: the public domain or an open licence, by its SPDX id.</summary>
internal sealed record License(string Id, string Name, string Url)
{
    public const string PublicDomainId = "public-domain";

    public bool IsPublicDomain => Id == PublicDomainId;

    /// <summary>What the page says, in plain text; also the rights of a text with no copyright notice.</summary>
    public string Statement => IsPublicDomain ? "This text is in the public domain." : $"This text is available under the {Name} licence.";
}

/// <summary>The licences a briefing may name: Creative Commons and the common open licences for text.</summary>
internal static class Licenses
{
    private static readonly string[] CreativeCommonsKinds = ["by", "by-sa", "by-nd", "by-nc", "by-nc-sa", "by-nc-nd"];
    private static readonly string[] CreativeCommonsVersions = ["1.0", "2.0", "2.5", "3.0", "4.0"];

    // SPDX ids of open licences without a Creative Commons deed: they link to their SPDX page.
    private static readonly string[] OtherOpen =
    [
        "MIT", "Apache-2.0", "BSD-2-Clause", "BSD-3-Clause", "ISC", "Unlicense", "0BSD",
        "GFDL-1.2-only", "GFDL-1.2-or-later", "GFDL-1.3-only", "GFDL-1.3-or-later",
        "GPL-2.0-only", "GPL-2.0-or-later", "GPL-3.0-only", "GPL-3.0-or-later",
        "OGL-UK-3.0", "OGL-Canada-2.0", "ODC-By-1.0", "ODbL-1.0", "PDDL-1.0", "etalab-2.0", "DL-DE-BY-2.0",
    ];

    // Every licence, in the order "did you mean" prefers on a tie.
    private static readonly License[] All =
    [
        new(License.PublicDomainId, "public domain", "https://creativecommons.org/publicdomain/mark/1.0/"),
        new("CC0-1.0", "CC0 1.0", "https://creativecommons.org/publicdomain/zero/1.0/"),
        new("CC-PDDC", "CC Public Domain Dedication", "https://creativecommons.org/licenses/publicdomain/"),
        .. CreativeCommonsKinds.SelectMany(kind => CreativeCommonsVersions.Select(version => new License(
            $"CC-{kind.ToUpperInvariant()}-{version}", $"CC {kind.ToUpperInvariant()} {version}", $"https://creativecommons.org/licenses/{kind}/{version}/"))),
        .. OtherOpen.Select(id => new License(id, id, $"https://spdx.org/licenses/{id}.html")),
    ];

    private static readonly FrozenDictionary<string, License> ById = All.ToFrozenDictionary(l => l.Id, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every id, in the SPDX spelling: what "did you mean" chooses from.</summary>
    public static IReadOnlyCollection<string> Ids { get; } = [.. All.Select(l => l.Id)];

    /// <summary>The licence an id names, whatever its letter case; null for an unknown id.</summary>
    public static License? Find(string id) => ById.GetValueOrDefault(id.Trim());
}
