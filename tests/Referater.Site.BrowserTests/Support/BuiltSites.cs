using Referater.Site.Pipeline;
using Referater.Site.Tests.Support;
using Referater.Site.Validation;

namespace Referater.Site.BrowserTests.Support;

/// <summary>
/// The seed site and the <see cref="ShowcaseSite"/>, each built with its search index and served on 127.0.0.1: built
/// once for every collection that uses them at the same time (building is the slow part), and removed after the last.
/// </summary>
public static class BuiltSites
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static Sites? _shared;
    private static int _users;

    public static async Task<(SiteServer Seed, SiteServer Showcase)> AcquireAsync()
    {
        await Gate.WaitAsync();
        try
        {
            _shared ??= await BuildAsync();
            _users++;
            return (_shared.Seed, _shared.Showcase);
        }
        finally
        {
            Gate.Release();
        }
    }

    public static async Task ReleaseAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (--_users == 0 && _shared is { } sites)
            {
                _shared = null;
                await sites.Seed.DisposeAsync();
                await sites.Showcase.DisposeAsync();
                sites.Temp.Dispose();
            }
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<Sites> BuildAsync()
    {
        var temp = new TempDirectory();
        var seed = await BuildAndServeAsync(Repository.SeedInput, temp.Combine("output"));
        var showcase = await BuildAndServeAsync(ShowcaseSite.WriteInput(temp), temp.Combine("showcase-output"));
        return new Sites(temp, seed, showcase);
    }

    private static async Task<SiteServer> BuildAndServeAsync(string input, string output)
    {
        var diagnostics = new DiagnosticBag();
        var result = await new BuildPipeline().RunAsync(new BuildOptions(input, output) { Search = true }, diagnostics);
        Assert.True(result.Succeeded, string.Join("\n", diagnostics.Sorted()));
        return await SiteServer.StartAsync(output);
    }

    private sealed record Sites(TempDirectory Temp, SiteServer Seed, SiteServer Showcase);
}
