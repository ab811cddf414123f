namespace Briefing.Output;

/// <summary>A file of the built site: its path under the output folder (with '/') and its bytes.</summary>
internal sealed record SiteFile(string Path, byte[] Content);
