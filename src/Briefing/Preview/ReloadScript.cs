namespace Briefing.Preview;

/// <summary>The preview's script tag, added to HTML as the server sends it: the files in the output folder stay what `build` writes.</summary>
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
