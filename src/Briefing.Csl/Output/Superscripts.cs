namespace Briefing.Csl.Output;

/// <summary>Unicode superscript characters and the letters they raise, written as &lt;sup&gt; in HTML.</summary>
internal static class Superscripts
{
    private const string Pairs =
        "\u00AAa\u00B22\u00B33\u00B91\u00BAo\u02B0h\u02B1\u0266\u02B2j\u02B3r\u02B4\u0279\u02B5\u027B\u02B6\u0281\u02B7w\u02B8y"
        + "\u02E0\u0263\u02E1l\u02E2s\u02E3x\u02E4\u0295\u1D2CA\u1D2D\u00C6\u1D2EB\u1D30D\u1D31E\u1D32\u018E\u1D33G\u1D34H\u1D35I"
        + "\u1D36J\u1D37K\u1D38L\u1D39M\u1D3AN\u1D3CO\u1D3D\u0222\u1D3EP\u1D3FR\u1D40T\u1D41U\u1D42W\u1D43a\u1D44\u0250\u1D45\u0251"
        + "\u1D46\u1D02\u1D47b\u1D48d\u1D49e\u1D4A\u0259\u1D4B\u025B\u1D4C\u025C\u1D4Dg\u1D4Fk\u1D50m\u1D51\u014B\u1D52o\u1D53\u0254"
        + "\u1D54\u1D16\u1D55\u1D17\u1D56p\u1D57t\u1D58u\u1D59\u1D1D\u1D5A\u026F\u1D5Bv\u1D5C\u1D25\u1D5D\u03B2\u1D5E\u03B3\u1D5F\u03B4"
        + "\u1D60\u03C6\u1D61\u03C7\u20700\u2071i\u20744\u20755\u20766\u20777\u20788\u20799\u207A+\u207B\u2212\u207C=\u207D(\u207E)"
        + "\u207Fn\u3192\u4E00\u3193\u4E8C\u3194\u4E09\u3195\u56DB\u3196\u4E0A\u3197\u4E2D\u3198\u4E0B\u3199\u7532\u319A\u4E59"
        + "\u319B\u4E19\u319C\u4E01\u319D\u5929\u319E\u5730\u319F\u4EBA";

    private static readonly Dictionary<char, string> Map = Enumerable.Range(0, Pairs.Length / 2)
        .ToDictionary(i => Pairs[2 * i], i => Pairs[(2 * i) + 1].ToString());

    public static string? Base(char c) => c == '\u2120' ? "SM" : c == '\u2122' ? "TM" : Map.GetValueOrDefault(c);
}
