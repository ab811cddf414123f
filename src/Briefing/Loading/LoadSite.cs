namespace Briefing.Loading;

/// <summary>Stage: reads input/site.yml.</summary>
internal static class LoadSite
{
    private static readonly string[] Keys = ["title", "base_url", "language", "description", "publisher", "citation_style", "citation_locale"];
    private static readonly string[] PublisherKeys = ["name", "url"];

    public static SiteSettings? Run(string inputFolder, DiagnosticBag diagnostics)
    {
        if (Read(inputFolder, diagnostics) is not { } mapping)
        {
            return null;
        }

        var site = new MappingReader(mapping, "site.yml", Keys, diagnostics);
        var title = site.String("title", required: true);
        var baseUrl = site.HttpUrl("base_url", "'base_url'", required: true);
        var publisher = site.Mapping("publisher", PublisherKeys);
        var publisherName = publisher?.String("name", required: true);
        var publisherUrl = publisher?.HttpUrl("url", "'url' of the publisher");
        var language = site.String("language") ?? "en";
        var citations = LoadCitationStyle.Run(inputFolder, site.Scalar("citation_style"), site.Scalar("citation_locale"), language, diagnostics);
        return title is null || baseUrl is null
            ? null
            : new SiteSettings(title, baseUrl.TrimEnd('/'), language, site.String("description"),
                new Publisher(publisherName ?? title, publisherUrl))
            { CitationStyle = citations };
    }

    /// <summary>input/site.yml's keys; null (reported) when it is missing, unreadable or not a set of keys.</summary>
    private static MappingNode? Read(string inputFolder, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(inputFolder, "site.yml");
        var file = ContentFile.DisplayPath(path);
        if (!ContentFile.IsPresent(path))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.MissingKey, SourceLocation.WholeFile(file),
                "The site settings file is missing.", "Create input/site.yml with at least 'title:' and 'base_url:'."));
            return null;
        }

        var text = InputBoundary.ReadText(inputFolder, path, diagnostics);
        return text is null ? null
            : YamlReader.ReadMapping(text, file, 0, diagnostics, DiagnosticCodes.WrongType, "site.yml must be a set of keys (title, base_url, …).");
    }

    public static bool IsAbsoluteHttpUrl(string text) =>
        Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && !string.IsNullOrEmpty(uri.Host)
        && !text.AsSpan().ContainsAny(WhiteSpace);

    // Every character char.IsWhiteSpace is true for (a test holds the two together).
    private static readonly System.Buffers.SearchValues<char> WhiteSpace = System.Buffers.SearchValues.Create(
        "\t\n\v\f\r \u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000");
}
