using System.Collections.Concurrent;
using Briefing.Diagnostics;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefing.Layout;

/// <summary>Renders a compiled template against a model; a template failure becomes a located diagnostic.</summary>
internal static partial class TemplateRunner
{
    // Scriban's built-in functions, made once and each only when a template names it: a new
    // TemplateContext would otherwise build them all for every page. Templates only read them; their
    // own variables go to each page's globals.
    private static readonly LazyBuiltins Builtins = new();

    /// <summary>
    /// Stands for the content in a shell that prints page.content as it is (see
    /// <see cref="Theme.ShellPrintsContentAsIs"/>). Made afresh for each run of the program, so that no
    /// text in a page can imitate it.
    /// </summary>
    public static readonly string ContentMarker = "\uFFFF" + Guid.NewGuid().ToString("N") + "\uFFFF";

    // Past this (in characters), an output buffer is not kept for the thread's next page.
    private const int MaxKeptBuffer = 1 << 20;

    [ThreadStatic]
    private static SharedAccessorContext? _threadContext;

    [ThreadStatic]
    private static BufferedOutput? _threadOutput;

    [ThreadStatic]
    private static BufferedOutput? _threadContent;

    /// <summary>Renders <paramref name="template"/> with each named value as a global.</summary>
    public static string? Render(Template template, DiagnosticBag diagnostics, params ReadOnlySpan<(string Name, object Value)> values) =>
        Run(template, diagnostics, null, values);

    /// <summary>
    /// A page's content (the briefing layout's output), kept in the thread's content buffer until the
    /// next call on this thread, for <see cref="RenderUtf8(Template, DiagnosticBag, BufferedOutput?, ReadOnlySpan{ValueTuple{string, object}})"/>
    /// to put where the shell prints <see cref="ContentMarker"/>.
    /// </summary>
    public static BufferedOutput? RenderContent(Template template, DiagnosticBag diagnostics, params ReadOnlySpan<(string Name, object Value)> values)
    {
        var output = Reused(ref _threadContent);
        return Run(template, diagnostics, output, values) is null ? null : output;
    }

    /// <summary>
    /// Renders <paramref name="template"/> as <see cref="Render"/> does, straight to UTF-8: the text is
    /// kept in the thread's reused buffer and encoded from there, never made into a string of its own.
    /// </summary>
    public static byte[]? RenderUtf8(Template template, DiagnosticBag diagnostics, params ReadOnlySpan<(string Name, object Value)> values) =>
        RenderUtf8(template, diagnostics, null, values);

    /// <summary>As <see cref="RenderUtf8(Template, DiagnosticBag, ReadOnlySpan{ValueTuple{string, object}})"/>, with <paramref name="content"/> where the output has <see cref="ContentMarker"/>.</summary>
    public static byte[]? RenderUtf8(Template template, DiagnosticBag diagnostics, BufferedOutput? content, params ReadOnlySpan<(string Name, object Value)> values)
    {
        var output = Reused(ref _threadOutput);
        return Run(template, diagnostics, output, values) is null ? null : output.ToUtf8(content);
    }

    /// <summary>
    /// As <see cref="RenderUtf8(Template, DiagnosticBag, BufferedOutput?, ReadOnlySpan{ValueTuple{string, object}})"/>,
    /// but the page goes to <paramref name="sink"/> straight from the encoding buffer, never copied
    /// into an array of its own; false when the template failed.
    /// </summary>
    public static bool RenderUtf8(Template template, DiagnosticBag diagnostics, BufferedOutput? content, string path, Output.FileSink sink,
        params ReadOnlySpan<(string Name, object Value)> values)
    {
        var output = Reused(ref _threadOutput);
        if (Run(template, diagnostics, output, values) is null)
        {
            return false;
        }

        sink(path, output.Encode(content));
        return true;
    }

    /// <summary>The thread's buffer, emptied; a new one in place of one a rare huge page grew.</summary>
    private static BufferedOutput Reused(ref BufferedOutput? kept)
    {
        if (kept is null || kept.Builder.Capacity > MaxKeptBuffer)
        {
            kept = new BufferedOutput();
        }

        kept.Builder.Clear();
        return kept;
    }

    /// <summary>The rendered text (empty when <paramref name="output"/> holds it), or null when the template failed.</summary>
    private static string? Run(Template template, DiagnosticBag diagnostics, BufferedOutput? output, ReadOnlySpan<(string Name, object Value)> values)
    {
        var globals = new ScriptObject(values.Length);
        foreach (var (name, value) in values)
        {
            globals.SetValue(name, value, readOnly: false);
        }

        // One context per thread, reused page after page: a context is costly to make (its stacks,
        // caches and output buffer), and Scriban resets it at the start of every render.
        var context = _threadContext ??= NewContext();
        context.PushGlobal(globals);
        if (output is not null)
        {
            context.PushOutput(output);
        }

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
            if (_threadContext is not null)
            {
                if (output is not null)
                {
                    context.PopOutput();
                }

                context.PopGlobal();
            }
        }
    }

    private static SharedAccessorContext NewContext() => new(Builtins)
    {
        StrictVariables = true,
        LoopLimit = 0, // briefings may carry thousands of notes
        LimitToString = 0, // the default cuts any value past 1 MiB with "...": a long article would lose its end
        EnableRelaxedMemberAccess = false,

        // Scriban indents every line of a value by the white space before its {{ }}: a theme that
        // indented {{ briefing.article_html }} would put spaces into the article's code blocks. Off,
        // a value is also written in one piece rather than line by line.
        AutoIndent = false,
    };

    /// <summary>A template's failure, located in the theme file.</summary>
    private static Diagnostic Failure(Template template, ScriptRuntimeException ex)
    {
        var start = ex.Span.Start;
        return Diagnostic.Error(DiagnosticCodes.InvalidValue,
            new SourceLocation(Loading.ContentFile.DisplayPath(ex.Span.FileName ?? template.SourceFilePath ?? "theme"), start.Line + 1, start.Column + 1),
            $"Template error: {ex.OriginalMessage}");
    }

    /// <summary>
    /// A context whose member accessors are shared by every page. Scriban makes them per context, by
    /// reflection over each model type; with a context per page that reflection (and the invokers it
    /// emits) was a quarter of a build's layout time. An accessor depends only on the object's type
    /// and the context's member filter and renamer, which every context here leaves at Scriban's
    /// defaults, and it is read-only once made.
    /// </summary>
    internal sealed class SharedAccessorContext(ScriptObject builtins) : TemplateContext(builtins)
    {
        private static readonly ConcurrentDictionary<Type, IObjectAccessor> Accessors = new();

        protected override IObjectAccessor GetMemberAccessorImpl(object target)
        {
            var type = target.GetType();
            if (Accessors.TryGetValue(type, out var accessor))
            {
                return accessor;
            }

            accessor = base.GetMemberAccessorImpl(target);
            return accessor is null ? accessor! : Accessors.GetOrAdd(type, accessor);
        }
    }
}
