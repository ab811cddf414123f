using System.Text;
using Briefing.Diagnostics;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefing.Layout;

/// <summary>Renders a compiled template against a model; a template failure becomes a located diagnostic.</summary>
internal static class TemplateRunner
{
    // One context per thread, reset by Scriban at each render: a new context per page costs a build over 10%.
    [ThreadStatic]
    private static PageContext? _threadContext;

    /// <summary>Renders <paramref name="template"/> with each named value as a global; null when the template failed.</summary>
    public static string? Render(Template template, DiagnosticBag diagnostics, params ReadOnlySpan<(string Name, object Value)> values) =>
        Render(template, diagnostics, null, values);

    /// <summary>As <see cref="Render(Template, DiagnosticBag, ReadOnlySpan{ValueTuple{string, object}})"/>, its cached loops taking from and giving to <paramref name="fragments"/>.</summary>
    public static string? Render(Template template, DiagnosticBag diagnostics, FragmentPage? fragments, params ReadOnlySpan<(string Name, object Value)> values)
    {
        var globals = new ScriptObject(values.Length);
        foreach (var (name, value) in values)
        {
            globals.SetValue(name, value, readOnly: false);
        }

        var context = _threadContext ??= NewContext();
        context.PushGlobal(globals);
        context.Fragments = fragments;
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException ex)
        {
            diagnostics.Add(Failure(template, ex));
            _threadContext = null; // a failed render may leave the context's stacks anywhere
            return null;
        }
        catch
        {
            _threadContext = null;
            throw;
        }
        finally
        {
            context.Fragments = null;
            if (_threadContext is not null)
            {
                context.PopGlobal();
            }
        }
    }

    private static PageContext NewContext() => new()
    {
        StrictVariables = true,
        LoopLimit = 0, // briefings may carry thousands of notes
        LimitToString = 0, // the default cuts any value past 1 MiB with "...": a long article would lose its end
        EnableRelaxedMemberAccess = false,

        // Scriban indents every line of a value by the white space before its {{ }}: a theme that
        // indented {{ briefing.article_html }} would put spaces into the article's code blocks.
        AutoIndent = false,
    };

    /// <summary>As <see cref="Render(Template, DiagnosticBag, ReadOnlySpan{ValueTuple{string, object}})"/>, in UTF-8.</summary>
    public static byte[]? RenderUtf8(Template template, DiagnosticBag diagnostics, params ReadOnlySpan<(string Name, object Value)> values) =>
        Render(template, diagnostics, values) is { } text ? Encoding.UTF8.GetBytes(text) : null;

    /// <summary>
    /// A shell around <paramref name="content"/> (which <paramref name="fragments"/>' entries were printed
    /// into), in UTF-8; the entries are then placed where the page has the content first.
    /// </summary>
    public static byte[]? RenderUtf8(Template template, DiagnosticBag diagnostics, string content, FragmentPage? fragments,
        params ReadOnlySpan<(string Name, object Value)> values)
    {
        if (Render(template, diagnostics, values) is not { } text)
        {
            return null;
        }

        var bytes = Encoding.UTF8.GetBytes(text);
        if (fragments is not null)
        {
            Place(fragments, bytes, text, content);
        }

        return bytes;
    }

    // Each entry's bytes in the page, when the page has the content whole and no entry starts or ends inside a surrogate pair.
    private static void Place(FragmentPage fragments, byte[] bytes, string page, string content)
    {
        var at = page.IndexOf(content, StringComparison.Ordinal);
        if (at < 0 || (at > 0 && char.IsHighSurrogate(page[at - 1])))
        {
            return;
        }

        var places = new List<(FragmentKey, int, int)>(fragments.Entries.Count);
        var contentOffset = Encoding.UTF8.GetByteCount(page.AsSpan(0, at));
        var from = 0;
        var offset = contentOffset;
        foreach (var (key, start, length) in fragments.Entries)
        {
            if (start < from || start + length > content.Length || SplitsPair(content, start) || SplitsPair(content, start + length))
            {
                return;
            }

            offset += Encoding.UTF8.GetByteCount(content.AsSpan(from, start - from));
            var size = Encoding.UTF8.GetByteCount(content.AsSpan(start, length));
            places.Add((key, offset, size));
            offset += size;
            from = start + length;
        }

        fragments.Place(bytes, places);
    }

    private static bool SplitsPair(string text, int at) => at > 0 && at < text.Length && char.IsHighSurrogate(text[at - 1]);

    /// <summary>A template's failure, located in the theme file.</summary>
    private static Diagnostic Failure(Template template, ScriptRuntimeException ex)
    {
        var start = ex.Span.Start;
        return Diagnostic.Error(DiagnosticCodes.InvalidValue,
            new SourceLocation(Loading.ContentFile.DisplayPath(ex.Span.FileName ?? template.SourceFilePath ?? "theme"), start.Line + 1, start.Column + 1),
            $"Template error: {ex.OriginalMessage}");
    }

    /// <summary>The builder an output writes to, when it is the plain output a render here writes to.</summary>
    public static StringBuilder? BuilderOf(IScriptOutput output) => (output as StringBuilderOutput)?.Builder;

    /// <summary>A context that carries, for the list pages' cached loops, the fragments they take from and give to.</summary>
    internal sealed class PageContext : TemplateContext
    {
        /// <summary>The fragments the render's cached loops take from and give to; null outside such a render.</summary>
        public FragmentPage? Fragments { get; set; }
    }
}
