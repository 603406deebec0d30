using Referater.Site.Search;

namespace Referater.Site.Tests.Search;

/// <summary>Programs the generator runs: preview's search index gives way to the rebuild an editor waits for.</summary>
public sealed class ChildProcessTests
{
    private static async Task<string> NicenessAsync(bool background)
    {
        // The program reports its priority a moment after it starts, as Pagefind's indexer starts after Node has loaded.
        var result = await ChildProcess.RunAsync("sh", Path.GetTempPath(), TimeSpan.FromSeconds(30), ["-c", "sleep 0.3; nice"], CancellationToken.None, background);
        Assert.NotNull(result);
        Assert.Equal(0, result.ExitCode);
        return result.Output.Trim();
    }

    [Fact]
    public async Task A_background_program_runs_at_the_lowest_priority_and_others_at_the_normal_one()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        // A normal program runs as the generator does (0, unless the generator itself was started with nice).
        Assert.InRange(int.Parse(await NicenessAsync(background: false), System.Globalization.CultureInfo.InvariantCulture), -20, 18);
        Assert.Equal("19", await NicenessAsync(background: true));
    }
}
