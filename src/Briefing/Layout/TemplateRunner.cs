using Briefing.Diagnostics;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefing.Layout;

/// <summary>Renders a compiled template against a model; a template failure becomes a located diagnostic.</summary>
internal static class TemplateRunner
{
    public static string? Render(Template template, object model, DiagnosticBag diagnostics)
    {
        var globals = new ScriptObject();
        globals.Import(model);
        var context = new TemplateContext
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
