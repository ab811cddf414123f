using Scriban;
using Scriban.Syntax;

namespace Briefing.Layout;

/// <summary>
/// An item of a list a layout loops over whose printed text a rebuild can take from the last build:
/// its key changes with any of its fields.
/// </summary>
internal interface IFragmentItem
{
    UInt128 FragmentKey { get; }
}

/// <summary>The text one loop printed for one item: the loop (see <see cref="CachedLoops"/>) and the item's key.</summary>
internal readonly record struct FragmentKey(int Loop, UInt128 Item);

/// <summary>
/// The loops of the index and topic layouts whose printed text can be kept between builds. A 4,000-briefing
/// index prints every briefing's entry through one loop, and a rebuild that changes one note's count
/// printed all 4,000 again; the entries it can take from the last build are taken, and only the others
/// go through the template.
/// <para>
/// A loop's text for an item is taken from a store (<see cref="FragmentPage"/>) only when it cannot
/// depend on anything but the item: the loop is a plain <c>for item in …</c> (not <c>tablerow</c>); its
/// body reads no variable but the item and the variables of loops inside it (not <c>site</c>, not
/// <c>for.index</c>, which counts across the list), calls no function and has no <c>break</c>,
/// <c>continue</c> or <c>return</c>; and nothing in the whole layout assigns a value, captures, defines
/// a function or changes scope, so nothing can change an item before it is printed. The item must be an
/// <see cref="IFragmentItem"/>, whose key covers every field it has. The store itself is only ever used
/// by a build with the same theme, settings and program (the cache's key). Any other loop runs as written.
/// </para>
/// </summary>
internal static class CachedLoops
{
    // A loop's number is its layout's, times 256, plus its own.
    private const int MaxLoops = 256;

    /// <summary>
    /// Replaces each such loop of <paramref name="template"/> with a <see cref="CachedForStatement"/> numbered
    /// from <paramref name="layout"/>; how many it replaced. What the template prints does not change.
    /// </summary>
    public static int Prepare(Template template, int layout)
    {
        if (template.HasErrors || template.Page is not { } page || !IsPureTemplate(page))
        {
            return 0;
        }

        var replaced = 0;
        Replace(page, layout, ref replaced);
        return replaced;
    }

    private static void Replace(ScriptNode node, int layout, ref int replaced)
    {
        if (node is ScriptBlockStatement block)
        {
            var statements = block.Statements;
            for (var i = 0; i < statements.Count; i++)
            {
                if (replaced < MaxLoops && statements[i] is ScriptForStatement loop && loop.GetType() == typeof(ScriptForStatement) && IsCacheable(loop))
                {
                    statements[i] = CachedForStatement.From(loop, (layout * MaxLoops) + replaced);
                    replaced++;
                }
            }
        }

        foreach (var child in node.Children)
        {
            if (child is not null)
            {
                Replace(child, layout, ref replaced);
            }
        }
    }

    private static bool IsCacheable(ScriptForStatement loop)
    {
        if (loop.Variable is not ScriptVariable variable || loop.NamedArguments is { Count: > 0 } || loop.SetContinue)
        {
            return false;
        }

        var names = new HashSet<string>(StringComparer.Ordinal) { variable.Name };
        AddLoopVariables(loop.Body, names);
        return IsPureBody(loop.Body, names);
    }

    // The variables of the loops inside a body: each is set by its loop, item by item.
    private static void AddLoopVariables(ScriptNode? node, HashSet<string> names)
    {
        if (node is null)
        {
            return;
        }

        if (node is ScriptForStatement { Variable: ScriptVariable inner })
        {
            names.Add(inner.Name);
        }

        foreach (var child in node.Children)
        {
            AddLoopVariables(child, names);
        }
    }

    // Anywhere in the template: nothing that gives a variable or a member a value, or changes scope.
    private static bool IsPureTemplate(ScriptNode? node) =>
        node switch
        {
            null => true,
            ScriptAssignExpression or ScriptIncrementDecrementExpression or ScriptCaptureStatement or ScriptFunction or ScriptAnonymousFunction
                or ScriptWithStatement or ScriptImportStatement or ScriptReadOnlyStatement or ScriptWrapStatement or ScriptFrontMatter => false,
            _ => node.Children.All(IsPureTemplate),
        };

    // In a loop's body: only what prints, tests and reads the item (and inner loops' items), each node of a kind listed here.
    private static bool IsPureBody(ScriptNode? node, HashSet<string> names) =>
        node switch
        {
            null => true,

            // In item.title, "title" is a member's name, not a variable.
            ScriptMemberExpression member => IsPureBody(member.Target, names),
            ScriptVariable variable => names.Contains(variable.Name),
            ScriptForStatement inner when inner.GetType() != typeof(ScriptForStatement) || inner.NamedArguments is { Count: > 0 } || inner.SetContinue => false,
            ScriptBlockStatement or ScriptRawStatement or ScriptExpressionStatement or ScriptIfStatement or ScriptElseStatement or ScriptForStatement
                or ScriptEscapeStatement or ScriptNopStatement or ScriptEndStatement or ScriptBinaryExpression or ScriptUnaryExpression or ScriptConditionalExpression
                or ScriptNestedExpression or ScriptIndexerExpression or ScriptIsEmptyExpression or ScriptLiteral or ScriptKeyword or ScriptToken
                or ScriptIdentifier or ScriptList => node.Children.All(child => IsPureBody(child, names)),
            _ => false,
        };
}

/// <summary>
/// A <c>for</c> loop whose text for each item (an <see cref="IFragmentItem"/>) is taken from the render's
/// <see cref="FragmentPage"/> when it has it, and given to it when it does not. Without a fragment page,
/// or for any other item, it is the loop as written.
/// </summary>
internal sealed class CachedForStatement : ScriptForStatement
{
    private CachedForStatement(int loop) => Loop = loop;

    /// <summary>Which loop of which layout this is, for <see cref="FragmentKey.Loop"/>.</summary>
    public int Loop { get; }

    /// <summary>The loop in place of <paramref name="loop"/>, which gives it its parts.</summary>
    public static CachedForStatement From(ScriptForStatement loop, int number)
    {
        var variable = loop.Variable;
        var iterator = loop.Iterator;
        var body = loop.Body;
        var otherwise = loop.Else;

        // A node has one parent: each part is let go of before it is given to the new loop.
        loop.Variable = null;
        loop.Iterator = null;
        loop.Body = null;
        loop.Else = null;
        return new CachedForStatement(number) { Variable = variable, Iterator = iterator, Body = body, Else = otherwise, Span = loop.Span };
    }

    protected override object? LoopItem(TemplateContext context, LoopState state)
    {
        if (context is not TemplateRunner.PageContext { Fragments: { } page }
            || TemplateRunner.BuilderOf(context.Output) is not { } builder
            || Variable is not ScriptVariable variable
            || context.GetValue(variable) is not IFragmentItem item)
        {
            return base.LoopItem(context, state);
        }

        var key = new FragmentKey(Loop, item.FragmentKey);
        if (page.TryTake(key, builder))
        {
            // What the body gives back when it has printed its text (a block's value is always null).
            return null;
        }

        var start = builder.Length;
        var result = base.LoopItem(context, state);
        page.Made(key, builder, start);
        return result;
    }
}
