using NUglify;
using NUglify.Css;

namespace Briefing.Layout;

/// <summary>Theme stylesheets and scripts minified by NUglify; a file it finds an error in, or not UTF-8, is kept as written.</summary>
internal static class MinifyAsset
{
    // Colours stay as the theme names them.
    private static readonly CssSettings Css = new() { ColorNames = CssColor.NoSwap };

    public static byte[] Run(string name, byte[] content)
    {
        var extension = Path.GetExtension(name);
        var css = extension.Equals(".css", StringComparison.OrdinalIgnoreCase);
        if ((!css && !extension.Equals(".js", StringComparison.OrdinalIgnoreCase)) || !System.Text.Unicode.Utf8.IsValid(content))
        {
            return content;
        }

        var text = Encoding.UTF8.GetString(content);
        var result = css ? Uglify.Css(text, Css) : Uglify.Js(text);
        return result.HasErrors || result.Code is null ? content : Encoding.UTF8.GetBytes(result.Code);
    }
}
