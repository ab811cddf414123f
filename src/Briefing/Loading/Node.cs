namespace Briefing.Loading;

/// <summary>A located document tree read from YAML or JSON, so that every loader can say where a value is, whatever the format.</summary>
internal abstract record Node(SourceLocation At)
{
    public string Describe() => this switch
    {
        ScalarNode { IsNull: true } => "nothing",
        ScalarNode => "a single value",
        SequenceNode => "a list",
        _ => "a set of keys",
    };
}

/// <param name="Plain">A YAML plain scalar or a JSON number, boolean or null: may be a boolean, a number, a date or null.
/// Otherwise (a quoted or block YAML scalar, a JSON string) it is always text.</param>
internal sealed record ScalarNode(SourceLocation At, string Value, bool Plain) : Node(At)
{
    public bool IsNull => Plain && Value is "" or "~" or "null" or "Null" or "NULL";
}

internal sealed record SequenceNode(SourceLocation At, ImmutableArray<Node> Items) : Node(At);

internal sealed record MappingNode(SourceLocation At, ImmutableArray<KeyValuePair<ScalarNode, Node>> Entries) : Node(At);
