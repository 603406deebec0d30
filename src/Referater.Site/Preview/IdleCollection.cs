namespace Referater.Site.Preview;

/// <summary>
/// When the garbage collector works while previewing. Preview holds the whole site in memory, and a rebuild leaves tens
/// of megabytes of garbage and of new objects that stay: collected in the middle of the next rebuild, they add a pause
/// the editor waits for (60–90 ms for one young collection, 300 ms and more for a full one, at 1,100 meetings).
/// Collected while the editor reads the reloaded page, they cost no one anything. So the young generations are collected
/// once the rebuild has been quiet a while. (Low-latency mode during a rebuild, which puts full collections off, made
/// the collector run hundreds of young collections per rebuild instead.)
/// </summary>
public sealed class IdleCollection(TimeSpan quiet) : IDisposable
{
    private readonly Lock _gate = new();
    private Timer? _timer;
    private int _rebuilding;

    /// <summary>Runs a rebuild, then asks for a collection once the site has been quiet for the given time.</summary>
    public async Task<T> AroundAsync<T>(Func<Task<T>> rebuild)
    {
        lock (_gate)
        {
            _rebuilding++;
            _timer?.Change(Timeout.Infinite, Timeout.Infinite);
        }
        try
        {
            return await rebuild();
        }
        finally
        {
            lock (_gate)
            {
                if (--_rebuilding == 0)
                {
                    _timer ??= new Timer(_ => Collect());
                    _timer.Change(quiet, Timeout.InfiniteTimeSpan);
                }
            }
        }
    }

    private void Collect()
    {
        lock (_gate)
        {
            if (_rebuilding == 0)
            {
                // The young generations only: what the rebuild left is there, and a full collection of the whole site would
                // make a save that comes right now wait for it.
                GC.Collect(1, GCCollectionMode.Forced, blocking: true);
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _timer?.Dispose();
            _timer = null;
        }
    }
}
