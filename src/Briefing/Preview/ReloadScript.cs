namespace Briefing.Preview;

/// <summary>
/// The preview's script tag. It is added to HTML as the preview server sends it, never to the files in the
/// output folder: the built site must stay exactly what `briefing build` writes.
/// </summary>
internal static class ReloadScript
{
    public const string Path = "/_briefing/reload.js";

    public const string Tag = "<script src=\"/_briefing/reload.js\"></script>";

    /// <summary>The page with the tag before its last &lt;/body&gt; (or at its end when it has none).</summary>
    public static byte[] Inject(byte[] html)
    {
        var text = Encoding.UTF8.GetString(html);
        var at = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return Encoding.UTF8.GetBytes(at < 0 ? text + Tag : text.Insert(at, Tag));
    }
}
