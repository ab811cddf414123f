using System.Collections.Frozen;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Briefing.Layout;

/// <summary>
/// Scriban's built-in objects (<c>string</c>, <c>array</c>, <c>date</c>, <c>html</c>, …), each made the
/// first time a template names it. Scriban's own <see cref="BuiltinFunctions"/> makes all twelve at
/// once, importing every function of every module by reflection: about 10 ms of a one-briefing build,
/// spent before the first page even though the default theme uses none of them. A theme that does
/// use them gets the same objects Scriban would give it.
/// </summary>
internal sealed class LazyBuiltins : ScriptObject
{
    private static readonly FrozenDictionary<string, Lazy<object>> Modules = new Dictionary<string, Lazy<object>>(StringComparer.Ordinal)
    {
        ["array"] = new(() => new ArrayFunctions()),
        ["empty"] = new(() => EmptyScriptObject.Default),
        ["blank"] = new(() => EmptyScriptObject.Default),
        ["include"] = new(() => new IncludeFunction()),
        ["include_join"] = new(() => new IncludeJoinFunction()),
        ["date"] = new(() => new DateTimeFunctions()),
        ["html"] = new(() => new HtmlFunctions()),
        ["math"] = new(() => new MathFunctions()),
        ["object"] = new(() => new ObjectFunctions()),
        ["regex"] = new(() => new RegexFunctions()),
        ["string"] = new(() => new StringFunctions()),
        ["timespan"] = new(() => new TimeSpanFunctions()),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The names Scriban's default built-in object has.</summary>
    public static IEnumerable<string> Names => Modules.Keys;

    public override bool Contains(string member) => Modules.ContainsKey(member);

    public override bool TryGetValue(Scriban.TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        // Lazy<T> is thread-safe by default: threads laying out pages at once share one module.
        if (Modules.TryGetValue(member, out var module))
        {
            value = module.Value;
            return true;
        }

        value = null;
        return false;
    }

    public override bool CanWrite(string member) => !Modules.ContainsKey(member);

    public override bool TrySetValue(Scriban.TemplateContext? context, SourceSpan span, string member, object? value, bool readOnly) => false;

    public override bool Remove(string member) => false;
}
