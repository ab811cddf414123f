using Briefing.Diagnostics;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefing.Layout;

/// <summary>Renders a compiled template against a model; a template failure becomes a located diagnostic.</summary>
internal static class TemplateRunner
{
    // Scriban's built-in functions, made once: a new TemplateContext would otherwise build them for
    // every page. Templates only read them; their own variables go to each page's globals.
    private static readonly ScriptObject Builtins = new TemplateContext().BuiltinObject;

    public static string? Render(Template template, object model, DiagnosticBag diagnostics)
    {
        var globals = new ScriptObject();
        globals.Import(model);
        var context = new TemplateContext(Builtins)
        {
            StrictVariables = true,
            LoopLimit = 0, // briefings may carry thousands of notes
            LimitToString = 0, // the default cuts any value past 1 MiB with "...": a long article would lose its end
            EnableRelaxedMemberAccess = false,
        };
        context.PushGlobal(globals);
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException ex)
        {
            var start = ex.Span.Start;
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidValue,
                new SourceLocation(Loading.ContentFile.DisplayPath(ex.Span.FileName ?? template.SourceFilePath ?? "theme"), start.Line + 1, start.Column + 1),
                $"Template error: {ex.OriginalMessage}"));
            return null;
        }
    }
}
