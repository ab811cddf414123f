using System.Runtime.InteropServices;

namespace Briefing.Incremental;

/// <summary>
/// A file's or folder's stamp read with one statx(2) call on Linux. A rebuild of 4,000 briefings checks
/// 12,000 stamps, and FileInfo spent as long around each system call as in it (a full path built and
/// checked, an object, the attributes for Length). Gives the very values FileInfo and
/// Directory.GetLastWriteTimeUtc give (FileStatTests holds it to them); anything it cannot answer
/// exactly (another system, a link, an error but "not there") is left to them.
/// </summary>
internal static partial class FileStat
{
    private const int AtCurrentFolder = -100; // AT_FDCWD
    private const int DoNotFollowLinks = 0x100; // AT_SYMLINK_NOFOLLOW
    private const uint TypeSizeAndTime = 0x1 | 0x200 | 0x40; // STATX_TYPE | STATX_SIZE | STATX_MTIME
    private const ushort TypeBits = 0xF000; // S_IFMT
    private const ushort RegularFile = 0x8000; // S_IFREG
    private const ushort Directory = 0x4000; // S_IFDIR
    private const int NotThere = 2; // ENOENT
    private const int NotAFolder = 20; // ENOTDIR

    private static volatile bool _unavailable = !OperatingSystem.IsLinux();

    /// <summary>Whether stamps are read with statx (false once the call turned out not to be there).</summary>
    internal static bool ReadsWithStatx => !_unavailable;

    /// <summary>The stamp FileInfo gives: size and time of a file, default when there is none (or a folder is there).</summary>
    public static FileStamp OfFile(string path)
    {
        if (StampOf(Read(path)) is { } stamp)
        {
            return stamp;
        }

        var info = new FileInfo(path);
        return info.Exists ? new FileStamp(info.Length, info.LastWriteTimeUtc.Ticks) : default;
    }

    /// <summary>What Directory.GetLastWriteTimeUtc(<paramref name="path"/>).Ticks gives.</summary>
    public static long FolderTicks(string path) => FolderTicksOf(Read(path)) ?? System.IO.Directory.GetLastWriteTimeUtc(path).Ticks;

    // A file's stamp as FileInfo gives it (default when nothing is there); null when only FileInfo can tell (a link, a folder, an error).
    private static FileStamp? StampOf((StatxBuffer Buffer, bool Missing)? stat) =>
        stat switch
        {
            { Missing: true } => default(FileStamp),
            { Buffer: var buffer } when (buffer.Mode & TypeBits) == RegularFile => new FileStamp((long)buffer.Size, Ticks(buffer)),
            _ => null,
        };

    // A folder's time; null when only Directory can tell.
    private static long? FolderTicksOf((StatxBuffer Buffer, bool Missing)? stat) =>
        stat is { Missing: false, Buffer: var buffer } && (buffer.Mode & TypeBits) == Directory ? Ticks(buffer) : null;

    // As FileStatus makes it: the Unix seconds, then the nanoseconds in whole ticks.
    private static long Ticks(in StatxBuffer buffer) =>
        DateTimeOffset.FromUnixTimeSeconds(buffer.ModifiedSeconds).AddTicks(buffer.ModifiedNanoseconds / 100).UtcTicks;

    private static (StatxBuffer Buffer, bool Missing)? Read(string path) => Read(AtCurrentFolder, path, DoNotFollowLinks);

    private static (StatxBuffer Buffer, bool Missing)? Read(int folder, string path, int flags)
    {
        if (_unavailable)
        {
            return null;
        }

        var buffer = default(StatxBuffer);
        int result;
        try
        {
            result = Statx(folder, path, flags, TypeSizeAndTime, ref buffer);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            _unavailable = true;
            return null;
        }

        if (result != 0)
        {
            var error = Marshal.GetLastPInvokeError();
            return error is NotThere or NotAFolder ? (buffer, true) : null;
        }

        // A kernel may leave out what it cannot give: then FileInfo answers.
        return (buffer.Mask & TypeSizeAndTime) == TypeSizeAndTime ? (buffer, false) : null;
    }

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int descriptor);

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Statx(int folder, string path, int flags, uint mask, ref StatxBuffer buffer);

    /// <summary>
    /// A folder held open while stamps under it are read by their paths below it: the kernel then walks
    /// one or two names, not the whole path from the root (those walks were the larger part of each call).
    /// Where it cannot be held open, stamps are read by their whole paths.
    /// </summary>
    internal sealed class Folder : IDisposable
    {
        private const int PathOnly = 0x200000; // O_PATH
        private const int CloseOnExec = 0x80000; // O_CLOEXEC
        private const int EmptyPath = 0x1000; // AT_EMPTY_PATH

        private readonly string _path;
        private int _descriptor = -1;

        private Folder(string path) => _path = path;

        /// <summary>Whether stamps are read relative to the open folder.</summary>
        internal bool IsOpen => _descriptor >= 0;

        public static Folder Open(string path)
        {
            var folder = new Folder(path);
            if (_unavailable)
            {
                return folder;
            }

            try
            {
                var descriptor = FileStat.Open(path, PathOnly | CloseOnExec);
                if (descriptor >= 0 && FolderTicksOf(Read(descriptor, "", EmptyPath)) is not null)
                {
                    folder._descriptor = descriptor;
                }
                else if (descriptor >= 0)
                {
                    _ = Close(descriptor); // a descriptor only for paths: nothing to flush, nothing to do if closing fails
                }
            }
            catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
            {
            }

            return folder;
        }

        /// <summary>What <see cref="OfFile(string)"/> gives for <paramref name="name"/> in the folder's subfolder <paramref name="subfolder"/>.</summary>
        public FileStamp OfFile(string subfolder, string name) =>
            (IsOpen ? StampOf(Read(_descriptor, subfolder + "/" + name, DoNotFollowLinks)) : null) ?? FileStat.OfFile(Path.Combine(_path, subfolder, name));

        /// <summary>What <see cref="FolderTicks(string)"/> gives for the folder's subfolder <paramref name="subfolder"/>.</summary>
        public long FolderTicks(string subfolder) =>
            (IsOpen ? FolderTicksOf(Read(_descriptor, subfolder, DoNotFollowLinks)) : null) ?? FileStat.FolderTicks(Path.Combine(_path, subfolder));

        public void Dispose()
        {
            if (_descriptor >= 0)
            {
                _ = Close(_descriptor); // as above
                _descriptor = -1;
            }
        }
    }

    /// <summary>struct statx (linux/stat.h): the same layout on every architecture.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct StatxBuffer
    {
        [FieldOffset(0)]
        public uint Mask;

        [FieldOffset(28)]
        public ushort Mode;

        [FieldOffset(40)]
        public ulong Size;

        [FieldOffset(112)]
        public long ModifiedSeconds;

        [FieldOffset(120)]
        public uint ModifiedNanoseconds;
    }
}
