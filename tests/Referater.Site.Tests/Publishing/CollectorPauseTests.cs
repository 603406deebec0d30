using System.Runtime;
using Referater.Site.Pipeline;
using Xunit;

namespace Referater.Site.Tests.Publishing;

/// <summary>The pause is the whole process's: these tests run alone, so that no build of another test holds it meanwhile.</summary>
[CollectionDefinition(nameof(CollectorPauseTests), DisableParallelization = true)]
public sealed class CollectorPauseCollection;

[Collection(nameof(CollectorPauseTests))]
public sealed class CollectorPauseTests
{
    [Fact]
    public void Two_builds_in_one_process_share_one_pause_and_the_first_ends_it()
    {
        using var first = CollectorPause.Begin();
        Assert.True(first.Holds);
        Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);

        var second = CollectorPause.Begin();
        Assert.False(second.Holds);
        second.Dispose();
        Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);

        first.Dispose();
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        first.Dispose();

        using var again = CollectorPause.Begin();
        Assert.True(again.Holds);
    }

    [Fact]
    public void A_process_that_ends_with_its_build_leaves_the_pause_to_the_exit_but_a_clean_build_ends_it()
    {
        try
        {
            CollectorPause.EndsWithProcess = true;
            var clean = CollectorPause.Begin();
            Assert.True(clean.Holds);
            clean.End();
            Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);

            var incremental = CollectorPause.Begin();
            Assert.True(incremental.Holds);
            incremental.Dispose();
            Assert.False(incremental.Holds);
            Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
            Assert.False(CollectorPause.Begin().Holds);
        }
        finally
        {
            CollectorPause.EndsWithProcess = false;
        }
        // What the tests' other builds need: the process's collector as usual again (the runtime's own way out).
        GC.Collect();
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    [Fact]
    public void A_collection_during_the_pause_ends_it_and_ending_it_again_is_harmless()
    {
        var pause = CollectorPause.Begin();
        Assert.True(pause.Holds);
        GC.Collect();
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        pause.Dispose();

        using var next = CollectorPause.Begin();
        Assert.True(next.Holds);
    }
}
