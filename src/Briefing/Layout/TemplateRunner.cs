using System.Buffers;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefing.Layout;

/// <summary>Renders a compiled template against a model; a template failure becomes a located diagnostic.</summary>
internal static class TemplateRunner
{
    // One context per thread, reset by Scriban at each render: a new context per page costs a build over 10%.
    [ThreadStatic]
    private static TemplateContext? _threadContext;

    /// <summary>Renders <paramref name="template"/> with each named value as a global; null when the template failed.</summary>
    public static string? Render(Template template, DiagnosticBag diagnostics, params ReadOnlySpan<(string Name, object Value)> values) =>
        Run(template, diagnostics, null, values);

    /// <summary>As <see cref="Render"/>, in UTF-8.</summary>
    public static byte[]? RenderUtf8(Template template, DiagnosticBag diagnostics, params ReadOnlySpan<(string Name, object Value)> values)
    {
        var bytes = new ArrayBufferWriter<byte>();
        return RenderUtf8(template, diagnostics, bytes, values) ? bytes.WrittenSpan.ToArray() : null;
    }

    /// <summary>As <see cref="Render"/>, into <paramref name="bytes"/> as Scriban writes it; false (bytes incomplete) on failure.</summary>
    public static bool RenderUtf8(Template template, DiagnosticBag diagnostics, IBufferWriter<byte> bytes, params ReadOnlySpan<(string Name, object Value)> values)
    {
        var output = new Utf8Output(bytes);
        if (Run(template, diagnostics, output, values) is null)
        {
            return false;
        }

        output.Complete();
        return true;
    }

    /// <summary>Renders into <paramref name="output"/>, or into the text returned when it is null; null when the template failed.</summary>
    private static string? Run(Template template, DiagnosticBag diagnostics, IScriptOutput? output,
        ReadOnlySpan<(string Name, object Value)> values)
    {
        var globals = new ScriptObject(values.Length);
        foreach (var (name, value) in values)
        {
            globals.SetValue(name, value, readOnly: false);
        }

        // Given back to the thread only after a render that succeeded: a failed one may leave its stacks anywhere.
        var context = _threadContext ?? NewContext();
        _threadContext = null;
        context.PushGlobal(globals);
        if (output is not null)
        {
            context.PushOutput(output);
        }

        string text;
        try
        {
            // Scriban returns its output's text: with an output of the caller's, its type's name, not used.
            text = template.Render(context);
        }
        catch (ScriptRuntimeException ex)
        {
            diagnostics.Add(Failure(template, ex));
            return null;
        }

        if (output is not null)
        {
            context.PopOutput();
        }

        context.PopGlobal();
        _threadContext = context;
        return text;
    }

    private static TemplateContext NewContext() => new()
    {
        StrictVariables = true,
        LoopLimit = 0, // briefings may carry thousands of notes
        LimitToString = 0, // the default cuts any value past 1 MiB with "...": a long article would lose its end
        EnableRelaxedMemberAccess = false,
        AutoIndent = false, // else an indented {{ briefing.article_html }} puts spaces into the article's code blocks
    };

    /// <summary>A template's failure, located in the theme file.</summary>
    private static Diagnostic Failure(Template template, ScriptRuntimeException ex)
    {
        var start = ex.Span.Start;
        return Diagnostic.Error(DiagnosticCodes.InvalidValue,
            new SourceLocation(Loading.ContentFile.DisplayPath(ex.Span.FileName ?? template.SourceFilePath ?? "theme"), start.Line + 1, start.Column + 1),
            $"Template error: {ex.OriginalMessage}");
    }
}
