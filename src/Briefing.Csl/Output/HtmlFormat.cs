using System.Text;

namespace Briefing.Csl.Output;

/// <summary>HTML fragments as the CSL test suite expects them; nested italics, bold and small caps flip back to normal.</summary>
internal sealed class HtmlFormat : IOutputFormat
{
    public static readonly HtmlFormat Instance = new();

    public string Render(Inline inline, QuoteMarks quotes)
    {
        var builder = new StringBuilder(256);
        Write(builder, inline, new Context(true, true, true, true), quotes);
        return builder.ToString();
    }

    private readonly record struct Context(bool OuterQuotes, bool Italics, bool Bold, bool SmallCaps);

    private static void Write(StringBuilder b, Inline node, Context ctx, QuoteMarks q)
    {
        switch (node.Kind)
        {
            case InlineKind.Text:
                WriteText(b, node.Text);
                break;
            case InlineKind.Quoted:
                b.Append(ctx.OuterQuotes ? q.OpenOuter : q.OpenInner);
                WriteAll(b, node, ctx with { OuterQuotes = !ctx.OuterQuotes }, q);
                b.Append(ctx.OuterQuotes ? q.CloseOuter : q.CloseInner);
                break;
            case InlineKind.Italic:
                Toggle(b, node, ctx.Italics, "<i>", "</i>", "<span style=\"font-style:normal;\">", ctx with { Italics = !ctx.Italics }, q);
                break;
            case InlineKind.NormalStyle:
                Toggle(b, node, !ctx.Italics, "<span style=\"font-style:normal;\">", "</span>", "", ctx with { Italics = true }, q);
                break;
            case InlineKind.Bold:
                Toggle(b, node, ctx.Bold, "<b>", "</b>", "<span style=\"font-weight:normal;\">", ctx with { Bold = !ctx.Bold }, q);
                break;
            case InlineKind.NormalWeight:
                Toggle(b, node, !ctx.Bold, "<span style=\"font-weight:normal;\">", "</span>", "", ctx with { Bold = true }, q);
                break;
            case InlineKind.SmallCaps:
                Toggle(b, node, ctx.SmallCaps, "<span style=\"font-variant:small-caps;\">", "</span>",
                    "<span style=\"font-variant:normal;\">", ctx with { SmallCaps = !ctx.SmallCaps }, q);
                break;
            case InlineKind.NormalVariant:
                Toggle(b, node, !ctx.SmallCaps, "<span style=\"font-variant:normal;\">", "</span>", "", ctx with { SmallCaps = true }, q);
                break;
            default:
                WriteTagged(b, node, ctx, q);
                break;
        }
    }

    private static void Toggle(StringBuilder b, Inline node, bool on, string open, string close, string offOpen, Context inner, QuoteMarks q)
    {
        if (on)
        {
            b.Append(open);
            WriteAll(b, node, inner, q);
            b.Append(close);
        }
        else if (offOpen.Length > 0)
        {
            b.Append(offOpen);
            WriteAll(b, node, inner, q);
            b.Append("</span>");
        }
        else
        {
            WriteAll(b, node, inner, q);
        }
    }

    private static void WriteTagged(StringBuilder b, Inline node, Context ctx, QuoteMarks q)
    {
        var (open, close) = node.Kind switch
        {
            InlineKind.Underline => ("<u>", "</u>"),
            InlineKind.Superscript => ("<sup>", "</sup>"),
            InlineKind.Subscript => ("<sub>", "</sub>"),
            InlineKind.Baseline => ("<span style=\"baseline\">", "</span>"),
            InlineKind.NoDecoration => (NoDecorationOpen(ctx), "</span>"),
            InlineKind.Div => ($"<div class=\"csl-{node.Text}\">", "</div>"),
            _ => ("", ""),
        };
        b.Append(open);
        WriteAll(b, node, ctx, q);
        b.Append(close);
    }

    private static string NoDecorationOpen(Context ctx) =>
        "<span style=\"" + (ctx.SmallCaps ? "" : "font-variant:normal;") + (ctx.Bold ? "" : "font-weight:normal;")
        + (ctx.Italics ? "" : "font-style:normal;") + "\">";

    private static void WriteAll(StringBuilder b, Inline node, Context ctx, QuoteMarks q)
    {
        var children = node.Children;
        for (var i = 0; i < children.Length; i++)
        {
            Write(b, children[i], ctx, q);
        }
    }

    private static readonly System.Buffers.SearchValues<char> Escaped = System.Buffers.SearchValues.Create("&<>");

    /// <summary>The text with markup characters escaped and superscript characters written as &lt;sup&gt;.</summary>
    private static void WriteText(StringBuilder b, string text)
    {
        if (!text.AsSpan().ContainsAny(Escaped) && !text.AsSpan().ContainsAnyInRange('\u00AA', '\uFFFF'))
        {
            b.Append(text);
            return;
        }
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var raised = c >= '\u00AA' ? Superscripts.Base(c) : null;
            var escaped = c switch
            {
                '&' => "&#38;",
                '<' => "&#60;",
                '>' => "&#62;",
                _ => null,
            };
            if (raised is null && escaped is null)
            {
                continue;
            }
            b.Append(text, start, i - start);
            start = i + 1;
            if (raised is not null)
            {
                b.Append("<sup>").Append(raised).Append("</sup>");
            }
            else
            {
                b.Append(escaped);
            }
        }
        b.Append(text, start, text.Length - start);
    }
}
