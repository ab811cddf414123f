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
    public static string? Render(Template template, DiagnosticBag diagnostics, params ReadOnlySpan<(string Name, object Value)> values)
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
        string text;
        try
        {
            text = template.Render(context);
        }
        catch (ScriptRuntimeException ex)
        {
            diagnostics.Add(Failure(template, ex));
            return null;
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
