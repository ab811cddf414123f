namespace Briefing.Preview;

internal enum SitePathStatus
{
    Found,
    NotFound,
    BadRequest,

    /// <summary>A folder asked for without its trailing slash: relative links in its index.html need one.</summary>
    AddSlash,
}

/// <summary>The file a request maps to, when <see cref="SitePathStatus.Found"/>.</summary>
internal readonly record struct SitePath(SitePathStatus Status, string? File = null)
{
    public static readonly SitePath NotFound = new(SitePathStatus.NotFound);

    public static readonly SitePath BadRequest = new(SitePathStatus.BadRequest);
}

/// <summary>A request's file in the site; refused: dot segments (even encoded), backslashes, drive letters, NUL, links.</summary>
internal static class ResolveSitePath
{
    /// <param name="path">The decoded request path, starting with '/'.</param>
    /// <param name="rawTarget">The request target as the client sent it, before the server decoded or normalised it.</param>
    public static SitePath Run(string outputFolder, string path, string? rawTarget = null)
    {
        if (!path.StartsWith('/') || HasForbiddenSegment(path) || (rawTarget is not null && HasForbiddenSegment(RawPath(rawTarget))))
        {
            return SitePath.BadRequest;
        }

        var root = Path.GetFullPath(outputFolder);
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var current = root;
        foreach (var segment in segments)
        {
            current = Path.Combine(current, segment);
            if (IsLink(current))
            {
                return SitePath.NotFound;
            }
        }

        if (Directory.Exists(current))
        {
            if (!path.EndsWith('/'))
            {
                return new SitePath(SitePathStatus.AddSlash);
            }

            current = Path.Combine(current, "index.html");
            if (IsLink(current))
            {
                return SitePath.NotFound;
            }
        }

        return File.Exists(current) && IsInside(root, Path.GetFullPath(current))
            ? new SitePath(SitePathStatus.Found, current)
            : SitePath.NotFound;
    }

    /// <summary>The path part of a request target (origin form "/a?b", or absolute form "http://host/a?b").</summary>
    private static string RawPath(string rawTarget)
    {
        var end = rawTarget.IndexOfAny(['?', '#']);
        return end < 0 ? rawTarget : rawTarget[..end];
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

    private static bool IsInside(string root, string path) =>
        path.StartsWith(Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
