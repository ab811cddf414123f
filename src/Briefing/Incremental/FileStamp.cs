namespace Briefing.Incremental;

/// <summary>A file's size and last write time, as it was when the build read it (see Loading's ReadLog).</summary>
internal readonly record struct FileStamp(long Length, long WrittenTicks);

/// <summary>A file's stamp with its name relative to the folder it was read in.</summary>
internal sealed record NamedStamp(string Name, FileStamp Stamp);
