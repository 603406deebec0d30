using System.Collections.Immutable;
using Referater.Site.Rendering;
using Referater.Site.Search;
using Referater.Site.Validation;

namespace Referater.Site.Preview;

/// <summary>
/// Search in preview: the same index the build makes (<see cref="SearchIndex"/>), built in the background when preview
/// starts and again after each edit, so that a rebuild and the reload of the open tab never wait for it. Edits that
/// arrive while an index is being built, or within <see cref="Pause"/> of the one before, are taken together in the next
/// one: writing ten thousand search pages and indexing them would otherwise compete with the rebuild after the next
/// save, which the editor waits for. The index lies in a folder of its own
/// under the system's temp folder; preview serves <c>/pagefind/</c> from the newest that succeeded.
/// </summary>
public sealed class PreviewSearch(string inputDirectory, Action<IReadOnlyList<Diagnostic>> failed) : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "referater-preview-search", Guid.NewGuid().ToString("N"));
    /// <summary>The search pages as last indexed, and each index beside them.</summary>
    private string PagesDirectory => Path.Combine(_root, "sider");
    private readonly Dictionary<string, byte[]> _written = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private IReadOnlyDictionary<string, byte[]>? _pending;
    private bool _running;
    private int _generation;
    private readonly CancellationTokenSource _stopping = new();

    /// <summary>How long an edit waits for the next before the index is built.</summary>
    public static readonly TimeSpan Pause = TimeSpan.FromSeconds(1);

    /// <summary>The folder of the newest index (<c>…/pagefind</c>), or null before the first has been built.</summary>
    public string? BundleDirectory { get; private set; }

    /// <summary>Completes when no index is being built or waiting (for tests and a clean stop).</summary>
    public Task Idle => _idle.Task;

    private TaskCompletionSource _idle = Completed();

    /// <summary>The index being built, stopped when a rebuild begins.</summary>
    private CancellationTokenSource? _building;

    /// <summary>
    /// Stops the index being built, to build it again once the editor pauses: a rebuild, which the editor waits for,
    /// would otherwise share the machine with it (on two cores, a rebuild takes half as long again beside Pagefind).
    /// </summary>
    public void GiveWay()
    {
        lock (_lock)
        {
            // Without waiting for the program to end: the rebuild need not wait for it.
            _ = _building?.CancelAsync();
        }
    }

    /// <summary>Asks for an index of these search pages (path → HTML); returns at once.</summary>
    public void Update(IReadOnlyDictionary<string, byte[]> meetings)
    {
        lock (_lock)
        {
            _pending = meetings;
            if (_running)
            {
                return;
            }
            _running = true;
            _idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        _ = Task.Run(RunAsync);
    }

    private async Task RunAsync()
    {
        while (true)
        {
            try
            {
                await Task.Delay(Pause, _stopping.Token);
            }
            catch (OperationCanceledException)
            {
                lock (_lock)
                {
                    _running = false;
                    _idle.TrySetResult();
                }
                return;
            }
            IReadOnlyDictionary<string, byte[]> meetings;
            lock (_lock)
            {
                if (_pending is not { } next)
                {
                    _running = false;
                    _idle.TrySetResult();
                    return;
                }
                meetings = next;
                _pending = null;
            }
            await BuildAsync(meetings);
        }
    }

    private async Task BuildAsync(IReadOnlyDictionary<string, byte[]> meetings)
    {
        var bundleFolder = "pagefind-" + (++_generation).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var work = Path.Combine(PagesDirectory, bundleFolder);
        var diagnostics = new DiagnosticBag();
        using var building = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
        lock (_lock)
        {
            _building = building;
        }
        try
        {
            WriteChangedPages(meetings);
            var bundle = await SearchIndex.IndexAsync(PagesDirectory, diagnostics, building.Token, bundleFolder, inBackground: true);
            if (bundle is null)
            {
                failed(diagnostics.Sorted());
                Delete(work);
                return;
            }
            var previous = BundleDirectory;
            BundleDirectory = bundle;
            if (previous is not null)
            {
                // A page may still be fetching from the old index: leave it a moment before it goes.
                _ = Task.Delay(TimeSpan.FromSeconds(30)).ContinueWith(_ => Delete(previous), TaskScheduler.Default);
            }
        }
        catch (OperationCanceledException)
        {
            Delete(work);
            if (!_stopping.IsCancellationRequested)
            {
                lock (_lock)
                {
                    // A rebuild came first: these pages are indexed after the next pause, unless newer ones are waiting.
                    _pending ??= meetings;
                }
            }
        }
        catch (IOException exception)
        {
            diagnostics.Error(inputDirectory, 1, 1, "RS0707", $"søgeindekset til preview kunne ikke skrives i {work}: {exception.Message}");
            failed(diagnostics.Sorted());
            Delete(work);
        }
        finally
        {
            lock (_lock)
            {
                _building = null;
            }
        }
    }

    /// <summary>
    /// Brings the folder of search pages up to date: a page is written when its bytes are not the ones written last time
    /// (an unchanged meeting's pages are the same arrays from one rebuild to the next), and removed when it is gone.
    /// </summary>
    private void WriteChangedPages(IReadOnlyDictionary<string, byte[]> pages)
    {
        var sink = new Publishing.FolderSink(PagesDirectory);
        foreach (var (path, html) in pages)
        {
            if (!_written.TryGetValue(path, out var before) || !ReferenceEquals(before, html))
            {
                sink.Write(path, html);
                _written[path] = html;
            }
        }
        foreach (var gone in _written.Keys.Where(path => !pages.ContainsKey(path)).ToList())
        {
            File.Delete(Path.Combine(PagesDirectory, gone));
            _written.Remove(gone);
        }
    }

    private static void Delete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A file still open by a request: the temp folder is cleaned later.
        }
    }

    private static TaskCompletionSource Completed()
    {
        var done = new TaskCompletionSource();
        done.SetResult();
        return done;
    }

    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
        Delete(_root);
    }
}
