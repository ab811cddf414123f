namespace Briefing.Loading;

/// <summary>A located document tree read from YAML or JSON, so that every loader can say where a value is, whatever the format.</summary>
internal abstract record Node(SourceLocation At)
{
    public abstract string Describe();
}

internal enum ScalarKind
{
    /// <summary>A YAML plain scalar: may be a boolean, a number, a date or null.</summary>
    Plain,

    /// <summary>A quoted or block YAML scalar, or a JSON string: always text.</summary>
    Text,
    JsonNumber,
    JsonBoolean,
    JsonNull,
}

internal sealed record ScalarNode(SourceLocation At, string Value, ScalarKind Kind) : Node(At)
{
    public bool IsNull =>
        Kind == ScalarKind.JsonNull
        || (Kind == ScalarKind.Plain && Value is "" or "~" or "null" or "Null" or "NULL");

    public override string Describe() => IsNull ? "nothing" : "a single value";
}

internal sealed record SequenceNode(SourceLocation At, ImmutableArray<Node> Items) : Node(At)
{
    public override string Describe() => "a list";
}

internal sealed record MappingNode(SourceLocation At, ImmutableArray<KeyValuePair<ScalarNode, Node>> Entries) : Node(At)
{
    public override string Describe() => "a set of keys";
}
