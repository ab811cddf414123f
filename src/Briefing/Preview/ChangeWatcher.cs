namespace Briefing.Preview;

/// <summary>Watches folders (input/ and theme/) and their subfolders, and adds every changed path to a queue.</summary>
internal sealed class ChangeWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];

    public ChangeWatcher(IEnumerable<string> folders, ChangeQueue changes)
    {
        void Changed(object sender, FileSystemEventArgs e) => changes.Add(e.FullPath);
        foreach (var folder in folders)
        {
            var watcher = new FileSystemWatcher(Path.GetFullPath(folder))
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += Changed;
            watcher.Created += Changed;
            watcher.Deleted += Changed;
            watcher.Renamed += Changed;

            // A lost event (the watcher's buffer overflowed) may hide any change: rebuild.
            watcher.Error += (_, _) => changes.Add(folder);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    public void Dispose() => _watchers.ForEach(watcher => watcher.Dispose());
}
