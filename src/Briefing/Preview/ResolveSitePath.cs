namespace Briefing.Preview;

internal enum SitePathStatus
{
    Found,
    NotFound,
    BadRequest,

    /// <summary>A folder asked for without its trailing slash: relative links in its index.html need one.</summary>
    AddSlash,
}

/// <summary>A request's file in the site; refused: dot segments (even encoded), backslashes, drive letters, NUL, links.</summary>
internal static class ResolveSitePath
{
    /// <param name="path">The decoded request path, starting with '/'.</param>
    /// <param name="rawTarget">The request target as the client sent it ("/a?b" or "http://host/a?b"), before it was decoded.</param>
    /// <returns>What the request is, and its file when <see cref="SitePathStatus.Found"/>.</returns>
    public static (SitePathStatus Status, string? File) Run(string outputFolder, string path, string? rawTarget = null)
    {
        if (!path.StartsWith('/') || HasForbiddenSegment(path)
            || (rawTarget is not null && HasForbiddenSegment(rawTarget.Split(['?', '#'])[0])))
        {
            return (SitePathStatus.BadRequest, null);
        }

        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputFolder));
        var current = root;
        foreach (var segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, segment);
            if (IsLink(current))
            {
                return (SitePathStatus.NotFound, null);
            }
        }

        if (Directory.Exists(current))
        {
            if (!path.EndsWith('/'))
            {
                return (SitePathStatus.AddSlash, null);
            }

            current = Path.Combine(current, "index.html");
            if (IsLink(current))
            {
                return (SitePathStatus.NotFound, null);
            }
        }

        return File.Exists(current) && Path.GetFullPath(current).StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? (SitePathStatus.Found, current)
            : (SitePathStatus.NotFound, null);
    }

    private static bool HasForbiddenSegment(string path)
    {
        var decoded = Uri.UnescapeDataString(path);
        if (decoded.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || decoded.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            var authorityEnd = decoded.IndexOf('/', decoded.IndexOf("//", StringComparison.Ordinal) + 2);
            decoded = authorityEnd < 0 ? "/" : decoded[authorityEnd..];
        }

        return decoded.IndexOfAny(['\\', '\0', ':']) >= 0 || decoded.Split('/').Any(s => s.Trim() is "." or "..");
    }

    /// <summary>True for a link, whether its target exists or not.</summary>
    private static bool IsLink(string path) => new FileInfo(path).LinkTarget is not null;
}
