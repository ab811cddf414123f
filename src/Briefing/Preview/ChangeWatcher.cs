namespace Briefing.Preview;

/// <summary>Watches folders (input/ and theme/) and their subfolders, and adds every changed path to a queue.</summary>
internal sealed class ChangeWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];

    public ChangeWatcher(IEnumerable<string> folders, ChangeQueue changes)
    {
        foreach (var folder in folders)
        {
            var watcher = new FileSystemWatcher(Path.GetFullPath(folder))
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, e) => changes.Add(e.FullPath);
            watcher.Created += (_, e) => changes.Add(e.FullPath);
            watcher.Deleted += (_, e) => changes.Add(e.FullPath);
            watcher.Renamed += (_, e) => changes.Add(e.FullPath);

            // A lost event (the watcher's buffer overflowed) may hide any change: rebuild.
            watcher.Error += (_, _) => changes.Add(folder);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }
    }
}
