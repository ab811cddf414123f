namespace Briefing.Csl;

/// <summary>A style, locale or item that cannot be read.</summary>
public sealed class CslException : Exception
{
    public CslException() { }

    public CslException(string message) : base(message) { }

    public CslException(string message, Exception inner) : base(message, inner) { }
}
