using System.IO.MemoryMappedFiles;

namespace Briefing.Output;

/// <summary>
/// A file read through a read-only memory map: its bytes are the page cache's own, not copied into new
/// memory (a rebuild reads the last build's 3 MB feed and 1 MB index this way, and taking fresh memory
/// page by page cost more than the copy).
/// </summary>
internal sealed unsafe class MappedFile : IDisposable
{
    private readonly MemoryMappedFile? _file;
    private readonly MemoryMappedViewAccessor? _view;
    private byte* _start;

    private MappedFile(MemoryMappedFile? file, MemoryMappedViewAccessor? view, int length)
    {
        _file = file;
        _view = view;
        Length = length;
        if (view is not null)
        {
            view.SafeMemoryMappedViewHandle.AcquirePointer(ref _start);
            _start += view.PointerOffset;
        }
    }

    public int Length { get; }

    /// <summary>The file's bytes: valid until the file is disposed.</summary>
    public ReadOnlySpan<byte> Bytes => _start is null ? [] : new ReadOnlySpan<byte>(_start, Length);

    /// <summary>The file when it has <paramref name="length"/> bytes; null when it has another length.</summary>
    public static MappedFile? Open(string path, int length)
    {
        using var handle = File.OpenHandle(path);
        if (RandomAccess.GetLength(handle) != length)
        {
            return null;
        }

        if (length == 0)
        {
            return new MappedFile(null, null, 0);
        }

        var file = MemoryMappedFile.CreateFromFile(handle, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: false);
        try
        {
            return new MappedFile(file, file.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read), length);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        if (_start is not null)
        {
            _start = null;
            _view!.SafeMemoryMappedViewHandle.ReleasePointer();
        }

        _view?.Dispose();
        _file?.Dispose();
    }
}
