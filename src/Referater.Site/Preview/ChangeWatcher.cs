namespace Referater.Site.Preview;

/// <summary>
/// Watches folders for saved files and reports them in batches: editors save in bursts (a temporary file, a rename,
/// a second write), so changes are collected until the folder has been quiet for a moment, and batches never overlap.
/// </summary>
public sealed class ChangeWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Func<IReadOnlyCollection<string>?, Task> _onChanges;
    private readonly TimeSpan _quiet;
    private readonly Timer _timer;
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private readonly Lock _gate = new();
    private HashSet<string> _pending = new(StringComparer.Ordinal);
    private bool _everything;

    /// <param name="onChanges">Called with the changed paths, or null when the watcher lost track and everything must be read again.</param>
    public ChangeWatcher(IEnumerable<string> folders, Func<IReadOnlyCollection<string>?, Task> onChanges, TimeSpan quiet)
    {
        _onChanges = onChanges;
        _quiet = quiet;
        _timer = new Timer(_ => _ = FlushAsync());
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(Path.GetFullPath(folder))
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Created += (_, e) => Add(e.FullPath);
            watcher.Changed += (_, e) => Add(e.FullPath);
            watcher.Deleted += (_, e) => Add(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                Add(e.OldFullPath);
                Add(e.FullPath);
            };
            watcher.Error += (_, _) =>
            {
                lock (_gate)
                {
                    _everything = true;
                }
                _timer.Change(_quiet, Timeout.InfiniteTimeSpan);
            };
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>Editors' swap, backup and lock files are not content.</summary>
    public static bool IsScratchFile(string path)
    {
        var name = Path.GetFileName(path);
        return name.StartsWith('.') || name.StartsWith('#') || name.EndsWith('~')
            || name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".swx", StringComparison.Ordinal)
            || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase) || name == "4913";
    }

    private void Add(string path)
    {
        if (IsScratchFile(path))
        {
            return;
        }
        lock (_gate)
        {
            _pending.Add(path);
        }
        _timer.Change(_quiet, Timeout.InfiniteTimeSpan);
    }

    private async Task FlushAsync()
    {
        await _oneAtATime.WaitAsync();
        try
        {
            HashSet<string> changes;
            bool everything;
            lock (_gate)
            {
                (changes, _pending) = (_pending, new HashSet<string>(StringComparer.Ordinal));
                (everything, _everything) = (_everything, false);
            }
            if (everything || changes.Count > 0)
            {
                await _onChanges(everything ? null : changes);
            }
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }
        _timer.Dispose();
    }
}
