using System.Runtime;

namespace Referater.Site.Pipeline;

/// <summary>
/// No garbage collection while an incremental build runs, up to <see cref="Budget"/> bytes allocated. Such a build
/// reads the cache's records and the site's metadata (about 60 MB of small objects at 1,100 meetings) and keeps them to
/// the end; every collection copied them again, and the three or four a build made paused it for 0.6–1.1 s of its
/// 3–5 s. Past the budget the collector runs as usual, so a build that allocates more (a big edit, a big archive) is
/// only as slow as before; a clean build, which allocates gigabytes, never asks for the pause.
/// </summary>
public sealed class CollectorPause : IDisposable
{
    /// <summary>What a build may allocate without a collection: a one-punkt edit at 1,100 meetings allocates about 470 MB.</summary>
    public const long Budget = 512L * 1024 * 1024;

    /// <summary>The pause is the process's: two builds in one process (tests) cannot both hold it.</summary>
    private static int _held;

    private bool _holding;

    /// <summary>
    /// Set by a process that ends with its command (<c>./referater build</c>): a pause still held when its build ends is left
    /// to the exit. Ended, it made the collector's next run, a moment later, copy all the build had read (the cache's
    /// tables are large objects, which a young collection takes as alive): 0.6 s after a one-punkt edit at 1,100
    /// meetings, for memory the exit gives back anyway. Past the budget the runtime ends the pause itself, as always.
    /// </summary>
    public static bool EndsWithProcess { get; set; }

    private CollectorPause(bool holding) => _holding = holding;

    /// <summary>Whether this build holds the pause (until it ends it).</summary>
    public bool Holds => _holding;

    /// <summary>Starts the pause, unless another build holds it or the runtime cannot set the memory aside.</summary>
    public static CollectorPause Begin()
    {
        if (Interlocked.CompareExchange(ref _held, 1, 0) != 0)
        {
            return new CollectorPause(false);
        }
        try
        {
            // Asked for at the start, when the heap is nearly empty: the collection the runtime makes first costs nothing.
            if (GC.TryStartNoGCRegion(Budget))
            {
                return new CollectorPause(true);
            }
        }
        catch (Exception exception) when (exception is ArgumentOutOfRangeException or InvalidOperationException)
        {
            // A runtime that cannot set the budget aside builds with the collector as usual.
        }
        Volatile.Write(ref _held, 0);
        return new CollectorPause(false);
    }

    /// <summary>Ends the pause now, if the build is still within its budget (a build that turns out clean); called again, it does nothing.</summary>
    public void End()
    {
        if (!_holding)
        {
            return;
        }
        _holding = false;
        try
        {
            if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
            {
                GC.EndNoGCRegion();
            }
        }
        catch (InvalidOperationException)
        {
            // The budget was spent between the check and the end: the collector already runs as usual.
        }
        Volatile.Write(ref _held, 0);
    }

    /// <summary>At the end of the build: ends the pause, unless the process ends with the build (<see cref="EndsWithProcess"/>).</summary>
    public void Dispose()
    {
        if (EndsWithProcess && _holding)
        {
            // Another pause asked for in this process meets the runtime's own, still running, and builds without one.
            _holding = false;
            Volatile.Write(ref _held, 0);
            return;
        }
        End();
    }
}
