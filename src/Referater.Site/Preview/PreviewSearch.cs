using System.Collections.Immutable;
using Referater.Site.Rendering;
using Referater.Site.Search;
using Referater.Site.Validation;

namespace Referater.Site.Preview;

/// <summary>
/// Search in preview: the same index the build makes (<see cref="SearchIndex"/>), built in the background when preview
/// starts and again after each edit, so that a rebuild and the reload of the open tab never wait for it. Edits that
/// arrive while an index is being built are taken together in the next one. The index lies in a folder of its own
/// under the system's temp folder; preview serves <c>/pagefind/</c> from the newest that succeeded.
/// </summary>
public sealed class PreviewSearch(string inputDirectory, Action<IReadOnlyList<Diagnostic>> failed) : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "referater-preview-search", Guid.NewGuid().ToString("N"));
    private readonly Lock _lock = new();
    private IReadOnlyDictionary<string, byte[]>? _pending;
    private bool _running;
    private int _generation;
    private readonly CancellationTokenSource _stopping = new();

    /// <summary>The folder of the newest index (<c>…/pagefind</c>), or null before the first has been built.</summary>
    public string? BundleDirectory { get; private set; }

    /// <summary>Completes when no index is being built or waiting (for tests and a clean stop).</summary>
    public Task Idle => _idle.Task;

    private TaskCompletionSource _idle = Completed();

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
        var work = Path.Combine(_root, (++_generation).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var diagnostics = new DiagnosticBag();
        try
        {
            var bundle = await SearchIndex.BuildAsync(meetings, work, diagnostics, _stopping.Token);
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
                _ = Task.Delay(TimeSpan.FromSeconds(30)).ContinueWith(_ => Delete(Path.GetDirectoryName(previous)!), TaskScheduler.Default);
            }
        }
        catch (OperationCanceledException)
        {
            Delete(work);
        }
        catch (IOException exception)
        {
            diagnostics.Error(inputDirectory, 1, 1, "RS0707", $"søgeindekset til preview kunne ikke skrives i {work}: {exception.Message}");
            failed(diagnostics.Sorted());
            Delete(work);
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
